using BenchmarkDotNet.Running;
using PublicSecurity.Stats.Benchmarks;

// write-sources: writes (or finds) the CSV of SourceBenchmarks for PSSTATS_BENCH_ROWS rows and prints its path, so
// that benchmarks/run-sources.sh can run the pandas peer on the same file before the C# runs.
if (args is ["write-sources"])
{
    Console.WriteLine(SourceData.EnsureCsv(TallyData.Columns(SourceData.Rows, SourceData.Seed)));
    return;
}

// BenchmarkSwitcher gives the usual command line: --list flat, --filter '*Rank*', --job dry|short|medium.
BenchmarkSwitcher.FromAssembly(typeof(CalendarBenchmarks).Assembly).Run(args);
