using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace PublicSecurity.Stats.Tests;

public sealed class ReportingCalendarProperties
{
    private static readonly Arbitrary<(int Cutoff, int Year, int Month)> Months =
        (from cutoff in Gen.Choose(1, 31)
         from year in Gen.Choose(2, 9998)
         from month in Gen.Choose(1, 12)
         select (cutoff, year, month)).ToArbitrary();

    private static readonly Arbitrary<(int Cutoff, int Year)> Years =
        (from cutoff in Gen.Choose(1, 31)
         from year in Gen.Choose(2, 9998)
         select (cutoff, year)).ToArbitrary();

    private static ReportingPeriod Next(ReportingCalendar calendar, int year, int month) =>
        month == 12 ? calendar.Month(year + 1, 1) : calendar.Month(year, month + 1);

    [Property]
    public Property Months_AnyCutoff_TileWithoutGapsOrOverlaps() => Prop.ForAll(Months, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var month = calendar.Month(t.Year, t.Month);
        var next = Next(calendar, t.Year, t.Month);
        return month.End.AddDays(1) == next.Start && !month.Overlaps(next) && month.Days is >= 28 and <= 31;
    });

    [Property]
    public Property Preceding_OfMonth_IsMonthOfThePreviousMonth() => Prop.ForAll(Months, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var expected = t.Month == 1 ? calendar.Month(t.Year - 1, 12) : calendar.Month(t.Year, t.Month - 1);
        return calendar.Month(t.Year, t.Month).Preceding() == expected;
    });

    [Property]
    public Property Months_OfAYear_CoverExactlyItsYear() => Prop.ForAll(Years, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var year = calendar.Year(t.Year);
        var months = Enumerable.Range(1, 12).Select(m => calendar.Month(t.Year, m)).ToList();
        var consecutive = months.Zip(months.Skip(1)).All(p => p.First.End.AddDays(1) == p.Second.Start);
        return months[0].Start == year.Start
            && months[^1].End == year.End
            && consecutive
            && months.Sum(m => m.Days) == year.Days;
    });

    [Property]
    public Property PeriodContaining_AnyDate_IsTheMonthThatContainsIt() => Prop.ForAll(
        (from cutoff in Gen.Choose(1, 31)
         from day in Gen.Choose(DateOnly.FromDateTime(new DateTime(1900, 1, 1)).DayNumber, DateOnly.FromDateTime(new DateTime(2200, 12, 31)).DayNumber)
         select (cutoff, day)).ToArbitrary(),
        t =>
        {
            var date = DateOnly.FromDayNumber(t.day);
            var month = ReportingCalendar.WithCutoffDay(t.cutoff).PeriodContaining(date, PeriodUnit.Month);
            return month.Contains(date) && month.Unit == PeriodUnit.Month;
        });

    [Property]
    public Property SamePeriodPreviousYear_OfFirstMonths_IsFirstMonthsOfThePreviousYear() => Prop.ForAll(Months, t =>
    {
        var calendar = ReportingCalendar.WithCutoffDay(t.Cutoff);
        var window = calendar.FirstMonths(t.Year, t.Month);
        ReportingPeriod expected;
        try
        {
            expected = calendar.FirstMonths(t.Year - 1, t.Month);
        }
        catch (ArgumentOutOfRangeException)
        {
            // Year 1's window can start in year 0 (any cut-off before the 31st), before DateOnly's range: then the
            // same period a year earlier does not exist, and asking for it throws instead of returning a wrong window.
            return Record.Exception(() => window.SamePeriodPreviousYear()) is InvalidOperationException;
        }

        return window.SamePeriodPreviousYear() == expected;
    });
}
