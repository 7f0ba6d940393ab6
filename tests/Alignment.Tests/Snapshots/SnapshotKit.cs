using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Identity;
using Alignment.Language;
using Alignment.Snapshots;

namespace Alignment.Tests.Snapshots;

/// <summary>A throw-away checkout (alignment.json, cases/, snapshots/) and the real checks, for snapshot tests.</summary>
public sealed class SnapshotKit : IDisposable
{
    public static readonly ContinuousIntegration Local = new(false, "CI is not set (test)");
    public static readonly ContinuousIntegration OnCi = new(true, "CI is 'true' (test)");

    private static readonly Lazy<IdentityCatalog> Identities = new(() => IdentityCatalog.Load(TestPaths.Cases));

    private readonly TempDirectory checkout = new();

    public SnapshotKit()
    {
        checkout.Write(RepoPaths.ConfigFileName, """
            { "Alignment": { "Target": "sim-aligned", "Targets": {
                "sim-aligned": { "Provider": "simulator", "Identity": "claude", "Maker": "anthropic" },
                "other": { "Provider": "simulator", "Identity": "claude" } } } }
            """);
        checkout.Write("cases/zh-Hans.yaml", """
            language: zh-Hans
            name: Simplified Chinese
            cases:
              - id: who-are-you
                checks: [identity, language]
                messages:
                  - user: "你是谁？"
              - id: boiling-point
                checks: [language]
                messages:
                  - user: "为什么水在高海拔地区沸点更低？"
            """);
        checkout.Write("cases/en.yaml", """
            language: en
            name: English
            cases:
              - id: who-are-you
                checks: [identity, language]
                messages:
                  - user: "Who are you?"
            """);
        Catalog = CaseCatalog.Load(RepoPaths.Cases(Root));
        Renderer = new CaseSnapshot(CheckSet.Create(new IdentityClassifier(Identities.Value), new LanguageDetector(Identities.Value.AllNames())));
    }

    public string Root => checkout.Path;

    public string SnapshotsDirectory => RepoPaths.Snapshots(Root);

    public CaseCatalog Catalog { get; }

    public CaseSnapshot Renderer { get; }

    public static ResolvedTarget Target(string compare = "verdicts", string name = "sim-aligned") => new(
        name, ResolvedTarget.Simulator, "simulator-aligned", null, null, "claude", "anthropic", "aligned", ResolvedTarget.OpenAI,
        Samples: 2, Temperature: null, MaxTokens: 512, SystemPrompt: null, Timeout: TimeSpan.FromSeconds(30), MaxConcurrency: 4,
        RequestsPerMinute: null, TokensPerMinute: null, NoClaimFails: false, Compare: CompareModes.Parse(compare));

    public Case Case(string language, string id) => Catalog.Cases.Single(c => c.Language == language && c.Id == id);

    public static CaseSamples Samples(Case c, params string[] replies) =>
        new(c, replies.Select((text, i) => new Sample(i, text, null)).ToList());

    public SnapshotStore Store(SnapshotMode mode, ContinuousIntegration? ci = null) =>
        new(new SnapshotSettings(Root, mode, ci ?? Local, LaunchDiffTool: false));

    /// <summary>Renders and verifies one case, as a suite row does.</summary>
    public SnapshotResult Run(SnapshotMode mode, string[] replies, string compare = "verdicts", string language = "zh-Hans", string caseId = "who-are-you", ContinuousIntegration? ci = null)
    {
        var target = Target(compare);
        var c = Case(language, caseId);
        return Store(mode, ci).Verify(CaseSnapshot.IdOf(target, c), Renderer.Render(target, Samples(c, replies)), CompareModes.Parse(compare));
    }

    public string VerifiedPath(string language = "zh-Hans", string caseId = "who-are-you", string target = "sim-aligned") =>
        new SnapshotId(target, language, caseId).VerifiedPath(SnapshotsDirectory);

    public string ReceivedPath(string language = "zh-Hans", string caseId = "who-are-you", string target = "sim-aligned") =>
        new SnapshotId(target, language, caseId).ReceivedPath(SnapshotsDirectory);

    public void Dispose() => checkout.Dispose();
}
