using System.CommandLine;
using Alignment;
using Alignment.Cases;
using Alignment.Configuration;
using Alignment.Snapshots;
using Spectre.Console;

namespace Alignment.Cli.Commands;

/// <summary>
/// alignment snapshots pending | review | accept | reject | orphans | prune, modelled on cargo insta.
/// The decisions live in the library (SnapshotFolder); this is the console around them.
/// </summary>
public static class SnapshotsCommand
{
    private const string FilterHelp = "Only snapshots whose target, language, case or target/language/case matches this glob (repeatable).";

    public static Command Create()
    {
        var command = new Command("snapshots", "Review the snapshots the suite received: list, accept, reject, and clean up orphans.");
        command.Subcommands.Add(Sub("pending", "List received snapshots waiting for review.", (folder, filter, _) => Pending(folder, filter, Console.Out)));
        command.Subcommands.Add(Sub("review", "Walk the pending snapshots with a diff: a accept, r reject, s skip; A/R/S for all remaining.", (folder, filter, _) =>
        {
            if (RefusedOnCi("review", "review and accept locally, then commit the .verified.md files") is { } refused)
            {
                return refused;
            }

            if (Console.IsInputRedirected || Console.IsOutputRedirected)
            {
                return RefuseReview(folder, filter, Console.Error);
            }

            return new Reviewer(AnsiConsole.Console, () => Console.ReadKey(intercept: true).KeyChar).Run(folder.Pending(filter));
        }));
        command.Subcommands.Add(Sub("accept", "Accept pending snapshots: the received file replaces the verified one (locally only; refused on CI).", (folder, filter, _) =>
            RefusedOnCi("accept", "accept locally from the received files and commit the .verified.md files") ?? Decide(folder, filter, accept: true, Console.Out)));
        command.Subcommands.Add(Sub("reject", "Reject pending snapshots: the received file is deleted.", (folder, filter, _) => Decide(folder, filter, accept: false, Console.Out)));
        command.Subcommands.Add(Sub("orphans", "List snapshots no configured target or catalog case produces any more (exit 1 if any).", (folder, _, root) =>
        {
            var orphans = Orphans(folder, root);
            foreach (var orphan in orphans)
            {
                Console.WriteLine(TerminalText.Safe($"{Relative(root, orphan.Path)}: {orphan.Reason}"));
            }

            Console.WriteLine($"{orphans.Count} orphaned snapshot(s).");
            return orphans.Count == 0 ? 0 : 1;
        }));
        command.Subcommands.Add(Sub("prune", "Delete orphaned snapshots (locally only; refused on CI).", (folder, _, root) =>
        {
            if (RefusedOnCi("prune", "prune locally and commit") is { } refused)
            {
                return refused;
            }

            var orphans = Orphans(folder, root);
            SnapshotFolder.Prune(orphans);
            foreach (var orphan in orphans)
            {
                Console.WriteLine(TerminalText.Safe($"deleted {Relative(root, orphan.Path)} ({orphan.Reason})"));
            }

            Console.WriteLine($"{orphans.Count} orphaned snapshot(s) deleted.");
            return 0;
        }));
        return command;
    }

    /// <summary>Nothing is approved or deleted on CI: the same rule as ALIGNMENT_SNAPSHOTS' accepting modes there.</summary>
    private static int? RefusedOnCi(string subcommand, string instead)
    {
        var ci = ContinuousIntegration.FromEnvironment();
        if (!ci.IsCi)
        {
            return null;
        }

        Console.Error.WriteLine($"alignment snapshots {subcommand} is refused on CI ({ci.Reason}): nothing is approved on CI; {instead}.");
        return 2;
    }

    private static Command Sub(string name, string description, Func<SnapshotFolder, SnapshotFilter, string, int> run)
    {
        var filter = new Option<string[]>("--filter") { Description = FilterHelp, AllowMultipleArgumentsPerToken = false };
        var command = new Command(name, description);
        if (name is not ("orphans" or "prune"))
        {
            command.Options.Add(filter);
        }

        command.SetAction(parse =>
        {
            var root = RepoPaths.FindRoot();
            return run(new SnapshotFolder(RepoPaths.Snapshots(root)), new SnapshotFilter(parse.GetValue(filter) ?? []), root);
        });
        return command;
    }

    public static int Pending(SnapshotFolder folder, SnapshotFilter filter, TextWriter output)
    {
        var pending = folder.Pending(filter);
        foreach (var p in pending)
        {
            output.WriteLine($"{(p.IsNew ? "new    " : "changed")}  {TerminalText.Safe(p.Id.Key)}");
        }

        output.WriteLine($"{pending.Count} snapshot(s) pending.");
        return 0;
    }

    public static int Decide(SnapshotFolder folder, SnapshotFilter filter, bool accept, TextWriter output)
    {
        var pending = folder.Pending(filter);
        foreach (var p in pending)
        {
            if (accept)
            {
                SnapshotFolder.Accept(p);
            }
            else
            {
                SnapshotFolder.Reject(p);
            }

            output.WriteLine($"{(accept ? "accepted" : "rejected")} {TerminalText.Safe(p.Id.Key)}");
        }

        output.WriteLine($"{pending.Count} snapshot(s) {(accept ? "accepted" : "rejected")}.");
        return 0;
    }

    /// <summary>Review is interactive; without a terminal it says what to run instead.</summary>
    public static int RefuseReview(SnapshotFolder folder, SnapshotFilter filter, TextWriter error)
    {
        var cli = SnapshotStore.CliCommand;
        error.WriteLine("alignment snapshots review needs a terminal: standard input or output is redirected. Without one, use:");
        error.WriteLine($"  {cli} pending                    list what waits for review");
        error.WriteLine($"  {cli} accept --filter <pattern>  accept (pattern: target, language, case or target/language/case; globs allowed)");
        error.WriteLine($"  {cli} reject --filter <pattern>  reject");
        error.WriteLine($"{folder.Pending(filter).Count} snapshot(s) pending.");
        return 2;
    }

    private static IReadOnlyList<OrphanSnapshot> Orphans(SnapshotFolder folder, string root)
    {
        var configuration = AlignmentConfiguration.Build(root);
        var catalog = CaseCatalog.Load(RepoPaths.Cases(root));
        return folder.Orphans(catalog, AlignmentConfiguration.Settings(configuration).Targets.Keys);
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>The interactive walk: a coloured diff per pending snapshot, then one key decides.</summary>
    public sealed class Reviewer(IAnsiConsole console, Func<char> readKey)
    {
        public int Run(IReadOnlyList<PendingSnapshot> pending)
        {
            int accepted = 0, rejected = 0, skipped = 0;
            char? forAll = null;
            for (var i = 0; i < pending.Count; i++)
            {
                var p = pending[i];
                var key = forAll;
                if (key is null)
                {
                    Show(p, i + 1, pending.Count);
                    console.Markup("[bold]a[/] accept  [bold]r[/] reject  [bold]s[/] skip  ([bold]A R S[/]: this and all remaining) > ");
                    key = Ask();
                    console.WriteLine(key.Value.ToString());
                    if (char.IsUpper(key.Value))
                    {
                        forAll = key = char.ToLowerInvariant(key.Value);
                    }
                }

                switch (key)
                {
                    case 'a':
                        SnapshotFolder.Accept(p);
                        accepted++;
                        break;
                    case 'r':
                        SnapshotFolder.Reject(p);
                        rejected++;
                        break;
                    default:
                        skipped++;
                        break;
                }
            }

            console.MarkupLine($"[green]{accepted} accepted[/], [red]{rejected} rejected[/], {skipped} skipped.");
            return 0;
        }

        private char Ask()
        {
            while (true)
            {
                var key = readKey();
                if ("arsARS".Contains(key, StringComparison.Ordinal))
                {
                    return key;
                }
            }
        }

        private void Show(PendingSnapshot p, int number, int count)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{number}/{count}[/] {Markup.Escape(TerminalText.Safe(p.Id.ToString()))} [yellow]{(p.IsNew ? "new" : "changed")}[/] (compare: {p.Compare.Name()})");
            foreach (var line in p.Diff().Split('\n'))
            {
                var style = line switch
                {
                    _ when line.StartsWith("+++", StringComparison.Ordinal) || line.StartsWith("---", StringComparison.Ordinal) => "bold",
                    _ when line.StartsWith('+') => "green",
                    _ when line.StartsWith('-') => "red",
                    _ when line.StartsWith("@@", StringComparison.Ordinal) => "cyan",
                    _ => "grey",
                };
                console.MarkupLine($"[{style}]{Markup.Escape(TerminalText.Safe(line))}[/]");
            }
        }
    }
}
