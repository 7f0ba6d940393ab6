using Alignment.Cases;
using Alignment.Checks;
using Alignment.Configuration;
using Alignment.Language;
using Alignment.Identity;
using Alignment.Provenance;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.Provenance;

/// <summary>
/// `provenance · identity`: "metadata says X, text says Y". The response's model field and the configured model, read as
/// families by the model-ids of cases/identities.yaml, against who the reply to the identity probe claims to be.
/// </summary>
public sealed class ProvenanceIdentityTests
{
    private static readonly ProbeSet Probes = ProbeSet.Load(TestPaths.Cases)!;

    private static readonly IdentityCatalog Catalog = IdentityCatalog.Load(TestPaths.Cases);

    private static readonly IdentityClassifier Classifier = new(Catalog);

    private static async Task<(ProvenanceVerdict Verdict, IdentityObservation Observed)> ProbeAsync(string persona, string model, string identity = "claude")
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona, Identity = identity });
        var target = sim.Target("openai", "aligned", ("Model", model));
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        var observed = await ProvenanceProbe.RunIdentityAsync(pipeline.Client, Probes, TestContext.Current.CancellationToken);
        pipeline.Usage.Calls.Should().Be(Probes.IdentityCalls).And.Be(1);
        return (ProvenanceJudge.Identity(observed, target.Model, target.Identity, Classifier, "cases/probes.yaml"), observed!);
    }

    /// <summary>
    /// The identity rows' way: the catalog's identity cases of these languages sampled through the simulator and judged by
    /// the identity check, read per language as the provenance identity row reads them.
    /// </summary>
    private static async Task<(ProvenanceVerdict Verdict, IReadOnlyList<IdentityStatement> Statements, long Calls)> ReadIdentityRowsAsync(
        string persona, string model, params string[] languages)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = persona, Identity = "claude" });
        var target = sim.Target("openai", "aligned", ("Model", model));
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        var cases = CaseCatalog.Load(TestPaths.Cases).Cases
            .Where(c => languages.Contains(c.Language) && c.Checks.Contains(CheckKind.Identity) && !c.IsConversation).ToList();
        var checks = CheckSet.Create(Classifier, new LanguageDetector(Catalog.AllNames()));
        var judgements = (await SimulatedTarget.RunAsync(pipeline, target, cases))
            .Select(s => CaseJudgement.Judge(s, checks, target.CheckContext(s.Case))).ToList();

        var statements = IdentityStatement.FromJudgements(judgements);
        return (ProvenanceJudge.Identity(statements, target.Model, target.Identity, Catalog), statements, pipeline.Usage.Calls);
    }

    [Fact]
    public async Task The_identity_rows_replies_are_read_per_language_and_a_drift_in_one_language_is_named_with_it()
    {
        // The incident persona claims another assistant in some Chinese replies; its model field still echoes the Claude id.
        var (verdict, statements, calls) = await ReadIdentityRowsAsync("incident", "claude-sonnet-4-5", "en", "ja", "zh-Hans");

        statements.Select(s => s.Where).Should().Equal("en", "ja", "zh-Hans");
        statements.Should().OnlyContain(s => s.ModelIds.SequenceEqual(new[] { "claude-sonnet-4-5" }), "every sample keeps its response's model field");
        calls.Should().Be(statements.Sum(s => s.Replies), "the statements are the identity rows' own replies, not calls of their own");
        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().MatchRegex(@"^Metadata says claude, text says [a-z]+ in zh-Hans: the model field 'claude-sonnet-4-5' \(claude\)")
            .And.Contain("  zh-Hans: claims qwen").And.NotContain("  en:").And.NotContain("  ja:");
    }

    [Fact]
    public async Task The_aligned_target_agrees_with_its_metadata_in_every_language_of_the_identity_rows()
    {
        var (verdict, _, _) = await ReadIdentityRowsAsync("aligned", "claude-sonnet-4-5", "en", "ja", "zh-Hans");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message);
        verdict.Message.Should().Be(
            "Metadata and text agree: the model field 'claude-sonnet-4-5' (claude), configured model 'claude-sonnet-4-5' (claude), and the text claims claude in en, ja and zh-Hans.");
    }

    [Fact]
    public async Task The_relay_swap_persona_is_caught_in_every_language_the_identity_rows_read()
    {
        var (verdict, _, _) = await ReadIdentityRowsAsync("relay-swap", "claude-sonnet-4-5", "en", "ja", "zh-Hans");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith($"Metadata says chatgpt, text says claude in en, ja and zh-Hans: the model field '{SimulatedUsage.RelayModelField}' (chatgpt)");
    }

    [Fact]
    public void Metadata_that_says_claude_while_the_text_says_qwen_in_two_languages_names_both()
    {
        IdentityStatement Said(string language, params string[] claims) =>
            new(language, claims, ["claude-sonnet-4-5-20250929"], $"who-are-you: \"{string.Join(" ", claims)}\"", 3);

        var verdict = ProvenanceJudge.Identity([Said("en", "claude"), Said("ja", "qwen"), Said("ko"), Said("zh-Hans", "qwen")], "claude-sonnet-4-5", "claude", Catalog);

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("Metadata says claude, text says qwen in ja and zh-Hans: the model field 'claude-sonnet-4-5-20250929' (claude)")
            .And.Contain("  ja: claims qwen; who-are-you: \"qwen\"").And.EndWith("No listed claim in: ko.");
    }

    [Fact]
    public void Identity_rows_with_no_reply_read_are_inconclusive_never_a_pass() =>
        ProvenanceJudge.Identity([new IdentityStatement("en", [], [], null, 0)], "claude-sonnet-4-5", "claude", Catalog)
            .Outcome.Should().Be(ProvenanceOutcome.Inconclusive);

    [Theory]
    [InlineData("claude-sonnet-4-5", "claude")]
    [InlineData("claude-sonnet-4-5-20250929", "claude")]
    [InlineData("anthropic/claude-3.5-sonnet", "claude")]
    [InlineData("CLAUDE-3-OPUS", "claude")]
    [InlineData("gpt-4-turbo-2024-04-09", "chatgpt")]
    [InlineData("gpt-4o-mini", "chatgpt")]
    [InlineData("o3-mini", "chatgpt")]
    [InlineData("qwen2.5-72b-instruct", "qwen")]
    [InlineData("qwen-max", "qwen")]
    [InlineData("qwq-32b", "qwen")]
    [InlineData("deepseek-chat", "deepseek")]
    [InlineData("gemini-2.0-flash", "gemini")]
    [InlineData("meta-llama/Llama-3.1-8B-Instruct", "llama")]
    [InlineData("claudette-7b", null)]
    [InlineData("simulator-aligned", null)]
    [InlineData("", null)]
    public void Model_ids_are_read_as_families_by_the_catalogs_model_ids(string modelId, string? family) =>
        Catalog.FamilyOfModel(modelId)?.Id.Should().Be(family, modelId);

    [Fact]
    public void An_unknown_model_id_names_no_family() =>
        Catalog.FamilyOfModel("claudette-7b").Should().BeNull();

    [Fact]
    public async Task A_relay_that_reports_a_claude_model_id_while_its_text_claims_qwen_fails_with_what_to_do()
    {
        // The endpoint echoes the configured Claude id in its model field; the model behind it says it is Qwen.
        var (verdict, observed) = await ProbeAsync("aligned", "claude-sonnet-4-5", identity: "qwen");

        observed.ModelId.Should().Be("claude-sonnet-4-5");
        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("Metadata says claude, text says qwen")
            .And.Contain("model field 'claude-sonnet-4-5' (claude)")
            .And.Contain("通义千问")
            .And.Contain("Who are you?")
            .And.Contain("Ask the endpoint's operator");
    }

    [Fact]
    public async Task The_aligned_target_whose_id_and_words_agree_is_consistent()
    {
        var (verdict, _) = await ProbeAsync("aligned", "claude-sonnet-4-5");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message);
        verdict.Message.Should().Contain("Metadata and text agree").And.Contain("claims claude in the identity probe");
    }

    [Fact]
    public async Task The_relay_swap_persona_whose_model_field_names_gpt_while_it_claims_claude_fails()
    {
        var (verdict, observed) = await ProbeAsync("relay-swap", "claude-sonnet-4-5");

        observed.ModelId.Should().Be(SimulatedUsage.RelayModelField);
        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("Metadata says chatgpt, text says claude")
            .And.Contain($"model field '{SimulatedUsage.RelayModelField}' (chatgpt)");
    }

    [Fact]
    public async Task The_built_in_target_whose_ids_name_no_family_passes_on_its_configured_identity_and_says_so()
    {
        var (verdict, _) = await ProbeAsync("aligned", "simulator-aligned");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Consistent, verdict.Message);
        verdict.Message.Should().Contain("name no family listed under model-ids").And.Contain("only the configured identity was compared");
    }

    [Fact]
    public async Task Ids_that_name_no_family_and_a_reply_claiming_another_than_the_configured_identity_is_an_anomaly()
    {
        var (verdict, _) = await ProbeAsync("aligned", "simulator-aligned", identity: "qwen");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Anomaly);
        verdict.Message.Should().StartWith("Text says qwen").And.Contain("configured as claude");
    }

    [Fact]
    public async Task A_reply_that_claims_nothing_is_inconclusive_never_a_pass()
    {
        // The simulator's ordinary reply to a prompt that does not ask who it is claims no identity.
        var probes = Probes with { IdentityPrompt = "Reply with the single word OK." };
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target("openai", "aligned", ("Model", "claude-sonnet-4-5"));
        using var pipeline = sim.Pipeline(target, CacheMode.Off);
        var observed = await ProvenanceProbe.RunIdentityAsync(pipeline.Client, probes, TestContext.Current.CancellationToken);

        var verdict = ProvenanceJudge.Identity(observed, target.Model, target.Identity, Classifier, "cases/probes.yaml");

        verdict.Outcome.Should().Be(ProvenanceOutcome.Inconclusive);
        verdict.Message.Should().Contain("claim no identity").And.Contain("does not pass");
    }

    [Fact]
    public void A_failed_probe_or_no_identity_prompt_is_inconclusive()
    {
        ProvenanceJudge.Identity(new IdentityObservation("Who are you?", null, null, "HTTP 503"), "m", "claude", Classifier, "cases/probes.yaml")
            .Should().Be(new ProvenanceVerdict(ProvenanceOutcome.Inconclusive, "The identity probe failed, so nothing was measured:\n  1 call(s): HTTP 503"));
        ProvenanceJudge.Identity(null, "m", "claude", Classifier, "cases/probes.yaml").Message.Should().StartWith("cases/probes.yaml has no identity-prompt");
    }

    [Fact]
    public void The_probes_file_holds_the_identity_prompt_and_a_blank_one_is_refused()
    {
        Probes.IdentityPrompt.Should().NotBeNullOrWhiteSpace();
        Probes.AllCalls.Should().Be(Probes.Calls + 1 + Probes.ProtocolCalls);

        using var dir = new TempDirectory();
        var file = dir.Write("probes.yaml", "prompt: \"x\"\nrepeats: [0, 1, 2]\nidentity-prompt: \"  \"\nunits:\n  - id: a\n    text: \"b\"\n");
        var parse = () => ProbeSet.Parse(YamlDocument.Load(file));
        parse.Should().Throw<DataFileException>().WithMessage("*identity-prompt*empty*");

        File.WriteAllText(file, "prompt: \"x\"\nrepeats: [0, 1, 2]\nunits:\n  - id: a\n    text: \"b\"\n");
        ProbeSet.Parse(YamlDocument.Load(file)).IdentityCalls.Should().Be(0);
    }
}
