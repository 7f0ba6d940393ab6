using System.Globalization;

namespace Alignment.Checks;

/// <summary>
/// The part of a reply the checks read: all of it, or its first MaxReplyChars characters. The rest is kept (snapshots
/// hold the whole reply) but not judged, and whatever reports the verdict says so.
/// </summary>
public readonly record struct JudgedReply(string Text, int Length, bool Cut)
{
    public static JudgedReply Of(string reply, int? maxChars)
    {
        if (maxChars is not { } max || reply.Length <= max)
        {
            return new(reply, reply.Length, false);
        }

        // Never end on half a surrogate pair.
        var end = char.IsHighSurrogate(reply[max - 1]) ? max - 1 : max;
        return new(reply[..end], reply.Length, true);
    }

    /// <summary>"judged the first 20,000 of 1,048,576 characters (MaxReplyChars); the rest is kept, not judged".</summary>
    public string Note => string.Create(CultureInfo.InvariantCulture,
        $"judged the first {Text.Length:N0} of {Length:N0} characters (MaxReplyChars); the rest is kept, not judged");
}
