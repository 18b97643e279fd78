using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Tallies criminal cases at scale — from columns or typed records — into a <see cref="CaseTally"/> by province ×
/// reporting period × severity × offence group, with the cohort run-off: the result of <see cref="CaseTallyBuilder"/>,
/// many times faster.
/// </summary>
/// <remarks>
/// <para>
/// Semantics are exactly those of <see cref="CaseTallyBuilder"/>: a case counts as recorded (and unfounded) in the
/// period containing its recorded date and as cleared in the period containing its outcome date; a case recorded in
/// period P and cleared on day d counts as cleared by the end of every requested period ending on or after both P's
/// end and d; a case that counts nowhere is counted in <see cref="Tally{TTally}.Outside"/>, never dropped. Keys exist for
/// every (province, period) with a case recorded or cleared in it, and for every province of
/// <see cref="TallyOptions.Provinces"/>.
/// </para>
/// <para>
/// How: the requested periods are checked once and turned into a table from day number to period index; each worker
/// counts rows into flat arrays indexed by (province, period, severity, offence group) — no dictionary, no allocation
/// per row, no data-dependent branch per row — over fixed partitions of 2^20 rows, and the workers' arrays are summed
/// before the tally is built once. Counts are integers, so the result is identical for any degree of parallelism.
/// Each worker rents arrays of provinces × periods² × 24 cells from the shared pool (the run-off is a triangle over
/// pairs of periods, like the tally itself).
/// </para>
/// <para>
/// Scale: tallies merge exactly (<see cref="Tally{TTally}.Merge"/>), so partitions tallied on other threads, from other
/// files, or in a database where the data lives combine into the tally of one pass. All members are thread-safe.
/// </para>
/// </remarks>
public static class CaseAggregator
{
    private static readonly RecordAggregation<CriminalCase, CaseTally> Records =
        new(static (edition, lookup) => new CaseTotals(edition, lookup), static c => c.Province);

    /// <summary>Tallies cases given as columns, on every core for large inputs.</summary>
    /// <param name="columns">The cases, one row each (see <see cref="CaseColumns"/> for the schema).</param>
    /// <param name="edition">The province edition whose units <see cref="CaseColumns.ProvinceIndex"/> indexes.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="columns"/> or <paramref name="periods"/> is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="edition"/> is undefined, or a row breaks a rule: a province index not below the edition's number
    /// of units, a recorded or outcome day outside the range of <see cref="DateOnly"/>, an outcome kind above 3, a
    /// severity above 3, an offence group above 5, an outcome day for a case that is not cleared, none (−1) for any other
    /// outcome, or one before the recorded day. The message names the first bad row, the column, the rule and the value.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    public static CaseTally Tally(CaseColumns columns, ProvinceEdition edition, IEnumerable<ReportingPeriod> periods) =>
        Tally(columns, edition, periods, TallyOptions.Default);

    /// <summary>Tallies cases given as columns, with options.</summary>
    /// <param name="columns">The cases, one row each (see <see cref="CaseColumns"/> for the schema).</param>
    /// <param name="edition">The province edition whose units <see cref="CaseColumns.ProvinceIndex"/> indexes.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The provinces that always get keys and the most threads to use (inputs under 2^21 rows use fewer).</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="edition"/> is undefined, or a row breaks a rule: a province index not below the edition's number
    /// of units, a recorded or outcome day outside the range of <see cref="DateOnly"/>, an outcome kind above 3, a
    /// severity above 3, an offence group above 5, an outcome day for a case that is not cleared, none (−1) for any other
    /// outcome, or one before the recorded day. The message names the first bad row, the column, the rule and the value.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the options' provinces are of another edition.</exception>
    public static CaseTally Tally(CaseColumns columns, ProvinceEdition edition, IEnumerable<ReportingPeriod> periods, TallyOptions options) =>
        Tally(columns, edition, periods, options, RowPartitions.Size);

    /// <summary>Tallies case records; an array or a <see cref="List{T}"/> is tallied on every core when large.</summary>
    /// <param name="records">The cases, all of one province edition. Other sequences than arrays and lists are read once, on the calling thread.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <returns>The tally; equal to <see cref="CaseTally.Tally"/> of the same records.</returns>
    /// <remarks>A list must not change while it is tallied.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records mix province editions (the message names the first record of another edition).</exception>
    public static CaseTally Tally(IEnumerable<CriminalCase> records, IEnumerable<ReportingPeriod> periods) =>
        Tally(records, periods, TallyOptions.Default);

    /// <summary>Tallies case records, with options.</summary>
    /// <param name="records">The cases, all of one province edition. An array or a <see cref="List{T}"/> is tallied on several threads when large; other sequences are read once, on the calling thread.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The provinces that always get keys (and fix the edition) and the most threads to use.</param>
    /// <returns>The tally; equal to the <see cref="CaseTallyBuilder"/>'s of the same records and provinces.</returns>
    /// <remarks>A list must not change while it is tallied.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records and the options' provinces mix province editions (the message names the first record of another edition).</exception>
    public static CaseTally Tally(IEnumerable<CriminalCase> records, IEnumerable<ReportingPeriod> periods, TallyOptions options) =>
        Tally(records, periods, options, RowPartitions.Size);

    /// <summary>Tallies case records from a span, on the calling thread.</summary>
    /// <param name="records">The cases, all of one province edition.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <returns>The tally; equal to <see cref="CaseTally.Tally"/> of the same records.</returns>
    /// <remarks>
    /// A span cannot be shared with other threads, and C# binds an array argument to this overload: to tally an array
    /// on every core, pass it as <see cref="IEnumerable{T}"/>, or tally slices and <see cref="Tally{TTally}.Merge"/> them.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records mix province editions (the message names the first record of another edition).</exception>
    public static CaseTally Tally(ReadOnlySpan<CriminalCase> records, IEnumerable<ReportingPeriod> periods) =>
        Tally(records, periods, TallyOptions.Default);

    /// <summary>Tallies case records from a span, on the calling thread, with options.</summary>
    /// <param name="records">The cases, all of one province edition.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The provinces that always get keys (and fix the edition); the degree of parallelism does not apply to a span.</param>
    /// <returns>The tally; equal to the <see cref="CaseTallyBuilder"/>'s of the same records and provinces.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records and the options' provinces mix province editions (the message names the first record of another edition).</exception>
    public static CaseTally Tally(ReadOnlySpan<CriminalCase> records, IEnumerable<ReportingPeriod> periods, TallyOptions options) =>
        Records.Tally(records, periods, options);

    /// <summary>Tallies columns in partitions of a given size (tests use small ones to run several threads on small inputs).</summary>
    internal static CaseTally Tally(CaseColumns columns, ProvinceEdition edition, IEnumerable<ReportingPeriod> periods, TallyOptions options, int partitionRows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Preconditions.Defined(edition, nameof(edition));
        ArgumentNullException.ThrowIfNull(options);
        var totals = new CaseTotals(edition, new PeriodLookup(periods, nameof(periods)));
        var bad = RowPartitions.Run(
            columns.Count,
            partitionRows,
            RowPartitions.Workers(columns.Count, options.MaxDegreeOfParallelism, partitionRows),
            () => new CaseCounter(totals),
            (counter, start, end) => counter.AddColumns(columns, start, end),
            static counter => counter.Flush());
        if (bad >= 0)
        {
            throw BadRow(columns, (int)bad, totals.Provinces, edition);
        }

        return totals.ToTally(options, nameof(options));
    }

    /// <summary>Tallies records, arrays and lists in partitions of a given size (tests use small ones).</summary>
    internal static CaseTally Tally(IEnumerable<CriminalCase> records, IEnumerable<ReportingPeriod> periods, TallyOptions options, int partitionRows) =>
        Records.Tally(records, periods, options, partitionRows);

    /// <summary>Describes the first rule a row breaks, in the order of the columns.</summary>
    private static ArgumentOutOfRangeException BadRow(CaseColumns columns, int row, int provinces, ProvinceEdition edition)
    {
        var at = $"Row {Preconditions.Number(row)} of the columns";
        int province = columns.ProvinceIndex.Span[row];
        var recorded = columns.RecordedDay.Span[row];
        int kind = columns.OutcomeKind.Span[row];
        var outcome = columns.OutcomeDay.Span[row];
        int severity = columns.Severity.Span[row];
        int group = columns.OffenceGroup.Span[row];
        var max = PeriodLookup.MaxDayNumber;
        string message;
        if (province >= provinces)
        {
            message = $"{at}: the province index must be less than {Preconditions.Number(provinces)} (the units of the {Province.EditionLabel(edition)}); it was {Preconditions.Number(province)}.";
        }
        else if (recorded < 0 || recorded > max)
        {
            message = $"{at}: the recorded day must be a DateOnly.DayNumber from 0 (01/01/0001) to {Preconditions.Number(max)} (31/12/9999); it was {Preconditions.Number(recorded)}.";
        }
        else if (kind > 3)
        {
            message = $"{at}: the outcome kind must be 0 (NotCleared), 1 (ClearedByArrest), 2 (ClearedExceptionally) or 3 (Unfounded); it was {Preconditions.Number(kind)}.";
        }
        else if (kind == 0 && outcome != -1)
        {
            message = $"{at}: a case that is not cleared (outcome kind 0) must have outcome day -1 (none); it was {Day(outcome)}.";
        }
        else if (kind != 0 && outcome == -1)
        {
            message = $"{at}: the outcome day is required when the outcome kind is {Preconditions.Number(kind)} ({(CaseOutcome)kind}); it was -1 (none).";
        }
        else if (kind != 0 && outcome < recorded)
        {
            message = $"{at}: the outcome day must not be before the recorded day {Day(recorded)}; it was {Day(outcome)}.";
        }
        else if (kind != 0 && outcome > max)
        {
            message = $"{at}: the outcome day must be a DateOnly.DayNumber up to {Preconditions.Number(max)} (31/12/9999); it was {Preconditions.Number(outcome)}.";
        }
        else if (severity > 3)
        {
            message = $"{at}: the severity must be 0 (LessSerious), 1 (Serious), 2 (VerySerious) or 3 (EspeciallySerious); it was {Preconditions.Number(severity)}.";
        }
        else
        {
            message = $"{at}: the offence group must be from 0 (SocialOrder) to 5 (Other); it was {Preconditions.Number(group)}.";
        }

        return new ArgumentOutOfRangeException(nameof(columns), message);
    }

    private static string Day(int day) =>
        day >= 0 && day <= PeriodLookup.MaxDayNumber
            ? $"{Preconditions.Number(day)} ({Preconditions.Date(DateOnly.FromDayNumber(day))})"
            : Preconditions.Number(day);
}
