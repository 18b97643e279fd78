using System.Buffers;
using System.Globalization;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Estimation;

/// <summary>The exact (Garwood) confidence interval for the mean of a Poisson count, such as a number of accidents.</summary>
/// <remarks>
/// <para>
/// For a count k and α = 1 − confidence: lower = ½χ²⁻¹(α/2; 2k) = Γ⁻¹(α/2; shape k), with lower = 0 for k = 0;
/// upper = ½χ²⁻¹(1 − α/2; 2k + 2) = Γ⁻¹(1 − α/2; shape k + 1), the upper limit computed from its upper tail α/2
/// so that it keeps full relative accuracy. R <c>poisson.test(k, T = 1)$conf.int</c>; divide by an exposure (days,
/// population) for a rate, as <see cref="ExactRate"/> does.
/// </para>
/// <para>
/// The quantiles come from <see cref="IncompleteGamma"/> (safeguarded Halley steps, relative tolerance near 1e-15).
/// The batch overload computes the level's constants once and each distinct count once (it memoises within the
/// call, in pooled memory), and gives bit-for-bit the limits of the single-count overload. All members are pure and
/// thread-safe.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public static class PoissonInterval
{
    /// <summary>Computes the exact (Garwood) 95% interval for the mean of a Poisson count observed over one unit of exposure.</summary>
    /// <param name="count">The observed count k, non-negative.</param>
    /// <returns>The 95% interval for the mean; [0, −log 0.025] = [0, 3.689] at k = 0.</returns>
    /// <remarks>The same as <c>Exact(count, 0.95)</c> (an overload rather than an optional argument, beside the batch overload).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static Interval Exact(long count) => Exact(count, 0.95);

    /// <summary>Computes the exact (Garwood) interval for the mean of a Poisson count observed over one unit of exposure.</summary>
    /// <param name="count">The observed count k, non-negative.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <returns>The interval for the mean; [0, −log(α/2)] at k = 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is negative, or <paramref name="confidence"/> is NaN or not strictly between 0 and 1.
    /// </exception>
    public static Interval Exact(long count, double confidence)
    {
        ProportionInterval.CheckConfidence(confidence);
        CheckCount(count, -1);
        var level = new ProportionInterval.Level(confidence);
        Evaluate(count, in level, out var lower, out var upper);
        return new Interval(lower, upper);
    }

    /// <summary>Computes the exact (Garwood) interval for a rate: the interval of the mean divided by the exposure.</summary>
    /// <param name="count">The observed count k, non-negative.</param>
    /// <param name="exposure">The exposure (days, population, person-years), positive and finite.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval for the rate per unit of exposure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="count"/> is negative, <paramref name="exposure"/> is not positive and finite, or
    /// <paramref name="confidence"/> is NaN or not strictly between 0 and 1.
    /// </exception>
    public static Interval ExactRate(long count, double exposure, double confidence = 0.95)
    {
        if (!(exposure > 0.0 && exposure < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(exposure),
                string.Create(CultureInfo.InvariantCulture, $"The exposure must be positive and finite; it was {exposure:R}."));
        }

        var mean = Exact(count, confidence);
        return new Interval(mean.Lower / exposure, mean.Upper / exposure);
    }

    /// <summary>Computes the exact (Garwood) intervals of many counts at one level.</summary>
    /// <param name="counts">The observed counts, each non-negative.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <param name="lower">Receives the lower limits; as long as <paramref name="counts"/>, overlapping no other span.</param>
    /// <param name="upper">Receives the upper limits; as long as <paramref name="counts"/>, overlapping no other span.</param>
    /// <remarks>
    /// Element i gets exactly <c>Exact(counts[i], confidence)</c>. Each distinct count is computed once per call
    /// (counts repeat a great deal in real data: a month's deaths per province). Every element is checked before any
    /// is written, so on an exception <paramref name="lower"/> and <paramref name="upper"/> are untouched.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The three spans do not all have the same length, or <paramref name="lower"/> or <paramref name="upper"/> overlaps
    /// another of the three in memory (checked before anything is written).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An element of <paramref name="counts"/> is negative (the message gives the index), or
    /// <paramref name="confidence"/> is NaN or not strictly between 0 and 1.
    /// </exception>
    public static void Exact(ReadOnlySpan<long> counts, double confidence, Span<double> lower, Span<double> upper)
    {
        if (lower.Length != counts.Length || upper.Length != counts.Length)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The spans counts, lower and upper must have the same length; they were {counts.Length}, {lower.Length} and {upper.Length}."),
                nameof(counts));
        }

        Preconditions.Disjoint(lower, nameof(lower), counts, nameof(counts));
        Preconditions.Disjoint(upper, nameof(upper), counts, nameof(counts));
        Preconditions.Disjoint(upper, nameof(upper), (ReadOnlySpan<double>)lower, nameof(lower));
        ProportionInterval.CheckConfidence(confidence);
        var max = 0L;
        for (var i = 0; i < counts.Length; i++)
        {
            CheckCount(counts[i], i);
            max = Math.Max(max, counts[i]);
        }

        var level = new ProportionInterval.Level(confidence);

        // Memoise by count in a pooled table when the counts are dense enough; otherwise compute each element.
        if (counts.Length >= 32 && max < 2L * counts.Length + 4096)
        {
            var size = (int)max + 1;
            var table = ArrayPool<double>.Shared.Rent(2 * size);
            try
            {
                table.AsSpan(0, 2 * size).Fill(double.NaN);
                for (var i = 0; i < counts.Length; i++)
                {
                    var slot = 2 * (int)counts[i];
                    if (double.IsNaN(table[slot]))
                    {
                        Evaluate(counts[i], in level, out table[slot], out table[slot + 1]);
                    }

                    lower[i] = table[slot];
                    upper[i] = table[slot + 1];
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(table);
            }

            return;
        }

        for (var i = 0; i < counts.Length; i++)
        {
            Evaluate(counts[i], in level, out lower[i], out upper[i]);
        }
    }

    private static void Evaluate(long count, in ProportionInterval.Level level, out double lower, out double upper)
    {
        lower = count == 0 ? 0.0 : IncompleteGamma.Solve(level.HalfAlpha, level.OneMinusHalfAlpha, count, level.Z);
        upper = IncompleteGamma.Solve(level.OneMinusHalfAlpha, level.HalfAlpha, count + 1.0, level.Z);
    }

    private static void CheckCount(long count, int index)
    {
        if (count < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count),
                string.Create(CultureInfo.InvariantCulture, $"The count must not be negative; {ProportionInterval.Subject("counts", index)} was {count}."));
        }
    }
}
