using Alignment.Cases;
using Alignment.Identity;
using Alignment.Language;

namespace Alignment.Checks;

/// <summary>Every check kind, built once from cases/. Adding a check kind is one <see cref="IReplyCheck"/> and one line here.</summary>
public sealed class CheckSet
{
    private readonly Dictionary<CheckKind, IReplyCheck> checks;

    public CheckSet(IEnumerable<IReplyCheck> checks) => this.checks = checks.ToDictionary(c => c.Kind);

    public static CheckSet Create(IdentityClassifier identity, LanguageDetector language) =>
        new([new IdentityReplyCheck(identity), new LanguageReplyCheck(language)]);

    public IReadOnlyCollection<IReplyCheck> All => checks.Values;

    public IReplyCheck this[CheckKind kind] => checks.TryGetValue(kind, out var check)
        ? check
        : throw new KeyNotFoundException($"No check of kind {kind} is registered in the check set.");
}
