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

    /// <summary>Reads the case rows of a data reader as records, checked as <see cref="Read(IDataReader, IEnumerable{ReportingPeriod}, CaseReadOptions)"/> checks them — for a program that keeps or converts records (to JSON Lines, to another store) rather than tallying them.</summary>
    /// <param name="reader">The reader, before its first row; it must have the id column.</param>
    /// <param name="options">The edition, mapping, bad-row and duplicate policies (the tally options do not apply).</param>
    /// <param name="rejected">Where rejected rows go when <see cref="CaseReadOptions.MaxRejectedRows"/> allows collecting them, or null.</param>
    /// <returns>The records, read lazily, one row at a time, in the reader's order; a duplicate skipped under <see cref="DuplicateIdPolicy.KeepFirst"/> is not returned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A mapped column or the id column is missing.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>).</exception>
    public static IEnumerable<Crime.CriminalCase> ReadRecords(IDataReader reader, CaseReadOptions options, ICollection<RejectedRow>? rejected)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        return Records(reader, RecordReader(reader, options), rejected);

        static IEnumerable<Crime.CriminalCase> Records(IDataReader reader, CaseRowReader rows, ICollection<RejectedRow>? rejected)
        {
            using var owned = rows;
            var given = 0;
            while (reader.Read())
            {
                var ok = rows.TryRecord(reader, out var record);
                given = Hand(rows, rejected, given);
                if (ok)
                {
                    yield return record!;
                }
            }
        }
    }

    /// <summary>Reads the case rows of a data reader as records, asynchronously (a database cursor).</summary>
    /// <param name="reader">The reader, before its first row; it must have the id column.</param>
    /// <param name="options">The edition, mapping, bad-row and duplicate policies (the tally options do not apply).</param>
    /// <param name="rejected">Where rejected rows go when <see cref="CaseReadOptions.MaxRejectedRows"/> allows collecting them, or null.</param>
    /// <param name="cancellationToken">Passed to every <see cref="DbDataReader.ReadAsync(CancellationToken)"/>.</param>
    /// <returns>The records, in the reader's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">A mapped column or the id column is missing.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async IAsyncEnumerable<Crime.CriminalCase> ReadRecordsAsync(DbDataReader reader, CaseReadOptions options, ICollection<RejectedRow>? rejected, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(options);
        using var rows = RecordReader(reader, options);
        var given = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var ok = rows.TryRecord(reader, out var record);
            given = Hand(rows, rejected, given);
            if (ok)
            {
                yield return record!;
            }
        }
    }

    private static CaseRowReader RecordReader(IDataReader reader, CaseReadOptions options)
    {
        var rows = new CaseRowReader(reader, [ReportingPeriod.Create(DateOnly.MinValue, DateOnly.MinValue)], options, nameof(reader));
        if (rows.IdColumn < 0)
        {
            rows.Dispose();
            throw new ArgumentException(
                $"Records need ids: the reader must have the id column '{options.Columns.Id ?? CaseSourceColumns.Default.Id}'; its columns were {string.Join(", ", rows.Names.Select(n => "'" + n + "'"))}.", nameof(reader));
        }

        return rows;
    }

    private static int Hand(CaseRowReader rows, ICollection<RejectedRow>? rejected, int given)
    {
        for (; given < rows.Rejected.Count; given++)
        {
            rejected?.Add(rows.Rejected[given]);
        }

        return given;
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
