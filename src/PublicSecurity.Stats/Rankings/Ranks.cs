using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Ranks of a vector of doubles with pandas <c>Series.rank</c> semantics, fast and allocation-free.</summary>
/// <remarks>
/// <para>
/// The result equals pandas 1.5.3 <c>Series.rank(method, ascending, na_option, pct)</c> on a float64 series for
/// every combination of <see cref="TieMethod"/>, <see cref="RankOrder"/>, <see cref="MissingValues"/> and
/// <c>percent</c>, bit for bit: NaN is the missing value; ±∞ are ordinary values; −0.0 ties 0.0; values one ulp
/// apart do not tie. With <see cref="MissingValues.Top"/> or <see cref="MissingValues.Bottom"/> the NaNs form one
/// tied group (distinct ranks in order of appearance under <see cref="TieMethod.First"/>), as in pandas and unlike R.
/// </para>
/// <para>
/// Percent ranks divide by the number of ranked values: the non-NaN count under <see cref="MissingValues.Keep"/>,
/// the full length under <see cref="MissingValues.Top"/> and <see cref="MissingValues.Bottom"/>; under
/// <see cref="TieMethod.Dense"/> by the largest dense rank, where the NaN group counts as one more distinct value
/// when it is ranked.
/// </para>
/// <para>
/// Method: each double maps to an order-preserving unsigned 64-bit key (descending order complements it) and NaNs
/// are set aside. Up to 64 values are sorted as (key, position) pairs by insertion sort on the stack. Longer inputs
/// drop the key bits all values share (the common prefix of the smallest and largest key), pack the next high key
/// bits with the position into one 64-bit word, and sort those words on their top 33 key bits by a stable
/// least-significant-digit radix sort with 11-bit digits that skips every digit all keys share (at most 3 passes
/// over 8-byte words); runs whose sorted bits are equal — ties, or values that differ only below those bits — are
/// re-sorted by their full keys. Ties are the runs of equal keys, and the stable sorts keep positions in order of appearance
/// inside each, which is what <see cref="TieMethod.First"/> needs in both directions. Time is linear in the length;
/// scratch space comes from <see cref="ArrayPool{T}.Shared"/> and is returned before the method returns. All
/// members are pure and thread-safe.
/// </para>
/// </remarks>
public static class Ranks
{
    // Up to this many values, sorting on the stack with insertion sort beats the radix sort's fixed costs.
    private const int SmallSize = 64;
    private const int DigitBits = 11;
    private const int Buckets = 1 << DigitBits;
    private const ulong DigitMask = Buckets - 1;
    private const int Passes = (64 + DigitBits - 1) / DigitBits;

    // The packed words are radix-sorted on at most this many key bits (three digits); equal runs are re-sorted.
    private const int SortedKeyBits = 3 * DigitBits;
    private const ulong SignBit = 0x8000_0000_0000_0000UL;

    /// <summary>Ranks <paramref name="values"/> into a new array.</summary>
    /// <param name="values">The values; NaN is missing, ±∞ are values.</param>
    /// <param name="method">How ties share ranks.</param>
    /// <param name="order">Which end gets rank 1.</param>
    /// <param name="missing">Where NaNs go.</param>
    /// <param name="percent">Whether to divide each rank by the number of ranked values (pandas <c>pct=True</c>).</param>
    /// <returns>The ranks in input order (1-based, or in (0, 1] when <paramref name="percent"/>); NaN for a kept NaN.</returns>
    /// <remarks>See <see cref="Ranks"/> for the semantics; this overload allocates only the result.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="method"/>, <paramref name="order"/> or <paramref name="missing"/> is not a defined value.
    /// </exception>
    public static double[] Compute(ReadOnlySpan<double> values, TieMethod method, RankOrder order, MissingValues missing, bool percent)
    {
        ValidateOptions(method, order, missing);
        var ranks = new double[values.Length];
        Compute(values, ranks, method, order, missing, percent);
        return ranks;
    }

    /// <summary>Ranks <paramref name="values"/> into <paramref name="ranks"/>, allocating nothing beyond pooled scratch space.</summary>
    /// <param name="values">The values; NaN is missing, ±∞ are values.</param>
    /// <param name="ranks">Receives the ranks in input order; the same length as <paramref name="values"/>.</param>
    /// <param name="method">How ties share ranks.</param>
    /// <param name="order">Which end gets rank 1.</param>
    /// <param name="missing">Where NaNs go.</param>
    /// <param name="percent">Whether to divide each rank by the number of ranked values (pandas <c>pct=True</c>).</param>
    /// <remarks>
    /// See <see cref="Ranks"/> for the semantics. <paramref name="ranks"/> must not overlap <paramref name="values"/>
    /// (to rank in place, rank into a new array and copy it back).
    /// Up to 64 values use only the stack; longer inputs rent 16 bytes per value (two 8-byte packed words), plus
    /// scratch for runs of equal packed bits, from <see cref="ArrayPool{T}.Shared"/>.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// <paramref name="ranks"/> and <paramref name="values"/> differ in length, or they overlap in memory.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="method"/>, <paramref name="order"/> or <paramref name="missing"/> is not a defined value.
    /// </exception>
    public static void Compute(ReadOnlySpan<double> values, Span<double> ranks, TieMethod method, RankOrder order, MissingValues missing, bool percent)
    {
        if (ranks.Length != values.Length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The ranks must have the same length as the values ({values.Length}); it was {ranks.Length}."),
                nameof(ranks));
        }

        if (values.Overlaps(ranks))
        {
            throw new ArgumentException("The ranks must not overlap the values: the NaN positions are read after ranks are written.", nameof(ranks));
        }

        ValidateOptions(method, order, missing);
        var n = values.Length;
        if (n == 0)
        {
            return;
        }

        if (n <= SmallSize)
        {
            Span<KeyedPosition> small = stackalloc KeyedPosition[n];
            var m = FillKeys(values, small, order);
            var sorted = small[..m];
            InsertionSort(sorted);
            var writer = new RankWriter(ranks, method, missing, n - m);
            WriteTieGroups(ref writer, sorted, 0);
            Finish(values, ranks, method, missing, percent, m, writer.Groups);
            return;
        }

        RankLarge(values, ranks, method, order, missing, percent);
    }

    /// <summary>Throws for an undefined tie method, order or missing-value policy.</summary>
    internal static void ValidateOptions(TieMethod method, RankOrder order, MissingValues missing)
    {
        if (method is < TieMethod.Average or > TieMethod.Dense)
        {
            throw new ArgumentOutOfRangeException(
                nameof(method),
                string.Create(CultureInfo.InvariantCulture, $"The tie method must be Average, Min, Max, First or Dense; it was {(int)method}."));
        }

        if (order is not (RankOrder.Ascending or RankOrder.Descending))
        {
            throw new ArgumentOutOfRangeException(
                nameof(order),
                string.Create(CultureInfo.InvariantCulture, $"The order must be Ascending or Descending; it was {(int)order}."));
        }

        if (missing is not (MissingValues.Keep or MissingValues.Top or MissingValues.Bottom))
        {
            throw new ArgumentOutOfRangeException(
                nameof(missing),
                string.Create(CultureInfo.InvariantCulture, $"The missing-value policy must be Keep, Top or Bottom; it was {(int)missing}."));
        }
    }

    /// <summary>
    /// Ranks values that contain no NaN with <see cref="TieMethod.Min"/> into integers, starting from the order the
    /// previous call left in <paramref name="pairs"/> (whose positions must be a permutation of 0 … n − 1): the inner
    /// loop of the Monte-Carlo rank intervals, where consecutive draws are nearly in the same order, so the adaptive
    /// insertion sort does little work. The ranks do not depend on the starting order.
    /// </summary>
    internal static void MinRanksFromPreviousOrder(ReadOnlySpan<double> values, Span<int> ranks, RankOrder order, Span<KeyedPosition> pairs)
    {
        var n = values.Length;
        var flip = order == RankOrder.Descending ? ulong.MaxValue : 0UL;
        pairs = pairs[..n];
        for (var t = 0; t < n; t++)
        {
            var position = pairs[t].Position;
            pairs[t] = new KeyedPosition(Key(values[position]) ^ flip, position);
        }

        if (n <= SmallSize)
        {
            InsertionSort(pairs);
        }
        else
        {
            // Introsort is not stable, but Min ranks do not depend on the order inside a tie group.
            pairs.Sort(static (a, b) => a.Key.CompareTo(b.Key));
        }

        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            while (end < n && pairs[end].Key == pairs[start].Key)
            {
                end++;
            }

            for (var t = start; t < end; t++)
            {
                ranks[pairs[t].Position] = start + 1;
            }

            start = end;
        }
    }

    /// <summary>The order-preserving unsigned key of a non-NaN double; −0.0 maps to the key of 0.0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Key(double value)
    {
        var bits = BitConverter.DoubleToInt64Bits(value);
        if (bits == long.MinValue)
        {
            bits = 0;
        }

        // Negative doubles: flip every bit (larger magnitude sorts lower); others: set the sign bit.
        return (ulong)bits ^ ((ulong)(bits >> 63) | SignBit);
    }

    /// <summary>Writes the keys and positions of the non-NaN values, in input order; returns their count.</summary>
    private static int FillKeys(ReadOnlySpan<double> values, Span<KeyedPosition> pairs, RankOrder order)
    {
        var flip = order == RankOrder.Descending ? ulong.MaxValue : 0UL;
        var m = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (double.IsNaN(v))
            {
                continue;
            }

            pairs[m] = new KeyedPosition(Key(v) ^ flip, i);
            m++;
        }

        return m;
    }

    /// <summary>Stable insertion sort of keys carrying their positions.</summary>
    private static void InsertionSort(Span<KeyedPosition> pairs)
    {
        for (var i = 1; i < pairs.Length; i++)
        {
            var pair = pairs[i];
            var j = i - 1;
            while (j >= 0 && pairs[j].Key > pair.Key)
            {
                pairs[j + 1] = pairs[j];
                j--;
            }

            pairs[j + 1] = pair;
        }
    }

    /// <summary>
    /// Stable LSD radix sort of (key, position) pairs, ping-ponging with <paramref name="scratch"/>.
    /// Returns whether the sorted data ended in <paramref name="scratch"/>.
    /// </summary>
    private static bool RadixSort(Span<KeyedPosition> pairs, Span<KeyedPosition> scratch, Span<int> counts)
    {
        var m = pairs.Length;
        if (m < 2)
        {
            return false;
        }

        counts.Clear();
        ref var c0 = ref counts[0];
        foreach (var pair in pairs)
        {
            // One pass builds the histograms of every digit; Passes is 6 for 11-bit digits.
            var key = pair.Key;
            Unsafe.Add(ref c0, (int)(key & DigitMask))++;
            Unsafe.Add(ref c0, Buckets + (int)((key >> DigitBits) & DigitMask))++;
            Unsafe.Add(ref c0, (2 * Buckets) + (int)((key >> (2 * DigitBits)) & DigitMask))++;
            Unsafe.Add(ref c0, (3 * Buckets) + (int)((key >> (3 * DigitBits)) & DigitMask))++;
            Unsafe.Add(ref c0, (4 * Buckets) + (int)((key >> (4 * DigitBits)) & DigitMask))++;
            Unsafe.Add(ref c0, (5 * Buckets) + (int)(key >> (5 * DigitBits)))++;
        }

        var inScratch = false;
        for (var pass = 0; pass < Passes; pass++)
        {
            var shift = pass * DigitBits;
            var histogram = counts.Slice(pass * Buckets, Buckets);
            var src = inScratch ? scratch : pairs;

            // A digit every key shares does not reorder anything: skip its pass.
            if (histogram[(int)((src[0].Key >> shift) & DigitMask)] == m)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = histogram[b];
                histogram[b] = sum;
                sum += count;
            }

            var dst = inScratch ? pairs : scratch;
            ref var h = ref histogram[0];
            ref var d = ref dst[0];
            foreach (var pair in src)
            {
                ref var slot = ref Unsafe.Add(ref h, (int)((pair.Key >> shift) & DigitMask));
                Unsafe.Add(ref d, slot++) = pair;
            }

            inScratch = !inScratch;
        }

        return inScratch;
    }

    /// <summary>
    /// Ranks more than <see cref="SmallSize"/> values. The bits every key shares (the common prefix of the smallest
    /// and largest key) are dropped, the next 64 − b bits are packed with the position (b bits) into one
    /// <see cref="ulong"/>, and only the top <see cref="SortedKeyBits"/> of them are radix-sorted: 8-byte elements
    /// and 3 passes, against 12 bytes and 6 passes for (key, position) pairs. Runs whose sorted bits are equal (ties,
    /// or values that differ only below those bits) are then re-sorted by their full keys.
    /// </summary>
    private static void RankLarge(ReadOnlySpan<double> values, Span<double> ranks, TieMethod method, RankOrder order, MissingValues missing, bool percent)
    {
        var n = values.Length;
        var flip = order == RankOrder.Descending ? ulong.MaxValue : 0UL;
        var min = ulong.MaxValue;
        var max = 0UL;
        var m = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                var key = Key(v) ^ flip;
                min = Math.Min(min, key);
                max = Math.Max(max, key);
                m++;
            }
        }

        var positionBits = 64 - BitOperations.LeadingZeroCount((ulong)(n - 1));
        var positionMask = (1UL << positionBits) - 1;

        // Every key lies in [min, max], so all share the prefix of min and max: shifting it out keeps the order.
        // (Equal min and max give 64, which C# shift counts wrap to 0: nothing is dropped, which is also correct.)
        var prefix = BitOperations.LeadingZeroCount(min ^ max);
        var packed = ArrayPool<ulong>.Shared.Rent(2 * n);
        var counts = ArrayPool<int>.Shared.Rent(Passes * Buckets);
        KeyedPosition[]? runs = null;
        try
        {
            var k = 0;
            for (var i = 0; i < n; i++)
            {
                var v = values[i];
                if (!double.IsNaN(v))
                {
                    packed[k++] = (((Key(v) ^ flip) << prefix) & ~positionMask) | (uint)i;
                }
            }

            // Three 11-bit digits of key bits leave few collisions (their runs are re-sorted below) and save passes.
            var lowBit = Math.Max(positionBits, 64 - SortedKeyBits);
            var sortedMask = ~((1UL << lowBit) - 1);
            var inScratch = RadixSortHighBits(packed.AsSpan(0, m), packed.AsSpan(n, m), counts.AsSpan(0, Passes * Buckets), lowBit);
            var sorted = inScratch ? packed.AsSpan(n, m) : packed.AsSpan(0, m);
            var writer = new RankWriter(ranks, method, missing, n - m);
            var start = 0;
            while (start < m)
            {
                var high = sorted[start] & sortedMask;
                var end = start + 1;
                while (end < m && (sorted[end] & sortedMask) == high)
                {
                    end++;
                }

                var length = end - start;
                if (length == 1)
                {
                    writer.Single((int)(sorted[start] & positionMask), start);
                }
                else
                {
                    // Gathered in order of appearance (the radix sort is stable), then sorted stably by full key.
                    if (runs is null || runs.Length < 2 * length)
                    {
                        if (runs is not null)
                        {
                            ArrayPool<KeyedPosition>.Shared.Return(runs);
                        }

                        runs = ArrayPool<KeyedPosition>.Shared.Rent(Math.Max(2 * length, 2 * SmallSize));
                    }

                    var run = runs.AsSpan(0, length);
                    for (var t = 0; t < length; t++)
                    {
                        var position = (int)(sorted[start + t] & positionMask);
                        run[t] = new KeyedPosition(Key(values[position]) ^ flip, position);
                    }

                    if (length <= SmallSize)
                    {
                        InsertionSort(run);
                    }
                    else if (RadixSort(run, runs.AsSpan(length, length), counts.AsSpan(0, Passes * Buckets)))
                    {
                        run = runs.AsSpan(length, length);
                    }

                    WriteTieGroups(ref writer, run, start);
                }

                start = end;
            }

            Finish(values, ranks, method, missing, percent, m, writer.Groups);
        }
        finally
        {
            if (runs is not null)
            {
                ArrayPool<KeyedPosition>.Shared.Return(runs);
            }

            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<ulong>.Shared.Return(packed);
        }
    }

    /// <summary>
    /// Stable LSD radix sort of <paramref name="packed"/> on its bits from <paramref name="lowBit"/> up (the bits
    /// below hold positions, already in order), ping-ponging with <paramref name="scratch"/>. Returns whether the
    /// sorted data ended in <paramref name="scratch"/>.
    /// </summary>
    private static bool RadixSortHighBits(Span<ulong> packed, Span<ulong> scratch, Span<int> counts, int lowBit)
    {
        var m = packed.Length;
        if (m < 2)
        {
            return false;
        }

        var passes = (64 - lowBit + DigitBits - 1) / DigitBits;
        counts[..(passes * Buckets)].Clear();
        ref var c0 = ref counts[0];
        foreach (var value in packed)
        {
            var rest = value >> lowBit;
            for (var pass = 0; pass < passes; pass++)
            {
                Unsafe.Add(ref c0, (pass * Buckets) + (int)(rest & DigitMask))++;
                rest >>= DigitBits;
            }
        }

        var inScratch = false;
        for (var pass = 0; pass < passes; pass++)
        {
            var shift = lowBit + (pass * DigitBits);
            var histogram = counts.Slice(pass * Buckets, Buckets);
            var src = inScratch ? scratch : packed;

            // A digit every key shares does not reorder anything: skip its pass.
            if (histogram[(int)((src[0] >> shift) & DigitMask)] == m)
            {
                continue;
            }

            var sum = 0;
            for (var b = 0; b < Buckets; b++)
            {
                var count = histogram[b];
                histogram[b] = sum;
                sum += count;
            }

            var dst = inScratch ? packed : scratch;
            ref var h = ref histogram[0];
            ref var d = ref dst[0];
            foreach (var value in src)
            {
                ref var slot = ref Unsafe.Add(ref h, (int)((value >> shift) & DigitMask));
                Unsafe.Add(ref d, slot++) = value;
            }

            inScratch = !inScratch;
        }

        return inScratch;
    }

    /// <summary>Writes the ranks of sorted pairs, one tie group per run of equal keys; <paramref name="start"/> is the first pair's place.</summary>
    private static void WriteTieGroups(ref RankWriter writer, scoped ReadOnlySpan<KeyedPosition> sorted, int start)
    {
        var first = 0;
        while (first < sorted.Length)
        {
            var key = sorted[first].Key;
            var end = first + 1;
            while (end < sorted.Length && sorted[end].Key == key)
            {
                end++;
            }

            writer.Tie(sorted[first..end], start + first);
            first = end;
        }
    }

    /// <summary>Ranks the NaNs, then divides for percent ranks.</summary>
    private static void Finish(ReadOnlySpan<double> values, Span<double> ranks, TieMethod method, MissingValues missing, bool percent, int m, int groups)
    {
        var n = values.Length;
        var nanCount = n - m;
        var nanGroup = missing != MissingValues.Keep && nanCount > 0 ? 1 : 0;
        if (nanCount > 0)
        {
            AssignMissing(values, ranks, method, missing, m, groups);
        }

        if (percent)
        {
            double denominator = method == TieMethod.Dense
                ? groups + nanGroup
                : (missing == MissingValues.Keep ? m : n);
            if (denominator > 0)
            {
                for (var i = 0; i < n; i++)
                {
                    ranks[i] /= denominator;
                }
            }
        }
    }

    /// <summary>Ranks the NaNs: NaN when kept, else one tied group (distinct ranks under First) at the top or bottom.</summary>
    private static void AssignMissing(ReadOnlySpan<double> values, Span<double> ranks, TieMethod method, MissingValues missing, int m, int groups)
    {
        var n = values.Length;
        var nanCount = n - m;
        double first = missing == MissingValues.Bottom ? m + 1 : 1;
        var rank = missing switch
        {
            MissingValues.Keep => double.NaN,
            _ => method switch
            {
                TieMethod.Average => first - 1 + ((nanCount + 1) / 2.0),
                TieMethod.Min => first,
                TieMethod.Max => first - 1 + nanCount,
                TieMethod.Dense => missing == MissingValues.Bottom ? groups + 1 : 1,
                _ => first,
            },
        };
        var step = missing != MissingValues.Keep && method == TieMethod.First ? 1 : 0;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNaN(values[i]))
            {
                ranks[i] = rank;
                rank += step;
            }
        }
    }

    /// <summary>Writes the ranks of the non-NaN values, one tie group at a time, in sorted order.</summary>
    private ref struct RankWriter
    {
        private readonly Span<double> ranks;
        private readonly TieMethod method;
        private readonly long offset;
        private readonly int denseOffset;

        public RankWriter(Span<double> ranks, TieMethod method, MissingValues missing, int nanCount)
        {
            this.ranks = ranks;
            this.method = method;

            // NaNs at the top take the first ranks (and the first dense rank when there are any).
            offset = missing == MissingValues.Top ? nanCount : 0;
            denseOffset = missing == MissingValues.Top && nanCount > 0 ? 1 : 0;
        }

        /// <summary>Gets the number of tie groups written so far.</summary>
        public int Groups { get; private set; }

        /// <summary>Writes a group of one value whose 0-based place in sorted order is <paramref name="start"/>.</summary>
        public void Single(int position, int start)
        {
            Groups++;
            ranks[position] = method == TieMethod.Dense ? denseOffset + Groups : offset + start + 1;
        }

        /// <summary>Writes one tie group (in order of appearance) whose first member's 0-based place is <paramref name="start"/>.</summary>
        public void Tie(scoped ReadOnlySpan<KeyedPosition> members, int start)
        {
            Groups++;
            var end = start + members.Length;
            if (method == TieMethod.First)
            {
                for (var t = 0; t < members.Length; t++)
                {
                    ranks[members[t].Position] = offset + start + t + 1;
                }

                return;
            }

            var rank = method switch
            {
                // (start + 1 + end) / 2 is exact: the sum is an integer below 2^53.
                TieMethod.Average => offset + ((start + 1 + (double)end) / 2),
                TieMethod.Min => offset + start + 1,
                TieMethod.Max => offset + end,
                _ => denseOffset + Groups,
            };
            foreach (var member in members)
            {
                ranks[member.Position] = rank;
            }
        }
    }

    /// <summary>An order-preserving key and the position of its value: 12 bytes, moved as one by the radix sort.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    internal readonly struct KeyedPosition(ulong key, int position)
    {
        public ulong Key { get; } = key;

        public int Position { get; } = position;
    }
}
