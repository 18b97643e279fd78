namespace PublicSecurity.Stats.Numerics;

/// <summary>
/// The beta-binomial distribution BetaBin(n, α, β): the count of successes in n trials whose success probability is
/// itself Beta(α, β) — a binomial with extra-binomial variation, as <c>extraDistr::dbbinom</c> / <c>pbbinom</c> define it.
/// </summary>
/// <remarks>
/// P(X = k) = C(n, k)·B(k + α, n − k + β)/B(α, β), each term computed on the log scale (so that no term underflows
/// to 0 before it is summed); the CDF sums the terms from 0 as extraDistr does. Mean nα/(α + β), intra-class
/// correlation ρ = 1/(α + β + 1). All members are pure and thread-safe.
/// </remarks>
internal readonly struct BetaBinomial : IDiscreteCdf
{
    private readonly double logNorm;
    private readonly double logGammaN;

    public BetaBinomial(long n, double alpha, double beta)
    {
        (N, Alpha, Beta) = (n, alpha, beta);
        logNorm = SpecialFunctions.LogBeta(alpha, beta);
        logGammaN = SpecialFunctions.LogGamma(n + 1.0);
    }

    public long N { get; }

    public double Alpha { get; }

    public double Beta { get; }

    /// <summary>P(X = k); 0 outside [0, n].</summary>
    public double Pmf(long k)
    {
        if (k < 0 || k > N)
        {
            return 0;
        }

        var logChoose = logGammaN - SpecialFunctions.LogGamma(k + 1.0) - SpecialFunctions.LogGamma(N - k + 1.0);
        return Math.Exp(logChoose + SpecialFunctions.LogBeta(k + Alpha, N - k + Beta) - logNorm);
    }

    /// <summary>P(X ≤ k), the sum of the terms 0 … k (extraDistr's <c>pbbinom</c>); 1 from n on.</summary>
    public double Cdf(long k)
    {
        if (k < 0)
        {
            return 0;
        }

        if (k >= N)
        {
            return 1;
        }

        var sum = 0.0;
        for (var i = 0L; i <= k; i++)
        {
            sum += Pmf(i);
        }

        return Math.Min(1, sum);
    }

    /// <summary>The smallest k in [0, n] with P(X ≤ k) ≥ p·(1 − 64ε) (the fuzz of R's discrete quantiles), by one pass of the running sum.</summary>
    public long Quantile(double p)
    {
        var target = p * (1.0 - (64.0 * Binomial.MachineEpsilon));
        var sum = 0.0;
        for (var k = 0L; k < N; k++)
        {
            sum += Pmf(k);
            if (sum >= target)
            {
                return k;
            }
        }

        return N;
    }
}

/// <summary>
/// The negative binomial distribution NB(size θ, mean μ) of R's <c>dnbinom(x, size, mu = mu)</c>: variance μ + μ²/θ, a
/// Poisson whose mean is itself Gamma-distributed with shape θ.
/// </summary>
/// <remarks>
/// P(X ≤ k) = I_π(θ, k + 1) with π = θ/(θ + μ), and 1 − π = μ/(θ + μ) passed apart so that neither tail cancels (R's
/// <c>pnbinom</c>); the quantile is R's <c>qnbinom</c>: a Cornish–Fisher start and the smallest k with
/// F(k) ≥ p·(1 − 64ε). All members are pure and thread-safe.
/// </remarks>
internal readonly struct NegativeBinomial(double size, double mu) : IDiscreteCdf
{
    public double Size => size;

    public double Mean => mu;

    /// <summary>P(X = k) = F(k) − F(k − 1), each tail on its accurate side.</summary>
    public double Pmf(long k)
    {
        if (k < 0)
        {
            return 0;
        }

        // dnbinom: π^θ (1 − π)^k Γ(θ + k)/(Γ(θ) k!) on the log scale.
        var pi = size / (size + mu);
        var q = mu / (size + mu);
        var log = (size * Math.Log(pi)) + (k == 0 ? 0 : k * Math.Log(q))
            + SpecialFunctions.LogGamma(size + k) - SpecialFunctions.LogGamma(size) - SpecialFunctions.LogGamma(k + 1.0);
        return Math.Exp(log);
    }

    /// <summary>P(X ≤ k).</summary>
    public double Cdf(long k)
    {
        if (k < 0)
        {
            return 0;
        }

        IncompleteBeta.Evaluate(size, k + 1.0, size / (size + mu), mu / (size + mu), out var w, out _);
        return w;
    }

    /// <summary>P(X &gt; k) (R's <c>pnbinom(k, size, mu = mu, lower.tail = FALSE)</c>), without cancellation.</summary>
    public double Survival(long k)
    {
        if (k < 0)
        {
            return 1;
        }

        IncompleteBeta.Evaluate(size, k + 1.0, size / (size + mu), mu / (size + mu), out _, out var w1);
        return w1;
    }

    /// <summary>R's <c>qnbinom(p, size, mu = mu)</c> for p in (0, 1).</summary>
    public long Quantile(double p)
    {
        var prob = size / (size + mu);
        var bigQ = 1.0 / prob;
        var bigP = (1.0 - prob) * bigQ;
        var sigma = Math.Sqrt(size * bigP * bigQ);
        var gamma = (bigQ + bigP) / sigma;
        var z = Normal.Quantile(p);
        var start = Math.Floor(mu + (sigma * (z + (gamma * ((z * z) - 1.0) / 6.0))) + 0.5);
        const double Max = 4.0e18;
        var guess = start <= 0.0 ? 0L : start >= Max ? (long)Max : (long)start;
        return DiscreteSearch.Smallest(this, p * (1.0 - (64.0 * Binomial.MachineEpsilon)), guess, (long)Max);
    }
}
