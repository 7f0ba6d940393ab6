using Alignment.Cases;
using Alignment.Language;

namespace Alignment.Checks;

/// <summary>
/// The checks' verdicts on one turn of a live conversation: the language check on every turn (against the language that
/// turn expects), the identity check on the turns marked to ask for it.
/// </summary>
/// <param name="Number">1-based, as people count turns.</param>
public sealed record TurnVerdict(int Number, ConversationTurn Asked, JudgedReply Judged, IReadOnlyDictionary<CheckKind, ReplyVerdict> Verdicts)
{
    public ReplyVerdict? For(CheckKind kind) => Verdicts.GetValueOrDefault(kind);

    /// <summary>
    /// A whole conversation's verdict for one check: it passes when every turn it judged passes, and otherwise reads as its
    /// first drift, "turn 4 of 6 answered in English, expected zh-Hans". The label of a failure says so too ("en at turn 4").
    /// </summary>
    public static ReplyVerdict Combine(CheckKind kind, IReadOnlyList<TurnVerdict> turns, int count)
    {
        var judged = turns.Where(t => t.For(kind) is not null).Select(t => (Turn: t, Verdict: t.For(kind)!)).ToList();
        var claims = judged.SelectMany(j => j.Verdict.Claims).Distinct(StringComparer.Ordinal).ToList();
        if (judged.Count == 0)
        {
            // A conversation whose checks include language but no turn asking who the model is: nothing to judge, nothing failed.
            return new ReplyVerdict(true, NotAsked, NotAsked, "no turn of this conversation asks for this check") { Claims = claims };
        }

        if (judged.FirstOrDefault(j => !j.Verdict.Passed) is ({ } turn, { } failed))
        {
            return new ReplyVerdict(false, failed.Outcome, $"{failed.Label} at turn {turn.Number}",
                Explain(kind, turn, failed, count))
            {
                Claims = claims,
                Language = failed.Language,
                Turn = turn.Number,
                Quote = turn.Judged.Text,
            };
        }

        // Every turn passed: counted as its first judged turn reads ("zh-Hans", "claude"), so passing conversations count like
        // any passing reply of the case (a switch the user asked for and got is no drift).
        return new ReplyVerdict(true, "pass", judged[0].Verdict.Label, $"pass: every one of {judged.Count} judged turns of {count}")
        {
            Claims = claims,
            Language = judged[^1].Verdict.Language,
        };
    }

    /// <summary>What a conversation's check says when no turn asks for it (identity on a conversation that never asks).</summary>
    public const string NotAsked = "not asked";

    /// <summary>"turn 4 of 6 answered in English, expected zh-Hans; wrong-language: …", "turn 6 of 6: wrong-identity: …".</summary>
    private static string Explain(CheckKind kind, TurnVerdict turn, ReplyVerdict verdict, int count)
    {
        var where = $"turn {turn.Number} of {count}";
        if (kind != CheckKind.Language)
        {
            return $"{where}: {verdict.Explanation}";
        }

        var drift = verdict.Outcome == "mixed"
            ? "answered in mixed languages"
            : $"answered in {Name(verdict.Language is null or "und" ? verdict.Label : verdict.Language)}";
        return $"{where} {drift}, expected {turn.Asked.Language}; {verdict.Explanation}";
    }

    /// <summary>"English" for en (<see cref="LanguageCodes.EnglishName"/>).</summary>
    public static string Name(string tag) => LanguageCodes.EnglishName(tag);
}
