using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Tau-best sets for 63 provinces with 1,000 bootstrap draws (issue 19): the confidence sets with step-down and the
/// tau-best set for tau = 2 ("ranked 2nd nationwide"). The peer is csranks <c>cstaubest(x, Sigma, tau = 2, R = 1000)</c>
/// timed inside R after the packages are loaded (benchmarks/peers/cstaubest.R); target: at least 20× faster.
/// </summary>
[MemoryDiagnoser]
public class TauBestBenchmarks
{
    private readonly double[] estimates = new double[63];
    private readonly double[] standardErrors = new double[63];

    [GlobalSetup]
    public void Setup()
    {
        // The same league as the R script: rates per 100,000 around 50 with spread 10, standard errors from 0.5 to 10.
        var random = new Random(19008);
        for (var i = 0; i < estimates.Length; i++)
        {
            estimates[i] = Math.Round(50 + (10 * (random.NextDouble() - 0.5) * 3.4), 3);
            standardErrors[i] = Math.Exp(Math.Log(0.5) + (random.NextDouble() * (Math.Log(10) - Math.Log(0.5))));
        }
    }

    /// <summary>csranks cstaubest(x, Sigma = diag(se^2), tau = 2, coverage = 0.95, stepdown = TRUE, R = 1000).</summary>
    [Benchmark]
    public int TauBest63Provinces1000Draws() =>
        RankConfidenceSets.Compute(estimates, standardErrors, higherIsBetter: true, seed: 101, draws: 1000).AmongBest(2).Members.Count;
}
