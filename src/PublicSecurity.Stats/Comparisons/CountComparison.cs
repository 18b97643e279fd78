using System.Globalization;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>
/// Two counts from two periods compared with their evidence: absolute and percent change of the counts, the rate
/// ratio with exact and mid-p intervals, exact and mid-p p-values, and a small-count warning.
/// </summary>
/// <remarks>
/// <para>
/// Period 1 is the current period (k₁ events over exposure t₁: days, population or person-years), period 2 the
/// baseline (k₂, t₂). Under equal rates, k₁ given N = k₁ + k₂ is Binomial(N, π₀) with π₀ = t₁/(t₁ + t₂); the tests
/// and intervals are R's <c>poisson.test(c(k1, k2), c(t1, t2))</c>, which conditions on N the same way.
/// </para>
/// <para>
/// The percent change compares the counts, as reports print them ("giảm 45 vụ (−18,67%)"); the rate ratio and
/// <see cref="Kind"/> compare the rates, which is the same thing when the exposures are equal. A zero baseline has no
/// percent change (<see langword="null"/>): 0 → k is <see cref="ChangeKind.NewFromZero"/>, 0 → 0
/// <see cref="ChangeKind.BothZero"/>, for which no test is defined (<see cref="IsTestDefined"/> is false and the
/// test's members throw <see cref="InvalidOperationException"/>). 12 → 9 deaths is −25% but RR 0.75 with a 95% exact
/// interval 0.28–1.94 and p = 0.66: within chance.
/// </para>
/// <para>Instances are immutable and thread-safe; every value is computed once, by <see cref="Compare(long, long, double, double, double, int)"/>.</para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class CountComparison : IRenderable
{
    /// <summary>The default threshold below which a count is called small: 10.</summary>
    public const int DefaultSmallCountThreshold = 10;

    private const string Undefined = "The test is undefined: both counts are 0.";

    private readonly double rateRatio;
    private readonly Interval exactInterval;
    private readonly Interval midPInterval;
    private readonly double exactPValue;
    private readonly double midPPValue;
    private readonly double pValueDecrease;
    private readonly double pValueIncrease;
    private readonly double twoSidedPValue;
    private readonly Interval twoSidedInterval;

    private CountComparison(
        long current, long baseline, double currentExposure, double baselineExposure, double confidence, int smallCountThreshold, ExactTwoSidedMethod method)
    {
        (Current, Baseline, CurrentExposure, BaselineExposure, Confidence, SmallCountThreshold, TwoSidedMethod) = (current, baseline, currentExposure, baselineExposure, confidence, smallCountThreshold, method);
        CurrentRate = current / currentExposure;
        BaselineRate = baseline / baselineExposure;

        if (current == 0 && baseline == 0)
        {
            Kind = ChangeKind.BothZero;
            return;
        }

        rateRatio = CurrentRate / BaselineRate;
        Kind = baseline == 0 ? ChangeKind.NewFromZero
            : CompareRates(current, baseline, currentExposure, baselineExposure) switch
            {
                > 0 => ChangeKind.Increase,
                < 0 => ChangeKind.Decrease,
                _ => ChangeKind.NoChange,
            };

        var total = current + baseline;
        var pi0 = currentExposure / (currentExposure + baselineExposure);
        var null0 = new ConditionalBinomial(total, pi0, baselineExposure / (currentExposure + baselineExposure));
        exactPValue = null0.TwoSidedExactPValue(current);
        var below = null0.Cdf(current - 1);
        var above = null0.Survival(current);
        var at = null0.Pmf(current);
        midPPValue = Math.Min(1, 2 * Math.Min(below + (0.5 * at), above + (0.5 * at)));
        pValueDecrease = Math.Min(1, below + at);
        pValueIncrease = Math.Min(1, above + at);

        var alpha = 1 - confidence;
        var scale = baselineExposure / currentExposure;
        var (exactLowerTheta, exactUpperTheta) = ExactLogOdds(current, baseline, alpha);
        exactInterval = Interval.Create(
            current == 0 ? 0 : scale * Math.Exp(exactLowerTheta),
            baseline == 0 ? double.PositiveInfinity : scale * Math.Exp(exactUpperTheta));

        var midLower = current == 0 ? 0 : scale * Math.Exp(MidPLowerLogOdds(current, total, alpha, exactLowerTheta, exactUpperTheta, baseline));
        var midUpper = baseline == 0 ? double.PositiveInfinity : scale * Math.Exp(MidPUpperLogOdds(current, total, alpha, exactLowerTheta, exactUpperTheta));
        midPInterval = Interval.Create(midLower, midUpper);

        // The chosen two-sided rule and the interval that inverts it (exactci poisson.exact with two counts).
        twoSidedPValue = TwoSidedExact.PValue(new BinomialLaw(null0), current, (int)method, lowerFirst: true);
        if (method == ExactTwoSidedMethod.Central)
        {
            twoSidedInterval = exactInterval;
        }
        else
        {
            var (lowerTheta, upperTheta) = TwoSidedExact.BinomialLogOdds(current, total, alpha, method == ExactTwoSidedMethod.Blaker);
            twoSidedInterval = Interval.Create(
                current == 0 ? 0 : scale * Math.Exp(lowerTheta),
                baseline == 0 ? double.PositiveInfinity : scale * Math.Exp(upperTheta));
        }
    }

    private CountComparison(CountComparison source, LocalizedName current, LocalizedName baseline)
    {
        (Current, Baseline, CurrentExposure, BaselineExposure, Confidence, SmallCountThreshold, TwoSidedMethod) = (source.Current, source.Baseline, source.CurrentExposure, source.BaselineExposure, source.Confidence, source.SmallCountThreshold, source.TwoSidedMethod);
        (CurrentRate, BaselineRate, Kind) = (source.CurrentRate, source.BaselineRate, source.Kind);
        (twoSidedPValue, twoSidedInterval) = (source.twoSidedPValue, source.twoSidedInterval);
        (rateRatio, exactInterval, midPInterval) = (source.rateRatio, source.exactInterval, source.midPInterval);
        (exactPValue, midPPValue, pValueDecrease, pValueIncrease) = (source.exactPValue, source.midPPValue, source.pValueDecrease, source.pValueIncrease);
        (CurrentName, BaselineName) = (current, baseline);
    }

    /// <summary>Gets the name of the current period or group (for example 2023), or <see langword="null"/> when unnamed.</summary>
    /// <remarks>Set by <see cref="WithGroups"/>; renderers print "Current" ("Kỳ này") when it is <see langword="null"/>.</remarks>
    public LocalizedName? CurrentName { get; }

    /// <summary>Gets the name of the baseline period or group (for example 2022), or <see langword="null"/> when unnamed.</summary>
    /// <remarks>Set by <see cref="WithGroups"/>; renderers print "Baseline" ("Kỳ so sánh") when it is <see langword="null"/>.</remarks>
    public LocalizedName? BaselineName { get; }

    /// <summary>Gets the current period's count k₁.</summary>
    public long Current { get; }

    /// <summary>Gets the baseline period's count k₂.</summary>
    public long Baseline { get; }

    /// <summary>Gets the current period's exposure t₁ (days, population, …; 1 when not given).</summary>
    public double CurrentExposure { get; }

    /// <summary>Gets the baseline period's exposure t₂.</summary>
    public double BaselineExposure { get; }

    /// <summary>Gets the confidence level of the intervals, in (0, 1).</summary>
    public double Confidence { get; }

    /// <summary>Gets the threshold below which a count is small (see <see cref="IsSmallCount"/>).</summary>
    public int SmallCountThreshold { get; }

    /// <summary>Gets the current rate k₁/t₁.</summary>
    public double CurrentRate { get; }

    /// <summary>Gets the baseline rate k₂/t₂.</summary>
    public double BaselineRate { get; }

    /// <summary>Gets k₁ − k₂, the change in counts as a report prints it ("giảm 45 vụ").</summary>
    public long AbsoluteChange => Current - Baseline;

    /// <summary>Gets (k₁ − k₂)/k₂ as a fraction (−0.1867 for −18.67%), or <see langword="null"/> when the baseline is 0.</summary>
    public double? PercentChange => Baseline == 0 ? null : (double)(Current - Baseline) / Baseline;

    /// <summary>Gets the direction of the change of the rates (<see cref="ChangeKind"/>).</summary>
    public ChangeKind Kind { get; }

    /// <summary>Gets whether the test is defined: false only when both counts are 0.</summary>
    public bool IsTestDefined => Kind != ChangeKind.BothZero;

    /// <summary>Gets whether min(k₁, k₂) is below <see cref="SmallCountThreshold"/>: percent changes of small counts swing widely.</summary>
    public bool IsSmallCount => Math.Min(Current, Baseline) < SmallCountThreshold;

    /// <summary>Gets the rate ratio (k₁/t₁)/(k₂/t₂): +∞ when k₂ = 0 &lt; k₁, 0 when k₁ = 0 &lt; k₂.</summary>
    /// <exception cref="InvalidOperationException">Both counts are 0 (<see cref="IsTestDefined"/> is false).</exception>
    public double RateRatio => IsTestDefined ? rateRatio : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the relative change of the rates, <see cref="RateRatio"/> − 1 (+∞ when the baseline is 0).</summary>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double RateChange => RateRatio - 1;

    /// <summary>Gets the exact (Clopper–Pearson, conditional) interval of the rate ratio at <see cref="Confidence"/>.</summary>
    /// <remarks>
    /// R's <c>poisson.test(...)$conf.int</c>: the Clopper–Pearson limits of π mapped by RR = π/(1 − π)·t₂/t₁, here in
    /// the cancellation-free form RR_U = (t₂/t₁)·B⁻¹(1 − α/2; k₁ + 1, k₂)/B⁻¹(α/2; k₂, k₁ + 1) (and likewise for
    /// RR_L). The lower limit is 0 when k₁ = 0 and the upper limit +∞ when k₂ = 0.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public Interval ExactInterval => IsTestDefined ? exactInterval : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the mid-p interval of the rate ratio at <see cref="Confidence"/>.</summary>
    /// <remarks>
    /// π_L solves P(X &gt; k₁; π) + ½P(X = k₁; π) = α/2 (0 when k₁ = 0) and π_U solves
    /// P(X &lt; k₁; π) + ½P(X = k₁; π) = α/2 (1 when k₂ = 0), X ~ Binomial(N, π), solved on the log-odds scale to
    /// machine precision and mapped like <see cref="ExactInterval"/>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public Interval MidPInterval => IsTestDefined ? midPInterval : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the two-sided exact conditional p-value (R's <c>poisson.test</c>, = <c>binom.test(k1, N, π0)</c>).</summary>
    /// <remarks>The sum of P(X = i) over every i with P(X = i) ≤ P(X = k₁)·(1 + 10⁻⁷), capped at 1; 1 when k₁ = N·π₀.</remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double ExactPValue => IsTestDefined ? exactPValue : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the two-sided mid-p value: min(1, 2·min(P(X &lt; k₁) + ½P(X = k₁), P(X &gt; k₁) + ½P(X = k₁))).</summary>
    /// <remarks>The "central" mid-p (OpenEpi; exactci <c>midp=TRUE, tsmethod="central"</c>).</remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double MidPPValue => IsTestDefined ? midPPValue : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the one-sided exact p-value for a decrease, P(X ≤ k₁ | N, π₀).</summary>
    /// <remarks>Below α/2 exactly when the upper exact limit of the rate ratio is below 1.</remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double ExactPValueDecrease => IsTestDefined ? pValueDecrease : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the one-sided exact p-value for an increase, P(X ≥ k₁ | N, π₀).</summary>
    /// <remarks>Below α/2 exactly when the lower exact limit of the rate ratio is above 1.</remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double ExactPValueIncrease => IsTestDefined ? pValueIncrease : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the two-sided rule of <see cref="TwoSidedPValue"/> and <see cref="TwoSidedInterval"/>, which decide <see cref="IsSignificant"/>.</summary>
    /// <remarks><see cref="ExactTwoSidedMethod.Central"/> unless the comparison was made with another rule; with it the decision is the library's rule before the option existed.</remarks>
    public ExactTwoSidedMethod TwoSidedMethod { get; }

    /// <summary>Gets the two-sided exact p-value by <see cref="TwoSidedMethod"/> (exactci <c>poisson.exact(c(k1, k2), c(t1, t2), tsmethod = …)</c>).</summary>
    /// <remarks>
    /// Below α = 1 − <see cref="Confidence"/> exactly when <see cref="TwoSidedInterval"/> excludes 1. For
    /// <see cref="ExactTwoSidedMethod.Central"/> it is min(1, 2·min(<see cref="ExactPValueDecrease"/>,
    /// <see cref="ExactPValueIncrease"/>)); for <see cref="ExactTwoSidedMethod.MinLike"/> it equals
    /// <see cref="ExactPValue"/>. The sentences and tables print this value beside <see cref="TwoSidedInterval"/>.
    /// </remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public double TwoSidedPValue => IsTestDefined ? twoSidedPValue : throw new InvalidOperationException(Undefined);

    /// <summary>Gets the interval of the rate ratio that matches <see cref="TwoSidedPValue"/>: <see cref="ExactInterval"/> for the central rule, the inverted minlike or Blaker test otherwise.</summary>
    /// <remarks>The lower limit is 0 when k₁ = 0 and the upper limit +∞ when k₂ = 0.</remarks>
    /// <exception cref="InvalidOperationException">Both counts are 0.</exception>
    public Interval TwoSidedInterval => IsTestDefined ? twoSidedInterval : throw new InvalidOperationException(Undefined);

    /// <summary>Gets whether <see cref="TwoSidedInterval"/> at <see cref="Confidence"/> excludes 1, that is <see cref="TwoSidedPValue"/> &lt; α (false when undefined).</summary>
    /// <remarks>With the default <see cref="ExactTwoSidedMethod.Central"/> rule, whether the exact (Clopper–Pearson) interval excludes 1.</remarks>
    public bool IsSignificant => IsTestDefined && (twoSidedInterval.Upper < 1 || twoSidedInterval.Lower > 1);

    /// <summary>Gets the same comparison with its two periods or groups named, for its sentences, tables and JSON.</summary>
    /// <param name="current">The name of the current period or group (k₁), for example 2023 or "Quý I/2023".</param>
    /// <param name="baseline">The name of the baseline (k₂), for example 2022.</param>
    /// <returns>A new comparison with the same values and the names; this instance is unchanged.</returns>
    /// <remarks>The names are caller text: HTML escapes them and Markdown neutralises tags, '|' and a leading '='.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="current"/> or <paramref name="baseline"/> is null.</exception>
    public CountComparison WithGroups(LocalizedName current, LocalizedName baseline)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(baseline);
        return new CountComparison(this, current, baseline);
    }

    /// <summary>Compares two counts with equal exposures at the 95% level.</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static CountComparison Compare(long current, long baseline) =>
        Compare(current, baseline, 1, 1, 0.95, DefaultSmallCountThreshold);

    /// <summary>Compares two counts with equal exposures.</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <param name="confidence">The confidence level of the intervals, in (0, 1).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="confidence"/> is NaN or outside (0, 1).</exception>
    public static CountComparison Compare(long current, long baseline, double confidence) =>
        Compare(current, baseline, 1, 1, confidence, DefaultSmallCountThreshold);

    /// <summary>Compares two counts over their exposures (days, population, person-years) at the 95% level.</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <param name="currentExposure">The current exposure t₁: finite and positive (for periods, its days).</param>
    /// <param name="baselineExposure">The baseline exposure t₂: finite and positive.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or an exposure is not finite and positive.</exception>
    public static CountComparison Compare(long current, long baseline, double currentExposure, double baselineExposure) =>
        Compare(current, baseline, currentExposure, baselineExposure, 0.95, DefaultSmallCountThreshold);

    /// <summary>Compares two counts over their exposures (days, population, person-years).</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <param name="currentExposure">The current exposure t₁: finite and positive (for periods, its days).</param>
    /// <param name="baselineExposure">The baseline exposure t₂: finite and positive.</param>
    /// <param name="confidence">The confidence level of the intervals, in (0, 1).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, an exposure is not finite and positive, or <paramref name="confidence"/> is NaN or outside (0, 1).
    /// </exception>
    public static CountComparison Compare(long current, long baseline, double currentExposure, double baselineExposure, double confidence) =>
        Compare(current, baseline, currentExposure, baselineExposure, confidence, DefaultSmallCountThreshold);

    /// <summary>Compares two counts over their exposures, with an explicit small-count threshold.</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <param name="currentExposure">The current exposure t₁: finite and positive (for periods, its days).</param>
    /// <param name="baselineExposure">The baseline exposure t₂: finite and positive.</param>
    /// <param name="confidence">The confidence level of the intervals, in (0, 1).</param>
    /// <param name="smallCountThreshold">Counts below this are small (<see cref="IsSmallCount"/>); ≥ 0 (10 in the other overloads).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, an exposure is not finite and positive, <paramref name="confidence"/> is NaN or outside
    /// (0, 1), or <paramref name="smallCountThreshold"/> is negative.
    /// </exception>
    public static CountComparison Compare(long current, long baseline, double currentExposure, double baselineExposure, double confidence, int smallCountThreshold) =>
        Compare(current, baseline, currentExposure, baselineExposure, confidence, smallCountThreshold, ExactTwoSidedMethod.Central);

    /// <summary>Compares two counts over their exposures, with an explicit small-count threshold and two-sided rule.</summary>
    /// <param name="current">The current period's count k₁ (≥ 0).</param>
    /// <param name="baseline">The baseline period's count k₂ (≥ 0).</param>
    /// <param name="currentExposure">The current exposure t₁: finite and positive (for periods, its days).</param>
    /// <param name="baselineExposure">The baseline exposure t₂: finite and positive.</param>
    /// <param name="confidence">The confidence level of the intervals, in (0, 1).</param>
    /// <param name="smallCountThreshold">Counts below this are small (<see cref="IsSmallCount"/>); ≥ 0.</param>
    /// <param name="method">
    /// The two-sided rule of <see cref="TwoSidedPValue"/>, <see cref="TwoSidedInterval"/> and so of
    /// <see cref="IsSignificant"/>; the other overloads use <see cref="ExactTwoSidedMethod.Central"/>.
    /// </param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, an exposure is not finite and positive, <paramref name="confidence"/> is NaN or outside
    /// (0, 1), <paramref name="smallCountThreshold"/> is negative, or <paramref name="method"/> is not a defined value.
    /// </exception>
    public static CountComparison Compare(
        long current,
        long baseline,
        double currentExposure,
        double baselineExposure,
        double confidence,
        int smallCountThreshold,
        ExactTwoSidedMethod method)
    {
        Preconditions.NotNegative(current, nameof(current), "current count");
        Preconditions.NotNegative(baseline, nameof(baseline), "baseline count");
        Preconditions.PositiveFinite(currentExposure, nameof(currentExposure), "current exposure");
        Preconditions.PositiveFinite(baselineExposure, nameof(baselineExposure), "baseline exposure");
        Preconditions.Confidence(confidence, nameof(confidence));
        if (smallCountThreshold < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(smallCountThreshold),
                string.Create(CultureInfo.InvariantCulture, $"The small-count threshold must not be negative; it was {smallCountThreshold}."));
        }

        ExactTest.CheckMethod(method);
        return new CountComparison(current, baseline, currentExposure, baselineExposure, confidence, smallCountThreshold, method);
    }

    /// <summary>Gets the comparison as one English sentence with its evidence.</summary>
    /// <returns>For example "9 against 12: down 3 (−25.00%); rate ratio 0.75 (95% CI 0.28–1.94), exact p = 0.664: not statistically significant; small counts (below 10)."</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the comparison as one sentence with its evidence, in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => ComparisonText.CountSentence(this, null, language);

    /// <summary>Gets the comparison as a clause naming the metric and its unit, as a report writes it.</summary>
    /// <param name="metric">The metric, for example <see cref="Metric.TrafficInjured"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>For example "số người bị thương tăng 17 người (+12,41%; …), chưa có ý nghĩa thống kê".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string Describe(Metric metric, Language language)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return ComparisonText.CountSentence(this, metric, language);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) =>
        Markdown.Document(ToString(language), ComparisonTables.Count(this, language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100) =>
        ComparisonTables.Html("ps-count-comparison", ToString(language), ComparisonTables.Count(this, language), maxRows);

    private static int CompareRates(long current, long baseline, double currentExposure, double baselineExposure) =>
        currentExposure == baselineExposure
            ? current.CompareTo(baseline)
            : (current * baselineExposure).CompareTo(baseline * currentExposure);

    /// <summary>The exact (Clopper–Pearson) limits of π on the log-odds scale, each computed from two beta quantiles.</summary>
    private static (double Lower, double Upper) ExactLogOdds(long k1, long k2, double alpha)
    {
        var half = alpha / 2;
        var lower = k1 == 0
            ? double.NegativeInfinity
            : Math.Log(IncompleteBeta.Inverse(half, k1, k2 + 1)) - Math.Log(IncompleteBeta.InverseComplement(half, k2 + 1, k1));
        var upper = k2 == 0
            ? double.PositiveInfinity
            : Math.Log(IncompleteBeta.InverseComplement(half, k1 + 1, k2)) - Math.Log(IncompleteBeta.Inverse(half, k2, k1 + 1));
        return (lower, upper);
    }

    private static double MidPLowerLogOdds(long k1, long n, double alpha, double exactLower, double exactUpper, long k2)
    {
        var state = (K: k1, N: n, Half: alpha / 2);
        static double G(double theta, (long K, long N, double Half) s)
        {
            var b = ConditionalBinomial.FromLogOdds(s.N, theta);
            return b.Survival(s.K) + (0.5 * b.Pmf(s.K)) - s.Half;
        }

        var a = exactLower;
        var fa = G(a, state);
        var b = k2 == 0 ? a + 1 : exactUpper;
        var fb = G(b, state);
        while (fb < 0)
        {
            a = b;
            fa = fb;
            b += 2;
            fb = G(b, state);
        }

        return RootFinder.Brent(G, state, a, b, fa, fb);
    }

    private static double MidPUpperLogOdds(long k1, long n, double alpha, double exactLower, double exactUpper)
    {
        var state = (K: k1, N: n, Half: alpha / 2);
        static double G(double theta, (long K, long N, double Half) s)
        {
            var b = ConditionalBinomial.FromLogOdds(s.N, theta);
            return b.Cdf(s.K - 1) + (0.5 * b.Pmf(s.K)) - s.Half;
        }

        var b = exactUpper;
        var fb = G(b, state);
        var a = k1 == 0 ? b - 1 : exactLower;
        var fa = G(a, state);
        while (fa < 0)
        {
            b = a;
            fb = fa;
            a -= 2;
            fa = G(a, state);
        }

        return RootFinder.Brent(G, state, a, b, fa, fb);
    }
}
