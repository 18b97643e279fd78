using System.Globalization;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Rankings;

/// <summary>One unit of a funnel plot: its counts, its value, its z-score and its position at each level.</summary>
/// <typeparam name="TKey">The unit's key (a province, a name).</typeparam>
public sealed class FunnelUnit<TKey>
{
    internal FunnelUnit(TKey key, double numerator, double denominator, double value, double shrunkenValue, double zScore, double adjustedZScore, IReadOnlyList<Interval> limits, IReadOnlyList<FunnelPosition> positions)
    {
        (Key, Numerator, Denominator, Value, ShrunkenValue, ZScore, AdjustedZScore, Limits, Positions) = (key, numerator, denominator, value, shrunkenValue, zScore, adjustedZScore, limits, positions);
    }

    /// <summary>Gets the unit's key.</summary>
    public TKey Key { get; }

    /// <summary>Gets the numerator: successes x, or the observed count O.</summary>
    public double Numerator { get; }

    /// <summary>Gets the denominator: trials n, or the expected count E.</summary>
    public double Denominator { get; }

    /// <summary>Gets the plotted value: x/n, or O/E.</summary>
    public double Value { get; }

    /// <summary>Gets the empirical-Bayes value: x/n or O/E shrunken towards the overall value (<see cref="FunnelPlot{TKey}.Shrinkage"/>).</summary>
    /// <remarks>Between <see cref="Value"/> and the overall Σx/Σn (or ΣO/ΣE); a small unit moves most. Positions are judged on <see cref="Value"/>.</remarks>
    public double ShrunkenValue { get; }

    /// <summary>Gets the unwinsorised z-score on the transformed scale: (asin√(x/n) − asin√p₀)·2√n, or log(O/E)·√E.</summary>
    public double ZScore { get; }

    /// <summary>Gets the z-score the plot's limits use: <see cref="ZScore"/> widened for over-dispersion as the limits were.</summary>
    /// <remarks>
    /// With no adjustment applied it is <see cref="ZScore"/>; multiplicative, z/√φ̂; additive, (yᵢ − θ₀)/√(sᵢ² + τ̂²).
    /// It is the z to read beside the adjusted limits: a unit is outside the level-p limits when |z| exceeds the normal
    /// quantile z_p (on the transformed scale; a proportion limit clipped at 0 or 1 aside). The unadjusted z
    /// (<see cref="ZScore"/>) can be far beyond 2 for a unit well within limits widened for large over-dispersion.
    /// </remarks>
    public double AdjustedZScore { get; }

    /// <summary>Gets the control limits at the unit's denominator, one per level of the plot (in <see cref="FunnelPlot{TKey}.Levels"/> order).</summary>
    public IReadOnlyList<Interval> Limits { get; }

    /// <summary>Gets the unit's position at each level (in <see cref="FunnelPlot{TKey}.Levels"/> order).</summary>
    public IReadOnlyList<FunnelPosition> Positions { get; }
}

/// <summary>A unit of a funnel plot of proportions: x successes of n trials.</summary>
/// <typeparam name="TKey">The unit's key.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Successes">x, not negative and at most n.</param>
/// <param name="Trials">n, at least 1.</param>
public readonly record struct ProportionUnit<TKey>(TKey Key, long Successes, long Trials);

/// <summary>A unit of a funnel plot of counts: O observed against E expected under the target rate.</summary>
/// <typeparam name="TKey">The unit's key.</typeparam>
/// <param name="Key">The key.</param>
/// <param name="Observed">O, not negative.</param>
/// <param name="Expected">E, finite and positive (for example population × the national rate).</param>
public readonly record struct CountUnit<TKey>(TKey Key, long Observed, double Expected);

/// <summary>
/// A funnel plot with its over-dispersion assessment: each unit flagged within, above or below the control limits at
/// each level, the limits widened for over-dispersion only when the data call for it.
/// </summary>
/// <remarks>
/// <para>Spiegelhalter (Qual Saf Health Care 2005;14:347). For proportions: yᵢ = asin√(xᵢ/nᵢ), θ₀ = asin√p₀ (p₀ the
/// target, or the pooled rate Σx/Σn when none is given), sᵢ = 1/(2√nᵢ), zᵢ = (yᵢ − θ₀)/sᵢ. For counts against expected
/// counts: yᵢ = log(Oᵢ/Eᵢ) (with Oᵢ = ½ when Oᵢ = 0, a continuity correction so the log is finite), θ₀ = 0,
/// sᵢ = 1/√Eᵢ.</para>
/// <para>The ⌊share·I⌋ smallest and largest zᵢ are winsorised (replaced by the nearest remaining values; share 0.1 by
/// default) and φ̂ = Σzᵢ²/I. The data are over-dispersed when I·φ̂ exceeds the 95% point of χ²(I − 1); only then is the
/// requested adjustment applied (<see cref="Applied"/> says which): multiplicative, θ₀ ± z_p·√φ̂·sᵢ; or additive,
/// θ₀ ± z_p·√(sᵢ² + τ̂²) with τ̂² = max(0, (I·φ̂ − (I − 1))/(Σwᵢ − Σwᵢ²/Σwᵢ)), wᵢ = 1/sᵢ². Adjusted limits are mapped
/// back with sin² (proportions; an angle beyond [0, π/2] maps to the boundary 0 or 1) or exp (ratios). Unadjusted
/// limits are the exact interpolated limits of <see cref="FunnelLimits"/>.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
/// <typeparam name="TKey">The units' key.</typeparam>
public sealed class FunnelPlot<TKey> : IRenderable
{
    private FunnelPlot(
        bool isProportion, double target, bool targetIsPooled, IReadOnlyList<double> levels, double winsorisationShare, double phi, double criticalValue,
        OverdispersionAdjustment requested, OverdispersionAdjustment applied, double tau2, EmpiricalBayesRates shrinkage)
    {
        (IsProportion, Target, TargetIsPooled, Levels, WinsorisationShare, Phi, ChiSquareCritical, Requested, Applied, Tau2, Units) = (isProportion, target, targetIsPooled, levels, winsorisationShare, phi, criticalValue, requested, applied, tau2, []);
        Shrinkage = shrinkage;
        Dispersion = DispersionOf(isProportion, shrinkage);
    }

    /// <summary>Gets whether the plot is of proportions (x/n); otherwise of counts against expected counts (O/E).</summary>
    public bool IsProportion { get; }

    /// <summary>Gets the target: p₀ for proportions, 1 for O/E.</summary>
    public double Target { get; }

    /// <summary>Gets whether the target is the pooled rate Σx/Σn (no target was given).</summary>
    public bool TargetIsPooled { get; }

    /// <summary>Gets the levels of the limits, for example 0.95 and 0.998.</summary>
    public IReadOnlyList<double> Levels { get; }

    /// <summary>Gets the share of z-scores winsorised at each end.</summary>
    public double WinsorisationShare { get; }

    /// <summary>Gets φ̂, the mean of the squared winsorised z-scores (1 when there is no over-dispersion).</summary>
    public double Phi { get; }

    /// <summary>Gets the test statistic I·φ̂.</summary>
    public double TestStatistic => Phi * Units.Count;

    /// <summary>Gets the 95% point of χ²(I − 1) that <see cref="TestStatistic"/> is compared with.</summary>
    public double ChiSquareCritical { get; }

    /// <summary>Gets whether the data are over-dispersed: <see cref="TestStatistic"/> exceeds <see cref="ChiSquareCritical"/>.</summary>
    public bool IsOverdispersed => TestStatistic > ChiSquareCritical;

    /// <summary>Gets the adjustment the caller asked for.</summary>
    public OverdispersionAdjustment Requested { get; }

    /// <summary>Gets the adjustment applied: <see cref="Requested"/> when over-dispersed, else <see cref="OverdispersionAdjustment.None"/>.</summary>
    public OverdispersionAdjustment Applied { get; }

    /// <summary>Gets τ̂², the additive between-unit variance on the transformed scale (0 when not over-dispersed).</summary>
    public double Tau2 { get; }

    /// <summary>Gets the empirical-Bayes fit of the units: beta–binomial for proportions, Poisson–gamma of O over E for counts.</summary>
    /// <remarks>It gives each unit's <see cref="FunnelUnit{TKey}.ShrunkenValue"/> and the over-dispersion of the beta-binomial and negative-binomial adjustments.</remarks>
    public EmpiricalBayesRates Shrinkage { get; }

    /// <summary>
    /// Gets the dispersion parameter of the beta-binomial or negative-binomial limits: the intra-class correlation
    /// ρ = 1/(M + 1) for proportions, the negative-binomial size b²/a for counts; <see langword="null"/> when the fit
    /// finds no between-unit variance (or no prior).
    /// </summary>
    public double? Dispersion { get; }

    /// <summary>Gets the units, in input order.</summary>
    public IReadOnlyList<FunnelUnit<TKey>> Units { get; private set; }

    /// <summary>Gets the control limits the plot uses at a given denominator and level (for drawing the funnel).</summary>
    /// <param name="denominator">
    /// The denominator n (proportions, ≥ 1; rounded to the nearest integer for the exact limits) or expected count E
    /// (rates, &gt; 0). Non-integer n lets a caller draw the funnel's curves.
    /// </param>
    /// <param name="level">The level, in (0, 1).</param>
    /// <returns>The limits: exact interpolated when no adjustment was applied, else the adjusted limits.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> or <paramref name="level"/> is out of range.</exception>
    public Interval LimitsAt(double denominator, double level)
    {
        if (!(denominator > 0) || double.IsInfinity(denominator) || (IsProportion && denominator < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominator), string.Create(CultureInfo.InvariantCulture, $"The denominator must be finite and {(IsProportion ? "at least 1" : "positive")}; it was {denominator:R}."));
        }

        FunnelLimits.CheckOpenUnit(level, nameof(level), "level");
        return Limits(IsProportion, Target, Applied, Phi, Tau2, Dispersion, denominator, level);
    }

    /// <summary>Gets the plot as an English table with the over-dispersion assessment.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => RankingTables.Funnel(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => RankingTables.Funnel(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div("ps-funnel", RankingTables.Funnel(this, language).ToHtml(maxRows), ToSvg(language));
    }

    /// <summary>Gets the funnel plot as a self-contained inline SVG.</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <param name="title">A title, or null for a generic one.</param>
    /// <param name="xLabel">The x-axis label, or null for a generic one.</param>
    /// <param name="yLabel">The y-axis label, or null for a generic one.</param>
    /// <returns>The SVG: target line, limits at the first level (dashed) and the last (dotted) against the denominator on a log axis, and the units marked by position.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language = Language.English, string? title = null, string? xLabel = null, string? yLabel = null)
    {
        _ = PublicSecurity.Stats.Text.Cells.Lang(language, string.Empty, string.Empty);
        return RankingTables.FunnelSvg(this, language, title, xLabel, yLabel);
    }

    internal static List<(TKey Key, double Numerator, double Denominator)> Validate(IEnumerable<(TKey Key, double Numerator, double Denominator)> units, bool proportion)
    {
        var list = units.ToList();
        if (list.Count < 2)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A funnel plot needs at least 2 units; there were {list.Count}."), nameof(units));
        }

        Ranking.CheckDistinct(list.ConvertAll(u => u.Key), null, nameof(units));

        for (var i = 0; i < list.Count; i++)
        {
            var u = list[i];
            if (!(u.Numerator >= 0) || double.IsInfinity(u.Numerator))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(units), string.Create(CultureInfo.InvariantCulture, $"Unit {i} ({u.Key}): the numerator must be finite and not negative; it was {u.Numerator:R}."));
            }

            if (proportion && !(u.Denominator >= 1 && u.Numerator <= u.Denominator && double.IsFinite(u.Denominator)))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(units), string.Create(CultureInfo.InvariantCulture, $"Unit {i} ({u.Key}): the denominator must be at least 1 and at least the numerator ({u.Numerator:R}); it was {u.Denominator:R}."));
            }

            if (!proportion && (!(u.Denominator > 0) || double.IsInfinity(u.Denominator)))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(units), string.Create(CultureInfo.InvariantCulture, $"Unit {i} ({u.Key}): the expected count must be finite and positive; it was {u.Denominator:R}."));
            }
        }

        return list;
    }

    internal static FunnelPlot<TKey> Build(
        List<(TKey Key, double Numerator, double Denominator)> list, bool proportion, double target, bool pooled, double theta0, OverdispersionAdjustment adjustment, IReadOnlyList<double>? levels, double share)
    {
        if (!Enum.IsDefined(adjustment))
        {
            throw new ArgumentOutOfRangeException(nameof(adjustment), $"The adjustment must be None, Multiplicative, Additive, BetaBinomial or NegativeBinomial; it was {(int)adjustment}.");
        }

        if ((adjustment == OverdispersionAdjustment.BetaBinomial && !proportion) || (adjustment == OverdispersionAdjustment.NegativeBinomial && proportion))
        {
            throw new ArgumentOutOfRangeException(
                nameof(adjustment),
                $"The adjustment must suit the plot: BetaBinomial is for proportions and NegativeBinomial for counts against expected counts; it was {adjustment} for {(proportion ? "proportions" : "counts")}.");
        }

        if (!(share >= 0 && share < 0.5))
        {
            throw new ArgumentOutOfRangeException(
                nameof(share), string.Create(CultureInfo.InvariantCulture, $"The winsorisation share must be in [0, 0.5); it was {share:R}."));
        }

        var lv = (levels ?? [0.95, 0.998]).ToArray();
        if (lv.Length == 0)
        {
            throw new ArgumentException("At least one level is required; there were 0.", nameof(levels));
        }

        foreach (var l in lv)
        {
            FunnelLimits.CheckOpenUnit(l, nameof(levels), "level");
        }

        var count = list.Count;
        var z = new double[count];
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            var (y, s) = Transformed(proportion, list[i].Numerator, list[i].Denominator);
            z[i] = (y - theta0) / s;
            weights[i] = 1 / (s * s);
        }

        var phi = WinsorisedPhi(z, share);
        var critical = ChiSquare.Quantile(0.95, count - 1);
        var over = count * phi > critical;
        var numerators = new long[count];
        var denominators = new double[count];
        for (var i = 0; i < count; i++)
        {
            (numerators[i], denominators[i]) = ((long)list[i].Numerator, list[i].Denominator);
        }

        var shrinkage = proportion
            ? EmpiricalBayes.BetaBinomial(numerators, Array.ConvertAll(denominators, d => (long)d))
            : EmpiricalBayes.PoissonGamma(numerators, denominators);
        var dispersion = DispersionOf(proportion, shrinkage);
        var applied = !over || (adjustment is OverdispersionAdjustment.BetaBinomial or OverdispersionAdjustment.NegativeBinomial && dispersion is null)
            ? OverdispersionAdjustment.None
            : adjustment;
        var tau2 = 0.0;
        if (over)
        {
            var sw = weights.Sum();
            var sw2 = weights.Sum(w => w * w);
            tau2 = Math.Max(0, ((count * phi) - (count - 1)) / (sw - (sw2 / sw)));
        }

        var plot = new FunnelPlot<TKey>(proportion, target, pooled, Array.AsReadOnly(lv), share, phi, critical, adjustment, applied, tau2, shrinkage);
        var units = new FunnelUnit<TKey>[count];
        for (var i = 0; i < count; i++)
        {
            var u = list[i];
            var value = u.Numerator / u.Denominator;
            var limits = new Interval[lv.Length];
            var positions = new FunnelPosition[lv.Length];
            for (var j = 0; j < lv.Length; j++)
            {
                limits[j] = Limits(proportion, target, applied, phi, tau2, dispersion, u.Denominator, lv[j]);
                positions[j] = value > limits[j].Upper ? FunnelPosition.Above : value < limits[j].Lower ? FunnelPosition.Below : FunnelPosition.Within;
            }

            var s = 1 / Math.Sqrt(weights[i]);
            var adjustedZ = applied switch
            {
                OverdispersionAdjustment.Multiplicative => z[i] / Math.Sqrt(phi),
                OverdispersionAdjustment.Additive => z[i] * s / Math.Sqrt((s * s) + tau2),
                OverdispersionAdjustment.BetaBinomial => z[i] / Math.Sqrt(1 + ((u.Denominator - 1) * dispersion!.Value)),
                OverdispersionAdjustment.NegativeBinomial => z[i] * s / Math.Sqrt((s * s) + (1 / dispersion!.Value)),
                _ => z[i],
            };
            units[i] = new FunnelUnit<TKey>(u.Key, u.Numerator, u.Denominator, value, shrinkage.Shrunken[i], z[i], adjustedZ, Array.AsReadOnly(limits), Array.AsReadOnly(positions));
        }

        plot.Units = Array.AsReadOnly(units);
        return plot;
    }

    private static (double Y, double S) Transformed(bool proportion, double numerator, double denominator) => proportion
        ? (Math.Asin(Math.Sqrt(numerator / denominator)), 1 / (2 * Math.Sqrt(denominator)))
        : (Math.Log(Math.Max(numerator, 0.5) / denominator), 1 / Math.Sqrt(denominator));

    internal static double WinsorisedPhi(double[] z, double share)
    {
        var sorted = (double[])z.Clone();
        Array.Sort(sorted);
        var k = (int)Math.Floor(share * sorted.Length);
        var low = sorted[k];
        var high = sorted[sorted.Length - 1 - k];
        var sum = 0.0;
        foreach (var value in z)
        {
            var w = Math.Clamp(value, low, high);
            sum += w * w;
        }

        return sum / z.Length;
    }

    /// <summary>ρ = 1/(M + 1) of a beta–binomial fit, or the size b²/a of a Poisson–gamma fit; null without between-unit variance.</summary>
    private static double? DispersionOf(bool proportion, EmpiricalBayesRates fit)
    {
        if (proportion)
        {
            var m = fit.PriorDenominator;
            return double.IsFinite(m) && m > 0 ? 1 / (m + 1) : null;
        }

        var b = fit.OverallRate;
        var a = fit.BetweenVariance;
        return fit.IsPriorDefined && a > 0 ? b * b / a : null;
    }

    private static Interval Limits(bool proportion, double target, OverdispersionAdjustment applied, double phi, double tau2, double? dispersion, double denominator, double level)
    {
        if (applied == OverdispersionAdjustment.BetaBinomial)
        {
            return FunnelLimits.BetaBinomial(target, (long)Math.Round(denominator), dispersion!.Value, level, FunnelMethod.ExactInterpolated);
        }

        if (applied == OverdispersionAdjustment.NegativeBinomial)
        {
            return FunnelLimits.NegativeBinomial(denominator, dispersion!.Value, level, FunnelMethod.ExactInterpolated);
        }

        if (applied == OverdispersionAdjustment.None)
        {
            return proportion
                ? FunnelLimits.Proportion(target, (long)Math.Round(denominator), level, FunnelMethod.ExactInterpolated)
                : FunnelLimits.Rate(denominator, level, FunnelMethod.ExactInterpolated);
        }

        var (pLow, pHigh) = FunnelLimits.Tails(level);
        var s = proportion ? 1 / (2 * Math.Sqrt(denominator)) : 1 / Math.Sqrt(denominator);
        var spread = applied == OverdispersionAdjustment.Multiplicative ? Math.Sqrt(phi) * s : Math.Sqrt((s * s) + tau2);
        var theta0 = proportion ? Math.Asin(Math.Sqrt(target)) : 0;
        var lo = theta0 + (PublicSecurity.Stats.Numerics.Normal.Quantile(pLow) * spread);
        var hi = theta0 + (PublicSecurity.Stats.Numerics.Normal.Quantile(pHigh) * spread);
        return proportion ? new Interval(Back(lo), Back(hi)) : new Interval(Math.Exp(lo), Math.Exp(hi));

        static double Back(double angle) => angle <= 0 ? 0 : angle >= Math.PI / 2 ? 1 : Math.Sin(angle) * Math.Sin(angle);
    }
}

/// <summary>Builds funnel plots (<see cref="FunnelPlot{TKey}"/>) of proportions or of counts against expected counts.</summary>
/// <remarks>
/// <para>See <see cref="FunnelPlot{TKey}"/> for the method. All members are pure and thread-safe.</para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public static class FunnelPlot
{
    /// <summary>Builds a funnel plot of proportions x/n.</summary>
    /// <param name="units">The units; at least 2, with distinct keys.</param>
    /// <param name="target">The target p₀ in (0, 1), or null for the pooled rate Σx/Σn.</param>
    /// <param name="adjustment">The over-dispersion adjustment to apply if the data are over-dispersed.</param>
    /// <param name="levels">The levels, each in (0, 1); 0.95 and 0.998 when null.</param>
    /// <param name="winsorisationShare">The share winsorised at each end, in [0, 0.5); 0.1 by default.</param>
    /// <typeparam name="TKey">The units' key.</typeparam>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null, or a unit's key is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 units, or two units have the same key (<see cref="EqualityComparer{T}.Default"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count, the target, a level, the share or the adjustment is out of range.</exception>
    public static FunnelPlot<TKey> Proportions<TKey>(
        IEnumerable<ProportionUnit<TKey>> units,
        double? target = null,
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.Additive,
        IReadOnlyList<double>? levels = null,
        double winsorisationShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = FunnelPlot<TKey>.Validate(units.Select(u => (u.Key, (double)u.Successes, (double)u.Trials)), proportion: true);
        if (target is double t)
        {
            FunnelLimits.CheckOpenUnit(t, nameof(target), "target proportion");
        }

        var pooled = list.Sum(u => u.Numerator) / list.Sum(u => u.Denominator);
        if (target is null && !(pooled > 0 && pooled < 1))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The pooled proportion must be strictly between 0 and 1 to serve as the target; it was {pooled:R}."),
                nameof(units));
        }

        var p0 = target ?? pooled;
        var theta0 = Math.Asin(Math.Sqrt(p0));
        return FunnelPlot<TKey>.Build(list, proportion: true, p0, target is null, theta0, adjustment, levels, winsorisationShare);
    }

    /// <summary>Builds a funnel plot of observed counts against expected counts, O/E (target 1).</summary>
    /// <param name="units">The units; at least 2, with distinct keys.</param>
    /// <param name="adjustment">The over-dispersion adjustment to apply if the data are over-dispersed.</param>
    /// <param name="levels">The levels, each in (0, 1); 0.95 and 0.998 when null.</param>
    /// <param name="winsorisationShare">The share winsorised at each end, in [0, 0.5); 0.1 by default.</param>
    /// <typeparam name="TKey">The units' key.</typeparam>
    /// <returns>The plot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null, or a unit's key is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 units, or two units have the same key (<see cref="EqualityComparer{T}.Default"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count, a level, the share or the adjustment is out of range.</exception>
    public static FunnelPlot<TKey> Rates<TKey>(
        IEnumerable<CountUnit<TKey>> units,
        OverdispersionAdjustment adjustment = OverdispersionAdjustment.Additive,
        IReadOnlyList<double>? levels = null,
        double winsorisationShare = 0.1)
    {
        ArgumentNullException.ThrowIfNull(units);
        var list = FunnelPlot<TKey>.Validate(units.Select(u => (u.Key, (double)u.Observed, u.Expected)), proportion: false);
        return FunnelPlot<TKey>.Build(list, proportion: false, 1, false, 0, adjustment, levels, winsorisationShare);
    }
}
