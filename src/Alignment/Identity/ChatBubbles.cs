namespace Alignment.Identity;

/// <summary>
/// A reply sent as chat bubbles, a few words to a line ("嗨～\n叫我\n团子\n就好", "hey\n\ni'm\n\nluna 🌙"): one sentence broken
/// over lines, which the readers would take as separate sentences. It is read as the sentence it is: lines of spaced scripts
/// joined by a space, lines that meet in Han or kana joined directly, and a line
/// that ends a sentence keeps its break.
/// </summary>
internal static class ChatBubbles
{
    /// <summary>The longest line a bubble holds, and the fewest lines that make a reply bubbles rather than a short answer.</summary>
    private const int LongestLine = 16, FewestLines = 3;

    public static string Join(string reply)
    {
        if (reply.Length > FewestLines * LongestLine * 4 || reply.IndexOf('\n') < 0)
        {
            return reply;
        }

        var lines = reply.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // Not a list, a heading, a table, a form or code: those are short lines by design.
        if (lines.Count < FewestLines || lines.Any(l => l.Length > LongestLine || l[0] is '-' or '*' or '#' or '|' or '>' or '`' or '{' or '}' || char.IsDigit(l[0])
            || l.Contains(':') || l.Contains('：') || l.Contains('=')))
        {
            return reply;
        }

        var joined = new System.Text.StringBuilder(reply.Length);
        foreach (var line in lines)
        {
            // A line that ends a sentence or a greeting keeps its break ("Best regards,\nClaude" stays a signature).
            if (joined.Length > 0 && joined[^1] is '.' or '!' or '?' or ',' or '。' or '！' or '？' or '，' or '、')
            {
                joined.Append('\n');
            }
            else if (joined.Length > 0 && !(Unspaced(joined[^1]) && Unspaced(line[0])))
            {
                joined.Append(' ');
            }

            joined.Append(line);
        }

        return joined.ToString();
    }

    private static bool Unspaced(char c) => FoldedText.ScriptOf(c) == Script.Unspaced && char.IsLetter(c);
}
