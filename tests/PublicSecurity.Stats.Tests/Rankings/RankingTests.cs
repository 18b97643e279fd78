using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class RankingTests
{
    private static readonly RankingMeasure EidByTarget = RankingMeasure.TargetAchievement("level-2 e-ID activations", higherIsBetter: true);
    private static readonly RankingMeasure EidByCount = RankingMeasure.Count("level-2 e-ID activations", higherIsBetter: true);
    private static readonly RankingMeasure Deaths = RankingMeasure.PerCapita("road deaths", higherIsBetter: false);

    [Fact]
    public void Create_TargetAchievementAgainstCount_RanksByTheNamedMeasure()
    {
        // Illustrative figures in the shape of DOMAIN.md: the largest count is not the best achievement of target.
        var byTarget = Ranking.Create(
            EidByTarget,
            [
                RankingObservation.TargetAchievement("01", 4_220_000, 5_000_000),
                RankingObservation.TargetAchievement("74", 1_600_000, 1_200_000),
                RankingObservation.TargetAchievement("79", 5_000_000, 6_000_000),
            ],
            TieMethod.Min,
            MissingValues.Keep);
        var byCount = Ranking.Create(
            EidByCount,
            [RankingObservation.Count("01", 4_220_000), RankingObservation.Count("74", 1_600_000), RankingObservation.Count("79", 5_000_000)],
            TieMethod.Min,
            MissingValues.Keep);

        Assert.Equal(1.0, byTarget.GetEntry("74").Rank);
        Assert.Equal(1_600_000 / 1_200_000.0, byTarget.GetEntry("74").Value);
        Assert.Equal(3.0, byCount.GetEntry("74").Rank);
        Assert.Equal(["74", "01", "79"], byTarget.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Create_MissingKept_IsUnrankedNeverZero()
    {
        // Lower is better: a missing unit ranked as 0 deaths would come first.
        var ranking = Ranking.Create(
            Deaths,
            [
                RankingObservation.PerCapita("A", 12, 1_000_000),
                RankingObservation.Missing("B"),
                RankingObservation.PerCapita("C", 3, 1_000_000),
            ],
            TieMethod.Min,
            MissingValues.Keep);

        Assert.Equal(2, ranking.RankedCount);
        Assert.Equal(3, ranking.UnitCount);
        Assert.Equal(["B"], ranking.Unranked);
        Assert.Null(ranking.GetEntry("B").Rank);
        Assert.Null(ranking.GetEntry("B").Value);
        Assert.False(ranking.GetEntry("B").IsRanked);
        Assert.Empty(ranking.GetEntry("B").TiedWith);
        Assert.Equal(1.0, ranking.GetEntry("C").Rank);
        Assert.Equal(0.3, ranking.GetEntry("C").Value!.Value, 15);
        Assert.Equal(["C", "A", "B"], ranking.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Create_MissingAtBottom_RanksEveryUnitAndTiesTheMissing()
    {
        var ranking = Ranking.Create(
            EidByCount,
            [RankingObservation.Missing("A"), RankingObservation.Count("B", 5), RankingObservation.Missing("C")],
            TieMethod.Average,
            MissingValues.Bottom);

        Assert.Equal(3, ranking.RankedCount);
        Assert.Empty(ranking.Unranked);
        Assert.Equal(2.5, ranking.GetEntry("A").Rank);
        Assert.Equal(["C"], ranking.GetEntry("A").TiedWith);
        Assert.Equal(1.0, ranking.GetEntry("B").Rank);
    }

    [Fact]
    public void Create_Ties_ListTheOtherTiedUnits()
    {
        var ranking = Ranking.Create(
            RankingMeasure.Proportion("clearance rate", higherIsBetter: true),
            [
                RankingObservation.Proportion("A", 9, 10),
                RankingObservation.Proportion("B", 90, 100),
                RankingObservation.Proportion("C", 95, 100),
                RankingObservation.Proportion("D", 18, 20),
            ],
            TieMethod.Min,
            MissingValues.Keep);

        Assert.Equal(["C", "A", "B", "D"], ranking.Entries.Select(e => e.Key));
        Assert.Equal([1.0, 2.0, 2.0, 2.0], ranking.Entries.Select(e => e.Rank!.Value));
        Assert.Equal(["B", "D"], ranking.GetEntry("A").TiedWith);
        Assert.Equal(["A", "B"], ranking.GetEntry("D").TiedWith);
        Assert.Empty(ranking.GetEntry("C").TiedWith);
    }

    [Fact]
    public void Create_FirstMethod_GivesDistinctRanksButKeepsTies()
    {
        var ranking = Ranking.FromValues(EidByCount, [("A", 5.0), ("B", 7.0), ("C", 5.0)], TieMethod.First, MissingValues.Keep);

        Assert.Equal([2.0, 1.0, 3.0], ranking.Entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Rank!.Value));
        Assert.Equal(["C"], ranking.GetEntry("A").TiedWith);
    }

    [Fact]
    public void Create_SixtyThreeUnits_SaysOutOfSixtyThree()
    {
        var ranking = Ranking.FromValues(
            EidByTarget,
            Enumerable.Range(1, 63).Select(i => (i.ToString("00", System.Globalization.CultureInfo.InvariantCulture), (double?)(i / 50.0))),
            TieMethod.Min,
            MissingValues.Keep);

        Assert.Equal(63, ranking.RankedCount);
        Assert.Equal(2.0, ranking.GetEntry("62").Rank);
        Assert.Contains("2 of 63  62  1.24", ranking.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_SmallLeague_MatchesSnapshot()
    {
        var ranking = Ranking.Create(
            Deaths,
            [
                RankingObservation.PerCapita("Bình Dương", 46, 2_823_430),
                RankingObservation.PerCapita("Bà Rịa–Vũng Tàu", 46, 2_823_430),
                RankingObservation.Missing("Long An"),
                RankingObservation.PerCapita("TP Hồ Chí Minh", 120, 9_456_700),
            ],
            TieMethod.Average,
            MissingValues.Keep);

        Snapshot.Verify(ranking.ToString(), "txt");
    }

    [Fact]
    public void Create_KeyComparer_IsUsedForDuplicatesAndLookup()
    {
        var ranking = Ranking.FromValues(EidByCount, [("hn", 1.0)], TieMethod.Min, MissingValues.Keep, StringComparer.OrdinalIgnoreCase);

        Assert.True(ranking.TryGetEntry("HN", out var entry));
        Assert.Equal("hn", entry.Key);
        Assert.False(ranking.TryGetEntry("xx", out _));
        var ex = Assert.Throws<ArgumentException>(() =>
            Ranking.FromValues(EidByCount, [("hn", 1.0), ("HN", 2.0)], TieMethod.Min, MissingValues.Keep, StringComparer.OrdinalIgnoreCase));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("must appear once; HN appeared twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ObservationOfAnotherKind_ThrowsNamingKinds()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Ranking.Create(EidByTarget, [RankingObservation.Count("74", 5)], TieMethod.Min, MissingValues.Keep));

        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("measure's kind (TargetAchievement)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("74 was Count", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DefaultObservationWithNullKey_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() =>
            Ranking.Create(EidByCount, [default(RankingObservation<string>)], TieMethod.Min, MissingValues.Keep));

        Assert.Equal("observations", ex.ParamName);
    }

    [Fact]
    public void Create_UndefinedTieMethod_ThrowsNamingMethod()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Ranking.Create(EidByCount, [RankingObservation.Count("A", 1)], (TieMethod)7, MissingValues.Keep));

        Assert.Equal("method", ex.ParamName);
        Assert.Contains("it was 7", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(-1.0, "-1")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void FromValues_InvalidValue_ThrowsNamingUnitRuleAndValue(double value, string shown)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Ranking.FromValues(EidByCount, [("74", value)], TieMethod.Min, MissingValues.Keep));

        Assert.Equal("values", ex.ParamName);
        Assert.Contains("value of 74 must be finite and non-negative", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {shown}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromValues_ProportionAboveOne_ThrowsNamingRule()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            Ranking.FromValues(RankingMeasure.Proportion("clearance", true), [("74", 1.2)], TieMethod.Min, MissingValues.Keep));

        Assert.Contains("finite and in [0, 1]", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 1.2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetEntry_UnknownKey_ThrowsNamingKey()
    {
        var ranking = Ranking.FromValues(EidByCount, [("A", 1.0)], TieMethod.Min, MissingValues.Keep);

        var ex = Assert.Throws<ArgumentException>(() => ranking.GetEntry("Z"));

        Assert.Equal("key", ex.ParamName);
        Assert.Contains("must be a unit of this ranking; Z is not", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_NegativeCount_ThrowsNamingCount()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.Count("A", -1));

        Assert.Equal("count", ex.ParamName);
        Assert.Contains("must not be negative; it was -1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-5.0, "-5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Observation_NonPositivePopulation_ThrowsNamingPopulation(double population, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.PerCapita("A", 3, population));

        Assert.Equal("population", ex.ParamName);
        Assert.Contains($"population must be positive and finite; it was {shown}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_NonPositiveTarget_ThrowsNamingTarget()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.TargetAchievement("A", 3, 0));

        Assert.Equal("target", ex.ParamName);
        Assert.Contains("target must be positive and finite; it was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_NegativeAchieved_ThrowsNamingAchieved()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.TargetAchievement("A", -3, 10));

        Assert.Equal("achieved", ex.ParamName);
        Assert.Contains("must not be negative; it was -3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_SuccessesAboveTrials_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.Proportion("A", 12, 10));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("must not exceed the trials (10); it was 12", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_ZeroTrials_ThrowsNamingTrials()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.Proportion("A", 0, 0));

        Assert.Equal("trials", ex.ParamName);
        Assert.Contains("trials must be positive; it was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_NegativeSuccesses_ThrowsNamingSuccesses()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingObservation.Proportion("A", -1, 10));

        Assert.Equal("successes", ex.ParamName);
        Assert.Contains("it was -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Observation_NullKey_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => RankingObservation.Missing<string>(null!));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Measure_InvalidPerPopulation_ThrowsNamingIt(double per)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RankingMeasure.PerCapita("deaths", false, per));

        Assert.Equal("perPopulation", ex.ParamName);
        Assert.Contains("must be positive and finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_EmptyName_ThrowsNamingName()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankingMeasure.Count(" ", true));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Measure_WithVietnameseName_IsUsedOnlyInVietnamese()
    {
        var vi = Deaths.WithVietnameseName("số người chết vì tai nạn giao thông");

        Assert.Null(Deaths.VietnameseName);
        Assert.Equal("road deaths", Deaths.NameIn(Language.Vietnamese)); // no Vietnamese name: the caller's name
        Assert.Equal("road deaths", vi.NameIn(Language.English));
        Assert.Equal("số người chết vì tai nạn giao thông", vi.NameIn(Language.Vietnamese));
        Assert.Equal(Deaths.Kind, vi.Kind);
        Assert.Equal(Deaths.PerPopulation, vi.PerPopulation);
        Assert.NotEqual(Deaths, vi);
        Assert.Equal(vi, Deaths.WithVietnameseName("số người chết vì tai nạn giao thông"));
        Assert.Equal(vi.GetHashCode(), Deaths.WithVietnameseName("số người chết vì tai nạn giao thông").GetHashCode());

        var ranking = Ranking.Create(vi, [RankingObservation.PerCapita("A", 46, 2_823_430)], TieMethod.Min, MissingValues.Keep);
        Assert.StartsWith("số người chết vì tai nạn giao thông: xếp hạng 1/1 đơn vị", ranking.ToString(Language.Vietnamese), StringComparison.Ordinal);
        Assert.StartsWith("road deaths: 1 of 1 units ranked", ranking.ToString(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_BlankVietnameseName_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ArgumentException>(() => Deaths.WithVietnameseName("  "));

        Assert.Equal("vietnameseName", ex.ParamName);
        Assert.Contains("must not be empty or white space; it was '  '", ex.Message, StringComparison.Ordinal);
        Assert.Equal("vietnameseName", Assert.Throws<ArgumentNullException>(() => Deaths.WithVietnameseName(null!)).ParamName);
    }

    [Fact]
    public void Measure_NameInUndefinedLanguage_ThrowsNamingTheValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Deaths.NameIn((Language)7));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("must be English or Vietnamese; it was 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_PerCapita_ScalesPer100000AndSaysDirection()
    {
        var ranking = Ranking.Create(Deaths, [RankingObservation.PerCapita("A", 46, 2_823_430)], TieMethod.Min, MissingValues.Keep);

        Assert.Equal(46 / 2_823_430.0 * 100_000, ranking.GetEntry("A").Value);
        Assert.Equal(RankOrder.Ascending, Deaths.Order);
        Assert.Equal("road deaths per 100,000 population (lower is better)", Deaths.ToString());
        Assert.Equal(Deaths, RankingMeasure.PerCapita("road deaths", higherIsBetter: false));
        Assert.NotEqual(Deaths, RankingMeasure.PerCapita("road deaths", higherIsBetter: true));
    }

    [Fact]
    public void NullArguments_ThrowArgumentNullNamingTheArgument()
    {
        Assert.Equal("measure", Assert.Throws<ArgumentNullException>(() =>
            Ranking.Create<string>(null!, [], TieMethod.Min, MissingValues.Keep)).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() =>
            Ranking.Create<string>(EidByCount, null!, TieMethod.Min, MissingValues.Keep)).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentNullException>(() =>
            Ranking.FromValues<string>(null!, [], TieMethod.Min, MissingValues.Keep)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() =>
            Ranking.FromValues<string>(EidByCount, null!, TieMethod.Min, MissingValues.Keep)).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentNullException>(() =>
            RankIntervals.MonteCarlo<string>(null!, [], seed: 1)).ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentNullException>(() =>
            RankIntervals.MonteCarlo<string>(EidByCount, null!, seed: 1)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => RankingMeasure.Proportion(null!, true)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => RankingObservation.Count<string>(null!, 1)).ParamName);

        var ranking = Ranking.FromValues(EidByCount, [("A", 1.0)], TieMethod.Min, MissingValues.Keep);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => ranking.GetEntry(null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => ranking.TryGetEntry(null!, out _)).ParamName);
    }

    [Fact]
    public void Create_UndefinedMissingPolicy_ThrowsNamingMissing()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            Ranking.Create(EidByCount, [RankingObservation.Count("A", 1)], TieMethod.Min, (MissingValues)5));

        Assert.Equal("missing", ex.ParamName);
        Assert.Contains("it was 5", ex.Message, StringComparison.Ordinal);
    }
}
