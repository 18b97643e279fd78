namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// Log-gamma, log-beta, <c>log1p</c>, <c>expm1</c> and the two building blocks of Loader's saddle-point method:
/// the Stirling error <c>stirlerr</c> and the deviance term <c>bd0</c>.
/// </summary>
/// <remarks>
/// <para>
/// Follows the quantities R's nmath library uses (<c>stirlerr.c</c>, <c>bd0.c</c>, C. Loader (2000), "Fast and
/// accurate computation of binomial probabilities"), written from the published formulas:
/// <c>Stirlerr(z)</c> = log Γ(z + 1) − (z + ½) log z + z − ½ log 2π, tabulated at the half-integers up to 15
/// (values computed with 40-digit mpmath) and summed from its Stirling series above 15;
/// <c>Bd0(x, m)</c> = x log(x/m) + m − x, summed from the series in v = (x − m)/(x + m) when x is near m.
/// </para>
/// <para>
/// The functions are accurate to a few units in the last place in absolute terms wherever they feed an exponent
/// (<see cref="Stirlerr"/>, <see cref="LogGamma"/> below 15), and in relative terms elsewhere. .NET's
/// <c>double.LogP1</c> and <c>double.ExpM1</c> are computed as <c>Log(1 + x)</c> and <c>Exp(x) − 1</c>, which lose
/// all relative accuracy near 0, hence <see cref="Log1p"/> and <see cref="Expm1"/>.
/// </para>
/// </remarks>
internal static class SpecialFunctions
{
    /// <summary>½ log(2π).</summary>
    internal const double LogSqrt2Pi = 0.9189385332046728;

    /// <summary>√(2π).</summary>
    internal const double Sqrt2Pi = 2.5066282746310002;

    // Stirlerr(n/2) for n = 1..30, from 40-digit mpmath: loggamma(z+1) - (z+1/2) log z + z - log sqrt(2 pi).
    private static readonly double[] StirlerrHalves =
    [
        0.0, // z = 0: not defined (log 0); never read, the callers treat z = 0 themselves.
        0.15342640972002736, // 0.5
        0.08106146679532726, // 1
        0.05481412105191765, // 1.5
        0.0413406959554093, // 2
        0.03316287351993629, // 2.5
        0.02767792568499834, // 3
        0.023746163656297496, // 3.5
        0.020790672103765093, // 4
        0.018488450532673187, // 4.5
        0.016644691189821193, // 5
        0.015134973221917378, // 5.5
        0.013876128823070748, // 6
        0.012810465242920227, // 6.5
        0.01189670994589177, // 7
        0.011104559758206917, // 7.5
        0.010411265261972096, // 8
        0.009799416126158804, // 8.5
        0.009255462182712733, // 9
        0.008768700134139386, // 9.5
        0.00833056343336287, // 10
        0.00793411456431402, // 10.5
        0.007573675487951841, // 11
        0.007244554301320383, // 11.5
        0.00694284010720953, // 12
        0.006665247032707682, // 12.5
        0.006408994188004207, // 13
        0.006171712263039458, // 13.5
        0.0059513701127588475, // 14
        0.0057462165130101155, // 14.5
        0.005554733551962801, // 15
    ];

    // Stirling series B_2k / (2k (2k - 1)): 1/12, -1/360, 1/1260, -1/1680, 1/1188, -691/360360, 1/156.
    private const double S1 = 1.0 / 12.0;
    private const double S2 = -1.0 / 360.0;
    private const double S3 = 1.0 / 1260.0;
    private const double S4 = -1.0 / 1680.0;
    private const double S5 = 1.0 / 1188.0;
    private const double S6 = -691.0 / 360360.0;
    private const double S7 = 1.0 / 156.0;

    /// <summary>The Stirling error δ(z) = log Γ(z + 1) − (z + ½) log z + z − ½ log 2π, for z &gt; 0.</summary>
    /// <param name="z">The argument, positive.</param>
    /// <returns>δ(z), which is positive and about 1/(12z) for large z; 0 for z = 0 by convention.</returns>
    /// <remarks>
    /// Also δ(z) = log Γ(z) − (z − ½) log z + z − ½ log 2π, the correction in Γ(z) = √(2π) z^(z−½) e^(−z) e^δ(z).
    /// Exact table at half-integers up to 15; the Stirling series (to z⁻¹³) above 15; otherwise shifted up to 15
    /// through the recurrence of Γ, which is accurate to about 1e-14 in absolute terms.
    /// </remarks>
    internal static double Stirlerr(double z)
    {
        if (z <= 15.0)
        {
            var twice = z + z;
            if (twice == Math.Floor(twice))
            {
                return StirlerrHalves[(int)twice];
            }

            return StirlerrShifted(z);
        }

        var r = 1.0 / (z * z);
        if (z > 500.0)
        {
            return (S1 + (S2 + S3 * r) * r) / z;
        }

        if (z > 80.0)
        {
            return (S1 + (S2 + (S3 + S4 * r) * r) * r) / z;
        }

        if (z > 35.0)
        {
            return (S1 + (S2 + (S3 + (S4 + S5 * r) * r) * r) * r) / z;
        }

        return (S1 + (S2 + (S3 + (S4 + (S5 + (S6 + S7 * r) * r) * r) * r) * r) * r) / z;
    }

    // δ(z) = δ(z + N) + (z + N − ½) log(z + N) − N − log Π_{i<N}(z + i) − (z − ½) log z, with z + N > 15.
    private static double StirlerrShifted(double z)
    {
        var n = (int)Math.Floor(15.0 - z) + 1;
        var product = 1.0;
        for (var i = 0; i < n; i++)
        {
            product *= z + i;
        }

        var shifted = z + n;
        return Stirlerr(shifted) + (shifted - 0.5) * Math.Log(shifted) - n - Math.Log(product) - (z - 0.5) * Math.Log(z);
    }

    /// <summary>The natural logarithm of the gamma function, for x &gt; 0.</summary>
    /// <param name="x">The argument, positive (or +∞).</param>
    /// <returns>log Γ(x).</returns>
    /// <remarks>
    /// Stirling's formula with <see cref="Stirlerr"/> from 15 up; below, Γ's recurrence from the first argument
    /// above 15. Accurate to a few ulp of the largest term involved (absolute error about 1e-14 below 15).
    /// </remarks>
    internal static double LogGamma(double x)
    {
        if (double.IsPositiveInfinity(x))
        {
            return double.PositiveInfinity;
        }

        if (x >= 15.0)
        {
            return (x - 0.5) * Math.Log(x) - x + LogSqrt2Pi + Stirlerr(x);
        }

        if (x == Math.Floor(x))
        {
            // log (x − 1)!, the factorial exact in a double up to 15!: log Γ(1) = log Γ(2) = 0 exactly.
            var factorial = 1.0;
            for (var i = 2; i < x; i++)
            {
                factorial *= i;
            }

            return Math.Log(factorial);
        }

        var n = (int)Math.Floor(15.0 - x) + 1;
        var product = 1.0;
        for (var i = 0; i < n; i++)
        {
            product *= x + i;
        }

        return LogGamma(x + n) - Math.Log(product);
    }

    /// <summary>The digamma function ψ(x) = d log Γ(x)/dx, for x &gt; 0.</summary>
    /// <param name="x">The argument, positive and finite.</param>
    /// <returns>ψ(x).</returns>
    /// <remarks>
    /// The recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series
    /// log x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ) to k = 7 (Abramowitz and Stegun 6.3.18); relative error about 1e-15. Used by
    /// the maximum-likelihood θ of the negative binomial (MASS's <c>theta.ml</c>).
    /// </remarks>
    internal static double Digamma(double x)
    {
        var shift = 0.0;
        while (x < 10.0)
        {
            shift -= 1.0 / x;
            x += 1.0;
        }

        var r = 1.0 / (x * x);
        var series = r * (1.0 / 12 - r * (1.0 / 120 - r * (1.0 / 252 - r * (1.0 / 240 - r * (1.0 / 132 - r * (691.0 / 32760 - r / 12))))));
        return shift + Math.Log(x) - 0.5 / x - series;
    }

    /// <summary>The trigamma function ψ′(x), for x &gt; 0.</summary>
    /// <param name="x">The argument, positive and finite.</param>
    /// <returns>ψ′(x).</returns>
    /// <remarks>
    /// The recurrence ψ′(x) = ψ′(x + 1) + 1/x² up to x ≥ 10, then the asymptotic series
    /// 1/x + 1/(2x²) + Σ B₂ₖ/x²ᵏ⁺¹ to k = 7 (Abramowitz and Stegun 6.4.12); relative error about 1e-15.
    /// </remarks>
    internal static double Trigamma(double x)
    {
        var shift = 0.0;
        while (x < 10.0)
        {
            shift += 1.0 / (x * x);
            x += 1.0;
        }

        var r = 1.0 / (x * x);
        var series = (1.0 / 6 - r * (1.0 / 30 - r * (1.0 / 42 - r * (1.0 / 30 - r * (5.0 / 66 - r * (691.0 / 2730 - r * 7.0 / 6)))))) / (x * x * x);
        return shift + 1.0 / x + 0.5 * r + series;
    }

    /// <summary>The natural logarithm of the beta function B(a, b) = Γ(a)Γ(b)/Γ(a + b), for a, b &gt; 0.</summary>
    /// <param name="a">The first argument, positive.</param>
    /// <param name="b">The second argument, positive.</param>
    /// <returns>log B(a, b).</returns>
    /// <remarks>
    /// With p = min(a, b), q = max(a, b), c = p + q: when p ≥ 15, ½ log 2π − ½ log q + (p − ½) log(p/c) − q log1p(p/q)
    /// + δ(p) + δ(q) − δ(c) (δ = <see cref="Stirlerr"/>); when only q ≥ 15, log Γ(p) plus log Γ(q) − log Γ(c)
    /// written with <see cref="Log1p"/>; otherwise the three log-gammas.
    /// </remarks>
    internal static double LogBeta(double a, double b)
    {
        var p = Math.Min(a, b);
        var q = Math.Max(a, b);
        var c = p + q;
        if (p >= 15.0)
        {
            // log B = ½ log 2π + (p − ½) log(p/c) + (q − ½) log(q/c) − ½ log c + δ(p) + δ(q) − δ(c).
            var correction = Stirlerr(p) + Stirlerr(q) - Stirlerr(c);
            return LogSqrt2Pi - 0.5 * Math.Log(q) + correction
                + (p - 0.5) * Math.Log(p / c) - q * Log1p(p / q);
        }

        if (q >= 15.0)
        {
            // log Γ(q) − log Γ(c) = δ(q) − δ(c) + (q − ½) log q − (c − ½) log c + p
            //                     = δ(q) − δ(c) − (q − ½) log1p(p/q) − p log c + p.
            var difference = Stirlerr(q) - Stirlerr(c) - (q - 0.5) * Log1p(p / q) - p * Math.Log(c) + p;
            return LogGamma(p) + difference;
        }

        return LogGamma(p) + LogGamma(q) - LogGamma(c);
    }

    /// <summary>log(1 + x), accurate near 0.</summary>
    /// <param name="x">The argument, at least −1.</param>
    /// <returns>log(1 + x); −∞ at −1.</returns>
    /// <remarks>Goldberg's correction: with u = 1 + x rounded, log(u)·x/(u − 1) is accurate to a few ulp.</remarks>
    internal static double Log1p(double x)
    {
        var u = 1.0 + x;
        if (u == 1.0)
        {
            return x;
        }

        if (u == 0.0 || double.IsPositiveInfinity(u))
        {
            return Math.Log(u);
        }

        return Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>exp(x) − 1, accurate near 0.</summary>
    /// <param name="x">The argument.</param>
    /// <returns>exp(x) − 1.</returns>
    /// <remarks>Kahan's correction: with u = exp(x) rounded, (u − 1)·x/log(u).</remarks>
    internal static double Expm1(double x)
    {
        if (Math.Abs(x) > 0.5)
        {
            return Math.Exp(x) - 1.0;
        }

        var u = Math.Exp(x);
        if (u == 1.0)
        {
            return x;
        }

        var um1 = u - 1.0;
        if (um1 == -1.0)
        {
            return -1.0;
        }

        return um1 * x / Math.Log(u);
    }

    /// <summary>log(1 + x) − x, accurate for all x &gt; −1 and without cancellation near 0.</summary>
    /// <param name="x">The argument, greater than −1.</param>
    /// <returns>log(1 + x) − x, which is ≤ 0.</returns>
    /// <remarks>
    /// For |x| &lt; ½, with r = x/(2 + x): log(1 + x) = 2 atanh r, so log(1 + x) − x = −r·x + 2(r³/3 + r⁵/5 + …),
    /// a series in r² ≤ 1/9 without cancellation.
    /// </remarks>
    internal static double Log1pmx(double x)
    {
        if (Math.Abs(x) >= 0.5)
        {
            return Log1p(x) - x;
        }

        var r = x / (2.0 + x);
        var r2 = r * r;
        var sum = 0.0;
        var power = r2 * r; // r^(2k+1)
        for (var k = 1; k < 60; k++)
        {
            var term = power / (2 * k + 1);
            var next = sum + term;
            if (next == sum)
            {
                break;
            }

            sum = next;
            power *= r2;
        }

        return -r * x + 2.0 * sum;
    }

    /// <summary>Loader's deviance term bd0(x, m) = x log(x/m) + m − x, for x ≥ 0 and m &gt; 0.</summary>
    /// <param name="x">The count (need not be an integer).</param>
    /// <param name="m">The mean, positive.</param>
    /// <returns>bd0, which is ≥ 0 and 0 only at x = m.</returns>
    /// <remarks>
    /// When |x − m| &lt; 0.1(x + m), with v = (x − m)/(x + m): bd0 = (x − m)v + 2x(v³/3 + v⁵/5 + …), free of the
    /// cancellation of the direct form.
    /// </remarks>
    internal static double Bd0(double x, double m)
    {
        if (x == 0.0)
        {
            return m;
        }

        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            var v = (x - m) / (x + m);
            var s = (x - m) * v;
            var ej = 2.0 * x * v;
            var v2 = v * v;
            for (var j = 1; j < 1000; j++)
            {
                ej *= v2;
                var s1 = s + ej / ((j << 1) + 1);
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return x * Math.Log(x / m) + m - x;
    }
}
