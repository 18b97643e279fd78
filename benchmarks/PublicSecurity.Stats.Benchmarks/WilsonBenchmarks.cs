using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Wilson 95% intervals for 1,000,000 (x, n) pairs, the peer being statsmodels' vectorised
/// <c>proportion_confint(method="wilson")</c> (target: at most 0.5× its time in the same sitting).
/// </summary>
[MemoryDiagnoser]
public class WilsonBenchmarks
{
    private long[] successes = [];
    private long[] trials = [];
    private double[] lower = [];
    private double[] upper = [];

    [GlobalSetup]
    public void Setup()
    {
        (successes, trials) = BenchmarkInputs.ProportionPairs();
        lower = new double[successes.Length];
        upper = new double[successes.Length];
    }

    /// <summary>The span batch: z computed once, a tight loop, no allocation.</summary>
    [Benchmark(Baseline = true)]
    public double Wilson_Batch_1M()
    {
        ProportionInterval.Compute(successes, trials, 0.95, IntervalMethod.Wilson, lower, upper);
        return lower[^1] + upper[^1];
    }

    /// <summary>One call per pair (z recomputed each time).</summary>
    [Benchmark]
    public double Wilson_SingleCalls_1M()
    {
        var sum = 0.0;
        for (var i = 0; i < successes.Length; i++)
        {
            sum += ProportionInterval.Wilson(successes[i], trials[i]).Lower;
        }

        return sum;
    }
}
