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
