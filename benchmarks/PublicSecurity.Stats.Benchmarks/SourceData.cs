using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// The case rows of <see cref="TallyData"/> as files, for the data-source benchmarks: a CSV with a header (ISO dates,
/// province codes, outcomes, severities and offence groups as camelCase text, no id column) at a fixed path that the
/// pandas peer reads too, and a Parquet file with typed DATE columns written from it by DuckDB.
/// </summary>
internal static class SourceData
{
    /// <summary>The seed of the rows (that of <see cref="TallyData"/>'s benchmarks).</summary>
    public const int Seed = 20231114;

    /// <summary>The environment variable holding the row count (10,000,000 unless set; CI's dry run sets 100,000).</summary>
    public const string RowsVariable = "PSSTATS_BENCH_ROWS";

    /// <summary>What the package's connection runs first: no extension is ever downloaded or loaded behind the caller's back.</summary>
    public const string ConnectionSettings = "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;";

    /// <summary>The options of every library read: the default column names, without an id column (the files have none).</summary>
    public static readonly CaseReadOptions Options = CaseReadOptions.Default.WithColumns(CaseSourceColumns.Default.WithId(null));

    /// <summary>Gets the row count: <c>PSSTATS_BENCH_ROWS</c>, or 10,000,000.</summary>
    public static int Rows =>
        Environment.GetEnvironmentVariable(RowsVariable) is { Length: > 0 } text
            ? int.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)
            : 10_000_000;

    /// <summary>Gets the folder of the CSV files kept between runs: <c>$TMPDIR/psstats-bench</c>.</summary>
    public static string Folder => Path.Combine(Path.GetTempPath(), "psstats-bench");

    /// <summary>The CSV path of a row count.</summary>
    public static string CsvPath(int rows) => Path.Combine(Folder, string.Create(CultureInfo.InvariantCulture, $"cases-{rows}.csv"));

    /// <summary>Opens an in-memory DuckDB connection as the DuckDB package does.</summary>
    public static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, ConnectionSettings);
        return connection;
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A path as a DuckDB string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// Writes the rows to <see cref="CsvPath"/> unless a file of exactly their size is there already (the rows are
    /// fixed by the seed, so the size identifies them); written to a temporary name first, then renamed.
    /// </summary>
    public static string EnsureCsv(CaseColumns columns)
    {
        var path = CsvPath(columns.Count);
        var expected = CsvLength(columns);
        if (File.Exists(path) && new FileInfo(path).Length == expected)
        {
            return path;
        }

        Directory.CreateDirectory(Folder);
        var partial = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".partial";
        using (var output = new StreamWriter(partial, append: false, new UTF8Encoding(false), 1 << 20))
        {
            output.NewLine = "\n";
            output.WriteLine("province,recordedOn,outcome,outcomeOn,severity,offenceGroup");
            var units = ProvinceCatalog.All(ProvinceEdition.Provinces63);
            var outcomes = Names<CaseOutcome>();
            var severities = Names<Severity>();
            var groups = Names<OffenceGroup>();
            var province = columns.ProvinceIndex.Span;
            var recorded = columns.RecordedDay.Span;
            var kind = columns.OutcomeKind.Span;
            var outcome = columns.OutcomeDay.Span;
            var severity = columns.Severity.Span;
            var group = columns.OffenceGroup.Span;
            Span<char> line = stackalloc char[128];
            for (var i = 0; i < columns.Count; i++)
            {
                var outcomeOn = outcome[i] < 0 ? string.Empty : DateOnly.FromDayNumber(outcome[i]).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                line.TryWrite(
                    CultureInfo.InvariantCulture,
                    $"{units[province[i]].Code},{DateOnly.FromDayNumber(recorded[i]):yyyy-MM-dd},{outcomes[kind[i]]},{outcomeOn},{severities[severity[i]]},{groups[group[i]]}",
                    out var written);
                output.WriteLine(line[..written]);
            }
        }

        if (new FileInfo(partial).Length != expected)
        {
            throw new InvalidOperationException($"{partial}: {new FileInfo(partial).Length} bytes written, {expected} expected.");
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    /// <summary>Has DuckDB write the CSV's rows to a Parquet file with typed DATE columns.</summary>
    public static void WriteParquet(string csv, string parquet)
    {
        using var connection = Open();
        Execute(connection, $"COPY (SELECT * FROM {TypedCsv(csv)}) TO {Literal(parquet)} (FORMAT parquet)");
    }

    /// <summary>The CSV as a DuckDB table function with its column types given (dates typed).</summary>
    public static string TypedCsv(string csv) =>
        $"read_csv([{Literal(csv)}], header = true, columns = {{'province': 'VARCHAR', 'recordedOn': 'DATE', 'outcome': 'VARCHAR', 'outcomeOn': 'DATE', 'severity': 'VARCHAR', 'offenceGroup': 'VARCHAR'}})";

    private static long CsvLength(CaseColumns columns)
    {
        var units = ProvinceCatalog.All(ProvinceEdition.Provinces63);
        var outcomes = Names<CaseOutcome>();
        var severities = Names<Severity>();
        var groups = Names<OffenceGroup>();
        long length = "province,recordedOn,outcome,outcomeOn,severity,offenceGroup\n".Length;
        var province = columns.ProvinceIndex.Span;
        var kind = columns.OutcomeKind.Span;
        var outcome = columns.OutcomeDay.Span;
        var severity = columns.Severity.Span;
        var group = columns.OffenceGroup.Span;
        for (var i = 0; i < columns.Count; i++)
        {
            // Five commas, a newline and the ten characters of the recorded date.
            length += 16 + Encoding.UTF8.GetByteCount(units[province[i]].Code) + outcomes[kind[i]].Length + (outcome[i] < 0 ? 0 : 10)
                + severities[severity[i]].Length + groups[group[i]].Length;
        }

        return length;
    }

    private static string[] Names<T>()
        where T : struct, Enum =>
        [.. Enum.GetValues<T>().OrderBy(v => Convert.ToInt32(v, CultureInfo.InvariantCulture)).Select(v => JsonNamingPolicyCamel(v.ToString()))];

    private static string JsonNamingPolicyCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
