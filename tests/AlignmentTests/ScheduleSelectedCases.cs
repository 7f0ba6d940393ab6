using Xunit.Sdk;
using Xunit.v3;

namespace AlignmentTests;

/// <summary>
/// Sees exactly the rows this run will execute (after --filter-trait and friends) before the first one starts,
/// and queues all their requests at once (SampleRun sends them as slots free up): tests then only await their own results.
/// </summary>
public sealed class ScheduleSelectedCases : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase
    {
        var keys = testCases
            .Select(t => (Target: Trait(t, Traits.Target), Language: Trait(t, Traits.Language), Case: Trait(t, Traits.Case), Check: Trait(t, Traits.Check)))
            .Where(k => k.Language is not null && k.Case is not null)
            .ToList();
        var cases = keys.Select(k => (k.Target, k.Language, k.Case)).ToHashSet();
        var identity = keys.Where(k => k.Check == "identity").Select(k => (k.Target, k.Language, k.Case)).ToHashSet();
        foreach (var suite in SuiteContext.All)
        {
            suite.Schedule(suite.Catalog.Cases.Where(c => cases.Contains((suite.TargetName, c.Language, c.Id))));
            // The provenance identity row reads these rows' replies instead of asking a question of its own. The orderer is
            // called per test method (the provenance rows' method last), so each call adds its own.
            suite.AddIdentityRowCases(suite.Catalog.Cases.Where(c => identity.Contains((suite.TargetName, c.Language, c.Id))));
        }

        return testCases;
    }

    private static string? Trait(ITestCase testCase, string name) =>
        testCase.Traits.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}

/// <summary>
/// Runs the rows that report a problem of the whole run (catalog, target, snapshots) first, so their message leads the
/// output, and tells the suite which of them this run executes: a row it empties points to one only if that one runs.
/// </summary>
public sealed class ProblemRowsFirst : ITestMethodOrderer
{
    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : notnull, ITestMethod
    {
        var all = SuiteContext.All;
        var problems = new Dictionary<string, IEnumerable<string>>
        {
            [nameof(AlignmentSuite.Catalog)] = [SuiteContext.CatalogRow],
            [nameof(AlignmentSuite.TargetIsConfigured)] = all.Select(c => c.TargetRowName),
            [nameof(AlignmentSuite.SnapshotsOfTarget)] = all.Select(c => c.SnapshotsRow),
        };
        SuiteContext.Select(testMethods.SelectMany(m => m is null ? [] : problems.GetValueOrDefault(m.MethodName) ?? []));
        // The provenance rows come last: a cause shared with the cases (a stopped run) is then reported by a case's row.
        return testMethods
            .OrderBy(m => m is not null && problems.ContainsKey(m.MethodName) ? 0 : m?.MethodName == nameof(AlignmentSuite.ProvenanceProbe) ? 2 : 1)
            .ToList();
    }
}
