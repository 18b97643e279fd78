using System.Data;
using System.Data.Common;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Sources;

/// <summary>
/// Tallies criminal cases inside a SQL engine through any ADO.NET connection: the GROUP BY of
/// <see cref="CaseTallyQuery"/> runs where the data is, and only the groups — a few thousand rows for millions of
/// cases — come back to be checked and built into the tally.
/// </summary>
/// <remarks>
/// <para>
/// The result equals <see cref="CaseSource.Read(IDataReader, IEnumerable{ReportingPeriod}, CaseReadOptions)"/> of the
/// same rows, with the same account of rows: each group's raw province, outcome, severity and offence-group values are
/// checked as a row's would be; when some groups are bad, a second query fetches their rows in row order (at most
/// <see cref="CaseReadOptions.MaxRejectedRows"/> + 1), and each is rejected with the reader's message. Duplicate ids are
/// found with a GROUP BY on the id (or, with a <see cref="CaseIdRegistry"/> shared with other reads, by reading every
/// id), and their later rows are reported, or taken out again as <see cref="DuplicateIdPolicy"/> says.
/// </para>
/// <para>
/// Rows are numbered in the source's order (DuckDB files and ClickHouse) or, for a table that has no order of its own
/// (PostgreSQL), in the order of the id and then the other values; <see cref="CaseReadOptions.SourceName"/> names the
/// source in messages. A row that is both bad and a later copy of an id is rejected for its other rule. The connection
/// must be open; the commands run one after another on it.
/// </para>
/// </remarks>
public static class CaseSqlSource
{
    /// <summary>Tallies the cases of a table or table function, inside the engine, with the reader's default options.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table name or a table function, from the program (never from an untrusted user).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The source lacks a mapped column, a PostgreSQL date column is text, or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule; it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">The engine refused a query (for example, the source does not exist).</exception>
    public static CaseReadResult Tally(DbConnection connection, SqlDialect dialect, string source, IEnumerable<ReportingPeriod> periods) =>
        TallyAsync(connection, dialect, source, periods, CaseReadOptions.Default, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Tallies the cases of a table or table function, inside the engine.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table name or a table function, from the program (never from an untrusted user).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, mapping, tally options, bad-row and duplicate policies.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The source lacks a mapped column, a PostgreSQL date column is text, or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">The engine refused a query.</exception>
    public static CaseReadResult Tally(DbConnection connection, SqlDialect dialect, string source, IEnumerable<ReportingPeriod> periods, CaseReadOptions options) =>
        TallyAsync(connection, dialect, source, periods, options, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Tallies the cases of a table or table function, inside the engine, asynchronously.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">The engine's dialect.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table name or a table function, from the program (never from an untrusted user).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, mapping, tally options, bad-row and duplicate policies.</param>
    /// <param name="cancellationToken">Passed to every command.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dialect"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The source lacks a mapped column, a PostgreSQL date column is text, or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">The engine refused a query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CaseReadResult> TallyAsync(DbConnection connection, SqlDialect dialect, string source, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(options);
        Preconditions.NotBlank(source, nameof(source));
        CaseTallyQuery query;
        await using (var schema = await ExecuteAsync(connection, $"SELECT * FROM {source} LIMIT 0", cancellationToken).ConfigureAwait(false))
        {
            query = CaseTallyQuery.Create(dialect, source, schema, periods, options);
        }

        return await TallyAsync(connection, query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a tally query made by <see cref="CaseTallyQuery.Create"/> (for example with a province map) and its follow-up queries.</summary>
    /// <param name="connection">An open connection to the engine of the query's dialect.</param>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Passed to every command.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">The engine refused a query.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CaseReadResult> TallyAsync(DbConnection connection, CaseTallyQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(query);
        var options = query.Options;
        var counted = query.ProvinceMap is null ? options : options.WithEdition(ProvinceEdition.Provinces34);
        var bad = new CaseTallyQuery.BadValues();
        long badRows = 0;
        using var groups = new CaseRowReader(Schema(query), query.Periods, counted, nameof(connection));
        await using (var cube = await ExecuteAsync(connection, query.Sql, cancellationToken).ConfigureAwait(false))
        {
            var lookup = groups.Totals.Lookup;
            var decided = new Dictionary<(object?, object?, bool, object?, object?), (bool Ok, int Province, CaseOutcome Kind, int Cell)>();
            while (await cube.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var province = Value(cube, 0);
                var recordedPeriod = Convert.ToInt32(cube.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
                var code = Convert.ToInt32(cube.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);
                var outcome = Value(cube, 3);
                var severity = Value(cube, 4);
                var group = Value(cube, 5);
                var rule = Convert.ToInt32(cube.GetValue(6), System.Globalization.CultureInfo.InvariantCulture);
                var cases = Convert.ToInt64(cube.GetValue(7), System.Globalization.CultureInfo.InvariantCulture);
                var key = (province, outcome, code >= 0, severity, group);
                if (!decided.TryGetValue(key, out var decision))
                {
                    var ok = groups.CheckGroup(province, outcome, code >= 0, severity, group, out var p, out var kind, out var cell);
                    decided.Add(key, decision = (ok, p, kind, cell));
                    Note(bad, groups, province, outcome, code >= 0, severity, group);
                }

                if (!decision.Ok || rule != 0)
                {
                    badRows += cases;
                    continue;
                }

                var counter = decision.Kind switch
                {
                    CaseOutcome.NotCleared => lookup.NotClearedCode,
                    CaseOutcome.Unfounded => lookup.UnfoundedCode,
                    _ => code,
                };
                groups.AddCounted(recordedPeriod, counter, decision.Province, decision.Cell, cases);
            }
        }

        // Bad rows: fetched in row order and rejected with the reader's own message (the first over the cap throws).
        var rejected = new List<RejectedRow>();
        if (badRows > 0)
        {
            await using var rows = await ExecuteAsync(connection, query.BadRowsSql(bad, (int)Math.Min(options.MaxRejectedRows + 1L, badRows)), cancellationToken).ConfigureAwait(false);
            // Its own registry and the Report policy: here the id is checked only for being blank, as the reader checks it first.
            using var reject = new CaseRowReader(rows, query.Periods, options.WithDuplicateIds(DuplicateIdPolicy.Report).WithIdRegistry(new CaseIdRegistry()), nameof(connection), CaseTallyQuery.RowColumn);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                reject.Reject(rows);
            }

            var result = reject.Finish();
            rejected.AddRange(result.RejectedRows);
            groups.AddRejectedCount(badRows);
        }

        if (query.Id is not null)
        {
            await Duplicates(connection, query, groups, cancellationToken).ConfigureAwait(false);
        }

        return groups.Finish(rejected, query.Id is not null);
    }

    private static async Task Duplicates(DbConnection connection, CaseTallyQuery query, CaseRowReader groups, CancellationToken cancellationToken)
    {
        var options = query.Options;
        string sql;
        if (options.IdRegistry is null)
        {
            var ids = new List<string>();
            await using (var copies = await ExecuteAsync(connection, query.DuplicateIdsSql!, cancellationToken).ConfigureAwait(false))
            {
                while (await copies.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    ids.Add(copies.GetValue(0).ToString()!);
                }
            }

            if (ids.Count == 0)
            {
                return;
            }

            sql = query.RowsOfIdsSql(ids);
        }
        else
        {
            sql = query.AllRowsSql();
        }

        // The later rows of each id: reported, or (skipped, rejected) taken out of the counts the engine made.
        var registry = options.IdRegistry ?? new CaseIdRegistry();
        await using var rows = await ExecuteAsync(connection, sql, cancellationToken).ConfigureAwait(false);
        using var decode = new CaseRowReader(rows, query.Periods, options.WithColumns(options.Columns.WithId(null)).WithMaxRejectedRows(CaseReadOptions.MaxRejectedRowsLimit), nameof(connection), CaseTallyQuery.RowColumn);
        var idColumn = rows.GetOrdinal(query.Id!);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = Convert.ToInt64(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            var value = Value(rows, idColumn);
            var id = CaseRowReader.IdText(value);
            if (string.IsNullOrEmpty(id) || registry.TryAdd(id, options.SourceName, row, out var first))
            {
                continue;
            }

            if (options.DuplicateIds == DuplicateIdPolicy.Report)
            {
                groups.AddDuplicate(new DuplicateCaseId(id, first.Source, first.Row, options.SourceName, row, skipped: false));
                continue;
            }

            if (!decode.TryDecode(rows, out var r))
            {
                continue;
            }

            // With a province map the engine counted the 34-unit successor of the row's province.
            var province = query.ProvinceMap is null ? r.Province : ProvinceCatalog.IndexOf(ProvinceCatalog.Successor(ProvinceCatalog.All(ProvinceEdition.Provinces63)[r.Province]));
            groups.Uncount(province, r.Recorded, r.Kind, r.OutcomeDay, CaseEntry.Cell(r.Severity, r.Group));
            if (options.DuplicateIds == DuplicateIdPolicy.KeepFirst)
            {
                groups.AddDuplicate(new DuplicateCaseId(id, first.Source, first.Row, options.SourceName, row, skipped: true));
            }
            else
            {
                groups.RejectDuplicate(query.Id!, value, row, first);
            }
        }
    }

    /// <summary>Notes which of a group's raw values are bad, for the query that fetches the bad rows.</summary>
    private static void Note(CaseTallyQuery.BadValues bad, CaseRowReader groups, object? province, object? outcome, bool hasOutcomeDate, object? severity, object? group)
    {
        if (province is not null && !groups.IsProvince(province))
        {
            bad.Provinces.Add(province);
        }

        if (outcome is not null)
        {
            if (!groups.IsOutcome(outcome, out var kind))
            {
                bad.Outcomes.Add(outcome);
            }
            else if (hasOutcomeDate == (kind == CaseOutcome.NotCleared))
            {
                (hasOutcomeDate ? bad.NotCleared : bad.Others).Add(outcome);
            }
        }

        if (severity is not null && !groups.IsSeverity(severity))
        {
            bad.Severities.Add(severity);
        }

        if (group is not null && !groups.IsOffenceGroup(group))
        {
            bad.Groups.Add(group);
        }
    }

    private static object? Value(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetValue(column);

    /// <summary>A schema with the query's column names, for the reader that checks the groups.</summary>
    private static DataTableReader Schema(CaseTallyQuery query)
    {
        using var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var name in new[] { query.Province, query.RecordedOn, query.Outcome, query.OutcomeOn, query.Severity, query.OffenceGroup })
        {
            table.Columns.Add(name, typeof(object));
        }

        return table.CreateDataReader();
    }

    private static async Task<DbDataReader> ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }
}
