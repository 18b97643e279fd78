
namespace PublicSecurity.Stats.Estimation;

/// <summary>The method of a confidence interval for a binomial proportion (a clearance rate: cleared of occurred).</summary>
/// <remarks>
/// The conventions at x = 0 and x = n, and the clipping, are those of the reference vectors
/// (<c>reference/README.md</c> §1). Written in JSON as camelCase strings (<c>"wilson"</c>,
/// <c>"clopperPearson"</c>, …). <c>default</c> is <see cref="Wilson"/>, the recommended general-purpose method.
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public enum IntervalMethod
{
    /// <summary>Wilson score interval without continuity correction.</summary>
    /// <remarks>
    /// (p̂ + z²/2n ± z√(p̂(1−p̂)/n + z²/4n²)) / (1 + z²/n); exactly 0 at x = 0 and exactly 1 at x = n.
    /// R <c>prop.test(x, n, correct = FALSE)$conf.int</c>; statsmodels <c>proportion_confint(method="wilson")</c>.
    /// </remarks>
    Wilson = 0,

    /// <summary>Wilson score interval with continuity correction (Newcombe 1998, method 4).</summary>
    /// <remarks>
    /// The score interval of p̂ ∓ 1/2n, always corrected; 0 at x = 0, 1 at x = n, clipped to [0, 1]. R
    /// <c>prop.test(x, n, correct = TRUE)</c> with a null value that does not switch the correction off (R's default
    /// null 0.5 drops it when x = n/2).
    /// </remarks>
    WilsonContinuityCorrected = 1,

    /// <summary>Exact Clopper–Pearson interval.</summary>
    /// <remarks>
    /// Beta⁻¹(α/2; x, n−x+1) and Beta⁻¹(1−α/2; x+1, n−x); 0 at x = 0, 1 at x = n. R
    /// <c>binom.test(x, n)$conf.int</c>; statsmodels <c>method="beta"</c>.
    /// </remarks>
    ClopperPearson = 2,

    /// <summary>Jeffreys interval: equal-tailed quantiles of the Beta(x + ½, n − x + ½) posterior.</summary>
    /// <remarks>
    /// Beta⁻¹(α/2; x+½, n−x+½) and Beta⁻¹(1−α/2; x+½, n−x+½) with no boundary rule: at x = 0 the lower limit is
    /// above 0 and at x = n the upper limit below 1, so the interval then excludes p̂. statsmodels
    /// <c>proportion_confint(method="jeffreys")</c> (the Brown–Cai–DasGupta variant sets 0 and 1 there instead).
    /// </remarks>
    Jeffreys = 3,

    /// <summary>Agresti–Coull interval with the z² adjustment.</summary>
    /// <remarks>
    /// ñ = n + z², p̃ = (x + z²/2)/ñ, p̃ ± z√(p̃(1−p̃)/ñ), clipped to [0, 1] (not "add 2 successes and 4 trials").
    /// statsmodels <c>proportion_confint(method="agresti_coull")</c>.
    /// </remarks>
    AgrestiCoull = 4,

    /// <summary>Normal-approximation (Wald) interval.</summary>
    /// <remarks>
    /// p̂ ± z√(p̂(1−p̂)/n), clipped to [0, 1]; [0, 0] at x = 0 and [1, 1] at x = n. Shown for comparison with
    /// published figures; it under-covers for small counts. statsmodels <c>proportion_confint(method="normal")</c>.
    /// </remarks>
    Wald = 5,
}
