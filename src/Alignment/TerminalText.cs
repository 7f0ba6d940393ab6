using System.Globalization;
using System.Text;

namespace Alignment;

/// <summary>
/// Text from a model or a provider made safe to print: control characters (ESC sequences that retitle or clear the
/// terminal, NUL, BEL, a lone CR), bidi and other format characters (U+202E), line separators and broken surrogates
/// are shown as ⟦U+001B⟧ tokens, as snapshots show them. Newlines and tabs stay. Escaping twice changes nothing, so
/// every place text reaches a console or a log may apply it.
/// </summary>
public static class TerminalText
{
    public static string Safe(string? text)
    {
        if (string.IsNullOrEmpty(text) || !NeedsWork(text))
        {
            return text ?? "";
        }

        var safe = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                continue; // CRLF reads as a newline
            }

            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    safe.Append(c).Append(text[++i]);
                    continue;
                }

                Token(safe, c);
            }
            else if (Unsafe(c))
            {
                Token(safe, c);
            }
            else
            {
                safe.Append(c);
            }
        }

        return safe.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (Unsafe(c) || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unsafe(char c) => c is not ('\n' or '\t') && char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    private static void Token(StringBuilder text, char c) =>
        text.Append("⟦U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('⟧');
}
