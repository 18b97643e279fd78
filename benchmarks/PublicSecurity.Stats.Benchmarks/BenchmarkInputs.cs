namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Inputs shaped like <c>shared/peers/peer_bench.py</c>'s (numpy's generator cannot be replayed in .NET, so the
/// shapes are reproduced with <see cref="Random"/> and a fixed seed): n ~ U{1, …, 99,999}, x ~ Binom(n, U(0, 1))
/// and k ~ Pois(U(0, 5000)), the binomial and Poisson draws by their normal approximations (n and λ are large
/// for nearly every element; the interval code does not care how the counts were drawn).
/// </summary>
internal static class BenchmarkInputs
{
    public const int Count = 1_000_000;

    public static (long[] Successes, long[] Trials) ProportionPairs(int seed = 12345)
    {
        var random = new Random(seed);
        var successes = new long[Count];
        var trials = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            long n = random.Next(1, 100_000);
            var p = random.NextDouble();
            var x = Math.Round(n * p + Math.Sqrt(n * p * (1 - p)) * StandardNormal(random));
            trials[i] = n;
            successes[i] = (long)Math.Clamp(x, 0, n);
        }

        return (successes, trials);
    }

    public static long[] PoissonCounts(int seed = 12345)
    {
        var random = new Random(seed);
        var counts = new long[Count];
        for (var i = 0; i < Count; i++)
        {
            var lambda = random.NextDouble() * 5000;
            counts[i] = (long)Math.Max(0, Math.Round(lambda + Math.Sqrt(lambda) * StandardNormal(random)));
        }

        return counts;
    }

    private static double StandardNormal(Random random)
    {
        // Box–Muller.
        var u = 1.0 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u)) * Math.Cos(2.0 * Math.PI * v);
    }
}
