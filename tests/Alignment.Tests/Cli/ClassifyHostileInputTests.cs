using System.Text;
using System.Text.Json.Nodes;
using Alignment.Cli.Commands;
using Alignment.Tests.Identity;
using FluentAssertions;

namespace Alignment.Tests.Cli;

/// <summary>`alignment classify` on hostile input: every non-empty line gets its own line out, nothing stops the stream.</summary>
public sealed class ClassifyHostileInputTests
{
    [Theory]
    [InlineData("""{"id": "s", "text": "a \ud800"}""", "lone surrogate")]
    [InlineData("""{"id": "s", "text": "a \udc00 b"}""", "lone surrogate")]
    [InlineData("""{"id": "d", "text": "I am Claude.", "text": "I am ChatGPT."}""", "text")]
    [InlineData("""{"id": "d", "id": 2, "text": "I am Claude."}""", "id")]
    [InlineData("""{"id": "n", "text": "I am Claude.", "lang": "\udfff"}""", "lone surrogate")]
    public async Task A_line_that_is_json_but_not_text_gets_an_error_line_and_the_stream_goes_on(string hostile, string named)
    {
        var (exit, lines) = await RunAsync(Encoding.UTF8.GetBytes(string.Join("\n", """{"id": "before", "text": "I am Claude."}""", hostile, """{"id": "after", "text": "I am Claude."}""")));

        exit.Should().Be(1);
        lines.Should().HaveCount(3);
        lines[0]["id"]!.GetValue<string>().Should().Be("before");
        lines[1]["line"]!.GetValue<int>().Should().Be(2);
        lines[1]["error"]!.GetValue<string>().Should().Contain(named);
        lines[2]["id"]!.GetValue<string>().Should().Be("after");
    }

    [Fact]
    public async Task A_lone_surrogate_in_the_id_gets_an_error_line_since_it_cannot_be_echoed_as_text()
    {
        var (_, lines, _) = await RunRawAsync(Encoding.UTF8.GetBytes("{\"id\": \"\\ud800\", \"text\": \"I am Claude.\"}\n{\"id\": \"after\", \"text\": \"I am Claude.\"}"));

        lines.Should().HaveCount(2);
        lines[0]["line"]!.GetValue<int>().Should().Be(1);
        lines[0]["error"]!.GetValue<string>().Should().Contain("surrogate");
        lines[1]["id"]!.GetValue<string>().Should().Be("after");
    }

    [Fact]
    public async Task Invalid_utf8_is_read_as_replacement_characters_not_as_an_end()
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.UTF8.GetBytes("{\"id\": \"bad\", \"text\": \"I am Claude \""));
        bytes.InsertRange(bytes.Count - 1, new byte[] { 0xC3, 0x28, 0xFF, 0xFE, 0xED, 0xA0, 0x80 });
        bytes.AddRange(Encoding.UTF8.GetBytes("}\n{\"id\": \"after\", \"text\": \"I am Claude.\"}\n"));

        var (exit, lines) = await RunAsync(bytes.ToArray());

        exit.Should().Be(0);
        lines.Select(l => l["id"]!.GetValue<string>()).Should().Equal("bad", "after");
    }

    [Fact]
    public async Task Control_and_bidi_characters_never_reach_the_output_raw()
    {
        var (_, lines, raw) = await RunRawAsync(Encoding.UTF8.GetBytes(
            "{\"id\": \"\\u001b]0;pwned\\u0007\\u202e\", \"text\": \"I am Claude.\\u0000\\u001b[2J\\u202e\\u2066\"}\n" +
            "{\"id\": \"x\\u001b[2J\", \"text\": 5}\n"));

        lines.Should().HaveCount(2);
        lines[0]["id"]!.GetValue<string>().Should().Be("\u001b]0;pwned\u0007\u202e", "escaped, the id is still echoed exactly");
        raw.Should().NotContainAny("\u001b", "\u0000", "\u0007", "\u202e", "\u2066");
    }

    [Fact]
    public async Task Fuzz_random_lines_never_stop_the_stream_and_each_gets_one_line()
    {
        var random = new Random(11);
        var input = new List<byte[]>();
        string[] pieces = ["{", "}", "[", "]", "\"", "\\", "\\u", "d800", "\"text\"", ":", ",", "\"id\"", "\"lang\"", "null", "1e999", "我是", "Claude", "ChatGPT", "\u202e", "\u0000", "\u001b", "\ud83d\ude00", "true", " "];
        for (var i = 0; i < 300; i++)
        {
            var line = (i % 3) switch
            {
                0 => Enumerable.Range(0, random.Next(1, 200)).Select(_ => (byte)random.Next(0, 256)).ToArray(),
                1 => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]))),
                _ => Encoding.UTF8.GetBytes($"{{\"id\": {i}, \"text\": \"{string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)]).Select(p => p.Replace("\"", "\\\"")))}\"}}"),
            };
            input.Add(line.Where(b => b is not ((byte)'\n' or (byte)'\r')).ToArray());
        }

        input.Add(Encoding.UTF8.GetBytes("{\"text\": \"" + new string('[', 100_000) + "\"}"));
        input.Add(Encoding.UTF8.GetBytes(new string('[', 100_000)));
        input.Add(Encoding.UTF8.GetBytes(new string('x', 5_000_000)));
        var bytes = input.SelectMany(l => l.Append((byte)'\n')).ToArray();
        var nonEmpty = new StreamReader(new MemoryStream(bytes)).ReadToEnd().Split('\n').Count(l => !string.IsNullOrWhiteSpace(l));

        var (_, lines, raw) = await RunRawAsync(bytes).WaitAsync(TimeSpan.FromMinutes(2), TestContext.Current.CancellationToken);

        lines.Should().HaveCount(nonEmpty, "one line out per non-empty line in");
        raw.Should().NotContainAny("\u001b", "\u0000", "\u202e");
    }

    private static async Task<(int Exit, List<JsonObject> Lines)> RunAsync(byte[] input)
    {
        var (exit, lines, _) = await RunRawAsync(input);
        return (exit, lines);
    }

    /// <summary>Reads the bytes as the command reads standard input or a file: UTF-8, bad bytes replaced.</summary>
    private static async Task<(int Exit, List<JsonObject> Lines, string Raw)> RunRawAsync(byte[] input)
    {
        var classifier = new ClassifyCommand.Classifier(Identities.Catalog);
        using var reader = new StreamReader(new MemoryStream(input));
        using var writer = new StringWriter();
        var exit = await classifier.RunAsync(reader, writer, TestContext.Current.CancellationToken);
        var raw = writer.ToString();
        return (exit, raw.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList(), raw);
    }
}
