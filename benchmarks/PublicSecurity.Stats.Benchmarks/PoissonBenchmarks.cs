using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Exact (Garwood) 95% intervals for 1,000,000 counts k ~ Pois(U(0, 5000)), the peer being scipy's
/// <c>gammaincinv</c>/<c>gammainccinv</c> and <c>chi2.ppf/isf</c> (target: at most 0.25× scipy). The batch
/// memoises per distinct count (about 5,300 here); the uncached figure is one <c>Exact</c> call per count.
/// </summary>
[MemoryDiagnoser]
public class PoissonBenchmarks
{
    private long[] counts = [];
    private double[] lower = [];
    private double[] upper = [];

    [GlobalSetup]
    public void Setup()
    {
        counts = BenchmarkInputs.PoissonCounts();
        lower = new double[counts.Length];
        upper = new double[counts.Length];
    }

    /// <summary>The span batch, each distinct count computed once.</summary>
    [Benchmark(Baseline = true)]
    public double Poisson_Batch_1M()
    {
        PoissonInterval.Exact(counts, 0.95, lower, upper);
        return lower[^1] + upper[^1];
    }

    /// <summary>Uncached: one <see cref="PoissonInterval.Exact(long, double)"/> call per count.</summary>
    [Benchmark]
    public double Poisson_Uncached_1M()
    {
        var sum = 0.0;
        for (var i = 0; i < counts.Length; i++)
        {
            sum += PoissonInterval.Exact(counts[i], 0.95).Upper;
        }

        return sum;
    }
}
