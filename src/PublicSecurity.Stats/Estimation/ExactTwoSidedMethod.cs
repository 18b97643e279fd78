namespace PublicSecurity.Stats.Estimation;

/// <summary>
/// The rule that turns a discrete exact test into a two-sided p-value, and the confidence interval that matches it
/// (R package exactci, argument <c>tsmethod</c>).
/// </summary>
/// <remarks>
/// <para>
/// Each rule comes with the interval obtained by inverting the same test, so that the p-value is below α = 1 − confidence
/// exactly when the interval excludes the null value: a "p &lt; 0.05" never comes with a 95% interval that contains the
/// null. R's <c>binom.test</c> and <c>poisson.test</c> pair the <see cref="MinLike"/> p-value with the
/// <see cref="Central"/> (Clopper–Pearson, Garwood) interval, which can disagree near α.
/// </para>
/// <para>
/// <c>default</c> is <see cref="Central"/>, the library's rule before this option existed: a change is significant when
/// its exact Clopper–Pearson interval excludes the null, which is the central test. Written in JSON as camelCase strings
/// (<c>"central"</c>, <c>"minLike"</c>, <c>"blaker"</c>).
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public enum ExactTwoSidedMethod
{
    /// <summary>Twice the smaller one-sided p-value, capped at 1; matched by the equal-tailed (Clopper–Pearson, Garwood) interval.</summary>
    /// <remarks>exactci <c>tsmethod = "central"</c>. The interval has at most α/2 in each tail; the default.</remarks>
    Central = 0,

    /// <summary>The probability of every outcome no more likely than the observed one (Sterne 1954); matched by inverting that test.</summary>
    /// <remarks>
    /// exactci <c>tsmethod = "minlike"</c>; the p-value of R's <c>binom.test</c> and <c>poisson.test</c>. Outcomes
    /// within a factor 1 + 10⁻⁷ of the observed probability count as equally likely (R's <c>relErr</c>).
    /// </remarks>
    MinLike = 1,

    /// <summary>The observed tail plus the largest opposite tail not above it (Blaker 2000); matched by inverting that test.</summary>
    /// <remarks>exactci <c>tsmethod = "blaker"</c>. Its interval lies within the central one and is never longer.</remarks>
    Blaker = 2,
}

/// <summary>Which distribution an <see cref="ExactTest"/> tests.</summary>
/// <remarks><c>default</c> is <see cref="Binomial"/>.</remarks>
public enum ExactTestKind
{
    /// <summary>A proportion: x successes of n trials against a null proportion (exactci <c>binom.exact</c>).</summary>
    Binomial = 0,

    /// <summary>A rate: a count x over an exposure T against a null rate (exactci <c>poisson.exact</c> with one count).</summary>
    Poisson = 1,
}
