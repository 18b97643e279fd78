namespace PublicSecurity.Stats.Numerics;

/// <summary>Student's t distribution: the two-sided tail probability R's <c>summary.glm</c> reports.</summary>
internal static class StudentT
{
    /// <summary>P(|T| ≥ |t|) for T with <paramref name="degreesOfFreedom"/> degrees of freedom: <c>2 * pt(-abs(t), df)</c>.</summary>
    /// <param name="t">The statistic; NaN gives NaN.</param>
    /// <param name="degreesOfFreedom">The degrees of freedom, positive.</param>
    /// <returns>The two-sided p-value, as R's <c>pt</c> computes it (the two branches of its incomplete beta call).</returns>
    internal static double TwoSided(double t, double degreesOfFreedom)
    {
        if (double.IsNaN(t) || !(degreesOfFreedom > 0.0))
        {
            return double.NaN;
        }

        if (double.IsInfinity(t))
        {
            return 0.0;
        }

        var n = degreesOfFreedom;
        var nx = 1.0 + (t / n) * t;
        if (nx > 1e100)
        {
            var lval = -0.5 * n * (2.0 * Math.Log(Math.Abs(t)) - Math.Log(n)) - SpecialFunctions.LogBeta(0.5 * n, 0.5) - Math.Log(0.5 * n);
            return Math.Exp(lval);
        }

        return n > t * t
            ? IncompleteBeta.RegularizedComplement(0.5, n / 2.0, t * t / (n + t * t))
            : IncompleteBeta.Regularized(n / 2.0, 0.5, 1.0 / nx);
    }
}
