using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Monte-Carlo rank intervals of a 63-province league (per-capita rates, Jeffreys Gamma posteriors), 10,000 draws:
/// target under 100 ms on a 2-core machine. Also the csranks confidence sets of the same league (1,000 draws).
/// </summary>
[MemoryDiagnoser]
public class RankIntervalBenchmarks
{
    private readonly RankingMeasure measure = RankingMeasure.PerCapita("road deaths", higherIsBetter: false);
    private RankingObservation<string>[] league = [];
    private double[] estimates = [];
    private double[] errors = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2023);
        league = new RankingObservation<string>[63];
        estimates = new double[63];
        errors = new double[63];
        for (var i = 0; i < league.Length; i++)
        {
            var population = 300_000 + random.Next(0, 8_000_000);
            var deaths = random.Next(20, 400);
            league[i] = RankingObservation.PerCapita($"P{i:00}", deaths, population);
            estimates[i] = deaths / (double)population * 100_000;
            errors[i] = Math.Sqrt(deaths) / population * 100_000;
        }
    }

    /// <summary>63 units × 10,000 draws, all cores.</summary>
    [Benchmark]
    public double RankIntervals_MonteCarlo_63x10000() =>
        RankIntervals.MonteCarlo(measure, league, seed: 1, draws: 10_000).Entries[0].MeanRank;

    /// <summary>63 units × 10,000 draws on one thread.</summary>
    [Benchmark]
    public double RankIntervals_MonteCarlo_63x10000_OneThread() =>
        RankIntervals.MonteCarlo(measure, league, seed: 1, draws: 10_000, maxDegreeOfParallelism: 1).Entries[0].MeanRank;

    /// <summary>csranks marginal and simultaneous sets with step-down, 63 units, 1,000 draws.</summary>
    [Benchmark]
    public int RankConfidenceSets_StepDown_63x1000() =>
        RankConfidenceSets.Compute(estimates, errors, higherIsBetter: false, seed: 1).Simultaneous[0].Upper;
}
