using System.Buffers;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// A log-linear GLM (Poisson / quasi-Poisson, or negative binomial with a known θ) fitted by iteratively reweighted
/// least squares exactly as R's <c>glm.fit</c> iterates: the same start (μ = y + 0.1, or y + 1/6 at zeros for the
/// negative binomial), the same floor on μ (the machine ε), the same stopping rule |dev − dev_old| / (|dev| + 0.1)
/// &lt; 10⁻⁸ within 25 iterations, and the same final quantities (working weights of the last iteration).
/// </summary>
/// <remarks>
/// The weighted least-squares step uses a Householder QR of the weighted design, as R's <c>Cdqrls</c>; a column
/// aliased with the earlier ones is dropped, as R's <c>dqrdc2</c> pivots it out (its coefficient, NA in R, counts as
/// 0 in predictions). Scratch space is stack-allocated or rented from the shared array pool.
/// </remarks>
internal sealed class LogLinearGlm
{
    private const double Epsilon = 1e-8;
    private const int MaxIterations = 25;
    private const double DoubleEps = 2.220446049250313e-16;

    private readonly bool[] active;

    private LogLinearGlm(int p)
    {
        (Coefficients, RInverse, active) = (new double[p], new double[p * p], new bool[p]);
        Array.Fill(active, true);
    }

    /// <summary>Gets whether coefficient j was estimated (false: aliased, R's NA, counted as 0 in predictions).</summary>
    /// <param name="j">The coefficient.</param>
    /// <returns>Whether it is estimable.</returns>
    public bool IsEstimated(int j) => active[j];

    /// <summary>Gets the coefficients.</summary>
    public double[] Coefficients { get; }

    /// <summary>Gets R⁻¹ of the final QR (p × p, row-major, upper triangular): (X'WX)⁻¹ = R⁻¹R⁻ᵀ.</summary>
    public double[] RInverse { get; }

    /// <summary>Gets whether the iterations converged.</summary>
    public bool Converged { get; private set; }

    /// <summary>Gets whether the design had full column rank and the fit is finite.</summary>
    public bool IsValid { get; private set; }

    /// <summary>Gets the fitted means.</summary>
    public double[] Fitted { get; private set; } = [];

    /// <summary>Gets the diagonal of the hat matrix of the final weighted least-squares step.</summary>
    public double[] Hat { get; private set; } = [];

    /// <summary>Gets the Pearson dispersion estimate (R's <c>summary.glm</c> for a quasi family); NaN with no residual degree of freedom.</summary>
    public double Dispersion { get; private set; }

    /// <summary>Gets the working residuals (y − μ) / μ of the final fit.</summary>
    public double[] WorkingResiduals { get; private set; } = [];

    /// <summary>Gets the residual degrees of freedom.</summary>
    public int ResidualDegreesOfFreedom { get; private set; }

    /// <summary>Fits the model.</summary>
    /// <param name="x">The design, n × p row-major.</param>
    /// <param name="p">The number of columns.</param>
    /// <param name="y">The counts (n).</param>
    /// <param name="offset">The offsets (n), or empty for none.</param>
    /// <param name="priorWeights">The prior weights (n), or empty for ones.</param>
    /// <param name="theta">θ of the negative binomial, or +∞ for the Poisson.</param>
    /// <param name="etaStart">The starting linear predictor (n), as R's <c>etastart</c>, or empty for R's start from y.</param>
    /// <returns>The fit.</returns>
    public static LogLinearGlm Fit(double[] x, int p, ReadOnlySpan<double> y, ReadOnlySpan<double> offset, ReadOnlySpan<double> priorWeights, double theta, ReadOnlySpan<double> etaStart = default)
    {
        var n = y.Length;
        var fit = new LogLinearGlm(p);
        var poisson = double.IsPositiveInfinity(theta);
        var eta = new double[n];
        var mu = new double[n];
        var w = new double[n];
        var a = new double[n * p];
        var b = new double[n];
        for (var i = 0; i < n; i++)
        {
            var start = poisson ? y[i] + 0.1 : y[i] + (y[i] == 0.0 ? 1.0 / 6.0 : 0.0);
            eta[i] = etaStart.IsEmpty ? Math.Log(start) : etaStart[i];
            mu[i] = Math.Max(Math.Exp(eta[i]), DoubleEps);
        }

        var devOld = Deviance(y, mu, priorWeights, theta);
        var converged = false;
        for (var iter = 0; iter < MaxIterations; iter++)
        {
            for (var i = 0; i < n; i++)
            {
                var muEta = Math.Max(Math.Exp(eta[i]), DoubleEps);
                var variance = poisson ? mu[i] : mu[i] + mu[i] * mu[i] / theta;
                var off = offset.IsEmpty ? 0.0 : offset[i];
                var z = eta[i] - off + (y[i] - mu[i]) / muEta;
                var pw = priorWeights.IsEmpty ? 1.0 : priorWeights[i];
                w[i] = Math.Sqrt(pw * muEta * muEta / variance);
                for (var j = 0; j < p; j++)
                {
                    a[i * p + j] = x[i * p + j] * w[i];
                }

                b[i] = z * w[i];
            }

            if (!Solve(a, b, n, p, fit.active, fit.Coefficients, fit.RInverse))
            {
                fit.IsValid = false;
                return fit;
            }

            for (var i = 0; i < n; i++)
            {
                var e = offset.IsEmpty ? 0.0 : offset[i];
                for (var j = 0; j < p; j++)
                {
                    e += x[i * p + j] * fit.Coefficients[j];
                }

                eta[i] = e;
                mu[i] = Math.Max(Math.Exp(e), DoubleEps);
            }

            var dev = Deviance(y, mu, priorWeights, theta);
            if (!double.IsFinite(dev))
            {
                fit.IsValid = false;
                return fit;
            }

            if (Math.Abs(dev - devOld) / (Math.Abs(dev) + 0.1) < Epsilon)
            {
                converged = true;
                break;
            }

            devOld = dev;
        }

        // The hat values of the last step: |row i of (X·w) R⁻¹|², with the last step's weights w.
        fit.Hat = new double[n];
        for (var i = 0; i < n; i++)
        {
            var h = 0.0;
            for (var j = 0; j < p; j++)
            {
                var q = 0.0;
                for (var k = 0; k <= j; k++)
                {
                    q += x[i * p + k] * w[i] * fit.RInverse[k * p + j];
                }

                h += q * q;
            }

            fit.Hat[i] = h;
        }

        fit.Converged = converged;
        fit.IsValid = true;
        fit.Fitted = mu;
        var rank = 0;
        foreach (var on in fit.active)
        {
            rank += on ? 1 : 0;
        }

        var used = 0;
        for (var i = 0; i < n; i++)
        {
            used += priorWeights.IsEmpty || priorWeights[i] > 0.0 ? 1 : 0;
        }

        fit.ResidualDegreesOfFreedom = used - rank;
        var sum = 0.0;
        fit.WorkingResiduals = new double[n];
        for (var i = 0; i < n; i++)
        {
            var muEta = Math.Max(Math.Exp(eta[i]), DoubleEps);
            var r = (y[i] - mu[i]) / muEta;
            fit.WorkingResiduals[i] = r;
            var wt = w[i] * w[i];
            if (wt > 0.0)
            {
                sum += wt * r * r;
            }
        }

        fit.Dispersion = fit.ResidualDegreesOfFreedom > 0 ? sum / fit.ResidualDegreesOfFreedom : double.NaN;
        return fit;
    }

    /// <summary>The linear predictor x'β (+ offset) and its unscaled variance x'(X'WX)⁻¹x at a new point.</summary>
    /// <param name="row">The covariates (p).</param>
    /// <param name="offset">The offset.</param>
    /// <param name="variance">x'(X'WX)⁻¹x.</param>
    /// <returns>The linear predictor.</returns>
    public double Predict(ReadOnlySpan<double> row, double offset, out double variance)
    {
        var p = Coefficients.Length;
        var eta = offset;
        for (var j = 0; j < p; j++)
        {
            eta += row[j] * Coefficients[j];
        }

        variance = 0.0;
        for (var k = 0; k < p; k++)
        {
            // (R⁻ᵀx)_k = Σ_j R⁻¹[j,k] x_j
            var v = 0.0;
            for (var j = 0; j <= k; j++)
            {
                v += RInverse[j * p + k] * row[j];
            }

            variance += v * v;
        }

        return eta;
    }

    /// <summary>The unscaled variance of coefficient j: ((X'WX)⁻¹)_jj.</summary>
    /// <param name="j">The coefficient.</param>
    /// <returns>The unscaled variance.</returns>
    public double UnscaledVariance(int j)
    {
        if (!active[j])
        {
            return double.NaN;
        }

        var p = Coefficients.Length;
        var s = 0.0;
        for (var k = j; k < p; k++)
        {
            s += RInverse[j * p + k] * RInverse[j * p + k];
        }

        return s;
    }

    private static double Deviance(ReadOnlySpan<double> y, double[] mu, ReadOnlySpan<double> priorWeights, double theta)
    {
        var dev = 0.0;
        var poisson = double.IsPositiveInfinity(theta);
        for (var i = 0; i < y.Length; i++)
        {
            var wt = priorWeights.IsEmpty ? 1.0 : priorWeights[i];
            if (poisson)
            {
                dev += y[i] > 0.0 ? 2.0 * wt * (y[i] * Math.Log(y[i] / mu[i]) - (y[i] - mu[i])) : 2.0 * mu[i] * wt;
            }
            else
            {
                dev += 2.0 * wt * (y[i] * Math.Log(Math.Max(1.0, y[i]) / mu[i]) - (y[i] + theta) * Math.Log((y[i] + theta) / (mu[i] + theta)));
            }
        }

        return dev;
    }

    // Least squares on the estimable columns: a column whose norm left after the earlier columns is below 1e-7 of its
    // own norm is aliased (dropped, as R's dqrdc2 pivots it out) and the step is redone without it.
    private static bool Solve(double[] a, double[] b, int n, int p, bool[] active, double[] beta, double[] rInverse)
    {
        if (Array.IndexOf(active, false) < 0)
        {
            var deficient = LeastSquares(a, b, n, p, beta, rInverse);
            if (deficient < 0)
            {
                return true;
            }

            if (deficient == int.MaxValue || p <= 1)
            {
                return false;
            }

            active[deficient] = false;
        }

        while (true)
        {
            var q = 0;
            var map = new int[p];
            for (var j = 0; j < p; j++)
            {
                if (active[j])
                {
                    map[q++] = j;
                }
            }

            var ca = new double[n * q];
            for (var i = 0; i < n; i++)
            {
                for (var u = 0; u < q; u++)
                {
                    ca[i * q + u] = a[i * p + map[u]];
                }
            }

            var cb = (double[])b.Clone();
            var cbeta = new double[q];
            var cr = new double[q * q];
            var deficient = LeastSquares(ca, cb, n, q, cbeta, cr);
            if (deficient < 0)
            {
                Array.Clear(beta);
                Array.Clear(rInverse);
                for (var u = 0; u < q; u++)
                {
                    beta[map[u]] = cbeta[u];
                    for (var v = 0; v < q; v++)
                    {
                        rInverse[map[u] * p + map[v]] = cr[u * q + v];
                    }
                }

                return true;
            }

            if (deficient == int.MaxValue || q <= 1)
            {
                return false;
            }

            active[map[deficient]] = false;
        }
    }

    // Householder QR of a (n × p, row-major; overwritten), solves min |a β − b| and returns R⁻¹.
    // Returns −1 on success, the index of the first aliased column, or int.MaxValue when nothing can be fitted.
    private static int LeastSquares(double[] a, double[] b, int n, int p, double[] beta, double[] rInverse)
    {
        if (p == 0)
        {
            return int.MaxValue;
        }

        Span<double> norms = p <= 64 ? stackalloc double[p] : new double[p];
        for (var j = 0; j < p; j++)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                s += a[i * p + j] * a[i * p + j];
            }

            norms[j] = Math.Sqrt(s);
        }

        var rented = ArrayPool<double>.Shared.Rent(n);
        try
        {
            var v = rented.AsSpan(0, n);
            for (var k = 0; k < p; k++)
            {
                var norm = 0.0;
                for (var i = k; i < n; i++)
                {
                    norm += a[i * p + k] * a[i * p + k];
                }

                norm = Math.Sqrt(norm);
                if (!(norm > 1e-7 * norms[k]) || norms[k] == 0.0 || k >= n)
                {
                    return k; // aliased
                }

                var alpha = a[k * p + k] > 0 ? -norm : norm;
                for (var i = k; i < n; i++)
                {
                    v[i] = a[i * p + k];
                }

                v[k] -= alpha;
                var vv = 0.0;
                for (var i = k; i < n; i++)
                {
                    vv += v[i] * v[i];
                }

                for (var j = k; j < p; j++)
                {
                    var d = 0.0;
                    for (var i = k; i < n; i++)
                    {
                        d += v[i] * a[i * p + j];
                    }

                    var f = 2.0 * d / vv;
                    for (var i = k; i < n; i++)
                    {
                        a[i * p + j] -= f * v[i];
                    }
                }

                var db = 0.0;
                for (var i = k; i < n; i++)
                {
                    db += v[i] * b[i];
                }

                var fb = 2.0 * db / vv;
                for (var i = k; i < n; i++)
                {
                    b[i] -= fb * v[i];
                }
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        // R⁻¹ by back substitution (upper triangular).
        Array.Clear(rInverse);
        for (var j = p - 1; j >= 0; j--)
        {
            rInverse[j * p + j] = 1.0 / a[j * p + j];
            for (var i = j - 1; i >= 0; i--)
            {
                var s = 0.0;
                for (var k = i + 1; k <= j; k++)
                {
                    s += a[i * p + k] * rInverse[k * p + j];
                }

                rInverse[i * p + j] = -s / a[i * p + i];
            }
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var k = i + 1; k < p; k++)
            {
                s -= a[i * p + k] * beta[k];
            }

            beta[i] = s / a[i * p + i];
        }

        return -1;
    }
}
