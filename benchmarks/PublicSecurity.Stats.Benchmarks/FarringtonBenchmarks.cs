using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Monitoring;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// The improved Farrington method over 34 provinces × 5 criteria × 60 months (170 series), the last 12 months of each
/// monitored (b = 3 years, w = 3, reweighting, trend test, delta threshold on the 2/3 power, day-count offset): 2,040
/// monitored months. The peer is <c>surveillance::farringtonFlexible</c> on the same shape in one call
/// (<c>benchmarks/peers/farrington_bench.R</c>; goal: at least 20× faster).
/// </summary>
[MemoryDiagnoser]
public class FarringtonBenchmarks
{
    private const int Months = 60;
    private const int Monitored = 12;
    private static readonly double[] CriterionMeans = [30, 10, 15, 8, 12];
    private readonly FarringtonOptions options = FarringtonOptions.Create(yearsBack: 3, halfWindow: 3);
    private MonthlySeries[] series = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(19);
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces34);
        var list = new List<MonthlySeries>();
        foreach (var province in provinces)
        {
            var scale = 0.3 + (random.NextDouble() * 4.7);
            for (var c = 0; c < CriterionMeans.Length; c++)
            {
                var phase = random.NextDouble() * 2 * Math.PI;
                var counts = new long[Months];
                for (var t = 0; t < Months; t++)
                {
                    var mu = CriterionMeans[c] * scale * Math.Exp(0.2 * Math.Sin((2 * Math.PI * (t + 1) / 12) + phase));
                    counts[t] = Poisson(random, mu);
                }

                list.Add(MonthlySeries.Create(province, (MonitoredCriterion)c, ReportingCalendar.VietnamStatistical, 2019, 1, counts));
            }
        }

        series = [.. list];
    }

    /// <summary>All 170 series one after the other.</summary>
    [Benchmark(Baseline = true)]
    public int Farrington_34x5x60()
    {
        var alarms = 0;
        foreach (var s in series)
        {
            alarms += Farrington.Compute(s, Monitored, options).AlarmCount;
        }

        return alarms;
    }

    /// <summary>The same, the series spread over the cores (the results are independent and the method is pure).</summary>
    [Benchmark]
    public int Farrington_34x5x60_Parallel()
    {
        var alarms = 0;
        Parallel.For(0, series.Length, i => Interlocked.Add(ref alarms, Farrington.Compute(series[i], Monitored, options).AlarmCount));
        return alarms;
    }

    private static long Poisson(Random random, double mu)
    {
        // Knuth's product of uniforms, in chunks of mean 30 so that exp(−μ) never underflows.
        long k = 0;
        while (mu > 0)
        {
            var m = Math.Min(mu, 30);
            mu -= m;
            var limit = Math.Exp(-m);
            var p = random.NextDouble();
            while (p > limit)
            {
                k++;
                p *= random.NextDouble();
            }
        }

        return k;
    }
}
