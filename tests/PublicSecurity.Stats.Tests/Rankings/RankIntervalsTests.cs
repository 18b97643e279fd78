using MathNet.Numerics.Distributions;
using PublicSecurity.Stats.Rankings;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class RankIntervalsTests
{
    private static readonly RankingMeasure Activations = RankingMeasure.Count("e-ID activations", higherIsBetter: true);
    private static readonly RankingMeasure Deaths = RankingMeasure.PerCapita("road deaths", higherIsBetter: false);

    private static RankingObservation<string>[] League(int units, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, units)
            .Select(i => RankingObservation.PerCapita($"P{i:00}", random.Next(0, 300), 200_000 + random.Next(0, 5_000_000)))
            .ToArray();
    }

    [Fact]
    public void MonteCarlo_WellSeparatedCounts_HaveSingletonIntervals()
    {
        var result = RankIntervals.MonteCarlo(
            Activations,
            [RankingObservation.Count("small", 10), RankingObservation.Count("large", 100_000), RankingObservation.Count("middle", 1_000)],
            seed: 1,
            draws: 2_000);

        Assert.Equal([3, 1, 2], result.Entries.Select(e => e.Lower));
        Assert.Equal([3, 1, 2], result.Entries.Select(e => e.Upper));
        Assert.Equal([3.0, 1.0, 2.0], result.Entries.Select(e => e.MeanRank));
        Assert.Equal([3, 1, 2], result.Entries.Select(e => e.ObservedRank));
        Assert.Equal(1.0, result.Entries[1].ProbabilityRankAtMost(1));
        Assert.Equal(0.0, result.Entries[0].ProbabilityRankAtMost(2));
        Assert.Equal(1.0, result.Entries[0].ProbabilityOfRank(3));
        Assert.Equal(0.0, result.Entries[0].ProbabilityOfRank(4));
    }

    [Theory]
    [InlineData(12L, 1.0, 9L, 1.0)]
    [InlineData(46L, 2_823_430.0, 120L, 9_456_700.0)]
    [InlineData(0L, 1_000.0, 2L, 3_000.0)]
    public void MonteCarlo_TwoRates_ProbabilityOfBestMatchesTheExactPosteriorProbability(long k1, double exposure1, long k2, double exposure2)
    {
        // λ_i ~ Gamma(k_i + ½, rate t_i): P(λ1 < λ2) = P(G1/(G1+G2) < t1/(t1+t2)) = I_{t1/(t1+t2)}(k1 + ½, k2 + ½).
        const int draws = 200_000;
        var exact = Beta.CDF(k1 + 0.5, k2 + 0.5, exposure1 / (exposure1 + exposure2));

        var result = RankIntervals.MonteCarlo(
            Deaths,
            [RankingObservation.PerCapita("one", k1, exposure1), RankingObservation.PerCapita("two", k2, exposure2)],
            seed: 20231114,
            draws: draws);

        var estimate = result.Entries[0].ProbabilityRankAtMost(1);
        Assert.InRange(estimate, exact - (5 * Math.Sqrt(exact * (1 - exact) / draws)), exact + (5 * Math.Sqrt(exact * (1 - exact) / draws)));
        Assert.Equal(1 + (1 - estimate), result.Entries[0].MeanRank, 12);
    }

    [Fact]
    public void MonteCarlo_TargetAchievement_UsesTheTargetAsExposure()
    {
        const int draws = 100_000;
        var exact = 1 - Beta.CDF(1_600_000.5, 1_000_000.5, 1_200_000.0 / (1_200_000 + 800_000));

        var result = RankIntervals.MonteCarlo(
            RankingMeasure.TargetAchievement("e-ID", higherIsBetter: true),
            [RankingObservation.TargetAchievement("74", 1_600_000, 1_200_000), RankingObservation.TargetAchievement("77", 1_000_000, 800_000)],
            seed: 7,
            draws: draws);

        var estimate = result.Entries[0].ProbabilityRankAtMost(1);
        var tolerance = 5 * Math.Sqrt(exact * (1 - exact) / draws);
        Assert.InRange(estimate, exact - tolerance, exact + tolerance);
    }

    [Fact]
    public void MonteCarlo_IdenticalProportions_AreSymmetric()
    {
        var result = RankIntervals.MonteCarlo(
            RankingMeasure.Proportion("clearance", higherIsBetter: true),
            [RankingObservation.Proportion("A", 19, 20), RankingObservation.Proportion("B", 19, 20)],
            seed: 3,
            draws: 40_000);

        Assert.InRange(result.Entries[0].ProbabilityRankAtMost(1), 0.49, 0.51);
        Assert.InRange(result.Entries[0].MeanRank, 1.49, 1.51);
        Assert.Equal(1, result.Entries[0].Lower);
        Assert.Equal(2, result.Entries[0].Upper);
        Assert.Equal(1, result.Entries[0].ObservedRank);
        Assert.Equal(1, result.Entries[1].ObservedRank);
    }

    [Fact]
    public void MonteCarlo_SameRateDifferentEvidence_SmallUnitHasTheWiderInterval()
    {
        // DOMAIN.md's illustration: 19/20 and 950/1000 are both 95%, with very different evidence.
        var units = new List<RankingObservation<string>>
        {
            RankingObservation.Proportion("19/20", 19, 20),
            RankingObservation.Proportion("950/1000", 950, 1000),
        };
        for (var i = 0; i < 6; i++)
        {
            units.Add(RankingObservation.Proportion($"U{i}", 900 + (i * 20), 1000));
        }

        var result = RankIntervals.MonteCarlo(RankingMeasure.Proportion("clearance", true), units, seed: 11, draws: 10_000);

        var small = result.Entries[0];
        var large = result.Entries[1];
        Assert.True(small.Upper - small.Lower > large.Upper - large.Lower, result.ToString());
    }

    [Fact]
    public void MonteCarlo_OneTwoAndEightThreads_GiveIdenticalResults()
    {
        var league = League(63, 42);

        int[] threadCounts = [1, 2, 8];
        var results = threadCounts
            .Select(threads => RankIntervals.MonteCarlo(Deaths, league, seed: 99, draws: 3_001, maxDegreeOfParallelism: threads))
            .ToArray();

        foreach (var other in results.Skip(1))
        {
            for (var u = 0; u < 63; u++)
            {
                var a = results[0].Entries[u];
                var b = other.Entries[u];
                Assert.Equal(a.Lower, b.Lower);
                Assert.Equal(a.Upper, b.Upper);
                Assert.Equal(a.MeanRank, b.MeanRank);
                for (var r = 1; r <= 63; r++)
                {
                    Assert.Equal(a.ProbabilityOfRank(r), b.ProbabilityOfRank(r));
                }
            }
        }
    }

    [Fact]
    public void MonteCarlo_MoreThanSixtyFourUnits_IsDeterministicAndConsistent()
    {
        var league = League(70, 6);

        var one = RankIntervals.MonteCarlo(Deaths, league, seed: 5, draws: 700, maxDegreeOfParallelism: 1);
        var two = RankIntervals.MonteCarlo(Deaths, league, seed: 5, draws: 700, maxDegreeOfParallelism: 2);

        Assert.Equal(one.Entries.Select(e => e.MeanRank), two.Entries.Select(e => e.MeanRank));
        Assert.Equal(70 * 71 / 2.0, one.Entries.Sum(e => e.MeanRank), 9);
        Assert.All(one.Entries, e => Assert.Equal(1.0, Enumerable.Range(1, 70).Sum(e.ProbabilityOfRank), 12));
    }

    [Fact]
    public void MonteCarlo_SameSeed_SameResult_OtherSeed_OtherDraws()
    {
        var league = League(20, 5);

        var a = RankIntervals.MonteCarlo(Deaths, league, seed: 1, draws: 2_000);
        var b = RankIntervals.MonteCarlo(Deaths, league, seed: 1, draws: 2_000);
        var c = RankIntervals.MonteCarlo(Deaths, league, seed: 2, draws: 2_000);

        Assert.Equal(a.Entries.Select(e => e.MeanRank), b.Entries.Select(e => e.MeanRank));
        Assert.NotEqual(a.Entries.Select(e => e.MeanRank), c.Entries.Select(e => e.MeanRank));
    }

    [Fact]
    public void MonteCarlo_EveryUnit_IntervalContainsEnoughProbability()
    {
        var result = RankIntervals.MonteCarlo(Deaths, League(63, 8), seed: 4, draws: 4_000, level: 0.9);

        Assert.All(result.Entries, e =>
        {
            Assert.InRange(e.Lower, 1, e.Upper);
            Assert.True(e.ProbabilityRankAtMost(e.Upper) >= 0.95, e.ToString());
            Assert.True(e.Lower == 1 || e.ProbabilityRankAtMost(e.Lower - 1) < 0.05, e.ToString());
            Assert.Equal(1.0, Enumerable.Range(1, 63).Sum(e.ProbabilityOfRank), 12);
        });
        Assert.Equal(63 * 64 / 2.0, result.Entries.Sum(e => e.MeanRank), 9);
    }

    [Fact]
    public void MonteCarlo_MissingUnit_IsNotRanked()
    {
        var result = RankIntervals.MonteCarlo(
            Activations,
            [RankingObservation.Count("A", 5), RankingObservation.Missing("B"), RankingObservation.Count("C", 50)],
            seed: 1,
            draws: 100);

        Assert.Equal(2, result.RankedCount);
        Assert.Equal(["B"], result.Unranked);
        Assert.Equal(["A", "C"], result.Entries.Select(e => e.Key));
    }

    [Fact]
    public void MonteCarlo_NonPositiveDraws_ThrowsNamingDraws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RankIntervals.MonteCarlo(Activations, [RankingObservation.Count("A", 1)], seed: 1, draws: 0));

        Assert.Equal("draws", ex.ParamName);
        Assert.Contains("must be positive; it was 0", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(95.0, "95")]
    [InlineData(double.NaN, "NaN")]
    public void MonteCarlo_LevelOutsideZeroOne_ThrowsNamingLevel(double level, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RankIntervals.MonteCarlo(Activations, [RankingObservation.Count("A", 1)], seed: 1, level: level));

        Assert.Equal("level", ex.ParamName);
        Assert.Contains($"must be in (0, 1); it was {shown}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void MonteCarlo_InvalidParallelism_ThrowsNamingIt(int degree)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            RankIntervals.MonteCarlo(Activations, [RankingObservation.Count("A", 1)], seed: 1, maxDegreeOfParallelism: degree));

        Assert.Equal("maxDegreeOfParallelism", ex.ParamName);
    }

    [Fact]
    public void MonteCarlo_ObservationOfAnotherKind_ThrowsNamingKinds()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            RankIntervals.MonteCarlo(Deaths, [RankingObservation.Count("A", 1)], seed: 1));

        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("(PerCapita)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonteCarlo_DuplicateKey_ThrowsNamingKey()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            RankIntervals.MonteCarlo(Activations, [RankingObservation.Count("A", 1), RankingObservation.Missing("A")], seed: 1));

        Assert.Contains("A appeared twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProbabilityRankAtMost_RankBelowOne_ThrowsNamingRank()
    {
        var entry = RankIntervals.MonteCarlo(Activations, [RankingObservation.Count("A", 1)], seed: 1, draws: 10).Entries[0];

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => entry.ProbabilityRankAtMost(0));

        Assert.Equal("rank", ex.ParamName);
        Assert.Contains("at least 1; it was 0", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => entry.ProbabilityOfRank(-1));
    }
}
