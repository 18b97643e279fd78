using PublicSecurity.Stats.Numerics;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// A negative binomial log-linear GLM with θ estimated by maximum likelihood, as <c>MASS::glm.nb</c> fits it: the
/// <see cref="LogLinearGlm"/> iterations for a known θ alternated with <c>theta.ml</c>'s Newton steps on the score of
/// the log-likelihood in θ.
/// </summary>
/// <remarks>
/// <para>
/// The sequence is MASS's (Venables and Ripley, version 7.3-58): a Poisson fit; θ from <c>theta.ml</c> at its means;
/// then, at most 25 times while |ΔL|/d₁ + |Δθ| &gt; 10⁻⁸ (L the log-likelihood, d₁ = √(2·max(1, residual df))),
/// a fit for the current θ started from the current linear predictor, a new θ from the means <em>before</em> that fit
/// (as MASS does), and the means of the fit. <c>theta.ml</c> starts each time from the moment estimate
/// n/Σ(y/μ − 1)² and takes Newton steps while |step| &gt; ε^¼ (ε the machine epsilon), at most 24 of them; its
/// standard error is 1/√(observed information) at the last step's start.
/// </para>
/// <para>
/// When the data are near-Poisson θ runs off to large values and <c>theta.ml</c> stops at its iteration limit: R
/// warns "iteration limit reached"; <see cref="ThetaIterationLimitReached"/> says so here, and the means are still
/// those of R (a negative binomial with a very large θ is the Poisson).
/// </para>
/// </remarks>
internal sealed class NegativeBinomialGlm
{
    private const int MaxIterations = 25;
    private const double Epsilon = 1e-8;
    private static readonly double ThetaEpsilon = Math.Pow(2.220446049250313e-16, 0.25);

    private NegativeBinomialGlm(LogLinearGlm fit, double theta, double thetaStandardError, double logLikelihood, bool converged, bool thetaLimit, bool alternationLimit) =>
        (Fit, Theta, ThetaStandardError, LogLikelihood, Converged, ThetaIterationLimitReached, AlternationLimitReached) =
        (fit, theta, thetaStandardError, logLikelihood, converged, thetaLimit, alternationLimit);

    /// <summary>Gets the last fit for a known θ: coefficients, R⁻¹ (so (X'WX)⁻¹, the covariance of the coefficients), fitted means.</summary>
    public LogLinearGlm Fit { get; }

    /// <summary>Gets θ (R's <c>fit$theta</c>).</summary>
    public double Theta { get; }

    /// <summary>Gets the standard error of θ (R's <c>fit$SE.theta</c>).</summary>
    public double ThetaStandardError { get; }

    /// <summary>Gets the log-likelihood (R's <c>fit$twologlik</c> / 2).</summary>
    public double LogLikelihood { get; }

    /// <summary>Gets whether the alternation and the last fit converged.</summary>
    public bool Converged { get; }

    /// <summary>Gets whether a <c>theta.ml</c> call stopped at its iteration limit (R's warning "iteration limit reached").</summary>
    public bool ThetaIterationLimitReached { get; }

    /// <summary>Gets whether the alternation stopped at its limit (R's warning "alternation limit reached").</summary>
    public bool AlternationLimitReached { get; }

    /// <summary>Fits the model; null when a fit fails (rank-deficient design that leaves nothing, a non-finite deviance, θ not positive).</summary>
    /// <param name="x">The design, n × p row-major.</param>
    /// <param name="p">The number of columns.</param>
    /// <param name="y">The counts.</param>
    /// <returns>The fit, or null.</returns>
    public static NegativeBinomialGlm? Compute(double[] x, int p, ReadOnlySpan<double> y)
    {
        var fit = LogLinearGlm.Fit(x, p, y, [], [], double.PositiveInfinity);
        if (!fit.IsValid)
        {
            return null;
        }

        var mu = fit.Fitted;
        var theta = ThetaMl(y, mu, out var se, out var limit);
        if (!(theta > 0) || !double.IsFinite(theta))
        {
            return null;
        }

        var anyLimit = limit;
        var d1 = Math.Sqrt(2.0 * Math.Max(1, fit.ResidualDegreesOfFreedom));
        var del = 1.0;
        var lm = LogLikelihoodAt(theta, mu, y);
        var lm0 = lm + 2 * d1;
        var iter = 0;
        var eta = new double[y.Length];
        while (++iter <= MaxIterations && (Math.Abs(lm0 - lm) / d1) + Math.Abs(del) > Epsilon)
        {
            for (var i = 0; i < eta.Length; i++)
            {
                eta[i] = Math.Log(mu[i]);
            }

            fit = LogLinearGlm.Fit(x, p, y, [], [], theta, eta);
            if (!fit.IsValid)
            {
                return null;
            }

            var previous = theta;
            theta = ThetaMl(y, mu, out se, out limit);
            anyLimit |= limit;
            if (!(theta > 0) || !double.IsFinite(theta))
            {
                return null;
            }

            mu = fit.Fitted;
            del = previous - theta;
            lm0 = lm;
            lm = LogLikelihoodAt(theta, mu, y);
        }

        if (!double.IsFinite(lm))
        {
            return null;
        }

        var alternationLimit = iter > MaxIterations;
        return new NegativeBinomialGlm(fit, theta, se, lm, fit.Converged && !alternationLimit, anyLimit, alternationLimit);
    }

    /// <summary>MASS's <c>theta.ml</c> with unit weights and limit 25.</summary>
    private static double ThetaMl(ReadOnlySpan<double> y, double[] mu, out double standardError, out bool limitReached)
    {
        var n = (double)y.Length;
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var r = (y[i] / mu[i]) - 1;
            sum += r * r;
        }

        var t0 = n / sum;
        var it = 0;
        var del = 1.0;
        var info = double.NaN;
        while (++it < MaxIterations && Math.Abs(del) > ThetaEpsilon)
        {
            t0 = Math.Abs(t0);
            var score = 0.0;
            info = 0.0;
            var digammaT = SpecialFunctions.Digamma(t0);
            var trigammaT = SpecialFunctions.Trigamma(t0);
            var logT = Math.Log(t0);
            for (var i = 0; i < y.Length; i++)
            {
                var mt = mu[i] + t0;
                score += SpecialFunctions.Digamma(t0 + y[i]) - digammaT + logT + 1 - Math.Log(mt) - ((y[i] + t0) / mt);
                info += -SpecialFunctions.Trigamma(t0 + y[i]) + trigammaT - (1 / t0) + (2 / mt) - ((y[i] + t0) / (mt * mt));
            }

            del = score / info;
            t0 += del;
        }

        standardError = Math.Sqrt(1 / info);
        limitReached = it == MaxIterations;
        return t0 < 0 ? 0 : t0;
    }

    private static double LogLikelihoodAt(double theta, double[] mu, ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        var lgTheta = SpecialFunctions.LogGamma(theta);
        var thetaLogTheta = theta * Math.Log(theta);
        for (var i = 0; i < y.Length; i++)
        {
            sum += SpecialFunctions.LogGamma(theta + y[i]) - lgTheta - SpecialFunctions.LogGamma(y[i] + 1) + thetaLogTheta
                + (y[i] * Math.Log(mu[i] + (y[i] == 0 ? 1 : 0))) - ((theta + y[i]) * Math.Log(theta + mu[i]));
        }

        return sum;
    }
}
