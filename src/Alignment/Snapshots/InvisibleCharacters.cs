using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Alignment.Snapshots;

/// <summary>
/// Shows characters a reviewer cannot see (bidi marks, zero-width, NBSP and other odd spaces, stray CR, controls)
/// as tokens such as ⟦U+200F⟧, so a diff never looks empty. Reversible: a literal ⟦ is shown as a token too.
/// </summary>
internal static partial class InvisibleCharacters
{
    private const char Open = '⟦';

    public static string Show(string text)
    {
        var shown = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsInvisible(rune))
            {
                shown.Append(Token(rune));
            }
            else
            {
                shown.Append(rune.ToString());
            }
        }

        return shown.ToString();
    }

    public static string Restore(string shown) =>
        TokenPattern().Replace(shown, m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));

    private static string Token(Rune rune) => $"⟦U+{rune.Value:X4}⟧";

    private static bool IsInvisible(Rune rune)
    {
        if (rune.Value is '\n' or '\t' or ' ')
        {
            return false;
        }

        return rune.Value == Open || Rune.GetUnicodeCategory(rune) is
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned;
    }

    [GeneratedRegex("⟦U\\+([0-9A-F]{4,6})⟧")]
    private static partial Regex TokenPattern();
}
