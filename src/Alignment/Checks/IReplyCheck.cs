using Alignment.Cases;

namespace Alignment.Checks;

/// <summary>
/// Judges one reply of one case. Each check kind is one implementation (<see cref="IdentityReplyCheck"/>,
/// <see cref="LanguageReplyCheck"/>); a <see cref="CheckSet"/> holds them and a <see cref="CaseJudgement"/> applies them
/// once to every sample of a case, for every host to read.
/// </summary>
public interface IReplyCheck
{
    CheckKind Kind { get; }

    /// <param name="reply">The part of the reply the checks read (MaxReplyChars), never a refusal.</param>
    ReplyVerdict Judge(string reply, CheckContext context);
}
