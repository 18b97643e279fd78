using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace PublicSecurity.Stats;

/// <summary>
/// A reporting calendar: the rule that cuts the year into reporting months, and from them quarters,
/// half-years, years and cumulative "first N months" windows.
/// </summary>
/// <remarks>
/// <para>
/// A calendar is defined by its cut-off day d (1–31). Reporting month M of year Y ends on
/// min(d, length of M) and starts the day after month M−1 ends, so consecutive months tile the time line
/// with no gap and no overlap. With d = 31 every month ends on its last day: that calendar is
/// <see cref="Gregorian"/>. With d = 14 month M runs from the 15th of M−1 to the 14th of M:
/// that is <see cref="VietnamStatistical"/> (Decree 09/2019/NĐ-CP; "tháng 5/2023 (từ ngày 15/4/2023 đến
/// ngày 14/5/2023)"). Before 2019 some releases cut on the 15th: use <see cref="WithCutoffDay(int)"/>.
/// </para>
/// <para>
/// Calendars are immutable and thread-safe; two calendars are equal when their cut-off days are equal.
/// Periods are supported while they lie within <see cref="DateOnly.MinValue"/>..<see cref="DateOnly.MaxValue"/>.
/// </para>
/// </remarks>
public sealed class ReportingCalendar : IEquatable<ReportingCalendar>
{
    private static readonly ReportingCalendar[] ByCutoff = CreateAll();

    private ReportingCalendar(int cutoffDay) => CutoffDay = cutoffDay;

    /// <summary>Gets the plain calendar: months, quarters and years as on a wall calendar (cut-off day 31).</summary>
    public static ReportingCalendar Gregorian => ByCutoff[31];

    /// <summary>
    /// Gets the Vietnamese state statistical calendar (kỳ báo cáo thống kê): reporting month M runs from the
    /// 15th of M−1 to the 14th of M (cut-off day 14), so the year 2023 is 15/12/2022–14/12/2023.
    /// </summary>
    public static ReportingCalendar VietnamStatistical => ByCutoff[14];

    /// <summary>Gets the last day of each reporting month (1–31); shorter months end on their last day.</summary>
    public int CutoffDay { get; }

    /// <summary>Gets the calendar whose reporting months end on the given day.</summary>
    /// <param name="day">The cut-off day, 1 to 31. 31 gives <see cref="Gregorian"/>, 14 <see cref="VietnamStatistical"/>.</param>
    /// <returns>The calendar; the same instance for the same day.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not between 1 and 31.</exception>
    public static ReportingCalendar WithCutoffDay(int day)
    {
        if (day is < 1 or > 31)
        {
            throw new ArgumentOutOfRangeException(
                nameof(day), $"The cut-off day must be between 1 and 31; it was {day.ToString(CultureInfo.InvariantCulture)}.");
        }

        return ByCutoff[day];
    }

    /// <summary>Reads a calendar from text: <c>vn</c>, <c>gregorian</c> or <c>cutoff:N</c>.</summary>
    /// <param name="text">
    /// The calendar, ignoring case and surrounding spaces: <c>vn</c> is <see cref="VietnamStatistical"/> (cut-off day
    /// 14), <c>gregorian</c> is <see cref="Gregorian"/> (31) and <c>cutoff:N</c> is <see cref="WithCutoffDay(int)"/>
    /// with N from 1 to 31 (<c>cutoff:15</c> for releases before 2019).
    /// </param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of the forms, or N is not 1–31; the message names the forms and the text.</exception>
    public static ReportingCalendar Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return PeriodText.Calendar(text, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Tries to read a calendar from text (the grammar of <see cref="Parse(string)"/>).</summary>
    /// <param name="text">The text; null gives <see langword="false"/>.</param>
    /// <param name="calendar">The calendar, when the text is one.</param>
    /// <returns>Whether the text is a calendar.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ReportingCalendar? calendar)
    {
        calendar = text is null ? null : PeriodText.Calendar(text, out _);
        return calendar is not null;
    }

    /// <summary>Gets reporting month <paramref name="month"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The year the month is named after (the year of its end date).</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The period; for <see cref="VietnamStatistical"/> May 2023 is 15/04/2023–14/05/2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="month"/> is not 1–12, or the period would fall outside the range of <see cref="DateOnly"/>.
    /// </exception>
    public ReportingPeriod Month(int year, int month)
    {
        CheckRange(nameof(month), month, 1, 12);
        return Build(PeriodUnit.Month, year, month, month, month);
    }

    /// <summary>Gets reporting quarter <paramref name="quarter"/> of <paramref name="year"/>: three reporting months.</summary>
    /// <param name="year">The year the quarter is named after.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The period; for <see cref="VietnamStatistical"/> Q1 2023 is 15/12/2022–14/03/2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="quarter"/> is not 1–4, or the period would fall outside the range of <see cref="DateOnly"/>.
    /// </exception>
    public ReportingPeriod Quarter(int year, int quarter)
    {
        CheckRange(nameof(quarter), quarter, 1, 4);
        return Build(PeriodUnit.Quarter, year, quarter, (3 * quarter) - 2, 3 * quarter);
    }

    /// <summary>Gets reporting half-year <paramref name="half"/> of <paramref name="year"/>: six reporting months.</summary>
    /// <param name="year">The year the half is named after.</param>
    /// <param name="half">The half, 1 or 2.</param>
    /// <returns>The period; for <see cref="VietnamStatistical"/> the first half of 2023 is 15/12/2022–14/06/2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="half"/> is not 1 or 2, or the period would fall outside the range of <see cref="DateOnly"/>.
    /// </exception>
    public ReportingPeriod HalfYear(int year, int half)
    {
        CheckRange(nameof(half), half, 1, 2);
        return Build(PeriodUnit.HalfYear, year, half, (6 * half) - 5, 6 * half);
    }

    /// <summary>Gets reporting year <paramref name="year"/>: twelve reporting months.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The period; for <see cref="VietnamStatistical"/> 2023 is 15/12/2022–14/12/2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period would fall outside the range of <see cref="DateOnly"/>.</exception>
    public ReportingPeriod Year(int year) => Build(PeriodUnit.Year, year, 1, 1, 12);

    /// <summary>Gets the cumulative window of the first <paramref name="months"/> reporting months of <paramref name="year"/> ("N tháng đầu năm").</summary>
    /// <param name="year">The year.</param>
    /// <param name="months">How many months, 1 to 12.</param>
    /// <returns>The period; for <see cref="VietnamStatistical"/> the first 10 months of 2023 are 15/12/2022–14/10/2023.</returns>
    /// <remarks>A cumulative window has a same period last year but no preceding period ("kỳ trước").</remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="months"/> is not 1–12, or the period would fall outside the range of <see cref="DateOnly"/>.
    /// </exception>
    public ReportingPeriod FirstMonths(int year, int months)
    {
        CheckRange(nameof(months), months, 1, 12);
        return Build(PeriodUnit.FirstMonths, year, months, 1, months);
    }

    /// <summary>Gets the period of the given unit that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="unit">
    /// <see cref="PeriodUnit.Month"/>, <see cref="PeriodUnit.Quarter"/>, <see cref="PeriodUnit.HalfYear"/> or
    /// <see cref="PeriodUnit.Year"/>: the units that tile the time line.
    /// </param>
    /// <returns>The period; with <see cref="VietnamStatistical"/>, 20/12/2022 lies in January 2023.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="unit"/> is <see cref="PeriodUnit.Custom"/>, <see cref="PeriodUnit.FirstMonths"/> (cumulative
    /// windows overlap) or undefined, or the period would fall outside the range of <see cref="DateOnly"/>.
    /// </exception>
    public ReportingPeriod PeriodContaining(DateOnly date, PeriodUnit unit)
    {
        var (year, month) = MonthContaining(date);
        return unit switch
        {
            PeriodUnit.Month => Month(year, month),
            PeriodUnit.Quarter => Quarter(year, ((month - 1) / 3) + 1),
            PeriodUnit.HalfYear => HalfYear(year, ((month - 1) / 6) + 1),
            PeriodUnit.Year => Year(year),
            _ => throw new ArgumentOutOfRangeException(
                nameof(unit),
                $"The unit must be Month, Quarter, HalfYear or Year (units that tile the time line); it was {unit}."),
        };
    }

    /// <summary>Gets the (year, month) of the reporting month that contains <paramref name="date"/>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The year and month (1–12) the reporting month is named after.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The reporting month would be named after year 10000.</exception>
    public (int Year, int Month) MonthContaining(DateOnly date)
    {
        var end = MonthEndDay(date.Year, date.Month);
        if (date.Day <= end)
        {
            return (date.Year, date.Month);
        }

        if (date.Month < 12)
        {
            return (date.Year, date.Month + 1);
        }

        if (date.Year == DateOnly.MaxValue.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(date),
                $"The reporting month containing {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} would be named after year 10000, beyond the range of DateOnly.");
        }

        return (date.Year + 1, 1);
    }

    /// <inheritdoc/>
    public bool Equals(ReportingCalendar? other) => other is not null && other.CutoffDay == CutoffDay;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingCalendar);

    /// <inheritdoc/>
    public override int GetHashCode() => CutoffDay;

    /// <summary>Gets a short description, for example "Vietnam statistical calendar (cut-off day 14)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => CutoffDay switch
    {
        31 => "Gregorian calendar (cut-off day 31)",
        14 => "Vietnam statistical calendar (cut-off day 14)",
        _ => string.Create(CultureInfo.InvariantCulture, $"Reporting calendar (cut-off day {CutoffDay})"),
    };

    /// <summary>Equality by cut-off day.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether both are null or both have the same cut-off day.</returns>
    public static bool operator ==(ReportingCalendar? left, ReportingCalendar? right) => Equals(left, right);

    /// <summary>Inequality by cut-off day.</summary>
    /// <param name="left">The first calendar.</param>
    /// <param name="right">The second calendar.</param>
    /// <returns>Whether the calendars differ.</returns>
    public static bool operator !=(ReportingCalendar? left, ReportingCalendar? right) => !Equals(left, right);

    /// <summary>Rebuilds the period of a unit, year and index; used when shifting and when reading JSON.</summary>
    internal ReportingPeriod Rebuild(PeriodUnit unit, int year, int index) => unit switch
    {
        PeriodUnit.Month => Month(year, index),
        PeriodUnit.Quarter => Quarter(year, index),
        PeriodUnit.HalfYear => HalfYear(year, index),
        PeriodUnit.Year when index == 1 => Year(year),
        PeriodUnit.Year => throw new ArgumentOutOfRangeException(
            nameof(index), string.Create(CultureInfo.InvariantCulture, $"The index of a year must be 1; it was {index}.")),
        PeriodUnit.FirstMonths => FirstMonths(year, index),
        _ => throw new ArgumentOutOfRangeException(
            nameof(unit), $"A calendar period's unit must be Month, Quarter, HalfYear, Year or FirstMonths; it was {unit}."),
    };

    internal int MonthEndDay(int year, int month) => Math.Min(CutoffDay, DateTime.DaysInMonth(year, month));

    private static ReportingCalendar[] CreateAll()
    {
        var all = new ReportingCalendar[32];
        for (var d = 1; d <= 31; d++)
        {
            all[d] = new ReportingCalendar(d);
        }

        return all;
    }

    private static void CheckRange(string name, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(
                name,
                string.Create(CultureInfo.InvariantCulture, $"The {name} must be between {min} and {max}; it was {value}."));
        }
    }

    private ReportingPeriod Build(PeriodUnit unit, int year, int index, int firstMonth, int lastMonth)
    {
        if (year < DateOnly.MinValue.Year || year > DateOnly.MaxValue.Year)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                string.Create(CultureInfo.InvariantCulture, $"The year must be between 1 and 9999; it was {year}."));
        }

        var end = new DateOnly(year, lastMonth, MonthEndDay(year, lastMonth));
        DateOnly start;
        if (firstMonth > 1)
        {
            start = new DateOnly(year, firstMonth - 1, MonthEndDay(year, firstMonth - 1)).AddDays(1);
        }
        else if (year > 1)
        {
            start = new DateOnly(year - 1, 12, MonthEndDay(year - 1, 12)).AddDays(1);
        }
        else if (CutoffDay == 31)
        {
            start = DateOnly.MinValue;
        }
        else
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                string.Create(CultureInfo.InvariantCulture, $"The period would start in year 0, before the range of DateOnly (cut-off day {CutoffDay}); the year was {year}."));
        }

        return new ReportingPeriod(start, end, this, unit, year, index);
    }
}
