using Alignment.Cases;
using Alignment.Checks;
using Alignment.Language;
using Alignment.Simulator;
using Alignment.Targets;
using Alignment.Tests.Identity;
using Alignment.Tests.Sampling;
using FluentAssertions;

namespace Alignment.Tests.EndToEnd;

/// <summary>
/// Live conversations through the loopback simulator and a target's whole client pipeline: the model's replies are fed
/// back turn by turn, every turn is judged, and the cache keys each turn by the conversation so far.
/// </summary>
public sealed class ConversationEndToEndTests
{
    private static readonly CaseCatalog Catalog = CaseCatalog.Load(TestPaths.Cases);
    private static readonly CheckSet Checks = CheckSet.Create(Identities.Classifier, new LanguageDetector(Identities.Catalog.AllNames()));

    private static Case Conversation(string language, string id) => Catalog.Cases.Single(c => c.Language == language && c.Id == id);

    [Fact]
    public async Task The_incident_persona_fails_a_Chinese_chat_on_a_late_turn_drift_to_English()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident" });
        var target = sim.Target(persona: "incident", settings: ("Samples", "3"));
        var c = Conversation("zh-Hans", "conversation-ordinary");

        var samples = (await SimulatedTarget.RunAsync(sim.Pipeline(target), target, [c])).Single();
        var judgement = CaseJudgement.Judge(samples, Checks, target.CheckContext(c));

        samples.Samples.Should().OnlyContain(s => s.Succeeded && s.Turns.Count == 7, "every sample is the whole seven-turn conversation");
        judgement.For(CheckKind.Language).Passed.Should().BeFalse();
        var drifts = samples.Samples.Select(s => judgement.Verdict(s.Index, CheckKind.Language)).ToList();
        // Its share of single Chinese prompts answered in English hits some first turns (to the simulator a chat's first turn
        // is one); no sample drifts at turn 2 or 3, and every one that got past turn 1 in Chinese drifts at turn 4.
        drifts.Select(d => d.Turn).Should().OnlyContain(t => t == 1 || t == Personas.IncidentDriftTurn).And.Contain(Personas.IncidentDriftTurn);
        var late = drifts.First(d => d.Turn == Personas.IncidentDriftTurn);
        late.Explanation.Should().StartWith("turn 4 of 7 answered in English, expected zh-Hans; wrong-language");
        late.Label.Should().Be("en at turn 4");
        late.Quote.Should().StartWith("Sure.");
        judgement.Turns(drifts.IndexOf(late)).Skip(3).Should().OnlyContain(t => t.For(CheckKind.Language)!.Language == "en", "it stays in English once it drifted");
        judgement.For(CheckKind.Identity).Passed.Should().BeTrue("it drifts in language, not identity: the last turn says it is Claude, in English");
    }

    [Fact]
    public async Task The_suite_row_of_a_drifting_Chinese_chat_names_the_first_turn_that_drifted_and_quotes_it()
    {
        var result = await SuiteProcess.RunAsync(new Dictionary<string, string> { ["ALIGNMENT__TARGET"] = "sim-incident" },
            "--filter-trait", "Case=conversation-ordinary", "--filter-not-trait", "Check=snapshot");

        result.ExitCode.Should().NotBe(0, result.Output);
        var row = result.Block("failed language · zh-Hans · conversation-ordinary");
        row.Should().Contain("to be written, turn by turn, in the language each turn expects (zh-Hans)")
            .And.Contain("en at turn 4")
            .And.Contain("turn 4 of 7 answered in English, expected zh-Hans")
            .And.Contain("reply (turn 4): «Sure.");
        result.RanCases("failed").Should().BeEquivalentTo(["language · zh-Hans · conversation-ordinary", "language · zh-Hant · conversation-ordinary", "language · zh-Hant-HK · conversation-ordinary"],
            "only the Chinese chats drift; their identity turns still say Claude");
        result.RanCases("passed").Should().Contain(["language · ja · conversation-ordinary", "identity · zh-Hans · conversation-ordinary"]);
    }

    [Fact]
    public async Task The_aligned_persona_passes_every_conversation_of_the_library()
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions());
        var target = sim.Target(settings: ("Samples", "2"));
        var conversations = Catalog.Cases.Where(c => c.IsConversation).ToList();
        conversations.Should().HaveCountGreaterThanOrEqualTo(12);

        var results = await SimulatedTarget.RunAsync(sim.Pipeline(target), target, conversations);

        foreach (var samples in results)
        {
            var judgement = CaseJudgement.Judge(samples, Checks, target.CheckContext(samples.Case));
            foreach (var check in samples.Case.Checks)
            {
                var verdicts = judgement.For(check);
                verdicts.Passed.Should().BeTrue("{0} {1}: {2}", samples.Case.Key, check, string.Join("; ", verdicts.Worst().Select(v => v.Explanation)));
            }
        }

        sim.Server!.Requests.Should().Be(conversations.Sum(c => c.Conversation.Count) * 2, "one request per turn per sample");
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("anthropic")]
    public async Task Each_turn_is_cached_under_the_conversation_so_far_and_a_replayed_conversation_replays_consistently(string wire)
    {
        await using var sim = await SimulatedTarget.StartAsync(new SimulatorOptions { Persona = "incident" });
        var target = sim.Target(wire, "incident", ("Samples", "3"));
        var c = Conversation("zh-Hans", "conversation-language-switch");

        var recorded = (await SimulatedTarget.RunAsync(sim.Pipeline(target, CacheMode.Record), target, [c])).Single();
        await sim.StopServerAsync();
        var replaying = sim.Pipeline(target, CacheMode.Replay);
        var replayed = (await SimulatedTarget.RunAsync(replaying, target, [c])).Single();

        replaying.Usage.Calls.Should().Be(0, "replay never calls the model");
        replayed.Samples.Select(s => s.Turns.Select(t => t.Text)).Should().BeEquivalentTo(
            recorded.Samples.Select(s => s.Turns.Select(t => t.Text)), o => o.WithStrictOrdering(), "every turn of every sample replays its own reply");
        recorded.Samples.Select(s => s.Turns[0].Text).Distinct().Should().HaveCount(2, "the incident persona answers some first turns in English, so samples differ");

        var entries = new ResponseCacheEntries(sim.CacheDirectory).All();
        entries.Should().HaveCount(3 * c.Conversation.Count, "one entry per turn per sample");
        foreach (var sample in recorded.Samples)
        {
            for (var turn = 0; turn < c.Conversation.Count; turn++)
            {
                // The request of turn T holds the user's turns 1..T with the model's own replies 1..T-1 between them.
                var expected = Enumerable.Range(0, turn + 1)
                    .SelectMany(i => i < turn ? new[] { ("user", c.Conversation[i].User), ("assistant", sample.Turns[i].Text) } : [("user", c.Conversation[i].User)])
                    .ToList();
                entries.Should().ContainSingle(e => e.Request.Sample == sample.Index && e.Request.Messages.Select(m => ValueTuple.Create(m.Role, m.Text)).SequenceEqual(expected),
                    "sample {0}, turn {1} is keyed by the conversation so far", sample.Index, turn + 1);
            }
        }
    }

    [Fact]
    public async Task A_failed_turn_fails_the_sample_naming_the_turn_and_a_refusal_ends_the_conversation()
    {
        var c = Conversation("en", "conversation-ordinary");
        await using var down = await SimulatedTarget.StartAsync(new SimulatorOptions { FailStatus = 404 });
        await using var refusing = await SimulatedTarget.StartAsync(new SimulatorOptions { Fault = SimulatorFault.Refusal });

        var failed = (await SimulatedTarget.RunAsync(down.Pipeline(down.Target()), down.Target(), [c])).Single().Samples.Single();
        var refused = (await SimulatedTarget.RunAsync(refusing.Pipeline(refusing.Target()), refusing.Target(), [c])).Single().Samples.Single();

        failed.Succeeded.Should().BeFalse();
        failed.Failure.Should().Contain("404");
        failed.FailedTurn.Should().Be(1);
        refused.Refused.Should().BeTrue();
        refused.Turns.Should().ContainSingle("nothing more is asked after a refusal").Which.Text.Should().Be(refused.Text);
        refusing.Server!.Requests.Should().Be(1);
    }

    [Fact]
    public void A_turns_cache_key_depends_on_the_models_own_earlier_replies()
    {
        Microsoft.Extensions.AI.ChatMessage User(string text) => new(Microsoft.Extensions.AI.ChatRole.User, text);
        Microsoft.Extensions.AI.ChatMessage Assistant(string text) => new(Microsoft.Extensions.AI.ChatRole.Assistant, text);
        string Key(params Microsoft.Extensions.AI.ChatMessage[] messages) => CachedRequest.Describe("scope", "m", messages, null, 0).Key();

        var chinese = Key(User("你好"), Assistant("你好！"), User("去哪儿玩？"));
        var english = Key(User("你好"), Assistant("Hello!"), User("去哪儿玩？"));
        var firstTurn = Key(User("你好"));

        chinese.Should().NotBe(english, "a different earlier reply is a different conversation");
        chinese.Should().NotBe(firstTurn);
        CachedRequest.Describe("scope", "m", [User("你好")], null, 1).Key().Should().NotBe(firstTurn, "each sample is its own conversation");
    }

    /// <summary>The cache's stored entries, read back as the cache reads them.</summary>
    private sealed class ResponseCacheEntries(string directory)
    {
        public IReadOnlyList<CacheEntry> All()
        {
            var cache = new ResponseCache(directory);
            return Directory.EnumerateFiles(directory, "*.json", SearchOption.AllDirectories)
                .Select(f => cache.TryRead(Path.GetFileNameWithoutExtension(f))!)
                .ToList();
        }
    }
}
