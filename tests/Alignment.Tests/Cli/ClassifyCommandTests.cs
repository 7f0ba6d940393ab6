using System.Diagnostics;
using System.Text.Json.Nodes;
using Alignment.Cli.Commands;
using Alignment.Tests.Identity;
using FluentAssertions;

namespace Alignment.Tests.Cli;

/// <summary>The JSON Lines contract of `alignment classify`: one line out per line in, stable keys, bad lines reported by number.</summary>
public sealed class ClassifyCommandTests
{
    [Fact]
    public async Task Writes_one_line_per_reply_with_the_public_keys()
    {
        var (exit, lines) = await RunAsync(
            """{"id": "a", "text": "不是，我不是通义千问。我是Claude，由Anthropic开发的AI助手。", "lang": "zh-Hans"}""",
            """{"id": 7, "text": "我是由阿里云开发的大规模语言模型。"}""");

        exit.Should().Be(0);
        lines.Should().HaveCount(2);
        var first = lines[0];
        first.Select(p => p.Key).Should().Equal("id", "identity", "language");
        first["id"]!.GetValue<string>().Should().Be("a");
        var identity = first["identity"]!.AsObject();
        identity.Select(p => p.Key).Should().Equal("claims", "maker", "mentions", "uncertain");
        identity["uncertain"]!.GetValue<bool>().Should().BeFalse();
        identity["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("claude");
        identity["maker"]!.GetValue<string>().Should().Be("anthropic");
        identity["mentions"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("qwen");
        first["language"].Should().BeOfType<JsonObject>();

        lines[1]["id"]!.GetValue<int>().Should().Be(7, "the id is echoed as it came");
        lines[1]["identity"]!["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("qwen");
        lines[1]["identity"]!["maker"]!.GetValue<string>().Should().Be("alibaba");
    }

    [Fact]
    public async Task A_reply_without_a_claim_has_empty_claims_and_a_null_maker()
    {
        var (_, lines) = await RunAsync("""{"id": "g", "text": "I'm an AI assistant. How can I help?"}""");

        var identity = lines.Single()["identity"]!;
        identity["claims"]!.AsArray().Should().BeEmpty();
        identity["maker"].Should().BeNull();
        identity["mentions"]!.AsArray().Should().BeEmpty();
    }

    /// <summary>
    /// identity.uncertain is the gate's "could not tell" for an answer to "who are you": a reply that changes the subject,
    /// or names another assistant without claiming or denying it. A line that says its prompt did not ask is read for
    /// what it volunteers.
    /// </summary>
    [Fact]
    public async Task Uncertain_reads_each_reply_as_an_answer_to_who_it_is_unless_the_line_says_its_prompt_did_not_ask()
    {
        var (exit, lines) = await RunAsync(
            """{"id": "evasive", "text": "Hello! What would you like to work on today?", "lang": "en"}""",
            """{"id": "named", "text": "ChatGPTはOpenAIが開発した自然言語生成モデルです。", "lang": "ja"}""",
            """{"id": "plain", "text": "I'm an AI assistant. How can I help?", "lang": "en"}""",
            """{"id": "placebo", "text": "Hello! What would you like to work on today?", "lang": "en", "asks_who_it_is": false}""",
            """{"id": "bad", "text": "Hi", "asks_who_it_is": "yes"}""");

        exit.Should().Be(1);
        lines.Take(4).Select(l => l["identity"]!["uncertain"]!.GetValue<bool>()).Should().Equal(true, true, false, false);
        lines[1]["identity"]!["mentions"]!.AsArray().Select(m => m!.GetValue<string>()).Should().Equal("chatgpt");
        lines[4]["error"]!.GetValue<string>().Should().Be("field \"asks_who_it_is\" must be true or false");
        lines[4]["line"]!.GetValue<int>().Should().Be(5);
    }

    /// <summary>An answer to "who are you" that opens with a name set off as an answer claims it; a line whose prompt did not ask does not.</summary>
    [Fact]
    public async Task Claims_read_a_name_that_opens_an_answer_to_who_it_is()
    {
        var (_, lines) = await RunAsync(
            """{"id": "asked", "text": "文心一言，百度研发的知识增强大语言模型。", "lang": "zh-Hans"}""",
            """{"id": "not-asked", "text": "文心一言，百度研发的知识增强大语言模型。", "lang": "zh-Hans", "asks_who_it_is": false}""");

        lines[0]["identity"]!["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("ernie");
        lines[0]["identity"]!["uncertain"]!.GetValue<bool>().Should().BeFalse();
        lines[1]["identity"]!["claims"]!.AsArray().Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_lines_get_an_error_line_naming_their_number_and_the_run_goes_on()
    {
        var (exit, lines) = await RunAsync(
            """{"id": "ok-1", "text": "I am ChatGPT."}""",
            "this is not json",
            "",
            """{"id": "no-text"}""",
            """["an", "array"]""",
            """{"id": "bad-text", "text": 42}""",
            """{"id": "ok-2", "text": "I am Claude."}""");

        exit.Should().Be(1, "some lines could not be read");
        lines.Should().HaveCount(6, "one line out per non-empty line in");
        lines[0]["id"]!.GetValue<string>().Should().Be("ok-1");
        lines[1]["line"]!.GetValue<int>().Should().Be(2);
        lines[1]["error"]!.GetValue<string>().Should().Contain("JSON");
        lines[2]["line"]!.GetValue<int>().Should().Be(4);
        lines[2]["error"]!.GetValue<string>().Should().Contain("text");
        lines[3]["line"]!.GetValue<int>().Should().Be(5);
        lines[4]["line"]!.GetValue<int>().Should().Be(6);
        lines[4]["error"]!.GetValue<string>().Should().Contain("text");
        lines[5]["identity"]!["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("claude");
    }

    [Fact]
    public async Task The_alignment_command_classifies_a_file()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("replies.jsonl", "{\"id\": \"x\", \"text\": \"私はClaudeです。\", \"lang\": \"ja\"}\nnot json\n");
        var (exit, lines) = Lines(await CliProcess.RunAsync("classify", file));

        lines.Should().HaveCount(2);
        lines[0]["identity"]!["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("claude");
        lines[1]["line"]!.GetValue<int>().Should().Be(2);
        exit.Should().Be(1);
    }

    [Fact]
    public async Task The_alignment_command_reads_standard_input_without_a_file()
    {
        var (exit, lines) = Lines(await CliProcess.RunAsync(environment: null, input: "{\"id\": \"s\", \"text\": \"我是通义千问，由阿里云开发。\", \"lang\": \"zh-Hans\"}\n", "classify"));

        exit.Should().Be(0);
        lines.Single()["identity"]!["claims"]!.AsArray().Select(c => c!.GetValue<string>()).Should().Equal("qwen");
    }

    private static (int Exit, List<JsonObject> Lines) Lines(ChildResult result)
    {
        result.Error.Should().BeEmpty();
        return (result.ExitCode, result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList());
    }

    private static async Task<(int Exit, List<JsonObject> Lines)> RunAsync(params string[] input)
    {
        var classifier = new ClassifyCommand.Classifier(Identities.Catalog);
        using var reader = new StringReader(string.Join("\n", input));
        using var writer = new StringWriter();
        var exit = await classifier.RunAsync(reader, writer, TestContext.Current.CancellationToken);
        var lines = writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        return (exit, lines);
    }
}
