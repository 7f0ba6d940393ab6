using System.Globalization;
using Alignment.Configuration;
using Alignment.Provenance;
using Alignment.Reports;
using Alignment.Simulator;
using Alignment.Targets;
using Microsoft.Extensions.Configuration;

namespace Alignment.Bench;

/// <summary>
/// How few probe calls tell the relay's tokenizer from the honest one: the fingerprint of the aligned persona against the
/// relay-swap persona's (cl100k counts behind an o200k name, a hidden system prompt), with fewer and fewer repeats of each
/// unit. The ideal is the fewest calls a line can be fitted from: the shared k = 0 prompt and one more per unit.
/// </summary>
public sealed class ProvenanceBenchmark : IBenchmark
{
    public string Name => "provenance";

    public async Task RunAsync(string[] args)
    {
        var cases = RepoPaths.Cases(RepoPaths.FindRoot());
        var shipped = ProbeSet.Load(cases) ?? throw new InvalidOperationException($"No {ProbeSet.FileName} in {cases}.");
        await using var honest = await SimulatorServer.StartAsync(new SimulatorOptions { Persona = "aligned", CasesDirectory = cases });
        await using var relay = await SimulatorServer.StartAsync(new SimulatorOptions { Persona = "relay-swap", CasesDirectory = cases });

        Console.WriteLine($"Simulator, OpenAI wire, {shipped.Units.Count} units of cases/{ProbeSet.FileName}; aligned against relay-swap, and aligned against itself " +
                          "(no unit may differ there). A slope differs beyond two standard errors of the difference (`alignment report compare`'s rule).");
        Console.WriteLine();
        Console.WriteLine("| repeats k | calls per target | ÷ ideal | units differing, relay | intercept shift, relay | units differing, same model |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var repeats in new[] { new[] { 0, 1 }, [0, 1, 2], [0, 1, 2, 3] })
        {
            var probes = shipped with { Repeats = repeats };
            var a = await MeasureAsync(honest.Address, probes);
            var b = await MeasureAsync(relay.Address, probes);
            var again = await MeasureAsync(honest.Address, probes);
            var relayed = FingerprintComparison.Of(a, b);
            var same = FingerprintComparison.Of(a, again);
            var ideal = 1 + probes.Units.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {string.Join(", ", repeats)} | {probes.Calls} | {probes.Calls / (double)ideal:0.00} | {relayed.Slopes.Count(s => s.Differs)} of {relayed.Slopes.Count} | " +
                $"{relayed.InterceptShift:+0;-0} tokens | {same.Slopes.Count(s => s.Differs)} of {same.Slopes.Count} |"));
        }
    }

    private static async Task<FingerprintRecord> MeasureAsync(Uri simulator, ProbeSet probes)
    {
        var target = ResolvedTarget.Resolve(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alignment:Targets:p:Provider"] = "openai",
            ["Alignment:Targets:p:Endpoint"] = new Uri(simulator, "v1").ToString(),
            ["Alignment:Targets:p:Model"] = "simulator-aligned",
            ["Alignment:Targets:p:Identity"] = "claude",
        }).Build(), "p");
        using var pipeline = TargetPipeline.Create(target, new PipelineOptions { Cache = CacheMode.Off });
        var fingerprint = Fingerprint.From(probes, await ProvenanceProbe.RunAsync(pipeline.Client, probes));
        return FingerprintRecord.From(fingerprint) ?? throw new InvalidOperationException("The simulator reported no usage: nothing was measured.");
    }
}
