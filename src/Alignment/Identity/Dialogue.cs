namespace Alignment.Identity;

/// <summary>
/// Lines of dialogue in a story the reply tells, written with dashes and tagged by a verb of saying: "—Me llamo Tomás
/// —respondió el anciano", "— To ja, Zosia! — odpowiedział głosik", "— Denize, dedi Can". What a character says there is
/// not the speaker's claim, so its words are blanked (<see cref="Muting"/>) before the reply is read.
/// </summary>
internal static class Dialogue
{
    /// <summary>The most characters of one spoken line before its tag.</summary>
    private const int LongestLine = 200;

    public static string MuteSpeech(string text, ClaimGrammar grammar) =>
        grammar.SpeechVerbs.Count == 0 || text.IndexOfAny(Dashes) < 0 ? text : Muting.Blank(text, Spoken(text, grammar));

    /// <summary>The spoken words of each dialogue line.</summary>
    private static IEnumerable<(int From, int To)> Spoken(string text, ClaimGrammar grammar)
    {
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            if (SpeechIn(text, lineStart, lineEnd, grammar) is { } speech)
            {
                yield return speech;
            }

            lineStart = lineEnd + 1;
        }
    }

    private static readonly char[] Dashes = ['—', '―', '–'];

    /// <summary>Where the spoken words of a dialogue line lie: after its opening dash, up to the tag's dash or comma.</summary>
    private static (int From, int To)? SpeechIn(string text, int lineStart, int lineEnd, ClaimGrammar grammar)
    {
        var at = lineStart;
        while (at < lineEnd && text[at] is ' ' or '\t' or '>')
        {
            at++;
        }

        if (at >= lineEnd || Array.IndexOf(Dashes, text[at]) < 0)
        {
            return null;
        }

        var from = at + 1;
        for (var i = from + 1; i < lineEnd && i - from <= LongestLine; i++)
        {
            // The tag opens with a dash ("—respondió", "— odpowiedział") or, in Turkish, after a comma ("Denize, dedi Can").
            if (Array.IndexOf(Dashes, text[i]) < 0 && text[i] != ',')
            {
                continue;
            }

            var word = i + 1;
            while (word < lineEnd && text[word] == ' ')
            {
                word++;
            }

            var end = word;
            while (end < lineEnd && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end > word && char.IsLower(text[word]) && grammar.SpeechVerbs.Contains(FoldedText.Fold(text[word..end])))
            {
                return (from, i);
            }
        }

        return null;
    }
}
