using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Ranking doubles with pandas semantics: the peer is pandas <c>Series.rank(method='min', ascending=False)</c> on
/// 1,000,000 and 10,000,000 random floats (shared/peers/peer_bench.py); target ≤ 0.3× its time. The 63-value case is
/// a provincial league table ranked into a preallocated span: target 0 B allocated.
/// </summary>
[MemoryDiagnoser]
public class RankBenchmarks
{
    private double[] million = [];
    private double[] tenMillion = [];
    private double[] millionRanks = [];
    private double[] tenMillionRanks = [];
    private readonly double[] provinces = new double[63];
    private readonly double[] provinceRanks = new double[63];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(12345);
        million = new double[1_000_000];
        tenMillion = new double[10_000_000];
        for (var i = 0; i < million.Length; i++)
        {
            million[i] = random.NextDouble();
        }

        for (var i = 0; i < tenMillion.Length; i++)
        {
            tenMillion[i] = random.NextDouble();
        }

        for (var i = 0; i < provinces.Length; i++)
        {
            provinces[i] = random.Next(50, 150) / 100.0;
        }

        millionRanks = new double[million.Length];
        tenMillionRanks = new double[tenMillion.Length];
    }

    /// <summary>1,000,000 random doubles, Min ties, descending, into a preallocated span.</summary>
    [Benchmark]
    public double Rank_Min_Descending_1M()
    {
        Ranks.Compute(million, millionRanks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);
        return millionRanks[0];
    }

    /// <summary>The same through the allocating overload (what pandas does: a new result array).</summary>
    [Benchmark]
    public double Rank_Min_Descending_1M_Allocating() =>
        Ranks.Compute(million, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false)[0];

    /// <summary>10,000,000 random doubles, Min ties, descending, into a preallocated span.</summary>
    [Benchmark]
    public double Rank_Min_Descending_10M()
    {
        Ranks.Compute(tenMillion, tenMillionRanks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);
        return tenMillionRanks[0];
    }

    /// <summary>A league of 63 provinces (with ties), Min, descending, into a preallocated span: nothing allocated.</summary>
    [Benchmark]
    public double Rank_Min_Descending_63()
    {
        Ranks.Compute(provinces, provinceRanks, TieMethod.Min, RankOrder.Descending, MissingValues.Keep, percent: false);
        return provinceRanks[0];
    }
}
