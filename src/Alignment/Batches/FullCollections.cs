namespace Alignment.Batches;

/// <summary>
/// A full garbage collection every <see cref="Every"/> requests that batch mode gathers, collects or answers from the
/// cache. What a request leaves behind (its body, its reply, a sample that failed as pending) is garbage a moment later,
/// but some of it outlives the first collections and lands in the oldest generation, which the runtime seldom collects:
/// over 100,000 requests the heap grew by about 40 MB of it while a full collection left 4 MB. So a batch run's memory
/// follows what it holds (a few MB), not how many requests went through. Ten collections of a small heap cost milliseconds.
/// </summary>
internal static class FullCollections
{
    public const int Every = 10_000;

    private static long count;

    /// <summary>One more request; every <see cref="Every"/>th collects.</summary>
    public static void Count()
    {
        if (Interlocked.Increment(ref count) % Every == 0)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }
    }
}
