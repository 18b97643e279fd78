using PublicSecurity.Stats.DuckDB;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Sources;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Province × month clearance from N case rows (<c>PSSTATS_BENCH_ROWS</c>, 10,000,000 unless set) read from files
/// through embedded DuckDB — the library's pushed-down GROUP BY against the same question written by hand in DuckDB
/// SQL, on Parquet and on CSV — and, in memory, the columnar tally against DuckDB's GROUP BY on a loaded table and the
/// read-once floor. Each category has its own baseline, so the ratios print per category.
/// </summary>
/// <remarks>
/// The library path opens its own connection each call with the package's settings (<see cref="TallyThroughLibrary"/>),
/// and so does the hand-written SQL, so both pay the same start-up. The CSV stays at a fixed path
/// (<see cref="SourceData.CsvPath"/>) for the pandas peer (<c>benchmarks/peers/pandas_tally.py</c>); the Parquet file
/// lives in a temporary folder removed in <see cref="Cleanup"/>.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SourceBenchmarks
{
    private const string FirstDay = "DATE '2022-12-15'";
    private const string LastDay = "DATE '2023-12-14'";
    private DirectoryInfo folder = null!;
    private string parquet = string.Empty;
    private string csv = string.Empty;
    private CaseColumns columns = null!;
    private DuckDBConnection table = null!;

    /// <summary>Gets the row counts: one, from <c>PSSTATS_BENCH_ROWS</c> (10,000,000 unless set).</summary>
    public static IEnumerable<int> RowCounts => [SourceData.Rows];

    [ParamsSource(nameof(RowCounts))]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        columns = TallyData.Columns(Rows, SourceData.Seed);
        csv = SourceData.EnsureCsv(columns);
        folder = Directory.CreateTempSubdirectory("psstats-sources-");
        parquet = Path.Combine(folder.FullName, "cases.parquet");
        SourceData.WriteParquet(csv, parquet);
        table = SourceData.Open();
        SourceData.Execute(table, $"CREATE TABLE cases AS SELECT * FROM read_parquet([{SourceData.Literal(parquet)}])");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        table?.Dispose();
        folder?.Delete(recursive: true);
    }

    /// <summary>The library: the pushed-down GROUP BY on Parquet, checked and built into the full tally.</summary>
    [Benchmark, BenchmarkCategory("Parquet")]
    public ClearanceTable Tally_DuckDbParquet_Library() =>
        TallyThroughLibrary(parquet, csv: false).Tally.ToClearanceTable();

    /// <summary>Baseline: the same question written by hand in DuckDB SQL on the Parquet file.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Parquet")]
    public long Tally_DuckDbParquet_HandSql()
    {
        using var connection = SourceData.Open();
        return HandSql(connection, $"read_parquet([{SourceData.Literal(parquet)}])");
    }

    /// <summary>The library on the CSV (read as text, as the package does: every value checked by the library).</summary>
    [Benchmark, BenchmarkCategory("Csv")]
    public ClearanceTable Tally_DuckDbCsv_Library() =>
        TallyThroughLibrary(csv, csv: true).Tally.ToClearanceTable();

    /// <summary>Baseline: the hand-written SQL on the CSV, with DuckDB's own type detection (dates typed).</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Csv")]
    public long Tally_DuckDbCsv_HandSql()
    {
        using var connection = SourceData.Open();
        return HandSql(connection, $"read_csv([{SourceData.Literal(csv)}], header = true)");
    }

    /// <summary>The columnar tally of the same rows in memory (as <see cref="TallyBenchmarks"/>).</summary>
    [Benchmark, BenchmarkCategory("InMemory")]
    public ClearanceTable Tally_Columnar_InMemory() =>
        CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, TallyData.Months2023).ToClearanceTable();

    /// <summary>Baseline: the hand-written GROUP BY on the same rows already in a DuckDB in-memory table.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("InMemory")]
    public long Tally_DuckDbTable_GroupBy() => HandSql(table, "cases");

    /// <summary>The read-once floor: every column of the in-memory rows read once and summed (<see cref="TallyBenchmarks.Tally_Floor_10M"/>'s loop).</summary>
    [Benchmark, BenchmarkCategory("InMemory")]
    public long Tally_ReadOnceFloor()
    {
        long total = 0;
        var bad = RowPartitions.Run(
            columns.Count,
            RowPartitions.Size,
            RowPartitions.Workers(columns.Count, null),
            () => new TallyBenchmarks.FloorWorker(),
            (worker, start, end) => worker.Read(columns, start, end),
            worker => Interlocked.Add(ref total, worker.Sum));
        return bad < 0 ? total : bad;
    }

    /// <summary>
    /// The library path, exactly as <c>DuckDbCases.Tally(paths, periods, options)</c> of the DuckDB package runs it (its
    /// connection, settings and table function); once the package is merged this becomes one call to it.
    /// </summary>
    internal static CaseReadResult TallyThroughLibrary(string path, bool csv)
    {
        _ = csv; // the package chooses read_csv (all text) or read_parquet by the file's extension
        return DuckDbCases.Tally(path, TallyData.Months2023, SourceData.Options);
    }

    /// <summary>
    /// The fair minimum an analyst would write: one GROUP BY of the statistical year 2023's rows by province, reporting
    /// month (the recorded date shifted by the cut-off day 14) and outcome, counting the cases recorded and those
    /// cleared in the same reporting month; every result row read.
    /// </summary>
    private static long HandSql(DuckDBConnection connection, string source)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT province, date_trunc('month', recordedOn - INTERVAL 14 DAY) AS month, outcome,
              count(*) AS recorded,
              count(*) FILTER (WHERE outcome IN ('clearedByArrest', 'clearedExceptionally')
                AND date_trunc('month', outcomeOn - INTERVAL 14 DAY) = date_trunc('month', recordedOn - INTERVAL 14 DAY)) AS cleared
            FROM {source}
            WHERE recordedOn BETWEEN {FirstDay} AND {LastDay}
            GROUP BY ALL
            """;
        using var reader = command.ExecuteReader();
        long total = 0;
        while (reader.Read())
        {
            total += reader.GetInt64(3) + reader.GetInt64(4);
        }

        return total;
    }
}
