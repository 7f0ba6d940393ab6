using System.CommandLine;
using Alignment.Simulator;

namespace Alignment.Cli.Commands;

/// <summary>alignment simulate: the loopback model as a standalone server any tool can be pointed at.</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var persona = new Option<string>("--persona") { Description = $"Behaviour: {string.Join(", ", Personas.Names)}.", DefaultValueFactory = _ => "aligned" };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var identity = new Option<string>("--identity") { Description = "Identity family the persona presents as.", DefaultValueFactory = _ => "claude" };
        var maker = new Option<string?>("--maker") { Description = "Maker it names (default: the family's first maker)." };
        var latency = new Option<int>("--latency-ms") { Description = "Delay before every response.", DefaultValueFactory = _ => 0 };
        var rateLimit = new Option<double>("--rate-limit-share") { Description = "Share of requests answered 429.", DefaultValueFactory = _ => 0 };
        var retryAfter = new Option<int>("--retry-after") { Description = "Retry-After seconds on a 429.", DefaultValueFactory = _ => 0 };
        var failStatus = new Option<int?>("--fail-status") { Description = "Answer every request with this HTTP status." };
        var apiKey = new Option<string?>("--require-key-variable") { Description = "Environment variable holding the key that requests must carry." };
        var fault = new Option<SimulatorFault>("--fault")
        {
            Description = $"Break the wire on purpose: {string.Join(", ", Enum.GetNames<SimulatorFault>())}.",
            DefaultValueFactory = _ => SimulatorFault.None,
        };
        var faultRequests = new Option<int?>("--fault-requests") { Description = "Only the first N requests get --fault (default: all)." };
        var command = new Command("simulate", "Serve the loopback model (OpenAI chat-completions and Anthropic Messages) until Ctrl+C.")
        {
            persona, port, identity, maker, latency, rateLimit, retryAfter, failStatus, apiKey, fault, faultRequests,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var keyVariable = parse.GetValue(apiKey);
            await using var server = await SimulatorServer.StartAsync(new SimulatorOptions
            {
                Persona = parse.GetValue(persona)!,
                Port = parse.GetValue(port),
                Identity = parse.GetValue(identity)!,
                Maker = parse.GetValue(maker),
                Latency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                RateLimitShare = parse.GetValue(rateLimit),
                RetryAfterSeconds = parse.GetValue(retryAfter),
                FailStatus = parse.GetValue(failStatus),
                RequiredApiKey = keyVariable is null ? null : Environment.GetEnvironmentVariable(keyVariable),
                Fault = parse.GetValue(fault),
                FaultRequests = parse.GetValue(faultRequests),
            }, cancel);
            Console.WriteLine($"Simulator ({parse.GetValue(persona)}) listening on {server.Address}");
            Console.WriteLine($"  OpenAI-compatible:    {server.Address}v1/chat/completions");
            Console.WriteLine($"  Anthropic-compatible: {server.Address}v1/messages");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
            }

            return 0;
        });
        return command;
    }
}
