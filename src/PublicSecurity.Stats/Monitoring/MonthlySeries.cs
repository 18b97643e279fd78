using System.Globalization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// Consecutive monthly counts of one criterion in one province, on one reporting calendar, with no month missing: the
/// input of <see cref="Farrington"/> and the GLR detector.
/// </summary>
/// <remarks>
/// <para>
/// Every month is present, zero months included (DESIGN rule 2: missing is not zero). From a tally, each month must
/// have an entry for the province — a tally built with a <see cref="DataCoverage"/> has zero entries for every month
/// inside its coverage; a month without an entry is refused, never read as zero.
/// </para>
/// <para>Months follow the calendar: on <see cref="ReportingCalendar.VietnamStatistical"/> month M runs from the 15th of
/// M − 1 to the 14th of M. Immutable and thread-safe.</para>
/// </remarks>
public sealed class MonthlySeries
{
    private readonly long[] counts;
    private readonly ReportingPeriod[] months;

    private MonthlySeries(Province province, MonitoredCriterion criterion, ReportingCalendar calendar, ReportingPeriod[] months, long[] counts) =>
        (Province, Criterion, Calendar, this.months, this.counts) = (province, criterion, calendar, months, counts);

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the criterion counted.</summary>
    public MonitoredCriterion Criterion { get; }

    /// <summary>Gets the reporting calendar of the months.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets the months, in order.</summary>
    public IReadOnlyList<ReportingPeriod> Months => months;

    /// <summary>Gets the counts, one per month.</summary>
    public IReadOnlyList<long> Counts => counts;

    /// <summary>Gets the number of months.</summary>
    public int Length => counts.Length;

    /// <summary>Creates a series from its counts.</summary>
    /// <param name="province">The province.</param>
    /// <param name="criterion">The criterion.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="firstYear">The year of the first month.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="counts">The counts, one per consecutive month; at least one, none negative.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/>, <paramref name="calendar"/> or <paramref name="counts"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstMonth"/> is not 1–12, a count is negative, or <paramref name="criterion"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="counts"/> is empty.</exception>
    public static MonthlySeries Create(Province province, MonitoredCriterion criterion, ReportingCalendar calendar, int firstYear, int firstMonth, IReadOnlyList<long> counts)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(counts);
        Preconditions.Defined(criterion, nameof(criterion));
        if (counts.Count == 0)
        {
            throw new ArgumentException("The counts must hold at least one month; it was empty.", nameof(counts));
        }

        var values = new long[counts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Preconditions.NotNegative(counts[i], nameof(counts), "count of month " + (i + 1).ToString(CultureInfo.InvariantCulture));
        }

        return new MonthlySeries(province, criterion, calendar, MonthsFrom(calendar, firstYear, firstMonth, values.Length), values);
    }

    /// <summary>Reads the criminal cases occurred in a province, month by month, from a case tally.</summary>
    /// <param name="tally">The tally; it must hold an entry for the province in every month (tally with a coverage).</param>
    /// <param name="province">The province.</param>
    /// <param name="calendar">The calendar of the months.</param>
    /// <param name="firstYear">The year of the first month.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="length">The number of months, positive.</param>
    /// <returns>The series of <see cref="MonitoredCriterion.Cases"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstMonth"/> is not 1–12 or <paramref name="length"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the province in one of the months (missing is not zero).</exception>
    public static MonthlySeries FromTally(CaseTally tally, Province province, ReportingCalendar calendar, int firstYear, int firstMonth, int length)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Read(tally, province, calendar, firstYear, firstMonth, length, MonitoredCriterion.Cases, static (t, p, m) => t.Occurred(p, m));
    }

    /// <summary>Reads the drug cases detected in a province, month by month, from a drug seizure tally.</summary>
    /// <param name="tally">The tally; it must hold an entry for the province in every month (tally with a coverage).</param>
    /// <param name="province">The province.</param>
    /// <param name="calendar">The calendar of the months.</param>
    /// <param name="firstYear">The year of the first month.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="length">The number of months, positive.</param>
    /// <returns>The series of <see cref="MonitoredCriterion.DrugCases"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstMonth"/> is not 1–12 or <paramref name="length"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the province in one of the months (missing is not zero).</exception>
    public static MonthlySeries FromTally(DrugSeizureTally tally, Province province, ReportingCalendar calendar, int firstYear, int firstMonth, int length)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return Read(tally, province, calendar, firstYear, firstMonth, length, MonitoredCriterion.DrugCases, static (t, p, m) => t.Get(p, m).Cases);
    }

    /// <summary>Reads one of the three traffic criteria in a province, month by month, from a traffic tally.</summary>
    /// <param name="tally">The tally; it must hold an entry for the province in every month (tally with a coverage).</param>
    /// <param name="criterion">The criterion: <see cref="MonitoredCriterion.TrafficAccidents"/>, <see cref="MonitoredCriterion.TrafficDeaths"/> or <see cref="MonitoredCriterion.TrafficInjured"/>.</param>
    /// <param name="province">The province.</param>
    /// <param name="calendar">The calendar of the months.</param>
    /// <param name="firstYear">The year of the first month.</param>
    /// <param name="firstMonth">The first month, 1 to 12.</param>
    /// <param name="length">The number of months, positive.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="criterion"/> is not a traffic criterion, <paramref name="firstMonth"/> is not 1–12 or <paramref name="length"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the province in one of the months (missing is not zero).</exception>
    public static MonthlySeries FromTally(TrafficTally tally, MonitoredCriterion criterion, Province province, ReportingCalendar calendar, int firstYear, int firstMonth, int length)
    {
        ArgumentNullException.ThrowIfNull(tally);
        return criterion switch
        {
            MonitoredCriterion.TrafficAccidents => Read(tally, province, calendar, firstYear, firstMonth, length, criterion, static (t, p, m) => t.Get(p, m).Accidents),
            MonitoredCriterion.TrafficDeaths => Read(tally, province, calendar, firstYear, firstMonth, length, criterion, static (t, p, m) => t.Get(p, m).Deaths),
            MonitoredCriterion.TrafficInjured => Read(tally, province, calendar, firstYear, firstMonth, length, criterion, static (t, p, m) => t.Get(p, m).Injured),
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), $"The criterion must be a traffic criterion; it was {criterion}."),
        };
    }

    /// <summary>Gets the series' name, for example "Bình Dương, traffic deaths, 01/2019–12/2023".</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Name(Language language) =>
        $"{Province.Name}, {CriterionName(Criterion, language)}, {MonthLabel(0)}–{MonthLabel(Length - 1)}";

    /// <inheritdoc/>
    public override string ToString() => Name(Language.English);

    internal string MonthLabel(int i) => months[i].Index is int m && months[i].Year is int y
        ? string.Create(CultureInfo.InvariantCulture, $"{m:00}/{y}")
        : months[i].ToString();

    internal static string CriterionName(MonitoredCriterion criterion, Language language) => criterion switch
    {
        MonitoredCriterion.Cases => Cells.Lang(language, "criminal cases", "vụ phạm pháp hình sự"),
        MonitoredCriterion.DrugCases => Cells.Lang(language, "drug cases", "vụ phạm tội về ma túy"),
        MonitoredCriterion.TrafficAccidents => Cells.Lang(language, "traffic accidents", "số vụ tai nạn giao thông"),
        MonitoredCriterion.TrafficDeaths => Cells.Lang(language, "traffic deaths", "số người chết vì tai nạn giao thông"),
        _ => Cells.Lang(language, "traffic injuries", "số người bị thương vì tai nạn giao thông"),
    };

    private static ReportingPeriod[] MonthsFrom(ReportingCalendar calendar, int firstYear, int firstMonth, int length)
    {
        FarringtonOptions.InRange(firstMonth, 1, 12, nameof(firstMonth), "first month");
        var result = new ReportingPeriod[length];
        for (var i = 0; i < length; i++)
        {
            var index = firstMonth - 1 + i;
            result[i] = calendar.Month(firstYear + index / 12, index % 12 + 1);
        }

        return result;
    }

    private static MonthlySeries Read<TTally>(TTally tally, Province province, ReportingCalendar calendar, int firstYear, int firstMonth, int length, MonitoredCriterion criterion, Func<TTally, Province, ReportingPeriod, long> count)
        where TTally : Tally<TTally>
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(calendar);
        FarringtonOptions.InRange(length, 1, int.MaxValue, nameof(length), "number of months");
        var months = MonthsFrom(calendar, firstYear, firstMonth, length);
        var values = new long[length];
        for (var i = 0; i < length; i++)
        {
            if (!tally.Contains(province, months[i]))
            {
                throw new ArgumentException(
                    $"The tally must hold an entry for {province.Name} in every month (missing is not zero; tally with a coverage so that zero months are present); it had none for {months[i]}.",
                    nameof(tally));
            }

            values[i] = count(tally, province, months[i]);
        }

        return new MonthlySeries(province, criterion, calendar, months, values);
    }
}
