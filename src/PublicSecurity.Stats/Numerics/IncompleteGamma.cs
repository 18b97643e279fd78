using System.Globalization;

namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// The regularized incomplete gamma functions P(a, x) and Q(a, x) = 1 − P(a, x), each without cancellation, and
/// their inverses on a relative tolerance: the base of the Poisson, gamma and chi-square computations.
/// </summary>
/// <remarks>
/// <para>
/// Plays the role of R's <c>pgamma</c>/<c>qgamma</c>. The prefactor x^a e^(−x) / Γ(a + 1) is Loader's saddle-point
/// form exp(−δ(a) − bd0(a, x)) / √(2πa) (R's <c>dpois_raw</c>), so nothing cancels for a and x near 10⁹. Below
/// x = a + 1 the power series P = prefactor · Σ xⁿ / ((a+1)…(a+n)) (all terms positive); above, the continued
/// fraction for Q (Abramowitz &amp; Stegun 6.5.31) by the modified Lentz method; the other tail as 1 minus the one
/// computed, which is never close to 1 on its side of the mean. The inverse uses the same safeguarded Halley steps
/// on the logarithm of the smaller tail as <see cref="IncompleteBeta"/>, from a Cornish–Fisher (a ≥ 100) or
/// Wilson–Hilferty starting value.
/// </para>
/// <para>All members are pure and thread-safe.</para>
/// </remarks>
internal static class IncompleteGamma
{
    private const double Tiny = 1e-300;

    /// <summary>P(a, x) = γ(a, x)/Γ(a), the lower tail of Gamma(a, 1) at x.</summary>
    /// <param name="a">The shape, positive.</param>
    /// <param name="x">The point, non-negative (+∞ allowed).</param>
    /// <returns>P(a, x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Lower(double a, double x)
    {
        Check(a, x);
        Evaluate(a, x, out var p, out _);
        return p;
    }

    /// <summary>Q(a, x) = Γ(a, x)/Γ(a), the upper tail of Gamma(a, 1) at x, without cancellation.</summary>
    /// <param name="a">The shape, positive.</param>
    /// <param name="x">The point, non-negative (+∞ allowed).</param>
    /// <returns>Q(a, x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Upper(double a, double x)
    {
        Check(a, x);
        Evaluate(a, x, out _, out var q);
        return q;
    }

    /// <summary>The lower-tail quantile of Gamma(a, 1): x with P(a, x) = p.</summary>
    /// <param name="p">The lower-tail probability, in [0, 1].</param>
    /// <param name="a">The shape, positive.</param>
    /// <returns>x ≥ 0; 0 for p = 0 and +∞ for p = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double Inverse(double p, double a)
    {
        IncompleteBeta.CheckProbability(p, nameof(p));
        CheckShape(a);
        return Solve(p, 1.0 - p, a, IncompleteBeta.StartingZ(p, 1.0 - p));
    }

    /// <summary>The upper-tail quantile of Gamma(a, 1): x with Q(a, x) = q.</summary>
    /// <param name="q">The upper-tail probability, in [0, 1].</param>
    /// <param name="a">The shape, positive.</param>
    /// <returns>x ≥ 0; +∞ for q = 0 and 0 for q = 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range or NaN.</exception>
    internal static double InverseComplement(double q, double a)
    {
        IncompleteBeta.CheckProbability(q, nameof(q));
        CheckShape(a);
        return Solve(1.0 - q, q, a, IncompleteBeta.StartingZ(1.0 - q, q));
    }

    /// <summary>P(a, x) and Q(a, x) for a &gt; 0, x ≥ 0.</summary>
    internal static void Evaluate(double a, double x, out double p, out double q)
    {
        if (x <= 0.0)
        {
            p = 0.0;
            q = 1.0;
            return;
        }

        if (double.IsPositiveInfinity(x))
        {
            p = 1.0;
            q = 0.0;
            return;
        }

        if (x < a + 1.0)
        {
            p = Series(a, x);
            q = 1.0 - p;
        }
        else
        {
            q = Fraction(a, x);
            p = 1.0 - q;
        }
    }

    /// <summary>x^a e^(−x) / Γ(a + 1), Loader's form: exp(−δ(a) − bd0(a, x)) / √(2πa).</summary>
    internal static double PoissonTerm(double a, double x) =>
        Math.Exp(-SpecialFunctions.Stirlerr(a) - SpecialFunctions.Bd0(a, x)) / Math.Sqrt(2.0 * Math.PI * a);

    /// <summary>
    /// The quantile for a lower-tail probability p and upper-tail probability q = 1 − p, whichever is exact, with
    /// z = Φ⁻¹(1 − min(p, q)) for the starting value (see <see cref="IncompleteBeta.StartingZ"/>).
    /// </summary>
    internal static double Solve(double p, double q, double a, double z)
    {
        if (p <= 0.0)
        {
            return 0.0;
        }

        if (q <= 0.0)
        {
            return double.PositiveInfinity;
        }

        var useLower = p <= q;
        var zLower = useLower ? -z : z; // Φ⁻¹(p)
        var x = StartingValue(p, a, zLower, useLower);
        return RootFinder.HalleyOnLogTail(new GammaTail(a), p, q, x, double.PositiveInfinity);
    }

    // Cornish–Fisher for a ≥ 100, else Wilson–Hilferty: x ≈ a(1 − 1/(9a) + Φ⁻¹(p)/(3√a))³; in the far lower tail,
    // or for a < 1, the leading term of the series, P ≈ x^a / Γ(a + 1).
    private static double StartingValue(double p, double a, double zLower, bool useLower)
    {
        double x;
        if (a >= 100.0)
        {
            // Cornish–Fisher expansion of the gamma quantile: relative error about 1e-8 at a = 2500.
            var s = Math.Sqrt(a);
            var z = zLower;
            var z2 = z * z;
            x = a + s * (z + (z2 - 1.0) / (3.0 * s) + (z2 * z - 7.0 * z) / (36.0 * a)
                - (6.0 * z2 * z2 + 14.0 * z2 - 32.0) / (810.0 * a * s)
                + (9.0 * z2 * z2 * z + 256.0 * z2 * z - 433.0 * z) / (19440.0 * a * a));
        }
        else
        {
            var c = 1.0 - 1.0 / (9.0 * a) + zLower / (3.0 * Math.Sqrt(a));
            x = a * c * c * c;
        }

        if (useLower && (a < 1.0 || !(x > 0.0)))
        {
            var small = Math.Exp((Math.Log(p) + SpecialFunctions.LogGamma(a + 1.0)) / a);
            if (small > 0.0 && (!(x > 0.0) || small < x))
            {
                x = small;
            }
        }

        if (!(x > 0.0 && x < double.PositiveInfinity))
        {
            x = Math.Max(a, 1.0);
        }

        return x;
    }

    // P(a, x) = x^a e^(−x)/Γ(a + 1) · Σ_{n≥0} xⁿ / ((a+1)…(a+n)), for x < a + 1.
    private static double Series(double a, double x)
    {
        var prefactor = PoissonTerm(a, x);
        if (prefactor == 0.0)
        {
            return 0.0;
        }

        var sum = 1.0;
        var term = 1.0;
        var denominator = a;
        var limit = 1000 + (long)(40.0 * Math.Sqrt(a));
        for (long n = 1; n <= limit; n++)
        {
            denominator += 1.0;
            term *= x / denominator;
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return prefactor * sum;
    }

    // Q(a, x) = x^a e^(−x)/Γ(a) · 1/(x + 1 − a − 1(1 − a)/(x + 3 − a − 2(2 − a)/(x + 5 − a − …))), for x ≥ a + 1.
    private static double Fraction(double a, double x)
    {
        var prefactor = a * PoissonTerm(a, x); // x^a e^(−x)/Γ(a)
        if (prefactor == 0.0)
        {
            return 0.0;
        }

        var b = x + 1.0 - a;
        var c = 1.0 / Tiny;
        var d = 1.0 / b;
        var h = d;
        var limit = 1000 + (long)(40.0 * Math.Sqrt(a));
        for (long i = 1; i <= limit; i++)
        {
            var an = -i * (i - a);
            b += 2.0;
            d = an * d + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + an / c;
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1.0 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1.0) <= 1e-16)
            {
                break;
            }
        }

        return prefactor * h;
    }

    private static void Check(double a, double x)
    {
        CheckShape(a);
        if (!(x >= 0.0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(x), string.Create(CultureInfo.InvariantCulture, $"The point x must be non-negative; it was {x:R}."));
        }
    }

    internal static void CheckShape(double a)
    {
        if (!(a > 0.0 && a < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(
                nameof(a), string.Create(CultureInfo.InvariantCulture, $"The shape a must be positive and finite; it was {a:R}."));
        }
    }
}

/// <summary>The gamma(a, 1) distribution as <see cref="RootFinder.HalleyOnLogTail{TTail}"/> inverts it.</summary>
internal readonly struct GammaTail(double a) : ITailFunction
{
    public void Tails(double x, out double lower, out double upper) => IncompleteGamma.Evaluate(a, x, out lower, out upper);

    public double Density(double x) => a * IncompleteGamma.PoissonTerm(a, x) / x; // x^(a−1) e^(−x) / Γ(a)

    public double LogDensitySlope(double x) => (a - 1.0) / x - 1.0;
}
