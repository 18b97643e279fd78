using System.Data;
using System.Data.Common;
using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// Tallies criminal cases read from any ADO.NET data reader — a database query (PostgreSQL, SQL Server, SQLite,
/// DuckDB), a spreadsheet reader, a CSV reader — with a column mapping, streaming into the columnar aggregation.
/// </summary>
/// <remarks>
/// <para>
/// Each row is one case; its fields read as <see cref="CaseSourceColumns"/> describes (province codes or names in any
/// usual spelling, dates as values or text, outcomes as names, numbers or the caller's codes) and are checked against
/// the rules of <see cref="Crime.CriminalCase"/> and <see cref="CaseAggregator"/>. A bad row stops the read with
/// <see cref="RowRejectedException"/> naming the row (from 1), the column, the value and the rule, or, with
/// <see cref="CaseReadOptions.WithMaxRejectedRows"/>, is collected and not counted; nothing is skipped silently.
/// Duplicate ids are found as the rows are read (<see cref="DuplicateIdPolicy"/>), across reads that share a
/// <see cref="CaseIdRegistry"/>.
/// </para>
/// <para>
/// Memory is flat in the row count: rows are decoded into column chunks of 65,536 rows and counted chunk by chunk into
/// the same dense counters as <see cref="CaseAggregator"/>, so the tally equals
/// <see cref="CaseAggregator.Tally(IEnumerable{Crime.CriminalCase}, IEnumerable{ReportingPeriod}, TallyOptions)"/> of
/// the same cases. Only the id registry grows with the rows. The reader is read to its end, on the calling thread; it
/// is not disposed.
/// </para>
/// </remarks>
public static class CaseSource
{
    /// <summary>Tallies the case rows of a data reader with the default options.</summary>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException">A mapped column is missing (the message lists the reader's columns), or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule; it names the row, the column, the value and the rule.</exception>
    public static CaseReadResult Read(IDataReader reader, IEnumerable<ReportingPeriod> periods) =>
        Read(reader, periods, CaseReadOptions.Default, CancellationToken.None);

    /// <summary>Tallies the case rows of a data reader.</summary>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The edition, mapping, tally options, bad-row and duplicate policies and progress.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException">A mapped column is missing (the message lists the reader's columns), <paramref name="periods"/> is empty, mixes calendars or overlaps, or the options' provinces are of another edition.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    public static CaseReadResult Read(IDataReader reader, IEnumerable<ReportingPeriod> periods, CaseReadOptions options) =>
        Read(reader, periods, options, CancellationToken.None);

    /// <summary>Tallies the case rows of a data reader, with cancellation.</summary>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The edition, mapping, tally options, bad-row and duplicate policies and progress.</param>
    /// <param name="cancellationToken">Checked every 65,536 rows.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException">A mapped column is missing (the message lists the reader's columns), <paramref name="periods"/> is empty, mixes calendars or overlaps, or the options' provinces are of another edition.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static CaseReadResult Read(IDataReader reader, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        using var rows = new CaseRowReader(reader, periods, options, nameof(reader));
        cancellationToken.ThrowIfCancellationRequested();
        while (reader.Read())
        {
            rows.Add(reader);
            if ((rows.Rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return rows.Finish();
    }

    /// <summary>Tallies the case rows of a data reader, reading asynchronously (a database cursor).</summary>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint; their ends are the run-off's evaluation dates.</param>
    /// <param name="options">The edition, mapping, tally options, bad-row and duplicate policies and progress.</param>
    /// <param name="cancellationToken">Passed to every <see cref="DbDataReader.ReadAsync(CancellationToken)"/>.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException">A mapped column is missing (the message lists the reader's columns), <paramref name="periods"/> is empty, mixes calendars or overlaps, or the options' provinces are of another edition.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CaseReadResult> ReadAsync(DbDataReader reader, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        using var rows = new CaseRowReader(reader, periods, options, nameof(reader));
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(reader);
        }

        return rows.Finish();
    }
}
