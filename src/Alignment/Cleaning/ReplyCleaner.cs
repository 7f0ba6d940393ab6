using System.Text.RegularExpressions;

namespace Alignment.Cleaning;

/// <summary>The parts of a reply that no check reads as what the model says.</summary>
[Flags]
internal enum ReplyParts
{
    None = 0,

    /// <summary>&lt;think&gt;, &lt;thinking&gt;, &lt;reasoning&gt; blocks: a reasoning model's thoughts, not its answer.</summary>
    Reasoning = 1,

    /// <summary>Web addresses: "docs.anthropic.com" names no maker and is in no language.</summary>
    Links = 2,

    /// <summary>Short quotations inside an answer ("the user asks "Bạn tên là gì?", which means …"): someone else's words.</summary>
    Quotes = 4,

    /// <summary>
    /// Chat-template markup a published log keeps ("&lt;|im_start|&gt;assistant", "[INST] … [/INST]", "&lt;/s&gt;"): the serving
    /// stack's, not the model's words.
    /// </summary>
    Template = 8,
}

/// <summary>A reply with some of its parts blanked: <see cref="Text"/> has the reply's length, so offsets carry over.</summary>
internal sealed record CleanedReply(string Text, string Reasoning);

/// <summary>
/// The one cleaning step every check shares: it blanks reasoning blocks, links and short quotations with spaces,
/// keeping every offset, and gives the reasoning back so that hosts can show it as such.
/// </summary>
internal static partial class ReplyCleaner
{
    /// <summary>The longest quotation taken for someone else's words; a longer one is the answer itself, quoted.</summary>
    private const int LongestQuote = 120;

    public static CleanedReply Clean(string reply, ReplyParts parts)
    {
        var chars = reply.ToCharArray();
        var reasoning = "";
        if (parts.HasFlag(ReplyParts.Reasoning))
        {
            reasoning = BlankReasoning(reply, chars);
        }

        if (parts.HasFlag(ReplyParts.Links) && (reply.Contains("http", StringComparison.OrdinalIgnoreCase) || reply.Contains("www.", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var m in Link().EnumerateMatches(reply))
            {
                Array.Fill(chars, ' ', m.Index, m.Length);
            }
        }

        if (parts.HasFlag(ReplyParts.Template) && (reply.Contains('<') || reply.Contains("[/", StringComparison.Ordinal) || reply.Contains("[INST", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var m in TemplateToken().EnumerateMatches(reply))
            {
                Array.Fill(chars, ' ', m.Index, m.Length);
            }
        }

        if (parts.HasFlag(ReplyParts.Quotes))
        {
            BlankQuotes(chars);
        }

        return new CleanedReply(new string(chars), reasoning);
    }

    /// <summary>
    /// Blanks every reasoning block. A reply cut off while thinking has said nothing; one whose opening tag was stripped
    /// (some providers do) thought up to the closing tag.
    /// </summary>
    private static string BlankReasoning(string reply, char[] chars)
    {
        var thoughts = new List<string>();
        var from = 0;
        foreach (var tag in Tags)
        {
            var open = $"<{tag}>";
            var close = $"</{tag}>";
            from = 0;
            while (from < reply.Length)
            {
                var start = reply.IndexOf(open, from, StringComparison.OrdinalIgnoreCase);
                var end = reply.IndexOf(close, from, StringComparison.OrdinalIgnoreCase);
                if (start < 0 && end < 0)
                {
                    break;
                }

                // A closing tag with no opening one before it: the thoughts ran from the start.
                var blockStart = start >= 0 && (end < 0 || start < end) ? start : from;
                var closeAt = reply.IndexOf(close, blockStart, StringComparison.OrdinalIgnoreCase);
                var blockEnd = closeAt >= 0 ? closeAt + close.Length : reply.Length;
                var innerStart = start == blockStart ? blockStart + open.Length : blockStart;
                var innerEnd = closeAt >= 0 ? closeAt : reply.Length;
                if (innerEnd > innerStart)
                {
                    thoughts.Add(reply[innerStart..innerEnd].Trim());
                }

                Array.Fill(chars, ' ', blockStart, blockEnd - blockStart);
                from = blockEnd;
            }
        }

        return string.Join("\n\n", thoughts.Where(t => t.Length > 0));
    }

    private static readonly string[] Tags = ["think", "thinking", "reasoning"];

    /// <summary>Blanks short quotations when the reply has more words outside them than inside.</summary>
    private static void BlankQuotes(char[] chars)
    {
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < chars.Length; i++)
        {
            var close = chars[i] switch
            {
                '"' => '"',
                '“' => '”',
                '«' => '»',
                '「' => '」',
                '『' => '』',
                _ => '\0',
            };
            if (close == '\0')
            {
                continue;
            }

            var end = Array.IndexOf(chars, close, i + 1, Math.Min(LongestQuote, chars.Length - i - 1));
            if (end > i + 1 && Array.IndexOf(chars, '\n', i + 1, end - i - 1) < 0)
            {
                spans.Add((i, end + 1));
                i = end;
            }
        }

        var quoted = spans.Sum(s => Letters(chars, s.Start, s.End));
        if (spans.Count == 0 || Letters(chars, 0, chars.Length) - quoted <= quoted)
        {
            return;
        }

        foreach (var (start, end) in spans)
        {
            Array.Fill(chars, ' ', start, end - start);
        }
    }

    private static int Letters(char[] chars, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += char.IsLetter(chars[i]) ? 1 : 0;
        }

        return count;
    }

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>()\[\]""'，。、）]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Link();

    // The assistant's turn and the markers that end turns; the system's and the user's turns stay, since what they hold is
    // read as theirs ("<|system|>\nYou are Orion.").
    [GeneratedRegex(@"(?:<\|im_start\|>|<start_of_turn>)(?:assistant|model)\b|<\|start_header_id\|>assistant<\|end_header_id\|>|<[|｜](?!system|user|im_start|start_header_id)[^|｜<>\s]{1,40}[|｜]>|\[/?INST\]|</?s>|<end_of_turn>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TemplateToken();
}
