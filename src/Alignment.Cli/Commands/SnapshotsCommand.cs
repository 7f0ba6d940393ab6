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
        command.Subcommands.Add(Sub("pending", "List received snapshots waiting for review.", (folder, filter, _) =>
            NothingMatches(folder, filter, Console.Error) ?? Pending(folder, filter, Console.Out)));
        command.Subcommands.Add(Sub("review", "Walk the pending snapshots with a diff: a accept, r reject, s skip; A/R/S for all remaining; d replies diff, v received file, ? help, q quit.", (folder, filter, _) =>
        {
            if (RefusedOnCi("review", "review and accept locally, then commit the .verified.md files") is { } refused)
            {
                return refused;
            }

            if (NothingMatches(folder, filter, Console.Error) is { } none)
            {
                return none;
            }

            if (!Interactive)
            {
                return RefuseReview(folder, filter, Console.Error);
            }

            return new Reviewer(AnsiConsole.Console, () => Console.ReadKey(intercept: true).KeyChar).Run(folder.Pending(filter));
        }));
        command.Subcommands.Add(Sub("accept", "Accept pending snapshots: the received file replaces the verified one (locally only; refused on CI).", (folder, filter, _, parse) =>
            RefusedOnCi("accept", "accept locally from the received files and commit the .verified.md files") ?? Decide(folder, filter, accept: true, Console.Out, Console.Error, new DecideOptions
            {
                All = parse.GetValue(AllOption),
                Force = parse.GetValue(ForceOption),
                Confirm = Interactive ? question => AnsiConsole.Confirm(Markup.Escape(question), defaultValue: false) : null,
            })));
        command.Subcommands.Add(Sub("reject", "Reject pending snapshots: the received file is deleted.", (folder, filter, _) => Decide(folder, filter, accept: false, Console.Out, Console.Error)));
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

    private static Command Sub(string name, string description, Func<SnapshotFolder, SnapshotFilter, string, int> run) =>
        Sub(name, description, (folder, filter, root, _) => run(folder, filter, root));

    private static Command Sub(string name, string description, Func<SnapshotFolder, SnapshotFilter, string, ParseResult, int> run)
    {
        var command = new Command(name, description);
        if (name is not ("orphans" or "prune"))
        {
            command.Options.Add(FilterOption);
        }

        if (name == "accept")
        {
            command.Options.Add(AllOption);
            command.Options.Add(ForceOption);
        }

        command.SetAction(parse =>
        {
            var root = RepoPaths.FindRoot();
            return run(new SnapshotFolder(RepoPaths.Snapshots(root)), new SnapshotFilter(parse.GetValue(FilterOption) ?? []), root, parse);
        });
        return command;
    }

    private static readonly Option<string[]> FilterOption = new("--filter") { Description = FilterHelp, AllowMultipleArgumentsPerToken = false };

    private static readonly Option<bool> AllOption = new("--all")
    {
        Description = "Accept every pending snapshot when no --filter is given (without a terminal, accept asks for this instead of asking).",
    };

    private static readonly Option<bool> ForceOption = new("--force")
    {
        Description = "Also accept snapshots whose received outcome fails (without a terminal, accept asks for this instead of asking).",
    };

    /// <summary>Whether a person can answer questions here.</summary>
    private static bool Interactive => !Console.IsInputRedirected && !Console.IsOutputRedirected;

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

    /// <summary>How accept decides beyond the filter; Confirm is null without a terminal, and then --all and --force stand in for answers.</summary>
    public sealed record DecideOptions
    {
        public bool All { get; init; }

        public bool Force { get; init; }

        public Func<string, bool>? Confirm { get; init; }
    }

    /// <summary>A --filter that matches nothing is a mistake (a typo, the wrong target), not an empty success.</summary>
    public static int? NothingMatches(SnapshotFolder folder, SnapshotFilter filter, TextWriter error)
    {
        if (filter.IsEmpty || folder.Pending(filter).Count > 0)
        {
            return null;
        }

        error.WriteLine(TerminalText.Safe(
            $"No pending snapshot matches --filter {filter}; {folder.Pending().Count} snapshot(s) are pending in all (list them with {SnapshotStore.CliCommand} pending)."));
        return 1;
    }

    public static int Decide(SnapshotFolder folder, SnapshotFilter filter, bool accept, TextWriter output, TextWriter? error = null, DecideOptions? options = null)
    {
        error ??= output;
        options ??= new DecideOptions();
        if (NothingMatches(folder, filter, error) is { } none)
        {
            return none;
        }

        var pending = folder.Pending(filter).ToList();
        if (accept && filter.IsEmpty && !options.All && pending.Count > 0)
        {
            // Accepting everything of every target at once is rarely meant; ask, or have it said with --all.
            var targets = string.Join(", ", pending.Select(p => p.Id.Target).Distinct());
            if (options.Confirm is null)
            {
                error.WriteLine(TerminalText.Safe(
                    $"accept without --filter would accept all {pending.Count} pending snapshot(s), of target(s) {targets}. Nothing was accepted.\n" +
                    $"Name them with --filter <target, language, case or target/language/case>, or accept them all with --all. " +
                    $"Review them one by one with {SnapshotStore.CliCommand} review."));
                return 2;
            }

            if (!options.Confirm(TerminalText.Safe($"Accept all {pending.Count} pending snapshot(s), of target(s) {targets}?")))
            {
                output.WriteLine("Nothing accepted.");
                return 1;
            }
        }

        var skipped = new List<PendingSnapshot>();
        if (accept && !options.Force && pending.Where(p => p.Fails).ToList() is { Count: > 0 } failing)
        {
            if (options.Confirm is null)
            {
                // All or nothing: a refused batch changes no file, so running again with --force or a narrower filter starts clean.
                error.WriteLine(TerminalText.Safe(
                    $"{failing.Count} of the {pending.Count} snapshot(s) to accept have a failing outcome, so accepting would approve replies that fail their checks:\n" +
                    string.Join("\n", failing.Select(p => $"  {p.Id.Key}: outcome {p.Outcome}")) + "\n" +
                    $"Nothing was accepted. Look at them with {SnapshotStore.CliCommand} review, leave them out with --filter, or accept them anyway with --force."));
                return 2;
            }

            foreach (var p in failing)
            {
                if (!options.Confirm(TerminalText.Safe($"{p.Id.Key}: the received outcome is {p.Outcome}. Accept replies that fail their checks as the expected ones?")))
                {
                    skipped.Add(p);
                }
            }
        }

        foreach (var p in pending.Except(skipped))
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

        foreach (var p in skipped)
        {
            output.WriteLine($"skipped  {TerminalText.Safe(p.Id.Key)} (outcome {TerminalText.Safe(p.Outcome)})");
        }

        output.WriteLine($"{pending.Count - skipped.Count} snapshot(s) {(accept ? "accepted" : "rejected")}{(skipped.Count > 0 ? $", {skipped.Count} skipped" : "")}.");
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

    /// <summary>
    /// The interactive walk: a coloured diff per pending snapshot (and, in verdicts mode, the replies that changed), then one
    /// key decides. Accepting a failing outcome asks again. A closing summary names what was accepted, rejected and skipped.
    /// </summary>
    public sealed class Reviewer(IAnsiConsole console, Func<char> readKey)
    {
        private const string Help =
            "[bold]a[/] accept  [bold]r[/] reject  [bold]s[/] skip  [bold]A R S[/] this and all remaining\n" +
            "[bold]d[/] diff of the replies too  [bold]v[/] view the received file  [bold]q[/] quit (the rest stay pending)  [bold]?[/] this help";

        private const int QuotedReply = 300;

        public int Run(IReadOnlyList<PendingSnapshot> pending)
        {
            var accepted = new List<PendingSnapshot>();
            var rejected = new List<PendingSnapshot>();
            var skipped = new List<PendingSnapshot>();

            // A new model version that answers the same changes every snapshot's model line and nothing else: one decision.
            var renamed = pending.Select(p => (Snapshot: p, Change: p.OnlyModelChanged())).Where(x => x.Change is not null).ToList();
            if (renamed.Count > 1)
            {
                var models = string.Join(", ", renamed.Select(x => $"{x.Change!.Value.Before} → {x.Change!.Value.After}").Distinct());
                console.MarkupLine($"[bold]{renamed.Count}[/] snapshots differ only in the model id ({Markup.Escape(TerminalText.Safe(models))}); nothing the checks compare changed.");
                console.Markup("[bold]A[/] accept them all as one decision, any other key to review them one by one > ");
                var key = readKey();
                console.WriteLine();
                if (key == 'A')
                {
                    foreach (var (snapshot, _) in renamed)
                    {
                        SnapshotFolder.Accept(snapshot);
                        accepted.Add(snapshot);
                    }

                    pending = pending.Except(accepted).ToList();
                }
            }

            char? forAll = null;
            var quit = false;
            for (var i = 0; i < pending.Count; i++)
            {
                var p = pending[i];
                var key = quit ? 's' : forAll;
                if (key is null)
                {
                    Show(p, i + 1, pending.Count);
                    key = Ask(p);
                    if (key == 'q')
                    {
                        quit = true;
                        key = 's';
                    }
                    else if (char.IsUpper(key.Value))
                    {
                        forAll = key = char.ToLowerInvariant(key.Value);
                    }
                }

                if (key == 'a' && p.Fails && !ConfirmFailing(p))
                {
                    key = 's';
                }

                switch (key)
                {
                    case 'a':
                        SnapshotFolder.Accept(p);
                        accepted.Add(p);
                        break;
                    case 'r':
                        SnapshotFolder.Reject(p);
                        rejected.Add(p);
                        break;
                    default:
                        skipped.Add(p);
                        break;
                }
            }

            console.WriteLine();
            List("accepted", "green", accepted);
            List("rejected", "red", rejected);
            List("skipped (still pending)", "yellow", skipped);
            console.MarkupLine($"[green]{accepted.Count} accepted[/], [red]{rejected.Count} rejected[/], {skipped.Count} skipped.");
            return 0;
        }

        private void List(string what, string style, List<PendingSnapshot> snapshots)
        {
            if (snapshots.Count > 0)
            {
                console.MarkupLine($"[{style}]{what}:[/] {Markup.Escape(TerminalText.Safe(string.Join(", ", snapshots.Select(p => p.Id.Key))))}");
            }
        }

        /// <summary>Reads keys until one decides; d, v and ? show more and ask again.</summary>
        private char Ask(PendingSnapshot p)
        {
            while (true)
            {
                console.Markup("[bold]a[/] accept  [bold]r[/] reject  [bold]s[/] skip  [bold]q[/] quit  [bold]?[/] help > ");
                var key = readKey();
                console.WriteLine(key.ToString());
                switch (key)
                {
                    case 'a' or 'r' or 's' or 'A' or 'R' or 'S' or 'q':
                        return key;
                    case 'd':
                        DiffLines(p.FullDiff());
                        break;
                    case 'v':
                        foreach (var line in p.Received().Split('\n'))
                        {
                            console.MarkupLine($"[grey]{Markup.Escape(TerminalText.Safe(line))}[/]");
                        }

                        break;
                    case '?':
                        console.MarkupLine(Help);
                        break;
                    default:
                        console.MarkupLine($"[grey]'{Markup.Escape(TerminalText.Safe(key.ToString()))}' does nothing here; press ? for help.[/]");
                        break;
                }
            }
        }

        /// <summary>Approving a failing outcome makes the failure the expected answer: say so, and take only a plain yes.</summary>
        private bool ConfirmFailing(PendingSnapshot p)
        {
            console.MarkupLine(
                $"[red]{Markup.Escape(TerminalText.Safe(p.Id.ToString()))}: the received outcome is {Markup.Escape(TerminalText.Safe(p.Outcome))}.[/] " +
                "Accepting approves replies that fail their checks as the expected ones.");
            console.Markup("Accept it anyway? [bold]y[/] yes, any other key skips it > ");
            var key = readKey();
            console.WriteLine(key.ToString());
            return key == 'y';
        }

        private void Show(PendingSnapshot p, int number, int count)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{number}/{count}[/] {Markup.Escape(TerminalText.Safe(p.Id.ToString()))} [yellow]{(p.IsNew ? "new" : "changed")}[/] (compare: {p.Compare.Name()}, outcome: {Markup.Escape(TerminalText.Safe(p.Outcome))})");
            DiffLines(p.Diff());
            if (p.Compare == CompareMode.Verdicts && !p.IsNew)
            {
                // The verdicts diff leaves replies out; a reviewer still needs to see what the model now says.
                var changed = p.ChangedReplies();
                console.MarkupLine(changed.Count == 0
                    ? "[grey]No reply changed.[/]"
                    : $"[bold]Replies that changed[/] ({changed.Count}; [bold]d[/] shows their diff, [bold]v[/] the received file):");
                foreach (var reply in changed)
                {
                    console.MarkupLine($"[red]- {Markup.Escape(reply.Sample)}: {Quote(reply.Verified)}[/]");
                    console.MarkupLine($"[green]+ {Markup.Escape(reply.Sample)}: {Quote(reply.Received)}[/]");
                }
            }
        }

        private static string Quote(string? reply)
        {
            if (reply is null)
            {
                return "(none)";
            }

            var text = reply.ReplaceLineEndings(" ⏎ ");
            var cut = text.Length <= QuotedReply ? text.Length : char.IsHighSurrogate(text[QuotedReply - 1]) ? QuotedReply - 1 : QuotedReply;
            return Markup.Escape(TerminalText.Safe("«" + text[..cut] + (cut < text.Length ? "…" : "") + "»"));
        }

        private void DiffLines(string diff)
        {
            foreach (var line in diff.Split('\n'))
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
