namespace Alignment.Identity;

/// <summary>
/// Blanks parts of a reply that are someone else's words (a story's dialogue, a translation) so that they are not read as
/// the speaker's; offsets stay as they were, so evidence still points into the reply.
/// </summary>
internal static class Muting
{
    /// <summary>The text with each span's characters turned to spaces (line breaks kept); the same string when there is none.</summary>
    public static string Blank(string text, IEnumerable<(int From, int To)> spans)
    {
        char[]? muted = null;
        foreach (var (from, to) in spans)
        {
            muted ??= text.ToCharArray();
            for (var i = from; i < to; i++)
            {
                muted[i] = char.IsWhiteSpace(text[i]) ? text[i] : ' ';
            }
        }

        return muted is null ? text : new string(muted);
    }
}
