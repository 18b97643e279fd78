using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>A reporting window (kỳ báo cáo): a range of days, both ends inclusive, optionally tied to a calendar unit.</summary>
/// <remarks>
/// <para>
/// A period made by a <see cref="ReportingCalendar"/> (<see cref="ReportingCalendar.Month(int, int)"/>,
/// <see cref="ReportingCalendar.Quarter(int, int)"/>, …) remembers its calendar, unit, year and index, so
/// <see cref="Preceding"/> and <see cref="SamePeriodPreviousYear"/> recompute the window under the calendar's
/// rules. An ad-hoc period from <see cref="Create(DateOnly, DateOnly)"/> (a crackdown campaign, the Government's
/// 01/10–30/09 crime year) has unit <see cref="PeriodUnit.Custom"/> and shifts its dates instead.
/// </para>
/// <para>
/// Instances are immutable and thread-safe. Equality compares <see cref="Start"/>, <see cref="End"/>,
/// <see cref="Calendar"/> and <see cref="Unit"/>: the calendar month of January 2023 and an ad-hoc period
/// with the same dates are different periods, because they shift differently.
/// </para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>
{
    internal ReportingPeriod(DateOnly start, DateOnly end, ReportingCalendar? calendar, PeriodUnit unit, int? year, int? index)
    {
        (Start, End, Calendar, Unit, Year, Index) = (start, end, calendar, unit, year, index);
    }

    /// <summary>Gets the first day of the window (inclusive).</summary>
    public DateOnly Start { get; }

    /// <summary>Gets the last day of the window (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>Gets the number of days in the window, both ends included (at least 1).</summary>
    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>Gets the calendar that made this period, or <see langword="null"/> for an ad-hoc period.</summary>
    public ReportingCalendar? Calendar { get; }

    /// <summary>Gets the calendar unit of this period; <see cref="PeriodUnit.Custom"/> for an ad-hoc period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Gets the year the period is named after (the year of <see cref="End"/>), or <see langword="null"/> for an ad-hoc period.</summary>
    public int? Year { get; }

    /// <summary>
    /// Gets the index of the period within its year — month 1–12, quarter 1–4, half 1–2, 1 for a year, N for
    /// "first N months" — or <see langword="null"/> for an ad-hoc period.
    /// </summary>
    public int? Index { get; }

    /// <summary>Reads a period of a calendar from text, in the short forms analysts type or the words reports use.</summary>
    /// <param name="text">
    /// <para>The period, ignoring case, surrounding spaces and Unicode normalisation (NFC or NFD); years are written with four digits:</para>
    /// <list type="bullet">
    /// <item><c>2023</c> — the year; also "năm 2023";</item>
    /// <item><c>2023-10M</c> — the first 10 months (1–12); also "10 tháng đầu năm 2023", "first 10 months of 2023";</item>
    /// <item><c>2023-Q1</c> — a quarter (1–4); also "quý I/2023", "quý 1 năm 2023", "Q1 2023";</item>
    /// <item><c>2023-H1</c> — a half-year (1–2); also "6 tháng đầu năm 2023", "6 tháng cuối năm 2023", "first half of 2023";</item>
    /// <item><c>2023-M05</c> or <c>2023-M5</c> — a month (1–12); also "tháng 5/2023", "tháng 5 năm 2023", "May 2023".</item>
    /// </list>
    /// <para>
    /// "6 tháng đầu năm" reads as the first half-year (the name reports give it), which has the window of
    /// <c>2023-6M</c> and, unlike a cumulative window, a preceding period. Every name <see cref="Name(Language)"/>
    /// gives for the years 1000–9999 reads back to a period with the same window.
    /// </para>
    /// </param>
    /// <param name="calendar">The calendar whose rules cut the window (<see cref="ReportingCalendar.Parse(string)"/> reads one).</param>
    /// <returns>The period, as the calendar's <c>Month</c>, <c>Quarter</c>, <c>HalfYear</c>, <c>Year</c> or <c>FirstMonths</c> gives it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="FormatException">
    /// The text is none of the forms, or its month, quarter, half or year is out of range; the message names the
    /// rule and the text.
    /// </exception>
    public static ReportingPeriod Parse(string text, ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(calendar);
        return PeriodText.Period(text, calendar, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Tries to read a period of a calendar from text (the grammar of <see cref="Parse(string, ReportingCalendar)"/>).</summary>
    /// <param name="text">The text; null gives <see langword="false"/>.</param>
    /// <param name="calendar">The calendar whose rules cut the window.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns>Whether the text is a period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static bool TryParse([NotNullWhen(true)] string? text, ReportingCalendar calendar, [NotNullWhen(true)] out ReportingPeriod? period)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        period = text is null ? null : PeriodText.Period(text, calendar, out _);
        return period is not null;
    }

    /// <summary>Creates an ad-hoc period (unit <see cref="PeriodUnit.Custom"/>, no calendar).</summary>
    /// <param name="start">The first day, inclusive.</param>
    /// <param name="end">The last day, inclusive; on or after <paramref name="start"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static ReportingPeriod Create(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(
                nameof(end),
                $"The end must not be before the start ({Format(start)}); it was {Format(end)}.");
        }

        return new ReportingPeriod(start, end, null, PeriodUnit.Custom, null, null);
    }

    /// <summary>Gets whether <paramref name="date"/> lies in the window.</summary>
    /// <param name="date">The date.</param>
    /// <returns><see langword="true"/> when <see cref="Start"/> ≤ <paramref name="date"/> ≤ <see cref="End"/>.</returns>
    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Gets whether this window and <paramref name="other"/> share at least one day.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Whether the windows overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.End && other.Start <= End;
    }

    /// <summary>Gets the preceding period of the same kind ("kỳ trước").</summary>
    /// <returns>
    /// For a calendar period, the previous unit of the same calendar: the month before, the quarter before, the
    /// half before, the year before (<c>VietnamStatistical.Month(2024, 5).Preceding()</c> is 15/03/2024–14/04/2024,
    /// 31 days against 30). For an ad-hoc period, the window of the same length that ends the day before it starts.
    /// </returns>
    /// <exception cref="InvalidOperationException">
    /// The period is a cumulative <see cref="PeriodUnit.FirstMonths"/> window, which has no "kỳ trước"; or the
    /// preceding window would start before 01/01/0001.
    /// </exception>
    public ReportingPeriod Preceding()
    {
        if (Calendar is null)
        {
            if (Start.DayNumber - Days < DateOnly.MinValue.DayNumber)
            {
                throw new InvalidOperationException(
                    $"The period before {this} would start before 01/01/0001.");
            }

            var end = Start.AddDays(-1);
            return new ReportingPeriod(end.AddDays(1 - Days), end, null, PeriodUnit.Custom, null, null);
        }

        var year = Year!.Value;
        var index = Index!.Value;
        try
        {
            return Unit switch
            {
                PeriodUnit.Month => index == 1 ? Calendar.Month(year - 1, 12) : Calendar.Month(year, index - 1),
                PeriodUnit.Quarter => index == 1 ? Calendar.Quarter(year - 1, 4) : Calendar.Quarter(year, index - 1),
                PeriodUnit.HalfYear => index == 1 ? Calendar.HalfYear(year - 1, 2) : Calendar.HalfYear(year, 1),
                PeriodUnit.Year => Calendar.Year(year - 1),
                _ => throw new InvalidOperationException(
                    $"A cumulative window ({this}) has no preceding period (\"kỳ trước\"); compare it with SamePeriodPreviousYear() instead."),
            };
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidOperationException($"The period before {this} is outside the range of DateOnly.", ex);
        }
    }

    /// <summary>Gets the same period one year earlier ("cùng kỳ năm trước").</summary>
    /// <returns>
    /// For a calendar period, the same unit and index of the previous year under the same calendar:
    /// <c>VietnamStatistical.FirstMonths(2023, 10)</c> (15/12/2022–14/10/2023) gives 15/12/2021–14/10/2022.
    /// For an ad-hoc period, both dates one year back: 29/02 becomes 28/02, and a period ending on the last day
    /// of February still ends on the last day of February (28/02/2025 gives 29/02/2024).
    /// </returns>
    /// <exception cref="InvalidOperationException">The earlier window would start before 01/01/0001.</exception>
    public ReportingPeriod SamePeriodPreviousYear()
    {
        if (Calendar is null)
        {
            if (Start.Year == DateOnly.MinValue.Year)
            {
                throw new InvalidOperationException($"The period a year before {this} would start before 01/01/0001.");
            }

            var start = Start.AddYears(-1);
            var end = End.AddYears(-1);
            if (End.Month == 2 && End.Day == DateTime.DaysInMonth(End.Year, 2))
            {
                end = new DateOnly(end.Year, 2, DateTime.DaysInMonth(end.Year, 2));
            }

            return new ReportingPeriod(start, end, null, PeriodUnit.Custom, null, null);
        }

        try
        {
            return Calendar.Rebuild(Unit, Year!.Value - 1, Index!.Value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new InvalidOperationException($"The period a year before {this} is outside the range of DateOnly.", ex);
        }
    }

    /// <summary>Gets the window in English, for example "first 10 months of 2023 (15/12/2022–14/10/2023)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the window in the given language, with its name when it is a calendar unit.</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// For example "May 2023 (15/04/2023–14/05/2023)" or "10 tháng đầu năm 2023 (15/12/2022–14/10/2023)";
    /// dates are dd/MM/yyyy in both languages; an ad-hoc period is only its dates.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var window = $"{Format(Start)}–{Format(End)}";
        var name = Name(language);
        return name is null ? window : $"{name} ({window})";
    }

    /// <summary>Gets the name of the period in the given language, without its dates.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example "Q1 2023" or "Quý I/2023"; <see langword="null"/> for an ad-hoc period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string? Name(Language language)
    {
        if (language is not (Language.English or Language.Vietnamese))
        {
            throw new ArgumentOutOfRangeException(nameof(language), $"The language must be English or Vietnamese; it was {(int)language}.");
        }

        if (Calendar is null)
        {
            return null;
        }

        var y = Year!.Value.ToString(CultureInfo.InvariantCulture);
        var i = Index!.Value;
        var iText = i.ToString(CultureInfo.InvariantCulture);
        var vi = language == Language.Vietnamese;
        return Unit switch
        {
            PeriodUnit.Month => vi ? $"Tháng {iText}/{y}" : $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(i)} {y}",
            PeriodUnit.Quarter => vi ? $"Quý {Roman(i)}/{y}" : $"Q{iText} {y}",
            PeriodUnit.HalfYear => vi
                ? (i == 1 ? $"6 tháng đầu năm {y}" : $"6 tháng cuối năm {y}")
                : (i == 1 ? $"first half of {y}" : $"second half of {y}"),
            PeriodUnit.Year => vi ? $"Năm {y}" : y,
            _ => vi
                ? (i == 1 ? $"Tháng 1/{y}" : $"{iText} tháng đầu năm {y}")
                : (i == 1 ? $"first month of {y}" : $"first {iText} months of {y}"),
        };
    }

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod? other) =>
        other is not null
        && (other.Start, other.End, other.Calendar, other.Unit) == (Start, End, Calendar, Unit);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End, Calendar?.CutoffDay ?? 0, Unit);

    /// <summary>Equality of start, end, calendar and unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether both are null or both are equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) => Equals(left, right);

    /// <summary>Inequality of start, end, calendar or unit.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>Whether the periods differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !Equals(left, right);

    internal static string Format(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Roman(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
}
