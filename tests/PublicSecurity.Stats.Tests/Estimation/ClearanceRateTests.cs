using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class ClearanceRateTests
{
    private static readonly ReportingPeriod May2023 = ReportingCalendar.VietnamStatistical.Month(2023, 5);
    private static readonly ReportingPeriod TenMonths = ReportingCalendar.VietnamStatistical.FirstMonths(2023, 10);

    [Fact]
    public void Period_MinistryMay2023_Is80Point37PercentWithNoInterval()
    {
        // DOMAIN.md §3: Bộ Công an 5/2023, 3,178 / 3,954 = 80.37%.
        var rate = ClearanceRate.Period(3178, 3954, May2023, target: 0.75);

        Assert.Equal(0.8037, rate.Rate, 4);
        Assert.Null(rate.Interval);
        Assert.Null(rate.EvaluatedAt);
        Assert.True(rate.MeetsTarget);
        Assert.Equal(rate.Rate - 0.75, rate.DistanceToTarget);
        Assert.False(rate.ExceedsOneHundredPercent);
        Assert.False(rate.IsImmature);
    }

    [Fact]
    public void Period_MoreClearedThanOccurred_IsFlaggedNotClamped()
    {
        // DOMAIN.md §4: a city with 2 murders and 34 clearances reported 1,700%.
        var rate = ClearanceRate.Period(34, 2, May2023);

        Assert.Equal(17.0, rate.Rate);
        Assert.True(rate.ExceedsOneHundredPercent);
        Assert.Contains("1,700.00%", rate.ToString(), StringComparison.Ordinal);
        Assert.Contains("above 100%", rate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Target_EqualToRate_IsNotMet()
    {
        var rate = ClearanceRate.Period(75, 100, May2023, target: 0.75);

        Assert.False(rate.MeetsTarget);
        Assert.Equal(0, rate.DistanceToTarget);
    }

    [Fact]
    public void Cohort_HasAWilsonIntervalByDefault()
    {
        var rate = ClearanceRate.Cohort(820, 910, TenMonths, new DateOnly(2023, 12, 31), target: 0.9);

        Assert.Equal(ProportionInterval.Wilson(820, 910, 0.95), rate.Interval);
        Assert.Equal(IntervalMethod.Wilson, rate.Method);
        Assert.Equal(0.95, rate.Confidence);
        Assert.True(rate.MeetsTarget);
        Assert.False(rate.IsImmature);
    }

    [Fact]
    public void Cohort_MethodAndLevel_AreConfigurable()
    {
        var rate = ClearanceRate.Cohort(820, 910, TenMonths, TenMonths.End, null, 0.99, IntervalMethod.ClopperPearson);

        Assert.Equal(ProportionInterval.ClopperPearson(820, 910, 0.99), rate.Interval);
    }

    [Fact]
    public void Cohort_EvaluatedBeforeTheWindowEnds_IsImmature()
    {
        var rate = ClearanceRate.Cohort(300, 910, TenMonths, new DateOnly(2023, 6, 1));

        Assert.True(rate.IsImmature);
        Assert.Contains("immature", rate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_EvaluatedBeforeTheWindowStarts_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Cohort(1, 2, TenMonths, new DateOnly(2022, 12, 14)));

        Assert.Equal("evaluatedAt", ex.ParamName);
        Assert.Contains("must not be before the window's start (15/12/2022); it was 14/12/2022", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_MoreClearedThanOccurred_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Cohort(11, 10, TenMonths, TenMonths.End));

        Assert.Equal("cleared", ex.ParamName);
        Assert.Contains("must not exceed the number of occurred cases (10); it was 11", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOccurredCase_RateIsUndefinedAndThrows()
    {
        var period = ClearanceRate.Period(0, 0, May2023, 0.75);
        var cohort = ClearanceRate.Cohort(0, 0, May2023, May2023.End);

        Assert.False(period.IsDefined);
        Assert.Null(period.MeetsTarget);
        Assert.Null(period.DistanceToTarget);
        Assert.Null(cohort.Interval);
        var ex = Assert.Throws<InvalidOperationException>(() => period.Rate);
        Assert.Contains("undefined: no case occurred", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 5, "cleared", "number of cleared cases must not be negative; it was -1")]
    [InlineData(5, -1, "occurred", "number of occurred cases must not be negative; it was -1")]
    public void Period_NegativeCount_Throws(long cleared, long occurred, string parameter, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Period(cleared, occurred, May2023));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1, "-0.1")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    public void Target_OutsideZeroToOne_Throws(double target, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Period(1, 2, May2023, target));

        Assert.Equal("target", ex.ParamName);
        Assert.Contains($"fraction between 0 and 1; it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cohort_BadConfidenceOrMethod_Throws()
    {
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Cohort(1, 2, May2023, May2023.End, null, 1.0)).ParamName);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceRate.Cohort(1, 2, May2023, May2023.End, null, 0.95, (IntervalMethod)99));
        Assert.Equal("method", ex.ParamName);
        Assert.Contains("it was 99", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullWindow_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ClearanceRate.Period(1, 2, null!));
        Assert.Throws<ArgumentNullException>(() => ClearanceRate.Cohort(1, 2, null!, May2023.End));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void ToString_PeriodAndCohort_MatchSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var text = string.Join(
            "\n",
            ClearanceRate.Period(3178, 3954, May2023, 0.75).ToString(language),
            ClearanceRate.Period(34, 2, May2023).ToString(language),
            ClearanceRate.Cohort(820, 910, TenMonths, new DateOnly(2023, 12, 31), 0.9).ToString(language),
            ClearanceRate.Cohort(300, 910, TenMonths, new DateOnly(2023, 6, 1), 0.75).ToString(language),
            ClearanceRate.Period(0, 0, May2023).ToString(language)) + "\n";

        Snapshot.Verify(text, "txt", lang);
    }

    [Fact]
    public void Json_CohortRate_MatchesSnapshot()
    {
        var json = StatsJson.Serialize(ClearanceRate.Cohort(820, 910, TenMonths, new DateOnly(2023, 12, 31), 0.9), indented: true)
            + "\n" + StatsJson.Serialize(ClearanceRate.Period(0, 0, May2023, 0.75), indented: true) + "\n";

        Snapshot.Verify(json, "json");
    }
}
