using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Parsing;

public sealed class PeriodParsingTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;

    [Theory]
    [InlineData("vn", 14)]
    [InlineData(" VN ", 14)]
    [InlineData("gregorian", 31)]
    [InlineData("Gregorian", 31)]
    [InlineData("cutoff:15", 15)]
    [InlineData("cutoff: 1", 1)]
    [InlineData("CUTOFF:31", 31)]
    public void CalendarParse_EachForm_GivesTheCutoffDay(string text, int cutoff)
    {
        Assert.Equal(cutoff, ReportingCalendar.Parse(text).CutoffDay);
        Assert.True(ReportingCalendar.TryParse(text, out var calendar));
        Assert.Equal(cutoff, calendar.CutoffDay);
    }

    [Theory]
    [InlineData("cutoff:0", "between 1 and 31")]
    [InlineData("cutoff:32", "between 1 and 31")]
    [InlineData("cutoff:99999999999", "between 1 and 31")]
    [InlineData("vietnam", "'vn'")]
    [InlineData("", "'vn'")]
    [InlineData("cutoff", "'vn'")]
    public void CalendarParse_BadText_ThrowsFormatNamingTheRuleAndText(string text, string rule)
    {
        var ex = Assert.Throws<FormatException>(() => ReportingCalendar.Parse(text));
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingCalendar.TryParse(text, out _));
    }

    [Fact]
    public void CalendarParse_Null_ThrowsArgumentNull()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ReportingCalendar.Parse(null!)).ParamName);
        Assert.False(ReportingCalendar.TryParse(null, out _));
    }

    // Windows from DOMAIN.md: the Vietnamese statistical month M runs from the 15th of M-1 to the 14th of M.
    [Theory]
    [InlineData("2023", "vn", "2022-12-15", "2023-12-14", PeriodUnit.Year, 1)]
    [InlineData("năm 2023", "vn", "2022-12-15", "2023-12-14", PeriodUnit.Year, 1)]
    [InlineData("2023-10M", "vn", "2022-12-15", "2023-10-14", PeriodUnit.FirstMonths, 10)]
    [InlineData("2023-10m", "vn", "2022-12-15", "2023-10-14", PeriodUnit.FirstMonths, 10)]
    [InlineData("10 tháng đầu năm 2023", "vn", "2022-12-15", "2023-10-14", PeriodUnit.FirstMonths, 10)]
    [InlineData("10 THÁNG ĐẦU NĂM 2023", "vn", "2022-12-15", "2023-10-14", PeriodUnit.FirstMonths, 10)]
    [InlineData("first 10 months of 2023", "vn", "2022-12-15", "2023-10-14", PeriodUnit.FirstMonths, 10)]
    [InlineData("2023-Q1", "vn", "2022-12-15", "2023-03-14", PeriodUnit.Quarter, 1)]
    [InlineData("quý I/2023", "vn", "2022-12-15", "2023-03-14", PeriodUnit.Quarter, 1)]
    [InlineData("Quý IV/2023", "vn", "2023-09-15", "2023-12-14", PeriodUnit.Quarter, 4)]
    [InlineData("quý 2 năm 2023", "vn", "2023-03-15", "2023-06-14", PeriodUnit.Quarter, 2)]
    [InlineData("Q3 2023", "gregorian", "2023-07-01", "2023-09-30", PeriodUnit.Quarter, 3)]
    [InlineData("2023-H1", "gregorian", "2023-01-01", "2023-06-30", PeriodUnit.HalfYear, 1)]
    [InlineData("6 tháng đầu năm 2023", "vn", "2022-12-15", "2023-06-14", PeriodUnit.HalfYear, 1)]
    [InlineData("6 tháng cuối năm 2023", "vn", "2023-06-15", "2023-12-14", PeriodUnit.HalfYear, 2)]
    [InlineData("second half of 2023", "gregorian", "2023-07-01", "2023-12-31", PeriodUnit.HalfYear, 2)]
    [InlineData("2023-M05", "vn", "2023-04-15", "2023-05-14", PeriodUnit.Month, 5)]
    [InlineData("2023-M5", "vn", "2023-04-15", "2023-05-14", PeriodUnit.Month, 5)]
    [InlineData("tháng 5/2023", "vn", "2023-04-15", "2023-05-14", PeriodUnit.Month, 5)]
    [InlineData("Tháng 5 năm 2023", "vn", "2023-04-15", "2023-05-14", PeriodUnit.Month, 5)]
    [InlineData("May 2023", "gregorian", "2023-05-01", "2023-05-31", PeriodUnit.Month, 5)]
    [InlineData("2024-M02", "gregorian", "2024-02-01", "2024-02-29", PeriodUnit.Month, 2)]
    [InlineData("2019-M02", "cutoff:15", "2019-01-16", "2019-02-15", PeriodUnit.Month, 2)]
    public void PeriodParse_EachForm_GivesTheWindowOfTheCalendar(string text, string calendar, string start, string end, PeriodUnit unit, int index)
    {
        var period = ReportingPeriod.Parse(text, ReportingCalendar.Parse(calendar));

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), period.End);
        Assert.Equal(unit, period.Unit);
        Assert.Equal(index, period.Index);
        Assert.Equal(ReportingCalendar.Parse(calendar), period.Calendar);
    }

    [Fact]
    public void PeriodParse_NfdText_ReadsAsNfc()
    {
        var nfd = "quý I/2023".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(Vn.Quarter(2023, 1), ReportingPeriod.Parse(nfd, Vn));
    }

    [Theory]
    [InlineData("2023-13M", "number of first months", "between 1 and 12")]
    [InlineData("2023-0M", "number of first months", "between 1 and 12")]
    [InlineData("2023-Q5", "quarter", "between 1 and 4")]
    [InlineData("quý V/2023", "quarter", "between 1 and 4")]
    [InlineData("2023-H3", "half", "between 1 and 2")]
    [InlineData("2023-M13", "month", "between 1 and 12")]
    [InlineData("tháng 0/2023", "month", "between 1 and 12")]
    [InlineData("0", "year", "written with four digits")]
    [InlineData("10000", "year", "written with four digits")]
    [InlineData("23-Q1", "year", "written with four digits")]
    [InlineData("quý I/23", "year", "written with four digits")]
    [InlineData("0000", "year", "between 1 and 9999")]
    public void PeriodParse_OutOfRange_ThrowsFormatNamingTheRule(string text, string what, string rule)
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, Vn));

        Assert.Contains($"The {what} of a period must be {rule}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, Vn, out _));
        Assert.False(ReportingPeriod.TryParse(text, ReportingCalendar.Gregorian, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-Q")]
    [InlineData("quý I")]
    [InlineData("last year")]
    [InlineData("2023 Q1 extra")]
    public void PeriodParse_UnknownForm_ThrowsFormatListingTheForms(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text, Vn));

        Assert.Contains("2023-10M (first 10 months)", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was '{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodParse_YearOneOnVietnameseCalendar_ThrowsFormatSayingItLeavesTheDateRange()
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("0001", Vn));

        Assert.Contains("outside the range of dates", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodParse_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!, Vn)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse("2023", null!)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => ReportingPeriod.TryParse("2023", null!, out _)).ParamName);
        Assert.False(ReportingPeriod.TryParse(null, Vn, out _));
    }

    private static readonly Arbitrary<(int Cutoff, PeriodUnit Unit, int Year, int Index, Language Language)> Periods =
        (from cutoff in Gen.Choose(1, 31)
         from unit in Gen.Elements(PeriodUnit.Month, PeriodUnit.Quarter, PeriodUnit.HalfYear, PeriodUnit.Year, PeriodUnit.FirstMonths)
         from year in Gen.Choose(1000, 9999)
         from index in Gen.Choose(1, unit switch { PeriodUnit.Quarter => 4, PeriodUnit.HalfYear => 2, PeriodUnit.Year => 1, _ => 12 })
         from language in Gen.Elements(Language.English, Language.Vietnamese)
         select (cutoff, unit, year, index, language)).ToArbitrary();

    private static ReportingPeriod Build(ReportingCalendar calendar, PeriodUnit unit, int year, int index) => unit switch
    {
        PeriodUnit.Month => calendar.Month(year, index),
        PeriodUnit.Quarter => calendar.Quarter(year, index),
        PeriodUnit.HalfYear => calendar.HalfYear(year, index),
        PeriodUnit.Year => calendar.Year(year),
        _ => calendar.FirstMonths(year, index),
    };

    [Property]
    public Property PeriodParse_TheNameOfAnyPeriod_ReadsBackToTheSameWindow() => Prop.ForAll(Periods, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var period = Build(calendar, t.Unit, t.Year, t.Index);
        var parsed = ReportingPeriod.Parse(period.Name(t.Language)!, calendar);
        return parsed.Start == period.Start && parsed.End == period.End && parsed.Calendar == calendar;
    });

    [Property]
    public Property PeriodParse_TheShortForm_GivesExactlyTheCalendarsPeriod() => Prop.ForAll(Periods, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var year = t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var i = t.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = t.Unit switch
        {
            PeriodUnit.Month => $"{year}-M{i.PadLeft(2, '0')}",
            PeriodUnit.Quarter => $"{year}-Q{i}",
            PeriodUnit.HalfYear => $"{year}-H{i}",
            PeriodUnit.Year => year,
            _ => $"{year}-{i}M",
        };
        return ReportingPeriod.Parse(text, calendar) == Build(calendar, t.Unit, t.Year, t.Index);
    });
}
