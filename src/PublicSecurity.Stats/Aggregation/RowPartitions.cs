namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Runs a counting body over fixed row partitions on several threads: each worker claims partitions in order, counts
/// them into its own counter, and hands the counter back once; the sums are the same for any number of threads.
/// </summary>
/// <remarks>
/// A body returns the index of the first row it rejects, or −1. After a rejection no worker claims a later partition,
/// and every earlier partition is finished, so the row reported is the first bad row of the whole input whatever the
/// thread count or timing.
/// </remarks>
internal static class RowPartitions
{
    /// <summary>The rows of one partition: 2^20, so that a worker's 32-bit counters cannot overflow within one.</summary>
    public const int Size = 1 << 20;

    /// <summary>Gets the number of workers to use: the degree of parallelism asked for (or the processor count), at most one per partition.</summary>
    public static int Workers(long rows, int? maxDegreeOfParallelism, int size = Size)
    {
        var partitions = (rows + size - 1) / size;
        return (int)Math.Max(1, Math.Min(partitions, maxDegreeOfParallelism ?? Environment.ProcessorCount));
    }

    /// <summary>Counts rows [0, rows) partition by partition.</summary>
    /// <typeparam name="TWorker">A worker's private counter; disposed after its last partition when disposable.</typeparam>
    /// <param name="rows">The number of rows.</param>
    /// <param name="size">The rows of a partition (<see cref="Size"/>; tests use smaller partitions to exercise the threads on small inputs).</param>
    /// <param name="workers">The number of workers (see <see cref="Workers"/>).</param>
    /// <param name="create">Creates a worker's counter.</param>
    /// <param name="body">Counts rows [start, end) into a counter; returns the first rejected row or −1.</param>
    /// <param name="complete">Hands a worker's counter back after its last partition (not called once a row is rejected).</param>
    /// <returns>The first rejected row of the input, or −1.</returns>
    public static long Run<TWorker>(int rows, int size, int workers, Func<TWorker> create, Func<TWorker, int, int, long> body, Action<TWorker> complete)
        where TWorker : class
    {
        var partitions = (int)(((long)rows + size - 1) / size);
        if (workers <= 1 || partitions <= 1)
        {
            var worker = create();
            try
            {
                for (var p = 0; p < partitions; p++)
                {
                    var bad = body(worker, p * size, End(p, rows, size));
                    if (bad >= 0)
                    {
                        return bad;
                    }
                }

                complete(worker);
                return -1;
            }
            finally
            {
                (worker as IDisposable)?.Dispose();
            }
        }

        var next = -1;
        var firstFailed = int.MaxValue;
        var badRows = new long[partitions];
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var worker = create();
            try
            {
                Work(worker);
            }
            finally
            {
                (worker as IDisposable)?.Dispose();
            }
        });

        return firstFailed == int.MaxValue ? -1 : badRows[firstFailed];

        void Work(TWorker worker)
        {
            while (true)
            {
                var p = Interlocked.Increment(ref next);
                if (p >= partitions || p > Volatile.Read(ref firstFailed))
                {
                    break;
                }

                var bad = body(worker, p * size, End(p, rows, size));
                if (bad >= 0)
                {
                    badRows[p] = bad;
                    var seen = Volatile.Read(ref firstFailed);
                    while (p < seen)
                    {
                        var was = Interlocked.CompareExchange(ref firstFailed, p, seen);
                        if (was == seen)
                        {
                            break;
                        }

                        seen = was;
                    }

                    return;
                }
            }

            if (Volatile.Read(ref firstFailed) == int.MaxValue)
            {
                complete(worker);
            }
        }
    }

    private static int End(int partition, int rows, int size) => (int)Math.Min(rows, ((long)partition + 1) * size);
}
