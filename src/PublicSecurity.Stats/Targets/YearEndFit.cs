namespace PublicSecurity.Stats.Targets;

/// <summary>
/// The negative binomial GLM behind a <see cref="CountProjection"/>: <c>MASS::glm.nb(count ~ factor(month) + year)</c>
/// on every month of the series, its θ, and the expected counts of the months left in the year.
/// </summary>
/// <remarks>
/// The coefficients are in R's order and parametrisation: the intercept, the eleven month effects of February to
/// December against January (R's treatment contrasts), and the trend per calendar year with the year as a number
/// (2023, not centred), so they can be compared with R's <c>coef(fit)</c>. The standard errors are R's
/// <c>sqrt(diag(vcov(fit)))</c> (θ taken as known). Immutable.
/// </remarks>
public sealed class YearEndFit
{
    private readonly double[] coefficients;
    private readonly double[] standardErrors;
    private readonly double[] expectedRemaining;

    internal YearEndFit(double[] coefficients, double[] standardErrors, double theta, double? thetaStandardError, double logLikelihood, bool isConverged, bool isThetaAtIterationLimit, double[] expectedRemaining) =>
        (this.coefficients, this.standardErrors, Theta, ThetaStandardError, LogLikelihood, IsConverged, IsThetaAtIterationLimit, this.expectedRemaining) =
        (coefficients, standardErrors, theta, thetaStandardError, logLikelihood, isConverged, isThetaAtIterationLimit, expectedRemaining);

    /// <summary>Gets the 13 coefficients on the log scale: intercept, February … December against January, year.</summary>
    public IReadOnlyList<double> Coefficients => coefficients;

    /// <summary>Gets the standard errors of the coefficients, in the same order.</summary>
    public IReadOnlyList<double> StandardErrors => standardErrors;

    /// <summary>Gets the trend: the change of the log mean per year (the last coefficient).</summary>
    public double YearTrend => coefficients[^1];

    /// <summary>Gets θ, the size of the negative binomial (variance μ + μ²/θ); very large when the counts are near-Poisson.</summary>
    public double Theta { get; }

    /// <summary>Gets the standard error of θ from the observed information (R's <c>SE.theta</c>), or null when the information is not positive.</summary>
    public double? ThetaStandardError { get; }

    /// <summary>Gets the maximised log-likelihood (R's <c>twologlik</c> / 2).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets whether the alternation of the fit and θ converged.</summary>
    public bool IsConverged { get; }

    /// <summary>
    /// Gets whether the estimation of θ stopped at its iteration limit, as R warns "iteration limit reached": the counts
    /// are near-Poisson and θ runs off to large values; the expected counts are still right (a negative binomial with a
    /// very large θ is the Poisson).
    /// </summary>
    public bool IsThetaAtIterationLimit { get; }

    /// <summary>Gets the expected counts of the months left in the year, in order (R's <c>predict(fit, type = "response")</c>).</summary>
    public IReadOnlyList<double> ExpectedRemaining => expectedRemaining;
}
