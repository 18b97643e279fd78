using System.Globalization;
using System.Runtime.CompilerServices;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Estimation;

/// <summary>Confidence intervals for a binomial proportion x/n, such as a clearance rate (cases cleared of cases occurred).</summary>
/// <remarks>
/// <para>
/// Six methods (<see cref="IntervalMethod"/>), each with the conventions of R and statsmodels given there, and
/// z = Φ⁻¹(1 − α/2) with α = 1 − confidence. The exact methods (Clopper–Pearson, Jeffreys) invert the regularized
/// incomplete beta function to a relative accuracy near 1e-15, so they agree with R's <c>qbeta</c> at any n.
/// </para>
/// <para>
/// The batch overload computes z and the other per-level constants once, validates every element before writing
/// anything, allocates nothing, and gives bit-for-bit the same limits as the single-pair overloads. All members are
/// pure and thread-safe.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public static class ProportionInterval
{
    /// <summary>Computes the confidence interval of <paramref name="successes"/>/<paramref name="trials"/> by the given method.</summary>
    /// <param name="successes">The number of successes x (for example cases cleared), between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials n (for example cases occurred), positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1 (0.95 for a 95% interval).</param>
    /// <param name="method">The method.</param>
    /// <returns>The interval, within [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="trials"/> is not positive; <paramref name="successes"/> is negative or exceeds
    /// <paramref name="trials"/>; <paramref name="confidence"/> is NaN or not strictly between 0 and 1; or
    /// <paramref name="method"/> is not a defined value.
    /// </exception>
    public static Interval Compute(long successes, long trials, double confidence, IntervalMethod method)
    {
        CheckConfidence(confidence);
        CheckMethod(method);
        CheckCounts(successes, trials, -1);
        var level = new Level(confidence);
        Evaluate(successes, trials, in level, method, out var lower, out var upper);
        return new Interval(lower, upper);
    }

    /// <summary>Computes the confidence intervals of many proportions at one level by one method.</summary>
    /// <param name="successes">The numbers of successes, each between 0 and its number of trials.</param>
    /// <param name="trials">The numbers of trials, each positive; as long as <paramref name="successes"/>.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1.</param>
    /// <param name="method">The method.</param>
    /// <param name="lower">Receives the lower limits; as long as <paramref name="successes"/>, overlapping no other span.</param>
    /// <param name="upper">Receives the upper limits; as long as <paramref name="successes"/>, overlapping no other span.</param>
    /// <remarks>
    /// Element i gets exactly <c>Compute(successes[i], trials[i], confidence, method)</c>. Every element is checked
    /// before any is written, so on an exception <paramref name="lower"/> and <paramref name="upper"/> are untouched.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// The four spans do not all have the same length, or <paramref name="lower"/> or <paramref name="upper"/> overlaps
    /// another of the four in memory (checked before anything is written; the two inputs may share memory).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An element of <paramref name="trials"/> is not positive, an element of <paramref name="successes"/> is
    /// negative or exceeds its trials (the message gives the index), <paramref name="confidence"/> is NaN or not
    /// strictly between 0 and 1, or <paramref name="method"/> is not a defined value.
    /// </exception>
    public static void Compute(
        ReadOnlySpan<long> successes,
        ReadOnlySpan<long> trials,
        double confidence,
        IntervalMethod method,
        Span<double> lower,
        Span<double> upper)
    {
        if (trials.Length != successes.Length || lower.Length != successes.Length || upper.Length != successes.Length)
        {
            throw new ArgumentException(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The spans successes, trials, lower and upper must have the same length; they were {successes.Length}, {trials.Length}, {lower.Length} and {upper.Length}."),
                nameof(trials));
        }

        Preconditions.Disjoint(lower, nameof(lower), successes, nameof(successes));
        Preconditions.Disjoint(lower, nameof(lower), trials, nameof(trials));
        Preconditions.Disjoint(upper, nameof(upper), successes, nameof(successes));
        Preconditions.Disjoint(upper, nameof(upper), trials, nameof(trials));
        Preconditions.Disjoint(upper, nameof(upper), (ReadOnlySpan<double>)lower, nameof(lower));
        CheckConfidence(confidence);
        CheckMethod(method);
        for (var i = 0; i < successes.Length; i++)
        {
            CheckCounts(successes[i], trials[i], i);
        }

        var level = new Level(confidence);
        if (method == IntervalMethod.Wilson)
        {
            // The common case, kept as a tight loop over the same kernel as the single call.
            for (var i = 0; i < successes.Length; i++)
            {
                Wilson(successes[i], trials[i], level.Z, level.HalfZSquared, out lower[i], out upper[i]);
            }

            return;
        }

        for (var i = 0; i < successes.Length; i++)
        {
            Evaluate(successes[i], trials[i], in level, method, out lower[i], out upper[i]);
        }
    }

    /// <summary>The Wilson score interval (<see cref="IntervalMethod.Wilson"/>).</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; R <c>prop.test(x, n, correct = FALSE)$conf.int</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval Wilson(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.Wilson);

    /// <summary>The Wilson score interval with continuity correction (<see cref="IntervalMethod.WilsonContinuityCorrected"/>).</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval (Newcombe 1998, method 4).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval WilsonContinuityCorrected(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.WilsonContinuityCorrected);

    /// <summary>The exact Clopper–Pearson interval (<see cref="IntervalMethod.ClopperPearson"/>).</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; R <c>binom.test(x, n)$conf.int</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval ClopperPearson(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.ClopperPearson);

    /// <summary>The Jeffreys interval (<see cref="IntervalMethod.Jeffreys"/>), with statsmodels' convention at x = 0 and x = n.</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval; statsmodels <c>proportion_confint(method="jeffreys")</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval Jeffreys(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.Jeffreys);

    /// <summary>The Agresti–Coull interval (<see cref="IntervalMethod.AgrestiCoull"/>).</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval, clipped to [0, 1]; statsmodels <c>proportion_confint(method="agresti_coull")</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval AgrestiCoull(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.AgrestiCoull);

    /// <summary>The normal-approximation (Wald) interval (<see cref="IntervalMethod.Wald"/>).</summary>
    /// <param name="successes">The number of successes, between 0 and <paramref name="trials"/>.</param>
    /// <param name="trials">The number of trials, positive.</param>
    /// <param name="confidence">The confidence level, strictly between 0 and 1; 0.95 by default.</param>
    /// <returns>The interval, clipped to [0, 1]; statsmodels <c>proportion_confint(method="normal")</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count or the confidence level is out of range (see <see cref="Compute(long, long, double, IntervalMethod)"/>).</exception>
    public static Interval Wald(long successes, long trials, double confidence = 0.95) =>
        Compute(successes, trials, confidence, IntervalMethod.Wald);

    private static void Evaluate(long x, long n, in Level level, IntervalMethod method, out double lower, out double upper)
    {
        switch (method)
        {
            case IntervalMethod.Wilson:
                Wilson(x, n, level.Z, level.HalfZSquared, out lower, out upper);
                break;
            case IntervalMethod.WilsonContinuityCorrected:
                WilsonCorrected(x, n, level.Z, out lower, out upper);
                break;
            case IntervalMethod.ClopperPearson:
                lower = x == 0 ? 0.0 : IncompleteBeta.Solve(level.HalfAlpha, level.OneMinusHalfAlpha, x, (double)(n - x) + 1.0, level.Z);
                upper = x == n ? 1.0 : IncompleteBeta.Solve(level.OneMinusHalfAlpha, level.HalfAlpha, x + 1.0, (double)(n - x), level.Z);
                break;
            case IntervalMethod.Jeffreys:
                var a = x + 0.5;
                var b = (double)(n - x) + 0.5;
                lower = IncompleteBeta.Solve(level.HalfAlpha, level.OneMinusHalfAlpha, a, b, level.Z);
                upper = IncompleteBeta.Solve(level.OneMinusHalfAlpha, level.HalfAlpha, a, b, level.Z);
                break;
            case IntervalMethod.AgrestiCoull:
                AgrestiCoull(x, n, level.Z, out lower, out upper);
                break;
            default:
                Wald(x, n, level.Z, out lower, out upper);
                break;
        }
    }

    // R prop.test(correct = FALSE): (p + z²/2n ± z√(p(1−p)/n + z²/4n²)) / (1 + z²/n), 0 at x = 0, 1 at x = n.
    // Written so that the hot loop has one division and one square root per pair: with r = 1/(n(n + z²)),
    // 1/n = (n + z²)·r and 1/(1 + z²/n) = n²·r.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Wilson(long x, long n, double z, double halfZSquared, out double lower, out double upper)
    {
        double nd = n;
        var nPlusZ2 = nd + 2.0 * halfZSquared;
        var r = 1.0 / (nd * nPlusZ2);
        var inverseN = nPlusZ2 * r;
        var p = x * inverseN;
        var z22n = halfZSquared * inverseN; // z²/2n
        var scale = nd * nd * r; // 1/(1 + z²/n)
        var centre = p + z22n;
        var radius = z * Math.Sqrt((p * (1.0 - p) + 0.5 * z22n) * inverseN);
        lower = x == 0 ? 0.0 : (centre - radius) * scale;
        upper = x == n ? 1.0 : (centre + radius) * scale;
    }

    // R prop.test(correct = TRUE) with the correction always applied: the score limits of p ∓ 1/2n, clipped.
    private static void WilsonCorrected(long x, long n, double z, out double lower, out double upper)
    {
        double nd = n;
        var p = x / nd;
        var z22n = z * z / (2.0 * nd);
        var denominator = 1.0 + 2.0 * z22n;
        var pl = p - 0.5 / nd;
        var pu = p + 0.5 / nd;
        lower = pl <= 0.0 ? 0.0 : (pl + z22n - z * Math.Sqrt(pl * (1.0 - pl) / nd + z22n / (2.0 * nd))) / denominator;
        upper = pu >= 1.0 ? 1.0 : (pu + z22n + z * Math.Sqrt(pu * (1.0 - pu) / nd + z22n / (2.0 * nd))) / denominator;
        lower = Math.Max(lower, 0.0);
        upper = Math.Min(upper, 1.0);
    }

    // statsmodels agresti_coull: ñ = n + z², p̃ = (x + z²/2)/ñ, p̃ ± z√(p̃(1 − p̃)/ñ), clipped.
    private static void AgrestiCoull(long x, long n, double z, out double lower, out double upper)
    {
        var z2 = z * z;
        var nTilde = n + z2;
        var pTilde = (x + z2 / 2.0) / nTilde;
        var half = z * Math.Sqrt(pTilde * (1.0 - pTilde) / nTilde);
        lower = Math.Max(pTilde - half, 0.0);
        upper = Math.Min(pTilde + half, 1.0);
    }

    // statsmodels normal: p ± z√(p(1 − p)/n), clipped.
    private static void Wald(long x, long n, double z, out double lower, out double upper)
    {
        double nd = n;
        var p = x / nd;
        var half = z * Math.Sqrt(p * (1.0 - p) / nd);
        lower = Math.Max(p - half, 0.0);
        upper = Math.Min(p + half, 1.0);
    }

    internal static void CheckConfidence(double confidence)
    {
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence),
                string.Create(CultureInfo.InvariantCulture, $"The confidence level must be strictly between 0 and 1; it was {confidence:R}."));
        }
    }

    private static void CheckMethod(IntervalMethod method)
    {
        if (method is < IntervalMethod.Wilson or > IntervalMethod.Wald)
        {
            throw new ArgumentOutOfRangeException(
                nameof(method),
                string.Create(CultureInfo.InvariantCulture, $"The method must be a defined IntervalMethod (Wilson … Wald); it was {(int)method}."));
        }
    }

    private static void CheckCounts(long successes, long trials, int index)
    {
        if (trials <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(trials), string.Create(CultureInfo.InvariantCulture, $"The trials must be positive; {Subject("trials", index)} was {trials}."));
        }

        if (successes < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(successes), string.Create(CultureInfo.InvariantCulture, $"The successes must not be negative; {Subject("successes", index)} was {successes}."));
        }

        if (successes > trials)
        {
            throw new ArgumentOutOfRangeException(
                nameof(successes),
                string.Create(CultureInfo.InvariantCulture, $"The successes must not exceed the trials ({trials}); {Subject("successes", index)} was {successes}."));
        }
    }

    /// <summary>"it" for a single value, "name[i]" for an element of a batch.</summary>
    internal static string Subject(string name, int index) =>
        index < 0 ? "it" : string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");

    /// <summary>The constants of one confidence level: α/2, 1 − α/2, z = Φ⁻¹(1 − α/2) and z²/2.</summary>
    internal readonly struct Level
    {
        public Level(double confidence)
        {
            var alpha = 1.0 - confidence;
            HalfAlpha = alpha / 2.0;
            OneMinusHalfAlpha = 1.0 - HalfAlpha;
            Z = -Normal.Quantile(HalfAlpha);
            HalfZSquared = 0.5 * Z * Z;
        }

        public double HalfAlpha { get; }

        public double OneMinusHalfAlpha { get; }

        public double Z { get; }

        public double HalfZSquared { get; }
    }
}
