using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Benchmarks;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Sources;

// Usage:
//   dotnet run -c Release --project benchmarks/PeakMemory [-- 10000 100000 1000000]
//       writes each size to a temporary file, reads it in a fresh child process per mode, prints a Markdown table;
//   PeakMemory read <file> <stream|list>
//       the child: reads the file with JsonLines and tallies it by the 12 months of 2023 — streaming (records tallied
//       as they are read) or materialised into a list first (the contrast) — then prints its peak working set;
//   dotnet run -c Release --project benchmarks/PeakMemory -- duckdb 1000000 10000000
//       has DuckDB write each size as a Parquet file (COPY from range(), so this process stays small), then tallies
//       it in a fresh child process per mode — "library": the GROUP BY pushed into DuckDB, exactly as the
//       PublicSecurity.Stats.DuckDB package does it; "reader": CaseSource.Read streaming every row of DuckDB's data
//       reader over SELECT * FROM read_parquet(...) through the library — and prints a Markdown table;
//   PeakMemory duckdb-child <file> <library|reader>
//       the child of the duckdb mode.
if (args.Length == 3 && args[0] == "read")
{
    return Child(args[1], args[2]);
}

if (args.Length == 3 && args[0] == "duckdb-child")
{
    return DuckDbChild(args[1], args[2]);
}

if (args.Length > 0 && args[0] == "duckdb")
{
    return DuckDbSizes(args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1_000_000, 10_000_000]);
}

var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000, 1_000_000];
var directory = Directory.CreateTempSubdirectory("psstats-peak-");
try
{
    Console.WriteLine("| lines | file | mode | peak working set | managed allocations | time |");
    Console.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: |");
    foreach (var size in sizes)
    {
        var file = Path.Combine(directory.FullName, $"cases-{size}.jsonl");
        using (var output = File.Create(file))
        {
            // Written in slices so that the parent's own memory does not matter.
            for (var done = 0; done < size; done += 10_000)
            {
                output.Write(JsonData.Lines(Math.Min(10_000, size - done), 20231114 + done));
            }
        }

        foreach (var mode in new[] { "stream", "list" })
        {
            Console.WriteLine($"| {size:N0} | {new FileInfo(file).Length / 1e6:F1} MB | {mode} | {RunChild(file, mode)}");
        }
    }
}
finally
{
    directory.Delete(recursive: true);
}

return 0;

static string RunChild(string file, string mode) => RunChildOf("read", file, mode);

static string RunChildOf(string verb, string file, string mode)
{
    var self = Environment.ProcessPath!;
    var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
    {
        start.ArgumentList.Add(typeof(JsonData).Assembly.Location);
    }

    start.ArgumentList.Add(verb);
    start.ArgumentList.Add(file);
    start.ArgumentList.Add(mode);
    using var child = Process.Start(start)!;
    var line = child.StandardOutput.ReadToEnd().Trim();
    child.WaitForExit();
    return child.ExitCode == 0 ? line : $"failed with exit code {child.ExitCode}: {line} |";
}

static int Child(string file, string mode)
{
    var months = Enumerable.Range(1, 12).Select(m => ReportingCalendar.VietnamStatistical.Month(2023, m)).ToArray();
    var watch = Stopwatch.StartNew();
    using var input = File.OpenRead(file);
    long read = 0;
    var records = JsonLines.Read<CriminalCase>(input).Select(r =>
    {
        read++;
        return r;
    });
    var tally = mode == "list"
        ? CaseAggregator.Tally(records.ToList(), months)
        : CaseAggregator.Tally(records, months);
    watch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{self.PeakWorkingSet64 / 1e6:F1} MB | {GC.GetTotalAllocatedBytes() / 1e6:F0} MB | {watch.Elapsed.TotalSeconds:F2} s ({read:N0} records, {tally.Keys.Count} keys) |"));
    return 0;
}

static int DuckDbSizes(int[] sizes)
{
    var directory = Directory.CreateTempSubdirectory("psstats-peak-duckdb-");
    try
    {
        Console.WriteLine("| rows | Parquet file | mode | peak working set | managed allocations | time |");
        Console.WriteLine("| ---: | ---: | --- | ---: | ---: | ---: |");
        foreach (var size in sizes)
        {
            var file = Path.Combine(directory.FullName, string.Create(CultureInfo.InvariantCulture, $"cases-{size}.parquet"));
            WriteParquet(file, size);
            foreach (var mode in new[] { "library", "reader" })
            {
                Console.WriteLine($"| {size:N0} | {new FileInfo(file).Length / 1e6:F1} MB | {mode} | {RunChildOf("duckdb-child", file, mode)}");
            }

            File.Delete(file);
        }
    }
    finally
    {
        directory.Delete(recursive: true);
    }

    return 0;
}

// The rows are drawn inside DuckDB from hashes of the row number (fixed, whatever the thread count): shaped like
// TallyData's — 63 provinces, recorded 01/12/2022–14/12/2023, 60% cleared by arrest, 4% exceptionally, 3% unfounded,
// clearance 0–119 days later, camelCase text, typed DATE columns.
static void WriteParquet(string file, int rows)
{
    var codes = string.Join(", ", ProvinceCatalog.All(ProvinceEdition.Provinces63).Select(p => $"'{p.Code}'"));
    using var connection = OpenDuckDb();
    using var command = connection.CreateCommand();
    command.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
        COPY (
          SELECT province, recordedOn, outcome,
            CASE WHEN outcome = 'notCleared' THEN NULL ELSE recordedOn + CAST(hash(i, 4) % 120 AS INTEGER) END AS outcomeOn,
            severity, offenceGroup
          FROM (
            SELECT i,
              list_element([{codes}], CAST(hash(i, 1) % 63 AS INTEGER) + 1) AS province,
              DATE '2022-12-01' + CAST(hash(i, 2) % 379 AS INTEGER) AS recordedOn,
              CASE WHEN hash(i, 3) % 100 < 60 THEN 'clearedByArrest' WHEN hash(i, 3) % 100 < 64 THEN 'clearedExceptionally'
                WHEN hash(i, 3) % 100 < 67 THEN 'unfounded' ELSE 'notCleared' END AS outcome,
              list_element(['lessSerious', 'serious', 'verySerious', 'especiallySerious'], CAST(hash(i, 5) % 4 AS INTEGER) + 1) AS severity,
              list_element(['socialOrder', 'drugs', 'economicOrder', 'corruptionAndPosition', 'environmentAndFoodSafety', 'other'], CAST(hash(i, 6) % 6 AS INTEGER) + 1) AS offenceGroup
            FROM range({rows}) AS t(i)
          )
          ORDER BY i
        ) TO '{file.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)
        """);
    command.ExecuteNonQuery();
}

static int DuckDbChild(string file, string mode)
{
    var months = Enumerable.Range(1, 12).Select(m => ReportingCalendar.VietnamStatistical.Month(2023, m)).ToArray();
    var options = CaseReadOptions.Default.WithColumns(CaseSourceColumns.Default.WithId(null));
    var watch = Stopwatch.StartNew();
    CaseReadResult result;
    if (mode == "library")
    {
        result = TallyThroughLibrary(file, months, options);
    }
    else
    {
        using var connection = OpenDuckDb();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet(['{file.Replace("'", "''", StringComparison.Ordinal)}'])";
        using var reader = command.ExecuteReader();
        result = CaseSource.Read(reader, months, options);
    }

    watch.Stop();
    using var self = Process.GetCurrentProcess();
    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"{self.PeakWorkingSet64 / 1e6:F1} MB | {GC.GetTotalAllocatedBytes() / 1e6:F0} MB | {watch.Elapsed.TotalSeconds:F2} s ({result.RowsCounted:N0} rows counted, {result.Tally.Keys.Count} keys) |"));
    return 0;
}

// The library path, exactly as DuckDbCases.Tally(paths, periods, options) of the PublicSecurity.Stats.DuckDB package
// runs it; once the package is merged this becomes one call to it.
static CaseReadResult TallyThroughLibrary(string file, ReportingPeriod[] months, CaseReadOptions options)
{
    return PublicSecurity.Stats.DuckDB.DuckDbCases.Tally(file, months, options);
}

static DuckDBConnection OpenDuckDb()
{
    var connection = new DuckDBConnection("Data Source=:memory:");
    connection.Open();
    using var settings = connection.CreateCommand();
    settings.CommandText = "SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;";
    settings.ExecuteNonQuery();
    return connection;
}
