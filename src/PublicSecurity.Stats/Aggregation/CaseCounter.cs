using System.Buffers;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The dense counts of a whole case tally: one flat array with one counter per (recorded period, clearance code,
/// province, cell), the target every worker's <see cref="CaseCounter"/> is added into, and the tally built from it.
/// </summary>
/// <remarks>
/// <para>
/// Every case adds 1 to exactly one counter: its recorded period (or <see cref="PeriodLookup.Count"/> when it is in
/// none), its code (the clearance code of its outcome day when cleared, else the not-cleared or unfounded code; see
/// <see cref="PeriodLookup"/>), its province and its cell (severity × offence group). Everything a
/// <see cref="CaseTally"/> holds is a sum of these counters:
/// </para>
/// <list type="bullet">
/// <item><description>recorded in (province, p, cell): the sum over codes for period p; unfounded: the unfounded code;</description></item>
/// <item><description>cleared in period q: the sum over recorded periods (inside or not) of code q;</description></item>
/// <item><description>the run-off of cohort p by the end of period p + e: the codes of cleared cases whose first period ending on or after the clearance is at most p + e;</description></item>
/// <item><description>outside: the cases recorded in no period, less those cleared inside one.</description></item>
/// </list>
/// <para>The layout is [recorded period][code][province][cell], so that a case's counter is a sum of three table entries.</para>
/// </remarks>
internal sealed class CaseTotals : IDenseTotals<CriminalCase, CaseTally>
{
    public const int Cells = CaseEntry.Cells;

    public CaseTotals(ProvinceEdition edition, PeriodLookup lookup)
    {
        Edition = edition;
        Lookup = lookup;
        Provinces = ProvinceCatalog.All(edition).Count;
        Stride = Provinces * Cells;
        Length = (lookup.Count + 1) * lookup.CodeCount * Stride;
        Counts = new long[Length];

        // Per day: the offset of its recorded period's block and of its clearance code's block.
        var entries = lookup.PeriodOfDay.Length;
        DayOffsets = new int[2 * entries];
        for (var d = 0; d < entries; d++)
        {
            DayOffsets[2 * d] = lookup.PeriodOfDay[d] * lookup.CodeCount * Stride;
            DayOffsets[(2 * d) + 1] = lookup.CodeOfDay[d] * Stride;
        }

        // Per outcome kind: the offset of its code when the case is not cleared (unused for the cleared kinds).
        KindOffsets = [lookup.NotClearedCode * Stride, 0, 0, lookup.UnfoundedCode * Stride];
    }

    public ProvinceEdition Edition { get; }

    public IDenseCounter<CriminalCase> NewCounter() => new CaseCounter(this);

    public PeriodLookup Lookup { get; }

    public int Provinces { get; }

    /// <summary>Gets the counters of one (recorded period, code): provinces × cells.</summary>
    public int Stride { get; }

    /// <summary>Gets the number of counters.</summary>
    public int Length { get; }

    public long[] Counts { get; }

    /// <summary>Gets, for table entry d, the recorded-period offset at 2d and the clearance-code offset at 2d + 1.</summary>
    public int[] DayOffsets { get; }

    /// <summary>Gets the code offset of each outcome kind that is not a clearance (not cleared 0, unfounded 3).</summary>
    public int[] KindOffsets { get; }

    /// <summary>Builds the tally: a key for every (province, period) with a case recorded or cleared in it, and for every forced province.</summary>
    public CaseTally ToTally(TallyOptions options, string paramName)
    {
        var forced = options.Provinces;
        var units = ProvinceCatalog.All(Edition);
        var lookup = Lookup;
        var periods = lookup.Periods;
        var count = lookup.Count;
        var codes = lookup.CodeCount;
        var clearedCodes = lookup.NextPeriodOfCode.Length;
        var force = new bool[Provinces];
        foreach (var province in forced)
        {
            if (province.Edition != Edition)
            {
                throw new ArgumentException(
                    $"A tally's provinces must all be of one edition (the {Province.EditionLabel(Edition)}, as the records); the options' provinces are of the {Province.EditionLabel(province.Edition)}.", paramName);
            }

            force[province.Index] = true;
        }

        // Cases recorded in no period are outside unless cleared inside one (codes below count).
        long outside = 0;
        for (var code = count; code < codes; code++)
        {
            outside += Sum(At(count, code, 0, 0), Stride);
        }

        var entries = new List<KeyValuePair<TallyKey, CaseEntry>>();
        var byNext = new long[count + 1];
        for (var pi = 0; pi < Provinces; pi++)
        {
            for (var p = 0; p < count; p++)
            {
                var recorded = new long[Cells];
                var unfounded = new long[Cells];
                var clearedInPeriod = new long[Cells];
                var dates = new DateOnly[count - p];
                var clearedBy = new long[Cells * dates.Length];
                for (var e = 0; e < dates.Length; e++)
                {
                    dates[e] = periods[p + e].End;
                }

                for (var cell = 0; cell < Cells; cell++)
                {
                    // The cohort's cases by the first period ending on or after their clearance, then summed up to each date.
                    Array.Clear(byNext);
                    for (var code = 0; code < codes; code++)
                    {
                        var n = Counts[At(p, code, pi, cell)];
                        recorded[cell] += n;
                        if (code < clearedCodes)
                        {
                            byNext[lookup.NextPeriodOfCode[code]] += n;
                        }
                    }

                    long cleared = 0;
                    for (var e = 0; e < dates.Length; e++)
                    {
                        cleared += byNext[p + e];
                        clearedBy[(cell * dates.Length) + e] = cleared;
                    }

                    unfounded[cell] = Counts[At(p, lookup.UnfoundedCode, pi, cell)];
                    for (var pr = 0; pr <= count; pr++)
                    {
                        clearedInPeriod[cell] += Counts[At(pr, p, pi, cell)];
                    }
                }

                if (force[pi] || recorded.AsSpan().ContainsAnyExcept(0L) || clearedInPeriod.AsSpan().ContainsAnyExcept(0L))
                {
                    entries.Add(KeyValuePair.Create(
                        new TallyKey(units[pi], periods[p]),
                        new CaseEntry(recorded, unfounded, clearedInPeriod, dates, clearedBy)));
                }
            }
        }

        return new CaseTally(TallyTable<CaseEntry>.Create(
            entries, outside, paramName, periods, options.Coverage, key => CaseEntry.Zero([.. periods.Where(p => p.End >= key.Period.End).Select(p => p.End)])));
    }

    private long Sum(int start, int length)
    {
        long sum = 0;
        foreach (var n in Counts.AsSpan(start, length))
        {
            sum += n;
        }

        return sum;
    }

    public int At(int period, int code, int province, int cell) =>
        (((period * Lookup.CodeCount) + code) * Stride) + (province * Cells) + cell;
}

/// <summary>
/// One worker's counts of cases: the counters of <see cref="CaseTotals"/> in 32-bit cells, rented from the shared
/// pool, filled in blocks: first the rows of a block are checked (vectorised) and each row's counter index is computed
/// into a small buffer, then the counters are incremented — one increment per case, no branch on the data.
/// </summary>
/// <remarks>
/// The counts are added into the totals (under a lock) before any 32-bit cell could overflow: after at most
/// <see cref="int.MaxValue"/> cases, and when the worker is done. Not thread-safe: one counter per worker.
/// </remarks>
internal sealed class CaseCounter : IDenseCounter<CriminalCase>
{
    private const int Cells = CaseEntry.Cells;
    private const int Block = 1024;

    private readonly CaseTotals totals;
    private readonly int[] counts;
    private readonly int[] indexes;
    private readonly int[] recordedOffsets;
    private readonly int[] outcomeOffsets;
    private long pending;

    public CaseCounter(CaseTotals totals)
    {
        this.totals = totals;
        counts = ArrayPool<int>.Shared.Rent(totals.Length);
        Array.Clear(counts, 0, totals.Length);
        indexes = ArrayPool<int>.Shared.Rent(Block);
        recordedOffsets = ArrayPool<int>.Shared.Rent(Block);
        outcomeOffsets = ArrayPool<int>.Shared.Rent(Block);
    }

    public void Dispose()
    {
        ArrayPool<int>.Shared.Return(counts);
        ArrayPool<int>.Shared.Return(indexes);
        ArrayPool<int>.Shared.Return(recordedOffsets);
        ArrayPool<int>.Shared.Return(outcomeOffsets);
    }

    /// <summary>Counts rows [start, end) of columns; returns the index of the first row breaking a rule, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long AddColumns(CaseColumns columns, int start, int end)
    {
        Reserve(end - start);
        var province = columns.ProvinceIndex.Span;
        var recordedDay = columns.RecordedDay.Span;
        var outcomeKind = columns.OutcomeKind.Span;
        var outcomeDay = columns.OutcomeDay.Span;
        var severity = columns.Severity.Span;
        var group = columns.OffenceGroup.Span;
        for (var b = start; b < end; b += Block)
        {
            var n = Math.Min(Block, end - b);
            var p = province.Slice(b, n);
            var r = recordedDay.Slice(b, n);
            var k = outcomeKind.Slice(b, n);
            var o = outcomeDay.Slice(b, n);
            var s = severity.Slice(b, n);
            var g = group.Slice(b, n);
            var bad = FirstBadRow(p, r, k, o, s, g, (uint)totals.Provinces);
            if (bad >= 0)
            {
                return b + bad;
            }

            IndexRows(p, r, k, o, s, g, indexes);
            Increment(indexes.AsSpan(0, n));
        }

        return -1;
    }

    /// <summary>Counts records (positions offset by <paramref name="offset"/>); returns the first null record or record of another edition, or −1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public long Add(ReadOnlySpan<CriminalCase> records, long offset)
    {
        Reserve(records.Length);
        var edition = totals.Edition;
        var lookup = totals.Lookup;
        ref var days = ref MemoryMarshal.GetArrayDataReference(totals.DayOffsets);
        ref var kinds = ref MemoryMarshal.GetArrayDataReference(totals.KindOffsets);
        var first = lookup.FirstDay;
        var span = lookup.Span;
        for (var b = 0; b < records.Length; b += Block)
        {
            var block = records.Slice(b, Math.Min(Block, records.Length - b));
            for (var i = 0; i < block.Length; i++)
            {
                var c = block[i];
                if (c is null || c.Province.Edition != edition)
                {
                    return offset + b + i;
                }

                var kind = (uint)c.Outcome;
                var cell = (c.Province.Index * Cells) + CaseEntry.Cell(c.Severity, c.OffenceGroup);
                var r = Entry(c.RecordedOn.DayNumber, first, span);
                var o = Entry(c.OutcomeOn is DateOnly on ? on.DayNumber : -1, first, span);
                indexes[i] = Index(kind, cell, r, o, ref days, ref kinds);
            }

            Increment(indexes.AsSpan(0, block.Length));
        }

        return -1;
    }

    /// <summary>Adds the counts into the totals and clears them.</summary>
    public void Flush()
    {
        var n = totals.Length;
        lock (totals)
        {
            var target = totals.Counts;
            for (var i = 0; i < n; i++)
            {
                target[i] += counts[i];
            }
        }

        Array.Clear(counts, 0, n);
        pending = 0;
    }

    /// <summary>
    /// Finds the first row breaking a rule of <see cref="CaseColumns"/>, or −1: whole vectors of rows at a time, then
    /// row by row from the first vector with a fault (or for the rows left over).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int FirstBadRow(
        ReadOnlySpan<byte> province, ReadOnlySpan<int> recordedDay, ReadOnlySpan<byte> outcomeKind, ReadOnlySpan<int> outcomeDay, ReadOnlySpan<byte> severity, ReadOnlySpan<byte> group, uint provinces)
    {
        var n = province.Length;
        var i = 0;
        if (Vector.IsHardwareAccelerated && provinces is > 0 and <= byte.MaxValue + 1)
        {
            var bytes = Vector<byte>.Count;
            var ints = Vector<int>.Count;
            var provinceMax = new Vector<byte>((byte)(provinces - 1));
            var three = new Vector<byte>(3);
            var five = new Vector<byte>(CaseEntry.Groups - 1);
            var maxDay = new Vector<uint>(PeriodLookup.MaxDayNumber);
            var none = new Vector<int>(-1);
            for (; i + bytes <= n; i += bytes)
            {
                var kind = new Vector<byte>(outcomeKind[i..]);
                var badBytes = Vector.GreaterThan(new Vector<byte>(province[i..]), provinceMax)
                    | Vector.GreaterThan(kind, three)
                    | Vector.GreaterThan(new Vector<byte>(severity[i..]), three)
                    | Vector.GreaterThan(new Vector<byte>(group[i..]), five);
                Vector.Widen(kind, out Vector<ushort> low, out Vector<ushort> high);
                Vector.Widen(low, out Vector<uint> k0, out Vector<uint> k1);
                Vector.Widen(high, out Vector<uint> k2, out Vector<uint> k3);
                var badDays = BadDays(k0, recordedDay[i..], outcomeDay[i..], maxDay, none)
                    | BadDays(k1, recordedDay[(i + ints)..], outcomeDay[(i + ints)..], maxDay, none)
                    | BadDays(k2, recordedDay[(i + (2 * ints))..], outcomeDay[(i + (2 * ints))..], maxDay, none)
                    | BadDays(k3, recordedDay[(i + (3 * ints))..], outcomeDay[(i + (3 * ints))..], maxDay, none);
                if (badBytes != Vector<byte>.Zero || badDays != Vector<uint>.Zero)
                {
                    break;
                }
            }
        }

        for (; i < n; i++)
        {
            if (IsBad(province[i], recordedDay[i], outcomeKind[i], outcomeDay[i], severity[i], group[i], provinces))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a row breaks a rule: the scalar form of <see cref="FirstBadRow"/>.</summary>
    internal static bool IsBad(uint province, int recordedDay, uint outcomeKind, int outcomeDay, uint severity, uint group, uint provinces) =>
        (province >= provinces) | (outcomeKind > 3) | (severity > 3) | (group >= CaseEntry.Groups)
        | ((uint)recordedDay > PeriodLookup.MaxDayNumber)
        | ((outcomeKind == 0) & (outcomeDay != -1))
        | ((outcomeKind != 0) & ((uint)(outcomeDay - recordedDay) > (uint)(PeriodLookup.MaxDayNumber - recordedDay)));

    /// <summary>The day rules of one vector of rows: recorded day in range; outcome day −1 exactly when not cleared, else from the recorded day to the last day.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<uint> BadDays(Vector<uint> kind, ReadOnlySpan<int> recordedDay, ReadOnlySpan<int> outcomeDay, Vector<uint> maxDay, Vector<int> none)
    {
        var recorded = new Vector<int>(recordedDay);
        var outcome = new Vector<int>(outcomeDay);
        var notCleared = Vector.Equals(kind, Vector<uint>.Zero);
        var r = Vector.AsVectorUInt32(recorded);
        var dayGiven = Vector.AndNot(notCleared, Vector.AsVectorUInt32(Vector.Equals(outcome, none)));
        var dayWrong = Vector.AndNot(Vector.GreaterThan(Vector.AsVectorUInt32(outcome - recorded), maxDay - r), notCleared);
        return dayGiven | dayWrong | Vector.GreaterThan(r, maxDay);
    }

    /// <summary>The table entry of a day: its offset from the first period's start, or the entry for every day outside.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static nint Entry(int day, int first, uint span)
    {
        // min((uint)(day − first), span) without a branch: the JIT keeps branches in loops, and a day outside the
        // periods (every case not cleared has −1) would make them unpredictable.
        var t = (long)(uint)(day - first) - span;
        return (nint)(span + (t & (t >> 63)));
    }

    /// <summary>The counter of a case: recorded period block + code block (the clearance day's, or the kind's) + province and cell.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint kind, int cell, nint recordedEntry, nint outcomeEntry, ref int days, ref int kinds)
    {
        var cleared = -((kind - 1) < 2u ? 1 : 0);
        var code = (Unsafe.Add(ref days, (2 * outcomeEntry) + 1) & cleared) | (Unsafe.Add(ref kinds, (nint)kind) & ~cleared);
        return Unsafe.Add(ref days, 2 * recordedEntry) + code + cell;
    }

    /// <summary>
    /// Computes the counter index of each valid row of a block, a column at a time: the day entries by vectors, the
    /// table lookups by a two-load loop, then the cell and code by vectors — short loops with few live values, which
    /// run several times faster than one loop doing everything per row.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void IndexRows(
        ReadOnlySpan<byte> province, ReadOnlySpan<int> recordedDay, ReadOnlySpan<byte> outcomeKind, ReadOnlySpan<int> outcomeDay, ReadOnlySpan<byte> severity, ReadOnlySpan<byte> group, int[] target)
    {
        var n = Math.Min(province.Length, target.Length);
        Debug.Assert(recordedDay.Length == n && outcomeKind.Length == n && outcomeDay.Length == n && severity.Length == n && group.Length == n, "The block's columns have one length.");
        var first = totals.Lookup.FirstDay;
        var span = totals.Lookup.Span;
        var recordedAt = recordedOffsets;
        var outcomeAt = outcomeOffsets;

        // 1. Table entries of both days: min((uint)(day − first), span), as indexes into DayOffsets (2e and 2e + 1).
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var firstDay = new Vector<int>(first);
            var last = new Vector<uint>(span);
            for (; i + Vector<int>.Count <= n; i += Vector<int>.Count)
            {
                var r = Vector.AsVectorInt32(Vector.Min(Vector.AsVectorUInt32(new Vector<int>(recordedDay[i..]) - firstDay), last));
                var o = Vector.AsVectorInt32(Vector.Min(Vector.AsVectorUInt32(new Vector<int>(outcomeDay[i..]) - firstDay), last));
                (r + r).CopyTo(recordedAt, i);
                (o + o + Vector<int>.One).CopyTo(outcomeAt, i);
            }
        }

        for (; i < n; i++)
        {
            recordedAt[i] = (int)(2 * Entry(recordedDay[i], first, span));
            outcomeAt[i] = (int)((2 * Entry(outcomeDay[i], first, span)) + 1);
        }

        // 2. The offsets of the recorded period and of the clearance code (entries are at most 2 × span + 1).
        ref var days = ref MemoryMarshal.GetArrayDataReference(totals.DayOffsets);
        ref var ra = ref MemoryMarshal.GetArrayDataReference(recordedAt);
        ref var oa = ref MemoryMarshal.GetArrayDataReference(outcomeAt);
        for (nint j = 0; j < n; j++)
        {
            Unsafe.Add(ref ra, j) = Unsafe.Add(ref days, Unsafe.Add(ref ra, j));
            Unsafe.Add(ref oa, j) = Unsafe.Add(ref days, Unsafe.Add(ref oa, j));
        }

        // 3. Index = recorded period offset + code offset (the clearance's, or the not-cleared / unfounded code's) + cell.
        var notCleared = totals.KindOffsets[0];
        var unfounded = totals.KindOffsets[3];
        i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var provinceCells = new Vector<uint>(Cells);
            var groups = new Vector<uint>(CaseEntry.Groups);
            var one = Vector<uint>.One;
            var two = new Vector<uint>(2);
            var three = new Vector<uint>(3);
            var notClearedCode = new Vector<uint>((uint)notCleared);
            var unfoundedCode = new Vector<uint>((uint)unfounded);
            var ints = Vector<int>.Count;
            for (; i + Vector<byte>.Count <= n; i += Vector<byte>.Count)
            {
                Widen(new Vector<byte>(province[i..]), out var p0, out var p1, out var p2, out var p3);
                Widen(new Vector<byte>(severity[i..]), out var s0, out var s1, out var s2, out var s3);
                Widen(new Vector<byte>(group[i..]), out var g0, out var g1, out var g2, out var g3);
                Widen(new Vector<byte>(outcomeKind[i..]), out var k0, out var k1, out var k2, out var k3);
                Combine(p0, s0, g0, k0, i);
                Combine(p1, s1, g1, k1, i + ints);
                Combine(p2, s2, g2, k2, i + (2 * ints));
                Combine(p3, s3, g3, k3, i + (3 * ints));
            }

            void Combine(Vector<uint> p, Vector<uint> s, Vector<uint> g, Vector<uint> k, int at)
            {
                var cell = (p * provinceCells) + (s * groups) + g;
                var cleared = Vector.LessThan(k - one, two);
                var code = Vector.ConditionalSelect(
                    cleared,
                    Vector.AsVectorUInt32(new Vector<int>(outcomeAt, at)),
                    (notClearedCode & Vector.Equals(k, Vector<uint>.Zero)) | (unfoundedCode & Vector.Equals(k, three)));
                (Vector.AsVectorInt32(Vector.AsVectorUInt32(new Vector<int>(recordedAt, at)) + code + cell)).CopyTo(target, at);
            }
        }

        for (; i < n; i++)
        {
            var kind = (uint)outcomeKind[i];
            var code = (kind - 1) < 2u ? outcomeAt[i] : kind == 0 ? notCleared : unfounded;
            target[i] = recordedAt[i] + code + (province[i] * Cells) + (severity[i] * CaseEntry.Groups) + group[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Widen(Vector<byte> bytes, out Vector<uint> a, out Vector<uint> b, out Vector<uint> c, out Vector<uint> d)
    {
        Vector.Widen(bytes, out var low, out var high);
        Vector.Widen(low, out a, out b);
        Vector.Widen(high, out c, out d);
    }

    /// <summary>Adds 1 to the counter of each case of a block.</summary>
    private void Increment(ReadOnlySpan<int> block)
    {
        // Every index is below totals.Length by construction (IndexRows / AddRecords on valid rows).
        ref var c = ref MemoryMarshal.GetArrayDataReference(counts);
        foreach (var index in block)
        {
            Debug.Assert((uint)index < (uint)totals.Length, "A counter index is inside the counters.");
            Unsafe.Add(ref c, index)++;
        }
    }

    private void Reserve(int rows)
    {
        if (pending + rows > int.MaxValue)
        {
            Flush();
        }

        pending += rows;
    }
}
