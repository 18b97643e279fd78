using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Criminal cases per (province, period), by severity and offence group: recorded, unfounded and cleared in the
/// period, with the run-off of each period's cohort — a typed, mergeable tally.
/// </summary>
/// <remarks>
/// <para>
/// For a key (province, period P) and any severity and offence group:
/// <list type="bullet">
/// <item><description><see cref="Recorded"/>: cases recorded in P (the recorded date decides the window);</description></item>
/// <item><description><see cref="Unfounded"/>: of those, the cases found unfounded;</description></item>
/// <item><description><see cref="Occurred"/> = recorded − unfounded (vụ xảy ra);</description></item>
/// <item><description><see cref="ClearedInPeriod"/>: cases cleared (by arrest or exceptionally) with an outcome date in P, whenever they were recorded —
/// the period basis of FBI UCR, whose rate can exceed 100%;</description></item>
/// <item><description><see cref="ClearedByEndOf"/>: of the cases recorded in P (its cohort), those cleared by the end of P or of any later
/// period of the builder — a run-off triangle, so the cohort rate (UK Home Office outcomes) at any later period end
/// is exact and never exceeds 100%.</description></item>
/// </list>
/// </para>
/// <para>
/// A key absent from the tally is missing, and reading it throws rather than returning zero. <see cref="Tally{TTally}.Merge"/> sums
/// counts key by key and keeps a cohort's run-off at the evaluation dates both sides have; it is associative and
/// commutative with <see cref="Empty"/> as identity, and fails only across province editions or calendars, or on
/// overlapping unequal periods. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class CaseTally : Tally<CaseTally>
{
    internal CaseTally(TallyTable<CaseEntry> table)
        : base(table, "case tally", static t => new CaseTally((TallyTable<CaseEntry>)t)) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static CaseTally Empty { get; } = new(TallyTable<CaseEntry>.Empty);

    internal TallyTable<CaseEntry> Table { get; }

    /// <summary>Gets the cases recorded in a period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long Recorded(Province province, ReportingPeriod period, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        var entry = Entry(province, period, severity, offenceGroup);
        return CaseEntry.Sum(entry.Recorded, severity, offenceGroup);
    }

    /// <summary>Gets the cases recorded in a period and found unfounded.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long Unfounded(Province province, ReportingPeriod period, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        var entry = Entry(province, period, severity, offenceGroup);
        return CaseEntry.Sum(entry.Unfounded, severity, offenceGroup);
    }

    /// <summary>Gets the cases that occurred in a period: recorded in it minus unfounded (vụ xảy ra).</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long Occurred(Province province, ReportingPeriod period, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        var entry = Entry(province, period, severity, offenceGroup);
        return CaseEntry.Sum(entry.Recorded, severity, offenceGroup) - CaseEntry.Sum(entry.Unfounded, severity, offenceGroup);
    }

    /// <summary>Gets the cases cleared with an outcome date in a period, whenever they were recorded (period basis).</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The count; it may exceed <see cref="Occurred"/> when earlier cases are cleared.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public long ClearedInPeriod(Province province, ReportingPeriod period, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        var entry = Entry(province, period, severity, offenceGroup);
        return CaseEntry.Sum(entry.ClearedInPeriod, severity, offenceGroup);
    }

    /// <summary>Gets the dates at which a cohort's clearances were counted (the ends of its period and of every later period of the builder).</summary>
    /// <param name="province">The province.</param>
    /// <param name="cohortPeriod">The period the cohort was recorded in.</param>
    /// <returns>The dates, ascending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="cohortPeriod"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public IReadOnlyList<DateOnly> EvaluationDates(Province province, ReportingPeriod cohortPeriod) =>
        Array.AsReadOnly(Table.Get(province, cohortPeriod, Name).EvaluatedAt);

    /// <summary>Gets, of the cases recorded in a period, those cleared by the end of an evaluation period (cohort basis).</summary>
    /// <param name="province">The province.</param>
    /// <param name="cohortPeriod">The period the cases were recorded in.</param>
    /// <param name="evaluationPeriod">The period by whose end clearances count: the cohort period itself or a later period of the builder.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The count; never more than <see cref="Occurred"/> of the cohort.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// The tally has no entry for the cohort, or <paramref name="evaluationPeriod"/> does not end on one of its
    /// <see cref="EvaluationDates"/>.
    /// </exception>
    public long ClearedByEndOf(Province province, ReportingPeriod cohortPeriod, ReportingPeriod evaluationPeriod, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        ArgumentNullException.ThrowIfNull(evaluationPeriod);
        var entry = Entry(province, cohortPeriod, severity, offenceGroup);
        var e = Array.IndexOf(entry.EvaluatedAt, evaluationPeriod.End);
        if (e < 0)
        {
            throw new ArgumentException(
                $"The evaluation period must end on a date the cohort's clearances were counted at ({(entry.EvaluatedAt.Length == 0 ? "none" : string.Join(", ", entry.EvaluatedAt.Select(Preconditions.Date)))}); it was {evaluationPeriod}.",
                nameof(evaluationPeriod));
        }

        return entry.ClearedByAt(e, severity, offenceGroup);
    }

    /// <summary>Gets the period clearance of a province: cases cleared in the period, whenever recorded, over cases that occurred in it.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The counts on <see cref="ClearanceBasis.Period"/>; the rate can exceed 100%.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public ClearanceCount PeriodClearance(Province province, ReportingPeriod period, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null) =>
        PeriodClearanceOf(Entry(province, period, severity, offenceGroup), severity, offenceGroup);

    /// <summary>Gets the cohort clearance of a province: of the cases recorded in a period, those cleared by the end of an evaluation period, over those that occurred.</summary>
    /// <param name="province">The province.</param>
    /// <param name="cohortPeriod">The period the cases were recorded in.</param>
    /// <param name="evaluationPeriod">The period by whose end clearances count: the cohort period itself or any later period of the tally.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The counts on <see cref="ClearanceBasis.Cohort"/>; the rate never exceeds 100%.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// The tally has no entry for the cohort, or <paramref name="evaluationPeriod"/> does not end on one of its
    /// <see cref="EvaluationDates"/>.
    /// </exception>
    public ClearanceCount CohortClearance(Province province, ReportingPeriod cohortPeriod, ReportingPeriod evaluationPeriod, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null) =>
        new(
            ClearedByEndOf(province, cohortPeriod, evaluationPeriod, severity, offenceGroup),
            Occurred(province, cohortPeriod, severity, offenceGroup),
            ClearanceBasis.Cohort);

    /// <summary>Gets the cases that occurred in one period by province × offence group, with totals: the table statistics offices publish, ready for <see cref="CountTable.Suppress"/>.</summary>
    /// <param name="period">A period of the tally.</param>
    /// <param name="severity">Which severities to count.</param>
    /// <returns>
    /// The table: rows are the provinces with an entry for <paramref name="period"/> (a province without one is missing,
    /// not a row of zeros), columns the six offence groups; each cell is recorded − unfounded (vụ xảy ra).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not one of the tally's periods.</exception>
    public CountTable ToCountTable(ReportingPeriod period, SeverityGroup severity = SeverityGroup.All)
    {
        ArgumentNullException.ThrowIfNull(period);
        Preconditions.Defined(severity, nameof(severity));
        if (!Periods.Contains(period))
        {
            throw new ArgumentException($"The period must be one of the tally's periods ({string.Join("; ", Periods)}); it was {period}.", nameof(period));
        }

        var groups = Enum.GetValues<OffenceGroup>();
        var provinces = Keys.Where(k => k.Period == period).Select(k => k.Province).ToList();
        var cells = new long?[provinces.Count * groups.Length];
        for (var row = 0; row < provinces.Count; row++)
        {
            var entry = Table.Get(provinces[row], period, Name);
            for (var column = 0; column < groups.Length; column++)
            {
                cells[(row * groups.Length) + column] =
                    CaseEntry.Sum(entry.Recorded, severity, groups[column]) - CaseEntry.Sum(entry.Unfounded, severity, groups[column]);
            }
        }

        var caption = (
            $"Cases occurred by province and offence group, {period.Name(Language.English) ?? period.ToString(Language.English)}",
            $"Số vụ xảy ra theo tỉnh và nhóm tội phạm, {period.Name(Language.Vietnamese) ?? period.ToString(Language.Vietnamese)}");
        return new CountTable(caption, provinces, [.. groups.Select(OffenceColumn)], cells);
    }

    private static (string Key, string English, string Vietnamese) OffenceColumn(OffenceGroup group) => group switch
    {
        OffenceGroup.SocialOrder => ("socialOrder", "Social order", "Trật tự xã hội"),
        OffenceGroup.Drugs => ("drugs", "Drugs", "Ma túy"),
        OffenceGroup.EconomicOrder => ("economicOrder", "Economic order", "Trật tự quản lý kinh tế"),
        OffenceGroup.CorruptionAndPosition => ("corruptionAndPosition", "Corruption and position", "Tham nhũng, chức vụ"),
        OffenceGroup.EnvironmentAndFoodSafety => ("environmentAndFoodSafety", "Environment and food safety", "Môi trường, an toàn thực phẩm"),
        _ => ("other", "Other", "Khác"),
    };

    /// <summary>Gets the clearance of every province and period of the tally as a table: province × month for a tally of months.</summary>
    /// <param name="basis">The basis: clearances in each period, or of each period's cohort.</param>
    /// <param name="evaluationPeriod">
    /// On the cohort basis, the period by whose end every cohort's clearances count (for example the last month, to
    /// compare the months' cohorts at one date), or null for each cohort at the end of its own period. Must be null on
    /// the period basis.
    /// </param>
    /// <param name="severity">Which severities to count.</param>
    /// <param name="offenceGroup">The offence group to count, or null for all.</param>
    /// <returns>The table: rows are the provinces of the keys, columns the periods; missing keys are null cells.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/>, <paramref name="severity"/> or <paramref name="offenceGroup"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="evaluationPeriod"/> is given on the period basis.</exception>
    public ClearanceTable ToClearanceTable(ClearanceBasis basis = ClearanceBasis.Period, ReportingPeriod? evaluationPeriod = null, SeverityGroup severity = SeverityGroup.All, OffenceGroup? offenceGroup = null)
    {
        Preconditions.Defined(basis, nameof(basis));
        Preconditions.Defined(severity, nameof(severity));
        if (offenceGroup is OffenceGroup g)
        {
            Preconditions.Defined(g, nameof(offenceGroup));
        }

        if (basis == ClearanceBasis.Period && evaluationPeriod is not null)
        {
            throw new ArgumentException(
                $"An evaluation period applies only to the cohort basis; on the period basis it must be null, and it was {evaluationPeriod}.", nameof(evaluationPeriod));
        }

        var provinces = Keys.Select(k => k.Province).Distinct().ToList();
        var periods = Periods;
        var cells = new ClearanceCount?[provinces.Count * periods.Count];
        for (var row = 0; row < provinces.Count; row++)
        {
            for (var column = 0; column < periods.Count; column++)
            {
                if (!Table.TryGet(new TallyKey(provinces[row], periods[column]), out var entry))
                {
                    continue;
                }

                if (basis == ClearanceBasis.Period)
                {
                    cells[(row * periods.Count) + column] = PeriodClearanceOf(entry, severity, offenceGroup);
                    continue;
                }

                var e = Array.IndexOf(entry.EvaluatedAt, (evaluationPeriod ?? periods[column]).End);
                if (e >= 0)
                {
                    var occurred = CaseEntry.Sum(entry.Recorded, severity, offenceGroup) - CaseEntry.Sum(entry.Unfounded, severity, offenceGroup);
                    cells[(row * periods.Count) + column] = new ClearanceCount(entry.ClearedByAt(e, severity, offenceGroup), occurred, ClearanceBasis.Cohort);
                }
            }
        }

        return new ClearanceTable(basis, evaluationPeriod, severity, offenceGroup, provinces, periods, cells);
    }

    private CaseEntry Entry(Province province, ReportingPeriod period, SeverityGroup severity, OffenceGroup? offenceGroup)
    {
        Preconditions.Defined(severity, nameof(severity));
        if (offenceGroup is OffenceGroup g)
        {
            Preconditions.Defined(g, nameof(offenceGroup));
        }

        return Table.Get(province, period, Name);
    }

    private static ClearanceCount PeriodClearanceOf(CaseEntry entry, SeverityGroup severity, OffenceGroup? offenceGroup) =>
        new(
            CaseEntry.Sum(entry.ClearedInPeriod, severity, offenceGroup),
            CaseEntry.Sum(entry.Recorded, severity, offenceGroup) - CaseEntry.Sum(entry.Unfounded, severity, offenceGroup),
            ClearanceBasis.Period);

    /// <summary>Tallies case records over the given periods (see <see cref="CaseTallyBuilder"/>).</summary>
    /// <param name="records">The cases.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static CaseTally Tally(IEnumerable<CriminalCase> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new CaseTallyBuilder(periods));

}
