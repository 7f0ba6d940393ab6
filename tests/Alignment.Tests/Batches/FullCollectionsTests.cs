using Alignment.Batches;
using FluentAssertions;

namespace Alignment.Tests.Batches;

/// <summary>Batch mode collects its garbage in full every so many requests, so what a request left does not pile up.</summary>
public sealed class FullCollectionsTests
{
    [Fact]
    public void Every_so_many_requests_make_a_full_collection()
    {
        var before = GC.CollectionCount(2);

        for (var i = 0; i < FullCollections.Every; i++)
        {
            FullCollections.Count();
        }

        GC.CollectionCount(2).Should().BeGreaterThan(before);
    }
}
