namespace Alignment.Batches;

/// <summary>
/// A full garbage collection every <see cref="Every"/> requests that batch mode gathers, collects or answers from the
/// cache. What a request leaves behind (its body, its reply, a sample that failed as pending) is garbage a moment later,
/// but with a young generation of about 2 MB some of it outlives the first collections and lands in the oldest one, which
/// the runtime seldom collects: gathering 100,000 requests leaves 20-odd MB of it there. Measured without this (bench
/// batch, bench/README.md): 133 and 138 MB resident at 100,000 requests, 1.24-1.30 × of 10,000; with it 121-125 MB,
/// 1.17-1.19 ×. A library forcing collections is a last resort, kept because what promotes the garbage (the sample run's
/// window of about a hundred requests going across young collections) is the design; a collection of a small heap costs
/// milliseconds.
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
