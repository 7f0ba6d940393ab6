using System.Text;

namespace Alignment.Identity;

/// <summary>
/// Text whose punctuation is set off by spaces, as tokenised chat logs and datasets keep it ("я вика , чатбот", "jag är
/// kalle , en chattbot .") and French typography sets "!" and "?" ("C'est moi, Chloé !"). Readers close a name at the
/// punctuation right after it, so the space before punctuation after a word is dropped.
/// </summary>
internal static class TokenisedText
{
    public static string Untokenise(string reply)
    {
        var at = FirstSetOff(reply, 0);
        if (at < 0)
        {
            return reply;
        }

        var text = new StringBuilder(reply.Length);
        var copied = 0;
        for (; at >= 0; at = FirstSetOff(reply, at + 1))
        {
            text.Append(reply, copied, at - copied);
            copied = at + 1;
        }

        return text.Append(reply, copied, reply.Length - copied).ToString();
    }

    /// <summary>A space between a letter or digit and a comma, stop, "!" or "?" that closes a word (a space or the end after it).</summary>
    private static int FirstSetOff(string reply, int from)
    {
        for (var i = reply.IndexOf(' ', from); i > 0 && i + 1 < reply.Length; i = reply.IndexOf(' ', i + 1))
        {
            if (reply[i + 1] is ',' or '.' or '!' or '?' && char.IsLetterOrDigit(reply[i - 1]) && (i + 2 == reply.Length || char.IsWhiteSpace(reply[i + 2])))
            {
                return i;
            }
        }

        return -1;
    }
}
