namespace PublicSecurity.Stats.Tests;

public sealed class ReportingCalendarTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [Fact]
    public void VietnamStatistical_Month_RunsFrom15thOfPreviousMonthTo14th()
    {
        var may = Vn.Month(2023, 5);

        Assert.Equal(D(15, 4, 2023), may.Start);
        Assert.Equal(D(14, 5, 2023), may.End);
        Assert.Equal(30, may.Days);
        Assert.Equal(PeriodUnit.Month, may.Unit);
        Assert.Equal(2023, may.Year);
        Assert.Equal(5, may.Index);
        Assert.Same(Vn, may.Calendar);
    }

    [Fact]
    public void VietnamStatistical_January_StartsInDecemberOfPreviousYear()
    {
        var january = Vn.Month(2023, 1);

        Assert.Equal(D(15, 12, 2022), january.Start);
        Assert.Equal(D(14, 1, 2023), january.End);
    }

    [Fact]
    public void VietnamStatistical_Quarter1_Is15DecemberTo14March()
    {
        var q1 = Vn.Quarter(2023, 1);

        Assert.Equal(D(15, 12, 2022), q1.Start);
        Assert.Equal(D(14, 3, 2023), q1.End);
        Assert.Equal(90, q1.Days);
    }

    [Theory]
    [InlineData(2, 15, 3, 14, 6)]
    [InlineData(3, 15, 6, 14, 9)]
    [InlineData(4, 15, 9, 14, 12)]
    public void VietnamStatistical_Quarter_CoversThreeReportingMonths(int quarter, int startDay, int startMonth, int endDay, int endMonth)
    {
        var q = Vn.Quarter(2023, quarter);

        Assert.Equal(D(startDay, startMonth, 2023), q.Start);
        Assert.Equal(D(endDay, endMonth, 2023), q.End);
        Assert.Equal(Vn.Month(2023, (3 * quarter) - 2).Start, q.Start);
        Assert.Equal(Vn.Month(2023, 3 * quarter).End, q.End);
    }

    [Fact]
    public void VietnamStatistical_HalfYears_Are15DecemberTo14JuneAnd15JuneTo14December()
    {
        Assert.Equal((D(15, 12, 2022), D(14, 6, 2023)), (Vn.HalfYear(2023, 1).Start, Vn.HalfYear(2023, 1).End));
        Assert.Equal((D(15, 6, 2023), D(14, 12, 2023)), (Vn.HalfYear(2023, 2).Start, Vn.HalfYear(2023, 2).End));
    }

    [Fact]
    public void VietnamStatistical_Year_Is15DecemberTo14December()
    {
        var year = Vn.Year(2023);

        Assert.Equal(D(15, 12, 2022), year.Start);
        Assert.Equal(D(14, 12, 2023), year.End);
        Assert.Equal(365, year.Days);
        Assert.Equal(1, year.Index);
    }

    [Fact]
    public void VietnamStatistical_FirstTenMonths2023_MatchesTheSeedReportWindow()
    {
        var tenMonths = Vn.FirstMonths(2023, 10);

        Assert.Equal(D(15, 12, 2022), tenMonths.Start);
        Assert.Equal(D(14, 10, 2023), tenMonths.End);
        Assert.Equal(PeriodUnit.FirstMonths, tenMonths.Unit);
        Assert.Equal(10, tenMonths.Index);
    }

    [Fact]
    public void Gregorian_Month_IsTheCalendarMonth()
    {
        var feb = ReportingCalendar.Gregorian.Month(2023, 2);

        Assert.Equal(D(1, 2, 2023), feb.Start);
        Assert.Equal(D(28, 2, 2023), feb.End);
        Assert.Equal(31, ReportingCalendar.Gregorian.CutoffDay);
    }

    [Fact]
    public void Gregorian_YearOne_StartsOnTheFirstRepresentableDay()
    {
        Assert.Equal(DateOnly.MinValue, ReportingCalendar.Gregorian.Month(1, 1).Start);
    }

    [Fact]
    public void Month_YearOneWithCutoff14_ThrowsBecauseItWouldStartInYearZero()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.Month(1, 1));

        Assert.Equal("year", ex.ParamName);
        Assert.Contains("year 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithCutoffDay_31_EqualsGregorian()
    {
        Assert.Equal(ReportingCalendar.Gregorian, ReportingCalendar.WithCutoffDay(31));
        Assert.Same(ReportingCalendar.Gregorian, ReportingCalendar.WithCutoffDay(31));
        Assert.Equal(ReportingCalendar.Gregorian.Month(2024, 2), ReportingCalendar.WithCutoffDay(31).Month(2024, 2));
    }

    [Fact]
    public void WithCutoffDay_14_EqualsVietnamStatistical()
    {
        Assert.Equal(ReportingCalendar.VietnamStatistical, ReportingCalendar.WithCutoffDay(14));
        Assert.NotEqual(ReportingCalendar.VietnamStatistical, ReportingCalendar.WithCutoffDay(15));
        Assert.True(ReportingCalendar.WithCutoffDay(15) != ReportingCalendar.VietnamStatistical);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-1)]
    public void WithCutoffDay_OutOfRange_ThrowsNamingValueAndRule(int day)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingCalendar.WithCutoffDay(day));

        Assert.Equal("day", ex.ParamName);
        Assert.Null(ex.ActualValue); // the message states the value once, in the library's format (issue 16, bug 5)
        Assert.Contains("between 1 and 31", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {day}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutoff15_PreDecreeReleases_RunFrom16thTo15th()
    {
        var may = ReportingCalendar.WithCutoffDay(15).Month(2018, 5);

        Assert.Equal(D(16, 4, 2018), may.Start);
        Assert.Equal(D(15, 5, 2018), may.End);
    }

    [Theory]
    [InlineData(28, 2024, 2, 29, 1, 28, 2)]
    [InlineData(28, 2024, 3, 29, 2, 28, 3)]
    [InlineData(29, 2024, 2, 30, 1, 29, 2)]
    [InlineData(29, 2024, 3, 1, 3, 29, 3)]
    [InlineData(29, 2023, 3, 1, 3, 29, 3)]
    [InlineData(30, 2024, 2, 31, 1, 29, 2)]
    [InlineData(30, 2024, 3, 1, 3, 30, 3)]
    [InlineData(30, 2023, 3, 1, 3, 30, 3)]
    [InlineData(30, 2023, 5, 1, 5, 30, 5)]
    [InlineData(31, 2024, 2, 1, 2, 29, 2)]
    [InlineData(31, 2023, 2, 1, 2, 28, 2)]
    public void Month_LateCutoffs_EndOnTheShorterOfCutoffAndMonthLength(
        int cutoff, int year, int month, int startDay, int startMonth, int endDay, int endMonth)
    {
        var period = ReportingCalendar.WithCutoffDay(cutoff).Month(year, month);

        Assert.Equal(D(startDay, startMonth, year), period.Start);
        Assert.Equal(D(endDay, endMonth, year), period.End);
    }

    [Fact]
    public void Month_LeapYearFebruaryWindow_HasOneMoreDay()
    {
        Assert.Equal(29, Vn.Month(2024, 3).Days);
        Assert.Equal(28, Vn.Month(2023, 3).Days);
        Assert.Equal(366, Vn.Year(2024).Days);
        Assert.Equal(29, ReportingCalendar.Gregorian.Month(2000, 2).Days);
        Assert.Equal(28, ReportingCalendar.Gregorian.Month(1900, 2).Days);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_MonthOutOfRange_ThrowsNamingValueAndRule(int month)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.Month(2023, month));

        Assert.Equal("month", ex.ParamName);
        Assert.Contains("between 1 and 12", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {month}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_OutOfRange_ThrowsNamingValueAndRule(int quarter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.Quarter(2023, quarter));

        Assert.Equal("quarter", ex.ParamName);
        Assert.Contains("between 1 and 4", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {quarter}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void HalfYear_OutOfRange_ThrowsNamingValueAndRule(int half)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.HalfYear(2023, half));

        Assert.Equal("half", ex.ParamName);
        Assert.Contains("between 1 and 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {half}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void FirstMonths_OutOfRange_ThrowsNamingValueAndRule(int months)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.FirstMonths(2023, months));

        Assert.Equal("months", ex.ParamName);
        Assert.Contains("between 1 and 12", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {months}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void Year_OutOfRange_ThrowsNamingValueAndRule(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.Year(year));

        Assert.Equal("year", ex.ParamName);
        Assert.Contains("between 1 and 9999", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {year}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(14, 12, 2022, PeriodUnit.Month, 2022, 12)]
    [InlineData(15, 12, 2022, PeriodUnit.Month, 2023, 1)]
    [InlineData(20, 12, 2022, PeriodUnit.Month, 2023, 1)]
    [InlineData(14, 10, 2023, PeriodUnit.Quarter, 2023, 4)]
    [InlineData(15, 6, 2023, PeriodUnit.HalfYear, 2023, 2)]
    [InlineData(31, 12, 2023, PeriodUnit.Year, 2024, 1)]
    public void PeriodContaining_Date_FindsTheReportingPeriod(int day, int month, int year, PeriodUnit unit, int expectedYear, int expectedIndex)
    {
        var period = Vn.PeriodContaining(D(day, month, year), unit);

        Assert.Equal(unit, period.Unit);
        Assert.Equal(expectedYear, period.Year);
        Assert.Equal(expectedIndex, period.Index);
        Assert.True(period.Contains(D(day, month, year)));
    }

    [Theory]
    [InlineData(PeriodUnit.Custom)]
    [InlineData(PeriodUnit.FirstMonths)]
    [InlineData((PeriodUnit)42)]
    public void PeriodContaining_UnitThatDoesNotTile_ThrowsNamingValueAndRule(PeriodUnit unit)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.PeriodContaining(D(1, 1, 2023), unit));

        Assert.Equal("unit", ex.ParamName);
        Assert.Contains("Month, Quarter, HalfYear or Year", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {unit}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthContaining_LastDaysOfYear9999_ThrowsBecauseTheMonthWouldBeNamedAfter10000()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.MonthContaining(D(20, 12, 9999)));

        Assert.Equal("date", ex.ParamName);
        Assert.Contains("year 10000", ex.Message, StringComparison.Ordinal);
        Assert.Contains("20/12/9999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesTheCutoff()
    {
        Assert.Equal("Vietnam statistical calendar (cut-off day 14)", Vn.ToString());
        Assert.Equal("Gregorian calendar (cut-off day 31)", ReportingCalendar.Gregorian.ToString());
        Assert.Equal("Reporting calendar (cut-off day 15)", ReportingCalendar.WithCutoffDay(15).ToString());
    }
}
