using System.Globalization;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Text.Cells;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Whether a ranking measure ranks raw rates or rates shrunken towards the overall rate.</summary>
/// <remarks><c>default</c> is <see cref="None"/>: raw rates, the library's ranking before this option existed.</remarks>
public enum RateShrinkage
{
    /// <summary>Raw rates: numerator ÷ denominator.</summary>
    None = 0,

    /// <summary>
    /// Empirical-Bayes rates (<see cref="EmpiricalBayes"/>): beta-binomial for proportions, Poisson–gamma for the other
    /// kinds, so that a small unit does not top or bottom a league by noise.
    /// </summary>
    EmpiricalBayes = 1,
}

/// <summary>The prior an <see cref="EmpiricalBayesRates"/> fits.</summary>
/// <remarks><c>default</c> is <see cref="PoissonGamma"/>.</remarks>
public enum EmpiricalBayesModel
{
    /// <summary>Counts over exposures: each unit's rate is Gamma(mean b, variance a) (spdep <c>EBest</c>, Marshall 1991).</summary>
    PoissonGamma = 0,

    /// <summary>Successes of trials: each unit's proportion is Beta(mean b, α + β = M), fitted by the method of moments.</summary>
    BetaBinomial = 1,
}

/// <summary>Empirical-Bayes shrinkage of the rates of many units (provinces) towards their overall rate.</summary>
/// <remarks>
/// <para>
/// <b>Poisson–gamma</b> (spdep <c>EBest(n, x, family = "poisson")</c>, Marshall's global moment estimator): with
/// pᵢ = nᵢ/xᵢ, b = Σn/Σx, s² = Σxᵢ(pᵢ − b)²/Σx and m units, a = max(0, s² − b/(Σx/m)), and the shrunken rate is
/// b + a(pᵢ − b)/(a + b/xᵢ) = (nᵢ + b²/a)/(xᵢ + b/a): the prior counts as b/a units of exposure. When every count is 0
/// (b = 0) spdep returns NaN; here each rate stays its raw 0 and <see cref="EmpiricalBayesRates.IsPriorDefined"/> is false.
/// </para>
/// <para>
/// <b>Beta–binomial by the method of moments</b>: b = Σn/Σx, s² as above, τ² = s² − b(1 − b)/(Σx/m). When b is 0 or 1
/// or τ² ≤ 0 the proportions vary no more than binomially and every unit is shrunk to b (M = ∞); otherwise
/// M = b(1 − b)/τ² − 1 (if M ≤ 0, no shrinkage: M = 0) and the shrunken proportion is the Beta(bM, (1 − b)M)
/// posterior mean (nᵢ + bM)/(xᵢ + M). (spdep's own binomial estimator can leave [0, 1]; it is not used.)
/// </para>
/// <para>
/// Each shrunken rate lies between the unit's raw rate and b; units with small denominators move most. Both agree with
/// R (spdep 1.2.7 and the base-R moments of the reference README) to a relative 10⁻¹². All members are pure and
/// thread-safe.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public static class EmpiricalBayes
{
    /// <summary>Shrinks rates nᵢ/xᵢ (counts over exposures, such as populations) by the Poisson–gamma model.</summary>
    /// <param name="counts">The counts nᵢ, each non-negative; at least one.</param>
    /// <param name="exposures">The exposures xᵢ, each positive and finite; as many as the counts.</param>
    /// <returns>The raw and shrunken rates per unit of exposure, with the fitted prior.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or an exposure is not positive and finite (the message gives the index).</exception>
    public static EmpiricalBayesRates PoissonGamma(IReadOnlyList<long> counts, IReadOnlyList<double> exposures)
    {
        var (n, x) = Check(counts, exposures, proportion: false);
        var (m, sumX, b, raw, s2) = Moments(n, x);
        var a = Math.Max(0, s2 - (b / (sumX / m)));
        var shrunk = new double[m];
        for (var i = 0; i < m; i++)
        {
            shrunk[i] = b == 0 ? raw[i] : b + (a * (raw[i] - b) / (a + (b / x[i])));
        }

        var priorDenominator = b == 0 ? double.NaN : a == 0 ? double.PositiveInfinity : b / a;
        return new EmpiricalBayesRates(EmpiricalBayesModel.PoissonGamma, n, x, raw, shrunk, b, s2, a, priorDenominator, b > 0);
    }

    /// <summary>Shrinks proportions nᵢ/xᵢ (successes of trials, such as cases cleared of recorded) by the beta–binomial model.</summary>
    /// <param name="successes">The successes nᵢ, each between 0 and its trials; at least one.</param>
    /// <param name="trials">The trials xᵢ, each at least 1; as many as the successes.</param>
    /// <returns>The raw and shrunken proportions, with the fitted prior.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The lists are empty or of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, a trial count below 1, or successes exceed their trials (the message gives the index).</exception>
    public static EmpiricalBayesRates BetaBinomial(IReadOnlyList<long> successes, IReadOnlyList<long> trials)
    {
        ArgumentNullException.ThrowIfNull(trials);
        var asDouble = new double[trials.Count];
        for (var i = 0; i < asDouble.Length; i++)
        {
            asDouble[i] = trials[i];
        }

        var (n, x) = Check(successes, asDouble, proportion: true);
        var (m, sumX, b, raw, s2) = Moments(n, x);
        var tau2 = s2 - (b * (1 - b) / (sumX / m));
        var shrunk = new double[m];
        double bigM;
        if (b == 0 || b == 1 || tau2 <= 0)
        {
            bigM = double.PositiveInfinity;
            Array.Fill(shrunk, b);
        }
        else
        {
            bigM = Math.Max(0, (b * (1 - b) / tau2) - 1);
            for (var i = 0; i < m; i++)
            {
                shrunk[i] = bigM == 0 ? raw[i] : (n[i] + (b * bigM)) / (x[i] + bigM);
            }
        }

        return new EmpiricalBayesRates(EmpiricalBayesModel.BetaBinomial, n, x, raw, shrunk, b, s2, Math.Max(0, tau2), bigM, true);
    }

    // b = Σn/Σx, the raw rates and s² = Σxᵢ(pᵢ − b)²/Σx, in spdep's order of operations.
    private static (int M, double SumX, double B, double[] Raw, double S2) Moments(long[] n, double[] x)
    {
        var m = n.Length;
        double sumN = 0, sumX = 0;
        for (var i = 0; i < m; i++)
        {
            sumN += n[i];
            sumX += x[i];
        }

        var b = sumN / sumX;
        var raw = new double[m];
        var s2 = 0.0;
        for (var i = 0; i < m; i++)
        {
            raw[i] = n[i] / x[i];
            s2 += x[i] * (raw[i] - b) * (raw[i] - b);
        }

        return (m, sumX, b, raw, s2 / sumX);
    }

    internal static (long[] N, double[] X) Check(IReadOnlyList<long> counts, IReadOnlyList<double> denominators, bool proportion)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(denominators);
        if (counts.Count == 0 || counts.Count != denominators.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The counts and denominators must be non-empty and of equal length; they were {counts.Count} and {denominators.Count}."),
                nameof(counts));
        }

        var n = new long[counts.Count];
        var x = new double[counts.Count];
        for (var i = 0; i < n.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(counts), string.Create(CultureInfo.InvariantCulture, $"The counts must not be negative; counts[{i}] was {counts[i]}."));
            }

            var d = denominators[i];
            if (proportion ? !(d >= 1) : !(d > 0) || double.IsInfinity(d))
            {
                throw new ArgumentOutOfRangeException(
                    nameof(denominators),
                    string.Create(CultureInfo.InvariantCulture, $"The {(proportion ? "trials must be at least 1" : "exposures must be positive and finite")}; [{i}] was {d:R}."));
            }

            if (proportion && counts[i] > d)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(counts), string.Create(CultureInfo.InvariantCulture, $"The successes must not exceed their trials ({d:R}); counts[{i}] was {counts[i]}."));
            }

            (n[i], x[i]) = (counts[i], d);
        }

        return (n, x);
    }
}

/// <summary>Raw and empirical-Bayes shrunken rates of several units, with the fitted prior (<see cref="EmpiricalBayes"/>).</summary>
/// <remarks>Units are in input order and named "1", "2", … in renderings. Immutable and thread-safe.</remarks>
public sealed class EmpiricalBayesRates : IRenderable
{
    internal EmpiricalBayesRates(
        EmpiricalBayesModel model, long[] counts, double[] denominators, double[] raw, double[] shrunken, double overall, double weightedVariance, double betweenVariance, double priorDenominator, bool priorDefined)
    {
        (Model, Counts, Denominators, Raw, Shrunken) = (model, Array.AsReadOnly(counts), Array.AsReadOnly(denominators), Array.AsReadOnly(raw), Array.AsReadOnly(shrunken));
        (OverallRate, WeightedVariance, BetweenVariance, PriorDenominator, IsPriorDefined) = (overall, weightedVariance, betweenVariance, priorDenominator, priorDefined);
    }

    /// <summary>Gets the model of the prior.</summary>
    public EmpiricalBayesModel Model { get; }

    /// <summary>Gets the counts nᵢ (events or successes).</summary>
    public IReadOnlyList<long> Counts { get; }

    /// <summary>Gets the denominators xᵢ (exposures or trials).</summary>
    public IReadOnlyList<double> Denominators { get; }

    /// <summary>Gets the raw rates nᵢ/xᵢ.</summary>
    public IReadOnlyList<double> Raw { get; }

    /// <summary>Gets the shrunken rates, each between its raw rate and <see cref="OverallRate"/>.</summary>
    public IReadOnlyList<double> Shrunken { get; }

    /// <summary>Gets the overall rate b = Σn/Σx, the prior mean the rates are shrunk towards.</summary>
    public double OverallRate { get; }

    /// <summary>Gets s² = Σxᵢ(pᵢ − b)²/Σx, the exposure-weighted variance of the raw rates (spdep's <c>a</c> for the binomial family).</summary>
    public double WeightedVariance { get; }

    /// <summary>Gets the between-unit variance of the true rates: Marshall's a (Poisson–gamma) or τ² (beta–binomial), 0 when the rates vary no more than by chance.</summary>
    public double BetweenVariance { get; }

    /// <summary>
    /// Gets how much denominator the prior is worth: b/a units of exposure (Poisson–gamma) or M = α + β trials
    /// (beta–binomial); +∞ when every unit is shrunk to the overall rate, 0 when none is shrunk, NaN only when
    /// <see cref="IsPriorDefined"/> is false.
    /// </summary>
    /// <remarks>
    /// It is also the over-dispersion of the counts: under a Poisson–gamma prior a unit's count is negative binomial
    /// with size b²/a (the rates' squared coefficient of variation is a/b²); under a beta–binomial prior the
    /// intra-class correlation is ρ = 1/(M + 1). The funnel adjustments <see cref="OverdispersionAdjustment.NegativeBinomial"/>
    /// and <see cref="OverdispersionAdjustment.BetaBinomial"/> use them.
    /// </remarks>
    public double PriorDenominator { get; }

    /// <summary>Gets whether a prior could be fitted: false only for a Poisson–gamma fit with every count 0 (the shrunken rates are then the raw 0).</summary>
    public bool IsPriorDefined { get; }

    /// <summary>Gets the fit as an English table.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Table(language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Table(language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        CheckMaxRows(maxRows);
        return Div("ps-empirical-bayes", Table(language).ToHtml(maxRows));
    }

    /// <summary>A rate with four significant digits (at least four decimals).</summary>
    internal static string Rate(double value, Language language)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return double.IsNaN(value) ? Dash : NumberText.Decimal(value, 0, language);
        }

        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(Math.Abs(value))), 4, 15);
        return NumberText.Decimal(value, decimals, language);
    }

    private TextTable Table(Language language)
    {
        var poisson = Model == EmpiricalBayesModel.PoissonGamma;
        var t = new TextTable(
            poisson ? Lang(language, "Empirical-Bayes rates (Poisson–gamma, Marshall)", "Tỷ suất Bayes thực nghiệm (Poisson–gamma, Marshall)") : Lang(language, "Empirical-Bayes proportions (beta–binomial, moments)", "Tỷ lệ Bayes thực nghiệm (beta–nhị thức, phương pháp mômen)"),
            new TableColumn(Lang(language, "Unit", "Đơn vị")),
            new TableColumn(poisson ? Lang(language, "Count", "Số đếm") : Lang(language, "Successes", "Số thành công"), CellAlign.Right),
            new TableColumn(poisson ? Lang(language, "Exposure", "Quy mô") : Lang(language, "Trials", "Số phép thử"), CellAlign.Right),
            new TableColumn(Lang(language, "Raw", "Thô"), CellAlign.Right),
            new TableColumn(Lang(language, "Shrunken", "Đã co"), CellAlign.Right));
        for (var i = 0; i < Raw.Count; i++)
        {
            t.Row(NumberText.Integer(i + 1, language), Cells.Count(Counts[i], language), Cells.Count(Denominators[i], language), Rate(Raw[i], language), Rate(Shrunken[i], language));
        }

        var prior = !IsPriorDefined
            ? Lang(language, "every count is 0: no prior can be fitted, the rates stay 0", "mọi số đếm bằng 0: không ước lượng được phân phối tiên nghiệm, tỷ suất giữ nguyên 0")
            : double.IsPositiveInfinity(PriorDenominator)
                ? Lang(language, "the rates vary no more than by chance: every unit is shrunk to the overall rate", "các tỷ suất không dao động hơn mức ngẫu nhiên: mọi đơn vị được co về tỷ suất chung")
                : PriorDenominator == 0
                    ? Lang(language, "the prior carries no weight: no unit is shrunk", "phân phối tiên nghiệm không có trọng số: không đơn vị nào được co")
                    : Lang(language, $"the prior counts as {Rate(PriorDenominator, language)} of denominator", $"phân phối tiên nghiệm tương đương mẫu số {Rate(PriorDenominator, language)}");
        t.Note(Lang(
            language,
            $"Overall rate b = {Rate(OverallRate, language)}; between-unit variance {Rate(BetweenVariance, language)}; {prior}. Each shrunken rate lies between its raw rate and b.",
            $"Tỷ suất chung b = {Rate(OverallRate, language)}; phương sai giữa các đơn vị {Rate(BetweenVariance, language)}; {prior}. Mỗi tỷ suất đã co nằm giữa tỷ suất thô và b."));
        return t;
    }
}
