using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace Alignment.Tests.Cli;

public sealed partial class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_serves_the_chosen_persona_standalone_until_stopped()
    {
        using var process = CliProcess.Start("simulate", "--persona", "impostor", "--port", "0");
        try
        {
            var banner = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(60));
            var address = new Uri(Address().Match(banner ?? "").Value);
            using var http = new HttpClient();

            var response = await http.PostAsJsonAsync(new Uri(address, "v1/chat/completions"), new { model = "m", messages = new[] { new { role = "user", content = "你是谁？" } } });
            var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

            banner.Should().Contain("impostor");
            body["choices"]![0]!["message"]!["content"]!.GetValue<string>().Should().StartWith("我是通义千问");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task Simulate_rejects_an_unknown_persona_with_the_known_ones()
    {
        var (exit, _, error) = await CliProcess.RunAsync("simulate", "--persona", "saint", "--port", "0");

        exit.Should().Be(2);
        error.Should().StartWith("alignment: Unknown persona 'saint'").And.Contain("aligned, incident").And.NotContain("   at ");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex Address();
}
