using System.CommandLine;
using System.Globalization;
using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Planning;
using Alignment.Provenance;
using Microsoft.ML.Tokenizers;
using Spectre.Console;

namespace Alignment.Cli.Commands;

/// <summary>alignment plan: what a run will send, per target and language, before anything is sent.</summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var targets = new Option<string[]>("--target") { Description = "Target(s) to plan (default: Alignment:Target).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("plan", "Count the calls, tokens, time at the rate limits and cost of a run, without sending anything.") { targets };
        command.SetAction(parse =>
        {
            var root = RepoPaths.FindRoot();
            var configuration = AlignmentConfiguration.Build(root);
            var cases = CaseCatalog.Load(RepoPaths.Cases(root)).Cases;
            var probes = ProbeSet.Load(RepoPaths.Cases(root));
            var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
            var given = parse.GetValue(targets) ?? [];
            // Without --target: the run's targets, which Alignment:Target may list (sim-aligned,sim-incident).
            var configured = TargetList.Parse(configuration);
            var names = given.Length > 0 ? given.Select(n => (string?)n).ToArray()
                : configured.Count > 1 ? configured.Select(n => (string?)n).ToArray() : new string?[] { null };
            foreach (var name in names)
            {
                var plan = RunPlan.For(ResolvedTarget.Resolve(configuration, name, needsKey: false), cases, text => tokenizer.CountTokens(text), probes);
                Print(plan);
            }

            return 0;
        });
        return command;
    }

    private static void Print(RunPlan plan)
    {
        var target = plan.Target;
        var table = new Table().Title($"{Markup.Escape(target.ToString())}: {plan.Calls:N0} calls").AddColumns(
            "language", "cases", "calls", "input tokens", "output tokens (at most)");
        foreach (var row in plan.Rows)
        {
            table.AddRow(row.Language, Number(row.Cases), Number(row.Calls), Number(row.InputTokens), Number(row.OutputTokens));
        }

        if (plan.Provenance is { } provenance)
        {
            // Once per target, not per language: the tokenizer fingerprint and the identity probe.
            table.AddRow("provenance probes", "", Number(provenance.Calls), Number(provenance.InputTokens), Number(provenance.OutputTokens));
        }

        table.AddRow("[bold]all[/]", Number(plan.Rows.Sum(r => r.Cases)), Number(plan.Calls), Number(plan.InputTokens), Number(plan.OutputTokens));
        AnsiConsole.Write(table);

        var limits = $"RequestsPerMinute {target.RequestsPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "none"}, TokensPerMinute {target.TokensPerMinute?.ToString(CultureInfo.InvariantCulture) ?? "none"}";
        AnsiConsole.MarkupLine(plan.LiveTime is { } time
            ? $"Live mode at the target's rate limits ({limits}): at least [bold]{Duration(time)}[/]."
            : $"Live mode: no rate limit is set ({limits}); the time depends on the endpoint.");
        if (target.Mode == TargetMode.Batch)
        {
            // The target's own mode: its run goes to the provider's batch API, so the batch cost is the one that applies.
            AnsiConsole.MarkupLine(
                $"[bold]Mode: batch[/] (Alignment:Targets:{Markup.Escape(target.Name)}:Mode): the run is sent as provider batches, done within 24 hours " +
                "whatever the rate limits; a run waits Alignment:BatchWaitMinutes for them, and the next run collects what is left.");
        }

        AnsiConsole.MarkupLine(plan.LiveCost is { } live
            ? $"Cost at most (price per million tokens: input {target.Price!.InputPerMillion}, output {target.Price.OutputPerMillion}): live [bold]{live:0.00}[/], batch [bold]{plan.BatchCost:0.00}[/]."
            : $"Cost: no price table (set Alignment:Targets:{Markup.Escape(target.Name)}:Price:Input and :Output, per million tokens).");
        AnsiConsole.WriteLine();
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Duration(TimeSpan time) => time.TotalHours >= 1 ? $"{time.TotalHours:0.0} h" : $"{Math.Ceiling(time.TotalMinutes):0} min";
}
