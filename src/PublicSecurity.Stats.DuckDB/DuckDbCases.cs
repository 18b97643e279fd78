using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.DuckDB;

/// <summary>
/// Tallies criminal cases from CSV and Parquet files, or from a DuckDB table, inside embedded DuckDB: the library's
/// GROUP BY (<see cref="CaseTallyQuery"/>) runs in-process where the rows are read, and only the groups come back to be
/// checked and built into the tally. Nothing is installed and no extension is downloaded.
/// </summary>
/// <remarks>
/// <para>
/// A path is a local file or a DuckDB glob (<c>cases/*.parquet</c>, <c>cases/**/*.csv</c>). The kind is chosen by the
/// extension: CSV (<c>.csv</c>, <c>.csv.gz</c>), TSV (<c>.tsv</c>, <c>.tsv.gz</c>) or Parquet (<c>.parquet</c>); one call
/// reads one kind. CSV and TSV files are read with <c>read_csv([…], header = true, all_varchar = true)</c>, so that every
/// value reaches the library's rules as text, exactly as <see cref="CaseSource"/> reads it (dates <c>yyyy-MM-dd</c> or
/// <c>dd/MM/yyyy</c>, codes, names in NFC or NFD; an empty unquoted field is a missing value); Parquet files with
/// <c>read_parquet([…])</c>, typed (DATE columns for the dates). The files of one call are read as one source: rows are
/// numbered 1, 2, … over the files in the order given (a glob's files in DuckDB's order, sorted by name), header lines
/// excluded, and <see cref="CaseReadOptions.SourceName"/>, when not set, is the paths as given, joined by ", ".
/// </para>
/// <para>
/// The result equals <see cref="CaseSource.Read(System.Data.IDataReader, IEnumerable{ReportingPeriod}, CaseReadOptions)"/>
/// of the same rows: bad rows are rejected (or collected, up to <see cref="CaseReadOptions.MaxRejectedRows"/>) with the
/// reader's row, column, value and rule, and duplicate ids are reported, skipped or rejected as
/// <see cref="CaseReadOptions.DuplicateIds"/> says (see <see cref="CaseSqlSource"/>). With a tally edition of
/// <see cref="ProvinceEdition.Provinces34"/> for cases of the 63-unit edition, the engine groups by each row's 34-unit
/// successor (the distinct raw province values are read first and parsed by <see cref="ProvinceCatalog"/>), and the
/// tally equals the 63-unit tally's <see cref="Tally{TTally}.RebaseTo34"/>.
/// </para>
/// <para>
/// Every connection this class opens runs <c>SET autoinstall_known_extensions = false</c> and
/// <c>SET autoload_known_extensions = false</c> first: only DuckDB's built-in extensions (Parquet, JSON, ICU) are used,
/// offline, and the class never runs <c>INSTALL</c> or <c>LOAD</c>. A connection given by the caller is used as it is.
/// The class is stateless and thread-safe; one connection must not be used by two calls at once.
/// </para>
/// </remarks>
public static class DuckDbCases
{
    private enum FileKind
    {
        Csv,
        Tsv,
        Parquet,
    }

    /// <summary>Opens an in-memory DuckDB database (<c>DataSource=:memory:</c>) with extension auto-install and auto-load turned off.</summary>
    /// <returns>The open connection; the caller disposes of it.</returns>
    /// <remarks>Use it to load or create tables and then tally them with <see cref="Tally(DuckDBConnection, string, IEnumerable{ReportingPeriod}, CaseReadOptions)"/>.</remarks>
    /// <exception cref="DbException">DuckDB could not open the database.</exception>
    public static DuckDBConnection OpenConnection()
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            foreach (var setting in new[] { "SET autoinstall_known_extensions = false", "SET autoload_known_extensions = false" })
            {
                using var command = connection.CreateCommand();
                command.CommandText = setting;
                command.ExecuteNonQuery();
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Tallies the cases of one CSV, TSV or Parquet file (or glob) in embedded DuckDB.</summary>
    /// <param name="path">A local file or a DuckDB glob; its extension says its kind (see the class remarks).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, column mapping, tally options, bad-row and duplicate policies.</param>
    /// <returns>The tally (of <see cref="CaseReadOptions.Edition"/>) and the account of every row.</returns>
    /// <remarks>The same as <see cref="Tally(IEnumerable{string}, IEnumerable{ReportingPeriod}, CaseReadOptions)"/> with one path.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank, has no known extension or is a glob that matches no file; the source lacks a mapped column; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="FileNotFoundException"><paramref name="path"/> is not a glob and no such file exists.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">DuckDB refused a query (for example, a file is not valid CSV or Parquet).</exception>
    public static CaseReadResult Tally(string path, IEnumerable<ReportingPeriod> periods, CaseReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Tally([path], periods, options);
    }

    /// <summary>Tallies the cases of CSV, TSV or Parquet files (or globs) of one kind in embedded DuckDB, as one source.</summary>
    /// <param name="paths">Local files or DuckDB globs, at least one, all of one kind (see the class remarks).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, column mapping, tally options, bad-row and duplicate policies.</param>
    /// <returns>The tally (of <see cref="CaseReadOptions.Edition"/>) and the account of every row.</returns>
    /// <remarks>The same as <see cref="TallyAsync(IEnumerable{string}, IEnumerable{ReportingPeriod}, CaseReadOptions, ProvinceEdition, CancellationToken)"/> with the options' edition, run synchronously.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a path or a period is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty, a path is blank, has no known extension or is a glob that matches no file, or the paths mix kinds (the message names one path of each); the source lacks a mapped column; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="FileNotFoundException">A path is not a glob and no such file exists.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">DuckDB refused a query (for example, a file is not valid CSV or Parquet).</exception>
    public static CaseReadResult Tally(IEnumerable<string> paths, IEnumerable<ReportingPeriod> periods, CaseReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TallyAsync(paths, periods, options, options.Edition, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Tallies the cases of CSV, TSV or Parquet files (or globs) of one kind in embedded DuckDB, as one source, asynchronously, into a tally of the given edition.</summary>
    /// <param name="paths">Local files or DuckDB globs, at least one, all of one kind (see the class remarks).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition of the rows' provinces, column mapping, tally options, bad-row and duplicate policies.</param>
    /// <param name="tallyEdition">The edition of the tally: the options' edition, or <see cref="ProvinceEdition.Provinces34"/> for rows of the 63-unit edition, re-based 63 → 34 inside the engine.</param>
    /// <param name="cancellationToken">Passed to every command.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <remarks>A new in-memory database (<see cref="OpenConnection"/>) reads the files and is closed at the end.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a path or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tallyEdition"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="paths"/> is empty, a path is blank, has no known extension or is a glob that matches no file, or the paths mix kinds (the message names one path of each); <paramref name="tallyEdition"/> is the 63-unit edition for rows of the 34-unit edition; the source lacks a mapped column; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="FileNotFoundException">A path is not a glob and no such file exists.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">DuckDB refused a query (for example, a file is not valid CSV or Parquet).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CaseReadResult> TallyAsync(IEnumerable<string> paths, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, ProvinceEdition tallyEdition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(options);
        var list = paths.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one path is required.", nameof(paths));
        }

        var kinds = new FileKind[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(paths), "A path is null.");
            }

            kinds[i] = KindOf(list[i], nameof(paths));
            if (kinds[i] != kinds[0])
            {
                throw new ArgumentException(
                    $"The paths of one call must be files of one kind; '{list[0]}' is {kinds[0].ToString().ToUpperInvariant()} and '{list[i]}' is {kinds[i].ToString().ToUpperInvariant()} (tally them separately and merge the tallies).",
                    nameof(paths));
            }
        }

        CheckEdition(options, tallyEdition);
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = OpenConnection();
        foreach (var path in list)
        {
            await CheckExistsAsync(connection, path, nameof(paths), cancellationToken).ConfigureAwait(false);
        }

        var files = "[" + string.Join(", ", list.Select(Literal)) + "]";
        var source = kinds[0] switch
        {
            FileKind.Parquet => $"read_parquet({files})",
            FileKind.Tsv => $"read_csv({files}, header = true, all_varchar = true, delim = '\\t', quote = '\"', escape = '\"')",
            _ => $"read_csv({files}, header = true, all_varchar = true, quote = '\"', escape = '\"')",
        };
        var named = options.SourceName is null ? options.WithSourceName(string.Join(", ", list)) : options;
        return await RunAsync(connection, source, periods, named, tallyEdition, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Tallies the cases of a table, view or table function of a caller's DuckDB connection.</summary>
    /// <param name="connection">An open DuckDB connection, for example from <see cref="OpenConnection"/>, holding the source.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table or view name, or a table function, from the program (never from an untrusted user).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition, column mapping, tally options, bad-row and duplicate policies.</param>
    /// <returns>The tally (of <see cref="CaseReadOptions.Edition"/>) and the account of every row.</returns>
    /// <remarks>The same as <see cref="TallyAsync(DuckDBConnection, string, IEnumerable{ReportingPeriod}, CaseReadOptions, ProvinceEdition, CancellationToken)"/> with the options' edition, run synchronously.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank; the source lacks a mapped column; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">DuckDB refused a query (for example, the source does not exist).</exception>
    public static CaseReadResult Tally(DuckDBConnection connection, string source, IEnumerable<ReportingPeriod> periods, CaseReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return TallyAsync(connection, source, periods, options, options.Edition, CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Tallies the cases of a table, view or table function of a caller's DuckDB connection, asynchronously, into a tally of the given edition.</summary>
    /// <param name="connection">An open DuckDB connection, for example from <see cref="OpenConnection"/>, holding the source.</param>
    /// <param name="source">The SQL text after <c>FROM</c>: a table or view name, or a table function, from the program (never from an untrusted user).</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The edition of the rows' provinces, column mapping, tally options, bad-row and duplicate policies.</param>
    /// <param name="tallyEdition">The edition of the tally: the options' edition, or <see cref="ProvinceEdition.Provinces34"/> for rows of the 63-unit edition, re-based 63 → 34 inside the engine.</param>
    /// <param name="cancellationToken">Passed to every command.</param>
    /// <returns>The tally and the account of every row.</returns>
    /// <remarks>Rows are numbered in the source's order; <see cref="CaseReadOptions.SourceName"/> is used as given.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tallyEdition"/> is undefined.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is blank; <paramref name="tallyEdition"/> is the 63-unit edition for rows of the 34-unit edition; the source lacks a mapped column; or <paramref name="periods"/> is empty, mixes calendars or overlaps.</exception>
    /// <exception cref="RowRejectedException">A row breaks a rule (beyond <see cref="CaseReadOptions.MaxRejectedRows"/>); it names the row, the column, the value and the rule.</exception>
    /// <exception cref="DbException">DuckDB refused a query (for example, the source does not exist).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CaseReadResult> TallyAsync(DuckDBConnection connection, string source, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, ProvinceEdition tallyEdition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(source))
        {
            throw new ArgumentException("The source must not be blank.", nameof(source));
        }

        CheckEdition(options, tallyEdition);
        cancellationToken.ThrowIfCancellationRequested();
        return await RunAsync(connection, source, periods, options, tallyEdition, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<CaseReadResult> RunAsync(DuckDBConnection connection, string source, IEnumerable<ReportingPeriod> periods, CaseReadOptions options, ProvinceEdition tallyEdition, CancellationToken cancellationToken)
    {
        CaseTallyQuery query;
        await using (var schema = await ExecuteAsync(connection, $"SELECT * FROM {source} LIMIT 0", cancellationToken).ConfigureAwait(false))
        {
            query = CaseTallyQuery.Create(SqlDialect.DuckDB, source, schema, periods, options);
        }

        if (tallyEdition != options.Edition)
        {
            // Each distinct raw value is parsed once here; values that name no unit stay out of the map, and their rows
            // are then rejected by the library with the reader's rule.
            var map = new Dictionary<string, Province>(StringComparer.Ordinal);
            await using var values = await ExecuteAsync(connection, query.DistinctProvincesSql, cancellationToken).ConfigureAwait(false);
            while (await values.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var text = values.GetString(0);
                if (ProvinceCatalog.TryParse(ProvinceEdition.Provinces63, text, out var unit))
                {
                    map[text] = unit;
                }
            }

            query = query.WithProvinceMap(map);
        }

        return await CaseSqlSource.TallyAsync(connection, query, cancellationToken).ConfigureAwait(false);
    }

    private static void CheckEdition(CaseReadOptions options, ProvinceEdition tallyEdition)
    {
        if (!Enum.IsDefined(tallyEdition))
        {
            throw new ArgumentOutOfRangeException(nameof(tallyEdition), tallyEdition, "The tally edition must be a defined edition.");
        }

        if (tallyEdition != options.Edition && tallyEdition != ProvinceEdition.Provinces34)
        {
            throw new ArgumentException(
                $"Cases of the {options.Edition} edition cannot be tallied into the {tallyEdition} edition (only 63 → 34 re-bases).", nameof(tallyEdition));
        }
    }

    private static FileKind KindOf(string path, string paramName)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("A path must not be blank.", paramName);
        }

        var name = path.ToLowerInvariant();
        if (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".csv.gz", StringComparison.Ordinal))
        {
            return FileKind.Csv;
        }

        if (name.EndsWith(".tsv", StringComparison.Ordinal) || name.EndsWith(".tsv.gz", StringComparison.Ordinal))
        {
            return FileKind.Tsv;
        }

        if (name.EndsWith(".parquet", StringComparison.Ordinal))
        {
            return FileKind.Parquet;
        }

        throw new ArgumentException($"The kind of '{path}' is not known by its extension: it must end with .csv, .csv.gz, .tsv, .tsv.gz or .parquet.", paramName);
    }

    private static bool IsGlob(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    private static async Task CheckExistsAsync(DuckDBConnection connection, string path, string paramName, CancellationToken cancellationToken)
    {
        if (!IsGlob(path))
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The case file '{path}' does not exist.", path);
            }

            return;
        }

        await using var files = await ExecuteAsync(connection, $"SELECT count(*) FROM glob({Literal(path)})", cancellationToken).ConfigureAwait(false);
        await files.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (Convert.ToInt64(files.GetValue(0), CultureInfo.InvariantCulture) == 0)
        {
            throw new ArgumentException($"The pattern '{path}' matches no file.", paramName);
        }
    }

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task<DbDataReader> ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }
}
