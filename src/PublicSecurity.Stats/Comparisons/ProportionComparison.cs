using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>
/// Two proportions compared — two clearance rates, say: the difference with Newcombe's hybrid score interval, Fisher's
/// exact test and Pearson's chi-square test.
/// </summary>
/// <remarks>
/// <para>Group 1 is x₁ of n₁ (p₁ = x₁/n₁), group 2 is x₂ of n₂; the 2×2 table is [[x₁, n₁ − x₁], [x₂, n₂ − x₂]].</para>
/// <list type="bullet">
/// <item><see cref="NewcombeInterval"/>: Newcombe (1998) method 10, from the Wilson limits (lᵢ, uᵢ) of each proportion
/// without continuity correction: L = d − √((p₁ − l₁)² + (u₂ − p₂)²), U = d + √((u₁ − p₁)² + (p₂ − l₂)²); not
/// clipped, always within [−1, 1] (statsmodels <c>confint_proportions_2indep(method='newcomb')</c>).</item>
/// <item><see cref="FisherPValue"/>: two-sided, conditional on both margins; sums the hypergeometric probabilities
/// ≤ P(observed)·(1 + 10⁻⁷) (R <c>fisher.test</c>); 1 when a margin is 0.</item>
/// <item><see cref="ChiSquareStatistic"/>: Pearson without Yates' correction, 1 degree of freedom (the pooled
/// two-proportion z-test squared; R <c>chisq.test(correct = FALSE)</c>); <see langword="null"/> when a column margin is
/// 0 (x₁ = x₂ = 0, or x₁ = n₁ and x₂ = n₂), where an expected count is 0.</item>
/// </list>
/// <para>All values are fractions; renderers print percentages and percentage points. Immutable and thread-safe.</para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class ProportionComparison : IRenderable
{
    private ProportionComparison(long successes1, long trials1, long successes2, long trials2, double confidence)
    {
        (Successes1, Trials1, Successes2, Trials2, Confidence) = (successes1, trials1, successes2, trials2, confidence);
        Proportion1 = (double)successes1 / trials1;
        Proportion2 = (double)successes2 / trials2;
        Difference = Proportion1 - Proportion2;

        var w1 = ProportionInterval.Wilson(successes1, trials1, confidence);
        var w2 = ProportionInterval.Wilson(successes2, trials2, confidence);
        var p1 = Proportion1;
        var p2 = Proportion2;
        NewcombeInterval = Interval.Create(
            Difference - Math.Sqrt(((p1 - w1.Lower) * (p1 - w1.Lower)) + ((w2.Upper - p2) * (w2.Upper - p2))),
            Difference + Math.Sqrt(((w1.Upper - p1) * (w1.Upper - p1)) + ((p2 - w2.Lower) * (p2 - w2.Lower))));

        FisherPValue = Fisher(successes1, trials1 - successes1, successes2, trials2 - successes2);
        (ChiSquareStatistic, ChiSquarePValue) = ChiSquare(successes1, trials1 - successes1, successes2, trials2 - successes2);
        RelativeChange = successes2 == 0 ? null : (Proportion1 / Proportion2) - 1;
    }

    private ProportionComparison(ProportionComparison source, LocalizedName group1, LocalizedName group2)
    {
        (Successes1, Trials1, Successes2, Trials2, Confidence) = (source.Successes1, source.Trials1, source.Successes2, source.Trials2, source.Confidence);
        (Proportion1, Proportion2, Difference, NewcombeInterval) = (source.Proportion1, source.Proportion2, source.Difference, source.NewcombeInterval);
        (FisherPValue, ChiSquareStatistic, ChiSquarePValue, RelativeChange) = (source.FisherPValue, source.ChiSquareStatistic, source.ChiSquarePValue, source.RelativeChange);
        (Group1Name, Group2Name) = (group1, group2);
    }

    /// <summary>Gets the name of group 1 (for example 2023), or <see langword="null"/> when the groups are unnamed.</summary>
    /// <remarks>Set by <see cref="WithGroups"/>; renderers print "Group 1" ("Nhóm 1") when it is <see langword="null"/>.</remarks>
    public LocalizedName? Group1Name { get; }

    /// <summary>Gets the name of group 2 (for example 2022), or <see langword="null"/> when the groups are unnamed.</summary>
    /// <remarks>Set by <see cref="WithGroups"/>; renderers print "Group 2" ("Nhóm 2") when it is <see langword="null"/>.</remarks>
    public LocalizedName? Group2Name { get; }

    /// <summary>Gets x₁.</summary>
    public long Successes1 { get; }

    /// <summary>Gets n₁.</summary>
    public long Trials1 { get; }

    /// <summary>Gets x₂.</summary>
    public long Successes2 { get; }

    /// <summary>Gets n₂.</summary>
    public long Trials2 { get; }

    /// <summary>Gets the confidence level of <see cref="NewcombeInterval"/>.</summary>
    public double Confidence { get; }

    /// <summary>Gets p₁ = x₁/n₁.</summary>
    public double Proportion1 { get; }

    /// <summary>Gets p₂ = x₂/n₂.</summary>
    public double Proportion2 { get; }

    /// <summary>Gets the difference p₁ − p₂ as a fraction (0.021 is 2.1 percentage points).</summary>
    public double Difference { get; }

    /// <summary>Gets Newcombe's hybrid score interval (method 10) of the difference.</summary>
    public Interval NewcombeInterval { get; }

    /// <summary>Gets the two-sided Fisher exact p-value.</summary>
    public double FisherPValue { get; }

    /// <summary>Gets Pearson's chi-square statistic without continuity correction, or <see langword="null"/> when a column margin is 0.</summary>
    public double? ChiSquareStatistic { get; }

    /// <summary>Gets the chi-square p-value (1 degree of freedom), or <see langword="null"/> when the statistic is undefined.</summary>
    public double? ChiSquarePValue { get; }

    /// <summary>Gets p₁/p₂ − 1 as a fraction, or <see langword="null"/> when p₂ = 0.</summary>
    public double? RelativeChange { get; }

    /// <summary>Compares x₁/n₁ with x₂/n₂.</summary>
    /// <param name="successes1">x₁, between 0 and n₁.</param>
    /// <param name="trials1">n₁, positive.</param>
    /// <param name="successes2">x₂, between 0 and n₂.</param>
    /// <param name="trials2">n₂, positive.</param>
    /// <param name="confidence">The confidence level of the Newcombe interval, in (0, 1); 0.95 by default.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A count is negative, a number of trials is 0, successes exceed trials, or <paramref name="confidence"/> is NaN
    /// or outside (0, 1).
    /// </exception>
    public static ProportionComparison Compare(long successes1, long trials1, long successes2, long trials2, double confidence = 0.95)
    {
        Preconditions.NotNegative(successes1, nameof(successes1), "successes of group 1");
        Preconditions.Positive(trials1, nameof(trials1), "trials of group 1");
        Preconditions.NotAbove(successes1, trials1, nameof(successes1), "successes of group 1", "trials of group 1");
        Preconditions.NotNegative(successes2, nameof(successes2), "successes of group 2");
        Preconditions.Positive(trials2, nameof(trials2), "trials of group 2");
        Preconditions.NotAbove(successes2, trials2, nameof(successes2), "successes of group 2", "trials of group 2");
        Preconditions.Confidence(confidence, nameof(confidence));
        return new ProportionComparison(successes1, trials1, successes2, trials2, confidence);
    }

    /// <summary>Gets the same comparison with its two groups named, for its sentences, tables and JSON.</summary>
    /// <param name="group1">The name of group 1 (x₁ of n₁), for example 2023 or "năm 2023".</param>
    /// <param name="group2">The name of group 2 (x₂ of n₂), for example 2022.</param>
    /// <returns>A new comparison with the same values and the names; this instance is unchanged.</returns>
    /// <remarks>The names are caller text: HTML escapes them and Markdown neutralises tags, '|' and a leading '='.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="group1"/> or <paramref name="group2"/> is null.</exception>
    public ProportionComparison WithGroups(LocalizedName group1, LocalizedName group2)
    {
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        return new ProportionComparison(this, group1, group2);
    }

    /// <summary>Gets the comparison as an English sentence.</summary>
    /// <returns>For example "87.44% against 85.10%: +2.34 percentage points (95% CI …); Fisher p = 0.123".</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the comparison as a sentence in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        if (language is not (Language.English or Language.Vietnamese))
        {
            throw new ArgumentOutOfRangeException(nameof(language), $"The language must be English or Vietnamese; it was {(int)language}.");
        }

        var vi = language == Language.Vietnamese;
        var ci = NumberText.PercentagePoints(NewcombeInterval.Lower, 2, language) + " … " + NumberText.PercentagePoints(NewcombeInterval.Upper, 2, language);
        var level = NumberText.Decimal(Confidence * 100, Confidence * 100 % 1 == 0 ? 0 : 1, language) + "%";
        var significant = NewcombeInterval.Lower > 0 || NewcombeInterval.Upper < 0;
        return $"{NumberText.Percent(Proportion1, 2, language)}{ComparisonText.Named(Group1Name, language)} {(vi ? "so với" : "against")} {NumberText.Percent(Proportion2, 2, language)}{ComparisonText.Named(Group2Name, language)}: "
            + $"{NumberText.PercentagePoints(Difference, 2, language)} ({(vi ? "KTC" : "CI")} {level} {ci}); "
            + $"Fisher {ComparisonText.PValue(FisherPValue, language)}, {ComparisonText.Significance(significant, language)}.";
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) =>
        Markdown.Document(ToString(language), ComparisonTables.Proportion(this, language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100) =>
        ComparisonTables.Html("ps-proportion-comparison", ToString(language), ComparisonTables.Proportion(this, language), maxRows);

    private static double Fisher(long a, long b, long c, long d)
    {
        // R fisher.test on [[a, b], [c, d]]: m = a + c white balls, n = b + d black, k = a + b drawn, x = a.
        var m = a + c;
        var n = b + d;
        var k = a + b;
        var lo = Math.Max(0, k - n);
        var hi = Math.Min(k, m);
        if (lo == hi)
        {
            return 1;
        }

        const double RelErr = 1 + 1e-7;
        var observed = Hypergeometric.Pmf(a, m, n, k) * RelErr;
        double total = 0;
        double tail = 0;
        for (var i = lo; i <= hi; i++)
        {
            var p = Hypergeometric.Pmf(i, m, n, k);
            total += p;
            if (p <= observed)
            {
                tail += p;
            }
        }

        return Math.Min(1, tail / total);
    }

    private static (double? Statistic, double? PValue) ChiSquare(long a, long b, long c, long d)
    {
        if (a + c == 0 || b + d == 0)
        {
            return (null, null);
        }

        var determinant = (double)(((Int128)a * d) - ((Int128)b * c));
        var n = (double)(a + b + c + d);
        var statistic = n * (determinant / ((double)(a + b) * (c + d))) * (determinant / ((double)(a + c) * (b + d)));
        var pValue = PublicSecurity.Stats.Numerics.ChiSquare.Survival(statistic, 1);
        return (statistic, pValue);
    }
}
