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
    private static readonly RecordAggregation<TrafficAccident, TrafficTally> Records =
        new(static (edition, lookup) => new TrafficTotals(edition, lookup), static a => a.Province);

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
    internal static TrafficTally Tally(IEnumerable<TrafficAccident> records, IEnumerable<ReportingPeriod> periods, TallyOptions options, int partitionRows) =>
        Records.Tally(records, periods, options, partitionRows);

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
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null, or a period is null; a null record is reported by its position.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps; or the records and the options' provinces mix province editions (the message names the first record of another edition).</exception>
    public static TrafficTally Tally(ReadOnlySpan<TrafficAccident> records, IEnumerable<ReportingPeriod> periods, TallyOptions options) =>
        Records.Tally(records, periods, options);

    /// <summary>Dense traffic counts of one tallying: accidents, deaths and injured per (province, period), plus a trash slot.</summary>
    private sealed class TrafficTotals : IDenseTotals<TrafficAccident, TrafficTally>
    {
        public TrafficTotals(ProvinceEdition edition, PeriodLookup lookup)
        {
            (Edition, Lookup, Keys) = (edition, lookup, ProvinceCatalog.All(edition).Count * lookup.Count);
            Counts = new long[(Keys + 1) * 3];
        }

        public ProvinceEdition Edition { get; }

        public PeriodLookup Lookup { get; }

        public int Keys { get; }

        public long[] Counts { get; }

        public long Outside { get; set; }

        public IDenseCounter<TrafficAccident> NewCounter() => new TrafficCounter(this);

        public TrafficTally ToTally(TallyOptions options, string paramName)
        {
            var forced = options.Provinces;
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
                for (var p = 0; p < Lookup.Count; p++)
                {
                    var at = ((pi * Lookup.Count) + p) * 3;
                    if (Counts[at] > 0 || force[pi])
                    {
                        entries.Add(KeyValuePair.Create(
                            new TallyKey(units[pi], Lookup.Periods[p]),
                            new TrafficCounts(Counts[at], Counts[at + 1], Counts[at + 2])));
                    }
                }
            }

            return new TrafficTally(TallyTable<TrafficCounts>.Create(entries, Outside, paramName, Lookup.Periods, options.Coverage, static _ => new TrafficCounts(0, 0, 0)));
        }
    }

    /// <summary>One worker's traffic counts, added to the totals when flushed.</summary>
    private sealed class TrafficCounter(TrafficTotals totals) : IDenseCounter<TrafficAccident>
    {
        private readonly long[] counts = new long[totals.Counts.Length];
        private long outside;

        public long Add(ReadOnlySpan<TrafficAccident> records, long offset)
        {
            var lookup = totals.Lookup;
            var table = lookup.PeriodOfDay;
            var span = lookup.Span;
            var first = lookup.FirstDay;
            var periods = lookup.Count;
            var trash = totals.Keys * 3;
            long outsideHere = 0;
            for (var i = 0; i < records.Length; i++)
            {
                var a = records[i];
                if (a is null || a.Province.Edition != totals.Edition)
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

        public void Flush()
        {
            lock (totals)
            {
                var target = totals.Counts;
                for (var k = 0; k < totals.Keys * 3; k++)
                {
                    target[k] = checked(target[k] + counts[k]);
                }

                totals.Outside = checked(totals.Outside + outside);
            }

            Array.Clear(counts);
            outside = 0;
        }

        public void Dispose()
        {
        }
    }
}
