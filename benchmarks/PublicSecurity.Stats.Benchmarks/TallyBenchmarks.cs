using BenchmarkDotNet.Attributes;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Benchmarks;

/// <summary>
/// Province × month clearance from 10,000,000 case rows — the pandas peer's groupby — through the columnar path, the
/// typed path, and the floor: reading every column once with the same partitioning and nothing else.
/// </summary>
/// <remarks>
/// The tally computes far more than the peer's (recorded, unfounded and cleared-in-period counts and the cohort
/// run-off for each of 24 severity × offence-group cells), then the province × month clearance table.
/// </remarks>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private const int Rows = 10_000_000;
    private CaseColumns columns = null!;
    private CriminalCase[] records = [];

    [GlobalSetup]
    public void Setup()
    {
        columns = TallyData.Columns(Rows, 20231114);
        records = TallyData.Records(columns);
    }

    /// <summary>The floor: every column read once over the same fixed partitions and threads, summed; no counting.</summary>
    [Benchmark(Baseline = true)]
    public long Tally_Floor_10M()
    {
        long total = 0;
        var bad = RowPartitions.Run(
            columns.Count,
            RowPartitions.Size,
            RowPartitions.Workers(columns.Count, null),
            () => new FloorWorker(),
            (worker, start, end) => worker.Read(columns, start, end),
            worker => Interlocked.Add(ref total, worker.Sum));
        return bad < 0 ? total : bad;
    }

    /// <summary>The columnar tally on every core, then the province × month clearance table (period basis).</summary>
    [Benchmark]
    public ClearanceTable Tally_Columnar_10M() =>
        CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, TallyData.Months2023).ToClearanceTable();

    /// <summary>The same on one thread: what the partitioned loop costs per core.</summary>
    [Benchmark]
    public ClearanceTable Tally_Columnar_10M_OneThread() =>
        CaseAggregator.Tally(columns, ProvinceEdition.Provinces63, TallyData.Months2023, new TallyOptions(maxDegreeOfParallelism: 1)).ToClearanceTable();

    /// <summary>The typed path over an array of 10,000,000 <see cref="CriminalCase"/> records, on every core.</summary>
    [Benchmark]
    public ClearanceTable Tally_Typed_10M() =>
        CaseAggregator.Tally((IEnumerable<CriminalCase>)records, TallyData.Months2023).ToClearanceTable();

    /// <summary>The typed path over a span (one thread).</summary>
    [Benchmark]
    public ClearanceTable Tally_Typed_10M_Span() =>
        CaseAggregator.Tally(records.AsSpan(), TallyData.Months2023).ToClearanceTable();

    internal sealed class FloorWorker
    {
        public long Sum { get; private set; }

        public long Read(CaseColumns columns, int start, int end)
        {
            var n = end - start;
            var province = columns.ProvinceIndex.Span.Slice(start, n);
            var recorded = columns.RecordedDay.Span.Slice(start, n);
            var kind = columns.OutcomeKind.Span.Slice(start, n);
            var outcome = columns.OutcomeDay.Span.Slice(start, n);
            var severity = columns.Severity.Span.Slice(start, n);
            var group = columns.OffenceGroup.Span.Slice(start, n);
            long sum = 0;
            for (var i = 0; i < province.Length && i < recorded.Length && i < kind.Length && i < outcome.Length && i < severity.Length && i < group.Length; i++)
            {
                sum += province[i] + recorded[i] + kind[i] + outcome[i] + severity[i] + group[i];
            }

            Sum += sum;
            return -1;
        }
    }
}
