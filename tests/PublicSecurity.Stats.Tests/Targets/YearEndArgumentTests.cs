using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Targets;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Targets;

/// <summary>Every documented exception of the year-end projections: the parameter named, the rule and the value in the message.</summary>
public sealed class YearEndArgumentTests
{
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    private static MonthlySeries Series(int months, int firstYear = 2020, int firstMonth = 1) =>
        MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficAccidents, ReportingCalendar.Gregorian, firstYear, firstMonth, Enumerable.Range(0, months).Select(i => 5L + (i % 3)).ToArray());

    [Fact]
    public void Count_NullSeries_Throws() =>
        Assert.Equal("series", Assert.Throws<ArgumentNullException>(() => YearEndProjection.Count(null!, 10, TargetDirection.AtMost)).ParamName);

    [Fact]
    public void Count_SeriesEndsInDecember_ThrowsNamingTheMonth()
    {
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Count(Series(36), 10, TargetDirection.AtMost));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("months observed 1 to 11", e.Message, StringComparison.Ordinal);
        Assert.Contains("it ended in month 12 of 2022", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_FewerThan24PastMonths_ThrowsWithTheCount()
    {
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Count(Series(23 + 5, 2021, 2), 10, TargetDirection.AtMost));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("at least 24 months before 2023", e.Message, StringComparison.Ordinal);
        Assert.Contains("it had 23", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_AllZero_Throws()
    {
        var zeros = MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficDeaths, ReportingCalendar.Gregorian, 2021, 1, new long[30]);
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Count(zeros, 10, TargetDirection.AtMost));
        Assert.Equal("series", e.ParamName);
        Assert.Contains("at least one positive count", e.Message, StringComparison.Ordinal);
        Assert.Contains("every month was 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_NegativeTarget_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Count(Series(30), -1, TargetDirection.AtMost));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("must not be negative; it was -1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_UndefinedDirection_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Count(Series(30), 10, (TargetDirection)7));
        Assert.Equal("direction", e.ParamName);
        Assert.Contains("it was 7", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Options_ConfidenceOutside0To1_Throws(double confidence)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndOptions.Create(confidence: confidence));
        Assert.Equal("confidence", e.ParamName);
        Assert.Contains("strictly between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(1_000_001)]
    public void Options_DrawsOutOfRange_Throws(int draws)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndOptions.Create(draws: draws));
        Assert.Equal("draws", e.ParamName);
        Assert.Contains("from 100 to 1000000", e.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {draws}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clearance_NullArguments_Throw()
    {
        Assert.Equal("cleared", Assert.Throws<ArgumentNullException>(() => YearEndProjection.Clearance(null!, [1], 1, 0.75)).ParamName);
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => YearEndProjection.Clearance([1], null!, 1, 0.75)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    public void Clearance_MonthsObservedOutside1To11_Throws(int months)
    {
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Clearance(new long[months], Enumerable.Repeat(10L, months).ToArray(), 5, 0.75));
        Assert.Equal("cases", e.ParamName);
        Assert.Contains("from 1 to 11", e.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {months}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clearance_LengthsDiffer_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Clearance([1, 2], [3, 4, 5], 5, 0.75));
        Assert.Equal("cleared", e.ParamName);
        Assert.Contains("one value per month of the cases (3); it had 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clearance_NegativeCount_Throws()
    {
        var cases = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Clearance([1, 0], [3, -2], 5, 0.75));
        Assert.Equal("cases", cases.ParamName);
        Assert.Contains("cases of month 2 must not be negative; it was -2", cases.Message, StringComparison.Ordinal);
        var cleared = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Clearance([-1, 0], [3, 2], 5, 0.75));
        Assert.Equal("cleared", cleared.ParamName);
        Assert.Contains("cleared cases of month 1 must not be negative; it was -1", cleared.Message, StringComparison.Ordinal);
        var remaining = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Clearance([1, 0], [3, 2], -5, 0.75));
        Assert.Equal("remainingCases", remaining.ParamName);
        Assert.Contains("remaining cases must not be negative; it was -5", remaining.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clearance_ClearedAboveCases_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Clearance([1, 4], [3, 2], 5, 0.75));
        Assert.Equal("cleared", e.ParamName);
        Assert.Contains("cleared cases of month 2 must not exceed the cases of that month (2); it was 4", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Clearance_TargetOutside0To1_Throws(double target)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => YearEndProjection.Clearance([1, 2], [3, 4], 5, target));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("fraction between 0 and 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Clearance_NoCasesSoFar_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => YearEndProjection.Clearance([0, 0], [0, 0], 5, 0.75));
        Assert.Equal("cases", e.ParamName);
        Assert.Contains("sum to a positive number", e.Message, StringComparison.Ordinal);
        Assert.Contains("they summed to 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UndefinedLanguageOrMaxRows_Throws()
    {
        var count = YearEndRenderingTests.SampleCount();
        var clearance = YearEndProjection.Clearance([8, 9], [10, 10], 50, 0.75, YearEndOptions.Create(draws: 200));
        foreach (var r in new IRenderable[] { count, clearance })
        {
            Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => r.ToString((Language)9)).ParamName);
            Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => r.ToMarkdown((Language)9)).ParamName);
            Assert.Equal("maxRows", Assert.Throws<ArgumentOutOfRangeException>(() => r.ToHtml(Language.English, 0)).ParamName);
        }

        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => count.Statement((Language)9)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => clearance.Statement((Language)9)).ParamName);
    }
}
