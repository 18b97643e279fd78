using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests;

public sealed class ReportingPeriodTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;

    private static DateOnly D(int day, int month, int year) => new(year, month, day);

    [Fact]
    public void Create_EndBeforeStart_ThrowsNamingBothDatesAndTheRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Create(D(2, 1, 2023), D(1, 1, 2023)));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("must not be before the start (02/01/2023)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 01/01/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_SingleDay_HasOneDayAndNoCalendar()
    {
        var p = ReportingPeriod.Create(D(1, 5, 2023), D(1, 5, 2023));

        Assert.Equal(1, p.Days);
        Assert.Null(p.Calendar);
        Assert.Null(p.Year);
        Assert.Null(p.Index);
        Assert.Equal(PeriodUnit.Custom, p.Unit);
    }

    [Fact]
    public void Contains_BothEndsAreInclusive()
    {
        var may = Vn.Month(2023, 5);

        Assert.True(may.Contains(D(15, 4, 2023)));
        Assert.True(may.Contains(D(14, 5, 2023)));
        Assert.False(may.Contains(D(14, 4, 2023)));
        Assert.False(may.Contains(D(15, 5, 2023)));
    }

    [Fact]
    public void Overlaps_MonthAndItsQuarter_OverlapButConsecutiveMonthsDoNot()
    {
        Assert.True(Vn.Month(2023, 2).Overlaps(Vn.Quarter(2023, 1)));
        Assert.False(Vn.Month(2023, 2).Overlaps(Vn.Month(2023, 3)));
        Assert.True(ReportingPeriod.Create(D(1, 1, 2023), D(10, 1, 2023)).Overlaps(ReportingPeriod.Create(D(10, 1, 2023), D(20, 1, 2023))));
    }

    [Fact]
    public void Overlaps_Null_Throws()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Vn.Month(2023, 1).Overlaps(null!));

        Assert.Equal("other", ex.ParamName);
    }

    [Fact]
    public void Preceding_VietnamStatisticalMay2024_IsApril2024With31DaysAgainst30()
    {
        var may = Vn.Month(2024, 5);

        var april = may.Preceding();

        Assert.Equal(D(15, 3, 2024), april.Start);
        Assert.Equal(D(14, 4, 2024), april.End);
        Assert.Equal(Vn.Month(2024, 4), april);
        Assert.Equal(31, april.Days);
        Assert.Equal(30, may.Days);
    }

    [Fact]
    public void Preceding_January_IsDecemberOfThePreviousYear()
    {
        Assert.Equal(Vn.Month(2022, 12), Vn.Month(2023, 1).Preceding());
    }

    [Fact]
    public void Preceding_QuarterHalfAndYear_AreThePreviousUnit()
    {
        Assert.Equal(Vn.Quarter(2022, 4), Vn.Quarter(2023, 1).Preceding());
        Assert.Equal(Vn.Quarter(2023, 2), Vn.Quarter(2023, 3).Preceding());
        Assert.Equal(Vn.HalfYear(2022, 2), Vn.HalfYear(2023, 1).Preceding());
        Assert.Equal(Vn.HalfYear(2023, 1), Vn.HalfYear(2023, 2).Preceding());
        Assert.Equal(Vn.Year(2022), Vn.Year(2023).Preceding());
    }

    [Fact]
    public void Preceding_FirstMonths_ThrowsBecauseACumulativeWindowHasNoPrecedingPeriod()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Vn.FirstMonths(2023, 10).Preceding());

        Assert.Contains("cumulative", ex.Message, StringComparison.Ordinal);
        Assert.Contains("kỳ trước", ex.Message, StringComparison.Ordinal);
        Assert.Contains("15/12/2022–14/10/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preceding_AdHoc_ShiftsBackByItsOwnLength()
    {
        var campaign = ReportingPeriod.Create(D(10, 3, 2023), D(19, 3, 2023));

        var before = campaign.Preceding();

        Assert.Equal(D(28, 2, 2023), before.Start);
        Assert.Equal(D(9, 3, 2023), before.End);
        Assert.Equal(campaign.Days, before.Days);
        Assert.Equal(PeriodUnit.Custom, before.Unit);
    }

    [Fact]
    public void Preceding_AdHocAtTheStartOfTime_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Create(D(1, 1, 1), D(5, 1, 1)).Preceding());

        Assert.Contains("before 01/01/0001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Preceding_FirstMonthOfYearOne_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => ReportingCalendar.Gregorian.Month(1, 1).Preceding());
    }

    [Fact]
    public void SamePeriodPreviousYear_FirstTenMonths2023_Is15December2021To14October2022()
    {
        var previous = Vn.FirstMonths(2023, 10).SamePeriodPreviousYear();

        Assert.Equal(D(15, 12, 2021), previous.Start);
        Assert.Equal(D(14, 10, 2022), previous.End);
        Assert.Equal(Vn.FirstMonths(2022, 10), previous);
    }

    [Fact]
    public void SamePeriodPreviousYear_CalendarUnits_AreRecomputedNotShifted()
    {
        // March 2024 under cut-off 30 starts on 01/03 (February ends on the 29th); March 2023 also starts on 01/03.
        var cal = ReportingCalendar.WithCutoffDay(30);

        Assert.Equal(cal.Month(2023, 3), cal.Month(2024, 3).SamePeriodPreviousYear());
        Assert.Equal(Vn.Quarter(2022, 1), Vn.Quarter(2023, 1).SamePeriodPreviousYear());
        Assert.Equal(Vn.Year(2022), Vn.Year(2023).SamePeriodPreviousYear());
        Assert.Equal(Vn.HalfYear(2022, 2), Vn.HalfYear(2023, 2).SamePeriodPreviousYear());
    }

    [Fact]
    public void SamePeriodPreviousYear_AdHocStartingOn29February_StartsOn28February()
    {
        var p = ReportingPeriod.Create(D(29, 2, 2024), D(10, 3, 2024));

        var previous = p.SamePeriodPreviousYear();

        Assert.Equal(D(28, 2, 2023), previous.Start);
        Assert.Equal(D(10, 3, 2023), previous.End);
    }

    [Fact]
    public void SamePeriodPreviousYear_AdHocEndingOn29February_EndsOn28February()
    {
        var p = ReportingPeriod.Create(D(1, 2, 2024), D(29, 2, 2024));

        Assert.Equal(ReportingPeriod.Create(D(1, 2, 2023), D(28, 2, 2023)), p.SamePeriodPreviousYear());
    }

    [Fact]
    public void SamePeriodPreviousYear_AdHocEndingOnLastDayOfFebruary_StillEndsOnLastDayOfFebruary()
    {
        var p = ReportingPeriod.Create(D(1, 2, 2025), D(28, 2, 2025));

        var previous = p.SamePeriodPreviousYear();

        Assert.Equal(D(1, 2, 2024), previous.Start);
        Assert.Equal(D(29, 2, 2024), previous.End);
    }

    [Fact]
    public void SamePeriodPreviousYear_AdHocEndingOn28FebruaryOfALeapYear_KeepsThe28th()
    {
        var p = ReportingPeriod.Create(D(1, 2, 2024), D(28, 2, 2024));

        Assert.Equal(D(28, 2, 2023), p.SamePeriodPreviousYear().End);
    }

    [Fact]
    public void SamePeriodPreviousYear_AdHocInYearOne_Throws()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Create(D(1, 3, 1), D(5, 3, 1)).SamePeriodPreviousYear());

        Assert.Contains("before 01/01/0001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SamePeriodPreviousYear_CalendarYearOne_ThrowsInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => ReportingCalendar.Gregorian.Year(1).SamePeriodPreviousYear());
    }

    [Fact]
    public void Equals_SameDatesDifferentUnit_AreNotEqual()
    {
        var month = ReportingCalendar.Gregorian.Month(2023, 1);
        var adHoc = ReportingPeriod.Create(month.Start, month.End);

        Assert.NotEqual(month, adHoc);
        Assert.False(month == adHoc);
        Assert.True(month != adHoc);
    }

    [Fact]
    public void Equals_DifferentCutoffs_GiveDifferentPeriods()
    {
        // Adjacent months always include a 31-day month, so two cut-offs never give the same month dates.
        Assert.NotEqual(ReportingCalendar.WithCutoffDay(30).Month(2023, 2), ReportingCalendar.WithCutoffDay(31).Month(2023, 2));
    }

    [Fact]
    public void Equals_SameCalendarPeriod_AreEqualWithEqualHashes()
    {
        var a = Vn.FirstMonths(2023, 10);
        var b = ReportingCalendar.WithCutoffDay(14).FirstMonths(2023, 10);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a == b);
        Assert.False(a.Equals(null));
        Assert.False(a.Equals("x"));
    }

    [Fact]
    public void Equals_MonthTwelveAndFirstTwelveMonthsAndYear_AreDifferentUnits()
    {
        Assert.NotEqual(Vn.Year(2023), Vn.FirstMonths(2023, 12));
        Assert.Equal(Vn.Year(2023).Start, Vn.FirstMonths(2023, 12).Start);
    }

    [Theory]
    [InlineData(Language.English, "first 10 months of 2023 (15/12/2022–14/10/2023)")]
    [InlineData(Language.Vietnamese, "10 tháng đầu năm 2023 (15/12/2022–14/10/2023)")]
    public void ToString_FirstMonths_NamesTheWindowInEachLanguage(Language language, string expected)
    {
        Assert.Equal(expected, Vn.FirstMonths(2023, 10).ToString(language));
    }

    [Fact]
    public void ToString_Parameterless_IsEnglish()
    {
        Assert.Equal("May 2023 (15/04/2023–14/05/2023)", Vn.Month(2023, 5).ToString());
        Assert.Equal("01/01/2023–31/01/2023", ReportingPeriod.Create(D(1, 1, 2023), D(31, 1, 2023)).ToString());
    }

    [Fact]
    public void Name_EachUnit_InBothLanguages()
    {
        Assert.Equal("Tháng 5/2023", Vn.Month(2023, 5).Name(Language.Vietnamese));
        Assert.Equal("Q1 2023", Vn.Quarter(2023, 1).Name(Language.English));
        Assert.Equal("Quý IV/2023", Vn.Quarter(2023, 4).Name(Language.Vietnamese));
        Assert.Equal("first half of 2023", Vn.HalfYear(2023, 1).Name(Language.English));
        Assert.Equal("6 tháng cuối năm 2023", Vn.HalfYear(2023, 2).Name(Language.Vietnamese));
        Assert.Equal("2023", Vn.Year(2023).Name(Language.English));
        Assert.Equal("Năm 2023", Vn.Year(2023).Name(Language.Vietnamese));
        Assert.Equal("first month of 2023", Vn.FirstMonths(2023, 1).Name(Language.English));
        Assert.Null(ReportingPeriod.Create(D(1, 1, 2023), D(2, 1, 2023)).Name(Language.English));
    }

    [Fact]
    public void Name_UndefinedLanguage_ThrowsNamingValueAndRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Vn.Year(2023).Name((Language)7));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("English or Vietnamese", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 7", ex.Message, StringComparison.Ordinal);
    }
}
