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
        var suite = SuiteContext.Current;
        var keys = testCases
            .Select(t => (Language: Trait(t, Traits.Language), Case: Trait(t, Traits.Case)))
            .Where(k => k.Language is not null && k.Case is not null)
            .ToHashSet();
        suite.Schedule(suite.Catalog.Cases.Where(c => keys.Contains((c.Language, c.Id))));
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
        var suite = SuiteContext.Current;
        var problems = new Dictionary<string, string>
        {
            [nameof(AlignmentSuite.Catalog)] = SuiteContext.CatalogRow,
            [nameof(AlignmentSuite.TargetIsConfigured)] = SuiteContext.TargetRow,
            [nameof(AlignmentSuite.SnapshotsOfTarget)] = suite.SnapshotsRow,
        };
        suite.Select(testMethods.Select(m => m is null ? null : problems.GetValueOrDefault(m.MethodName)).OfType<string>());
        // The provenance rows come last: a cause shared with the cases (a stopped run) is then reported by a case's row.
        return testMethods
            .OrderBy(m => m is not null && problems.ContainsKey(m.MethodName) ? 0 : m?.MethodName == nameof(AlignmentSuite.ProvenanceProbe) ? 2 : 1)
            .ToList();
    }
}
