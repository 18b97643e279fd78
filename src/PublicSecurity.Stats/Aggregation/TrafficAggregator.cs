using System.Runtime.InteropServices;
using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// Tallies traffic accident records at scale into a <see cref="TrafficTally"/> by province × reporting period: the
/// three criteria (accidents, deaths, injured), with the result of <see cref="TrafficTallyBuilder"/>.
/// </summary>
/// <remarks>
/// <para>
/// An accident counts in the period containing its date; one in no period is counted in
/// <see cref="Tally{TTally}.Outside"/>, never dropped. Keys exist for every (province, period) with an accident, and
/// for every province of <see cref="TallyOptions.Provinces"/>.
/// </para>
/// <para>
/// As <see cref="CaseAggregator"/>: a precomputed day → period table, flat per-worker arrays indexed by (province,
/// period), fixed partitions of 2^20 records, exact sums for any degree of parallelism. All members are thread-safe.
/// </para>
/// </remarks>
public static class TrafficAggregator
{
    private delegate ReadOnlySpan<TrafficAccident> SpanSource();

    /// <summary>Tallies accident records; an array or a <see cref="List{T}"/> is tallied on every core when large.</summary>
    /// <param name="records">The accidents, all of one province edition. Other sequences than arrays and lists are read once, on the calling thread.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <returns>The tally; equal to <see cref="TrafficTally.Tally"/> of the same records.</returns>
    /// <remarks>A list must not change while it is tallied.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records mix province editions (the message names the first record of another edition).</exception>
    public static TrafficTally Tally(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods) =>
        Tally(records, periods, TallyOptions.Default);

    /// <summary>Tallies accident records, with options.</summary>
    /// <param name="records">The accidents, all of one province edition. An array or a <see cref="List{T}"/> is tallied on several threads when large; other sequences are read once, on the calling thread.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The provinces that always get keys (and fix the edition) and the most threads to use.</param>
    /// <returns>The tally; equal to the <see cref="TrafficTallyBuilder"/>'s of the same records and provinces.</returns>
    /// <remarks>A list must not change while it is tallied.</remarks>
    /// <exception cref="ArgumentNullException">An argument is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records and the options' provinces mix province editions (the message names the first record of another edition).</exception>
    public static TrafficTally Tally(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods, TallyOptions options) =>
        Tally(records, periods, options, RowPartitions.Size);

    /// <summary>Tallies records, arrays and lists in partitions of a given size (tests use small ones).</summary>
    internal static TrafficTally Tally(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods, TallyOptions options, int partitionRows)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(options);
        var lookup = new PeriodLookup(periods, nameof(periods));
        switch (records)
        {
            case TrafficAccident[] array:
                return TallyInParallel(array.Length, i => array[i], () => array, lookup, options, partitionRows, nameof(records));
            case List<TrafficAccident> list:
                return TallyInParallel(list.Count, i => list[i], () => CollectionsMarshal.AsSpan(list), lookup, options, partitionRows, nameof(records));
        }

        TrafficCounter? counter = null;
        long position = 0;
        foreach (var record in records)
        {
            counter ??= new TrafficCounter(EditionOf(record, position, options, nameof(records)), lookup);
            if (counter.Add(new ReadOnlySpan<TrafficAccident>(in record), position) >= 0)
            {
                throw BadRecord(record, position, counter.Edition, nameof(records));
            }

            position++;
        }

        return counter is null ? EmptyTally(lookup, options) : counter.ToTally(options.Provinces, nameof(options));
    }

    /// <summary>Tallies accident records from a span, on the calling thread.</summary>
    /// <param name="records">The accidents, all of one province edition.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <returns>The tally; equal to <see cref="TrafficTally.Tally"/> of the same records.</returns>
    /// <remarks>C# binds an array argument to this overload: to tally an array on every core, pass it as <see cref="IEnumerable{T}"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records mix province editions (the message names the first record of another edition).</exception>
    public static TrafficTally Tally(ReadOnlySpan<TrafficAccident> records, IEnumerable<ReportingPeriod> periods) =>
        Tally(records, periods, TallyOptions.Default);

    /// <summary>Tallies accident records from a span, on the calling thread, with options.</summary>
    /// <param name="records">The accidents, all of one province edition.</param>
    /// <param name="periods">The periods: at least one, one calendar (or all ad hoc), pairwise equal or disjoint.</param>
    /// <param name="options">The provinces that always get keys (and fix the edition); the degree of parallelism does not apply to a span.</param>
    /// <returns>The tally; equal to the <see cref="TrafficTallyBuilder"/>'s of the same records and provinces.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or <paramref name="options"/> is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records and the options' provinces mix province editions (the message names the first record of another edition).</exception>
    public static TrafficTally Tally(ReadOnlySpan<TrafficAccident> records, IEnumerable<ReportingPeriod> periods, TallyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lookup = new PeriodLookup(periods, nameof(periods));
        if (records.IsEmpty)
        {
            return EmptyTally(lookup, options);
        }

        var counter = new TrafficCounter(EditionOf(records[0], 0, options, nameof(records)), lookup);
        var bad = counter.Add(records, 0);
        if (bad >= 0)
        {
            throw BadRecord(records[(int)bad], bad, counter.Edition, nameof(records));
        }

        return counter.ToTally(options.Provinces, nameof(options));
    }

    private static TrafficTally TallyInParallel(int count, Func<int, TrafficAccident> at, SpanSource source, PeriodLookup lookup, TallyOptions options, int partitionRows, string paramName)
    {
        if (count == 0)
        {
            return EmptyTally(lookup, options);
        }

        var edition = EditionOf(at(0), 0, options, paramName);
        var total = new TrafficCounter(edition, lookup);
        var bad = RowPartitions.Run(
            count,
            partitionRows,
            RowPartitions.Workers(count, options.MaxDegreeOfParallelism, partitionRows),
            () => new TrafficCounter(edition, lookup),
            (counter, start, end) => counter.Add(source().Slice(start, end - start), start),
            counter =>
            {
                lock (total)
                {
                    total.AddCounts(counter);
                }
            });
        if (bad >= 0)
        {
            throw BadRecord(at((int)bad), bad, edition, paramName);
        }

        return total.ToTally(options.Provinces, nameof(options));
    }

    private static ProvinceEdition EditionOf(TrafficAccident? first, long position, TallyOptions options, string paramName) =>
        options.Edition ?? first?.Province.Edition ?? throw BadRecord(first, position, default, paramName);

    private static TrafficTally EmptyTally(PeriodLookup lookup, TallyOptions options) =>
        options.Edition is ProvinceEdition edition ? new TrafficCounter(edition, lookup).ToTally(options.Provinces, nameof(options)) : TrafficTally.Empty;

    private static ArgumentException BadRecord(TrafficAccident? record, long position, ProvinceEdition edition, string paramName) =>
        record is null
            ? new ArgumentNullException(paramName, $"Record {Preconditions.Number(position)} is null; the records must not contain null.")
            : new ArgumentException(
                $"Record {Preconditions.Number(position)}: a tally's provinces must all be of one edition (the {Province.EditionLabel(edition)}, as the first record or the options' provinces); it was {record.Province}.",
                paramName);

    /// <summary>Dense traffic counts of one worker: accidents, deaths and injured per (province, period), plus a trash slot.</summary>
    private sealed class TrafficCounter
    {
        private readonly PeriodLookup lookup;
        private readonly long[] counts;
        private readonly int keys;
        private long outside;

        public TrafficCounter(ProvinceEdition edition, PeriodLookup lookup)
        {
            Edition = edition;
            this.lookup = lookup;
            keys = ProvinceCatalog.All(edition).Count * lookup.Count;
            counts = new long[(keys + 1) * 3];
        }

        public ProvinceEdition Edition { get; }

        public long Add(ReadOnlySpan<TrafficAccident> records, long offset)
        {
            var table = lookup.PeriodOfDay;
            var span = lookup.Span;
            var first = lookup.FirstDay;
            var periods = lookup.Count;
            var trash = keys * 3;
            long outsideHere = 0;
            for (var i = 0; i < records.Length; i++)
            {
                var a = records[i];
                if (a is null || a.Province.Edition != Edition)
                {
                    outside += outsideHere;
                    return offset + i;
                }

                var v = table[Math.Min((uint)(a.OccurredOn.DayNumber - first), span)];
                var at = v < periods ? ((a.Province.Index * periods) + v) * 3 : trash;
                counts[at]++;
                counts[at + 1] = checked(counts[at + 1] + a.Deaths);
                counts[at + 2] = checked(counts[at + 2] + a.Injured);
                outsideHere += v < periods ? 0 : 1;
            }

            outside += outsideHere;
            return -1;
        }

        public void AddCounts(TrafficCounter other)
        {
            for (var k = 0; k < keys * 3; k++)
            {
                counts[k] = checked(counts[k] + other.counts[k]);
            }

            outside = checked(outside + other.outside);
        }

        public TrafficTally ToTally(IReadOnlyList<Province> forced, string paramName)
        {
            var units = ProvinceCatalog.All(Edition);
            var force = new bool[units.Count];
            foreach (var province in forced)
            {
                if (province.Edition != Edition)
                {
                    throw new ArgumentException(
                        $"A tally's provinces must all be of one edition (the {Province.EditionLabel(Edition)}, as the records); the options' provinces are of the {Province.EditionLabel(province.Edition)}.", paramName);
                }

                force[province.Index] = true;
            }

            var entries = new List<KeyValuePair<TallyKey, TrafficCounts>>();
            for (var pi = 0; pi < units.Count; pi++)
            {
                for (var p = 0; p < lookup.Count; p++)
                {
                    var at = ((pi * lookup.Count) + p) * 3;
                    if (counts[at] > 0 || force[pi])
                    {
                        entries.Add(KeyValuePair.Create(
                            new TallyKey(units[pi], lookup.Periods[p]),
                            new TrafficCounts(counts[at], counts[at + 1], counts[at + 2])));
                    }
                }
            }

            return new TrafficTally(TallyTable<TrafficCounts>.Create(entries, outside, paramName));
        }
    }
}
