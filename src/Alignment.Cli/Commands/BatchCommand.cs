using System.CommandLine;
using System.Globalization;
using Alignment.Batches;
using Alignment.Configuration;
using Spectre.Console;

namespace Alignment.Cli.Commands;

/// <summary>alignment batch status | cancel: a target's provider batches (Mode = batch), for a person.</summary>
public static class BatchCommand
{
    public static Command Create()
    {
        var targets = new Option<string[]>("--target") { Description = "Target(s) (default: Alignment:Target).", AllowMultipleArgumentsPerToken = true };
        var wait = new Option<double>("--wait")
        {
            Description = "Minutes to wait for the open batches to end; each one that ends is collected into .alignment-cache/ (0: look once).",
            DefaultValueFactory = _ => 0,
        };
        var status = new Command("status", "Where each batch stands; collects those that ended into the record cache, so the next run replays them.") { targets, wait };
        status.SetAction(async (parse, cancel) =>
        {
            foreach (var (target, runner) in Runners(parse.GetValue(targets)))
            {
                using (runner)
                {
                    var minutes = parse.GetValue(wait);
                    if (minutes is < 0 or > 7 * BatchWait.DefaultMinutes)
                    {
                        throw new ArgumentException($"--wait is {minutes.ToString(CultureInfo.InvariantCulture)}; give minutes from 0 to {7 * BatchWait.DefaultMinutes:0}.");
                    }

                    var progress = runner is null ? null : await runner.CollectAsync(TimeSpan.FromMinutes(minutes), cancel);
                    Print(target, runner?.Store ?? new BatchStore(CacheDirectory, target.Name), progress);
                }
            }

            return 0;
        });

        var cancelCommand = new Command("cancel", "Ask the provider to cancel every open batch; what it had done is collected by the next run or `batch status`.") { targets };
        cancelCommand.SetAction(async (parse, cancel) =>
        {
            foreach (var (target, runner) in Runners(parse.GetValue(targets)))
            {
                using (runner)
                {
                    if (runner is null)
                    {
                        AnsiConsole.MarkupLine($"{Markup.Escape(target.Name)}: a simulator's batches end with the run that made them; nothing to cancel.");
                        continue;
                    }

                    var canceled = await runner.CancelAsync(cancel);
                    AnsiConsole.MarkupLine(canceled.Count == 0
                        ? $"{Markup.Escape(target.Name)}: no batch is open."
                        : $"{Markup.Escape(target.Name)}: asked to cancel {string.Join(", ", canceled.Select(r => Markup.Escape($"{r.Id} ({r.ProviderId})")))}.");
                }
            }

            return 0;
        });

        return new Command("batch", "Provider batches of targets in batch mode (Alignment:Targets:<name>:Mode = batch).") { status, cancelCommand };
    }

    private static string CacheDirectory => Path.Combine(RepoPaths.FindRoot(), ".alignment-cache");

    /// <summary>Each target with a runner that reaches its provider; none for a simulator target (its batches live in the run's process).</summary>
    private static IEnumerable<(ResolvedTarget Target, BatchRunner? Runner)> Runners(string[]? names)
    {
        var configuration = AlignmentConfiguration.Build(RepoPaths.FindRoot());
        var given = names is { Length: > 0 } ? names : TargetList.Parse(configuration).ToArray();
        foreach (var name in given)
        {
            var target = ResolvedTarget.Resolve(configuration, name);
            yield return (target, target.Provider == ResolvedTarget.Simulator ? null : BatchRunner.Create(target, CacheDirectory, progress: null));
        }
    }

    private static void Print(ResolvedTarget target, BatchStore store, BatchProgress? progress)
    {
        var records = store.Records;
        if (records.Count == 0)
        {
            AnsiConsole.MarkupLine($"{Markup.Escape(target.Name)}: no batches in {Markup.Escape(store.Directory)}.");
            return;
        }

        // One line per batch, not a table: ids are long and a CI log is narrow.
        Console.WriteLine($"{TerminalText.Safe(target.ToString())}: batches in {store.Directory}");
        foreach (var r in records)
        {
            Console.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture,
                $"  {r.Id} {r.ProviderId ?? "-"}: {State(r)}{(r.ProviderStatus is { } s ? $" ({s})" : "")}, {r.Keys.Count:N0} requests: " +
                $"{r.Counts.Processing:N0} processing, {r.Counts.Succeeded:N0} succeeded, {r.Counts.Errored:N0} errored, " +
                $"{r.Counts.Expired:N0} expired, {r.Counts.Canceled:N0} canceled")));
        }

        if (progress is not null)
        {
            Console.WriteLine(TerminalText.Safe(progress.Line));
        }

        foreach (var r in records.Where(r => r.State == BatchState.Sending))
        {
            Console.WriteLine(TerminalText.Safe(
                $"{r.Id} was being sent when a run stopped: it may be at the provider{(r.InputFileId is null ? "" : $" (its file {r.InputFileId} was uploaded)")}, " +
                $"so it is never sent again. If the provider has no such batch, delete {store.RecordPath(r.Id)} and the next run sends its requests."));
        }
    }

    private static string State(BatchRecord record) => record.State switch
    {
        BatchState.Prepared => "written, not sent",
        BatchState.Sending => "uncertain (stopped while sending)",
        BatchState.Submitted => "at the provider",
        BatchState.Collected => record.Resubmitted ? "collected (expired ones sent again)" : "collected",
        _ => "lost (sent again)",
    };

}
