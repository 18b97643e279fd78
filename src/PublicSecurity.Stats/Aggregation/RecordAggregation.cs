using System.Buffers;
using System.Runtime.InteropServices;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The dense counts of one tally kind: shared by the workers of one tallying, turned into the tally at the end.
/// </summary>
/// <typeparam name="TRecord">The record type counted.</typeparam>
/// <typeparam name="TTally">The tally built.</typeparam>
internal interface IDenseTotals<TRecord, out TTally>
{
    ProvinceEdition Edition { get; }

    /// <summary>Starts a worker's counter, which adds its counts to these totals when flushed.</summary>
    IDenseCounter<TRecord> NewCounter();

    /// <summary>Builds the tally: every key with a count, every period of the forced provinces, and zeros inside the options' coverage.</summary>
    TTally ToTally(TallyOptions options, string paramName);
}

/// <summary>One worker's dense counts.</summary>
/// <typeparam name="TRecord">The record type counted.</typeparam>
internal interface IDenseCounter<TRecord> : IDisposable
{
    /// <summary>Counts records; returns the position (<paramref name="offset"/> + index) of the first null record or record of another edition, or −1.</summary>
    long Add(ReadOnlySpan<TRecord> records, long offset);

    /// <summary>Adds the worker's counts to the shared totals (thread-safe) and starts again from zero.</summary>
    void Flush();
}

/// <summary>
/// Tallies typed records of one kind into dense counts, on every core for arrays and lists: the one mechanism behind
/// <see cref="CaseAggregator"/> and <see cref="TrafficAggregator"/>, which differ only in their counts
/// (<see cref="IDenseTotals{TRecord, TTally}"/>).
/// </summary>
/// <remarks>
/// Arrays and lists are split into fixed partitions counted by parallel workers, whose counts are summed exactly;
/// other sequences are read once, in chunks, on the calling thread. A null record or a record of another province
/// edition is reported by its position, never skipped.
/// </remarks>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TTally">The tally type.</typeparam>
/// <param name="newTotals">Starts the totals of an edition over the requested periods.</param>
/// <param name="provinceOf">Gets a record's province.</param>
internal sealed class RecordAggregation<TRecord, TTally>(
    Func<ProvinceEdition, PeriodLookup, IDenseTotals<TRecord, TTally>> newTotals,
    Func<TRecord, Province> provinceOf)
    where TRecord : class
{
    private const int ChunkSize = 4096;

    private delegate ReadOnlySpan<TRecord> SpanSource();

    /// <summary>Tallies a sequence: arrays and lists in parallel partitions of <paramref name="partitionRows"/> rows.</summary>
    public TTally Tally(IEnumerable<TRecord> records, IEnumerable<ReportingPeriod> periods, TallyOptions options, int partitionRows)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var lookup = new PeriodLookup(periods, nameof(periods));
        switch (records)
        {
            case TRecord[] array:
                return InParallel(array.Length, i => array[i], () => array, lookup, options, partitionRows, nameof(records));
            case List<TRecord> list:
                return InParallel(list.Count, i => list[i], () => CollectionsMarshal.AsSpan(list), lookup, options, partitionRows, nameof(records));
        }

        // Any other sequence is read once, in chunks, on this thread.
        var chunk = ArrayPool<TRecord>.Shared.Rent(ChunkSize);
        IDenseTotals<TRecord, TTally>? totals = null;
        IDenseCounter<TRecord>? counter = null;
        try
        {
            long position = 0;
            var filled = 0;
            foreach (var record in records)
            {
                if (counter is null)
                {
                    totals = newTotals(EditionOf(record, position, options, nameof(records)), lookup);
                    counter = totals.NewCounter();
                }

                chunk[filled++] = record;
                if (filled == ChunkSize)
                {
                    Count(counter, chunk.AsSpan(0, filled), position, totals!.Edition, nameof(records));
                    position += filled;
                    filled = 0;
                }
            }

            if (counter is null)
            {
                return Empty(lookup, options);
            }

            Count(counter, chunk.AsSpan(0, filled), position, totals!.Edition, nameof(records));
            counter.Flush();
            return totals.ToTally(options, nameof(options));
        }
        finally
        {
            counter?.Dispose();
            ArrayPool<TRecord>.Shared.Return(chunk, clearArray: true);
        }
    }

    /// <summary>Tallies a span on the calling thread.</summary>
    public TTally Tally(ReadOnlySpan<TRecord> records, IEnumerable<ReportingPeriod> periods, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lookup = new PeriodLookup(periods, nameof(periods));
        if (records.IsEmpty)
        {
            return Empty(lookup, options);
        }

        var totals = newTotals(EditionOf(records[0], 0, options, nameof(records)), lookup);
        using var counter = totals.NewCounter();
        for (var start = 0; start < records.Length; start += RowPartitions.Size)
        {
            Count(counter, records.Slice(start, Math.Min(RowPartitions.Size, records.Length - start)), start, totals.Edition, nameof(records));
        }

        counter.Flush();
        return totals.ToTally(options, nameof(options));
    }

    private TTally InParallel(int count, Func<int, TRecord> at, SpanSource source, PeriodLookup lookup, TallyOptions options, int partitionRows, string paramName)
    {
        if (count == 0)
        {
            return Empty(lookup, options);
        }

        var totals = newTotals(EditionOf(at(0), 0, options, paramName), lookup);
        var bad = RowPartitions.Run(
            count,
            partitionRows,
            RowPartitions.Workers(count, options.MaxDegreeOfParallelism, partitionRows),
            totals.NewCounter,
            (counter, start, end) => counter.Add(source().Slice(start, end - start), start),
            static counter => counter.Flush());
        if (bad >= 0)
        {
            throw BadRecord(at((int)bad), bad, totals.Edition, paramName);
        }

        return totals.ToTally(options, nameof(options));
    }

    private void Count(IDenseCounter<TRecord> counter, ReadOnlySpan<TRecord> records, long position, ProvinceEdition edition, string paramName)
    {
        var bad = counter.Add(records, position);
        if (bad >= 0)
        {
            throw BadRecord(records[(int)(bad - position)], bad, edition, paramName);
        }
    }

    /// <summary>The edition of the tally: that of the options' provinces, else that of the first record.</summary>
    private ProvinceEdition EditionOf(TRecord? first, long position, TallyOptions options, string paramName) =>
        options.Edition ?? (first is null ? throw BadRecord(first, position, default, paramName) : provinceOf(first).Edition);

    private TTally Empty(PeriodLookup lookup, TallyOptions options) =>
        newTotals(options.Edition ?? ProvinceEdition.Provinces63, lookup).ToTally(options, nameof(options)); // no key without a record or a forced province: the periods and coverage only

    private ArgumentException BadRecord(TRecord? record, long position, ProvinceEdition edition, string paramName) =>
        record is null
            ? new ArgumentNullException(paramName, $"Record {Preconditions.Number(position)} is null; the records must not contain null.")
            : new ArgumentException(
                $"Record {Preconditions.Number(position)}: a tally's provinces must all be of one edition (the {Province.EditionLabel(edition)}, as the first record or the options' provinces); it was {provinceOf(record)}.",
                paramName);
}
