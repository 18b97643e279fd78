using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Targets;
using ChunkRandom = PublicSecurity.Stats.Numerics.ChunkRandom;

namespace PublicSecurity.Stats.Tests.Targets;

/// <summary>
/// Properties of the year-end projections over generated series: the interval widens with the level, the probability
/// of meeting an "at most" target grows with the target, the projection is at least the count so far, and the 95%
/// interval covers the true year total of 2,000 simulated series (known truth) in 93–97% of them.
/// </summary>
public sealed class YearEndProperties
{
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    /// <summary>A seed for a generated series: 2–5 past years, 1–11 months observed, means 0.5–300, θ 1.5–40 or Poisson.</summary>
    private static readonly Arbitrary<int> Seeds = Gen.Choose(0, 1_000_000).ToArbitrary();

    [Property(MaxTest = 40)]
    public Property Count_HigherLevel_IntervalContainsTheLowerLevels() => Prop.ForAll(Seeds, seed =>
    {
        var (series, _) = Generate(seed, pastYears: 2 + (seed % 4));
        var narrow = YearEndProjection.Count(series, 0, TargetDirection.AtMost, YearEndOptions.Create(0.8, 1000, seed));
        var wide = YearEndProjection.Count(series, 0, TargetDirection.AtMost, YearEndOptions.Create(0.95, 1000, seed));
        return (wide.Lower <= narrow.Lower && wide.Upper >= narrow.Upper)
            .Label($"80% [{narrow.Lower}, {narrow.Upper}] not inside 95% [{wide.Lower}, {wide.Upper}]");
    });

    [Property(MaxTest = 40)]
    public Property Count_HigherAtMostTarget_ProbabilityDoesNotFall() => Prop.ForAll(Seeds, seed =>
    {
        var (series, _) = Generate(seed, pastYears: 2 + (seed % 4));
        var options = YearEndOptions.Create(draws: 1000, seed: seed);
        var centre = (long)YearEndProjection.Count(series, 0, TargetDirection.AtMost, options).ProjectedTotal;
        var targets = new[] { 0L, centre / 2, centre * 9 / 10, centre, centre * 11 / 10, centre * 2 };
        var p = targets.Select(t => YearEndProjection.Count(series, t, TargetDirection.AtMost, options).ProbabilityOfMeetingTarget).ToArray();
        var q = targets.Select(t => YearEndProjection.Count(series, t, TargetDirection.AtLeast, options).ProbabilityOfMeetingTarget).ToArray();
        for (var i = 1; i < p.Length; i++)
        {
            if (p[i] < p[i - 1] || q[i] > q[i - 1])
            {
                return false.Label($"targets {string.Join(", ", targets)}: at most {string.Join(", ", p)}; at least {string.Join(", ", q)}");
            }
        }

        return true.ToProperty();
    });

    [Property(MaxTest = 40)]
    public Property Count_AnySeries_ProjectionAtLeastTheCountSoFar() => Prop.ForAll(Seeds, seed =>
    {
        var (series, _) = Generate(seed, pastYears: 2 + (seed % 4));
        var r = YearEndProjection.Count(series, 10, TargetDirection.AtLeast, YearEndOptions.Create(draws: 500, seed: seed));
        return (r.ProjectedTotal >= r.ObservedSoFar && r.Lower >= r.ObservedSoFar && r.Upper >= r.Lower && r.ProbabilityOfMeetingTarget is >= 0 and <= 1)
            .Label($"so far {r.ObservedSoFar}, projected {r.ProjectedTotal}, interval [{r.Lower}, {r.Upper}], p {r.ProbabilityOfMeetingTarget}");
    });

    [Property(MaxTest = 60)]
    public Property Clearance_AnyMonths_IntervalInsideTheReachableRates() => Prop.ForAll(Seeds, seed =>
    {
        var random = new ChunkRandom(seed, 1);
        var k = 1 + (seed % 11);
        var cases = Enumerable.Range(0, k).Select(_ => random.NextPoisson(1 + (seed % 60))).ToArray();
        cases[0]++;
        var rate = random.NextDouble();
        var cleared = cases.Select(n => random.NextBinomial(n, rate)).ToArray();
        var remaining = random.NextPoisson(cases.Sum() * (12.0 - k) / k);
        var narrow = YearEndProjection.Clearance(cleared, cases, remaining, 0.75, YearEndOptions.Create(0.8, 1000, seed));
        var wide = YearEndProjection.Clearance(cleared, cases, remaining, 0.75, YearEndOptions.Create(0.95, 1000, seed));
        var year = (double)(cases.Sum() + remaining);
        var lowest = cleared.Sum() / year;
        var highest = (cleared.Sum() + remaining) / year;
        return (wide.Lower <= narrow.Lower && wide.Upper >= narrow.Upper && wide.Lower >= lowest - 1e-12 && wide.Upper <= highest + 1e-12
                && wide.ProjectedRate >= lowest - 1e-12 && wide.ProjectedRate <= highest + 1e-12)
            .Label($"80% [{narrow.Lower}, {narrow.Upper}], 95% [{wide.Lower}, {wide.Upper}], reachable [{lowest}, {highest}], projected {wide.ProjectedRate}");
    });

    /// <summary>
    /// 2,000 series from a known negative binomial with seasonality and a trend (4 past years, 1–11 months observed,
    /// means 3–300, θ 3–40): the 95% interval, from 2,000 draws each, covers the true year total in 93–97% of them.
    /// </summary>
    [Fact]
    public void Count_2000SimulatedSeries_95PercentIntervalCoversTheTruthIn93To97Percent()
    {
        const int Series = 2000;
        var covered = 0;
        var clock = Stopwatch.StartNew();
        Parallel.For(0, Series, () => 0, (i, _, local) =>
        {
            var (series, truth) = Generate(19_000 + i, pastYears: 4);
            var r = YearEndProjection.Count(series, 0, TargetDirection.AtMost, YearEndOptions.Create(0.95, 2000, i));
            return local + (r.Lower <= truth && truth <= r.Upper ? 1 : 0);
        }, local => Interlocked.Add(ref covered, local));
        var share = (double)covered / Series;
        TestContext.Current.TestOutputHelper?.WriteLine($"coverage {share:P2} of {Series} series in {clock.Elapsed.TotalSeconds:F1} s");
        Assert.InRange(share, 0.93, 0.97);
    }

    /// <summary>A monthly series from January of its first year to month k of the current year (2023), and the true year total.</summary>
    internal static (MonthlySeries Series, long YearTotal) Generate(int seed, int pastYears)
    {
        var random = new ChunkRandom(seed, 0);
        var k = 1 + (int)(random.NextUInt64() % 11);
        var baseMean = Math.Exp(Math.Log(3) + (random.NextDouble() * Math.Log(100)));
        var amplitude = random.NextDouble() * 0.5;
        var phase = random.NextDouble() * 2 * Math.PI;
        var slope = 0.1 * random.NextStandardNormal();
        double[] thetas = [3, 5, 10, 20, 40];
        var theta = thetas[(int)(random.NextUInt64() % (ulong)thetas.Length)];
        var counts = new long[(12 * pastYears) + k];
        var total = 0L;
        for (var i = 0; i < (12 * pastYears) + 12; i++)
        {
            var month = (i % 12) + 1;
            var yearsBack = pastYears - (i / 12);
            var mu = baseMean * Math.Exp((amplitude * Math.Sin((2 * Math.PI * month / 12) + phase)) - (slope * yearsBack));
            var y = random.NextNegativeBinomial(mu, theta);
            if (i < counts.Length)
            {
                counts[i] = y;
            }

            if (yearsBack == 0)
            {
                total += y;
            }
        }

        return (MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficAccidents, ReportingCalendar.Gregorian, 2023 - pastYears, 1, counts), total);
    }
}
