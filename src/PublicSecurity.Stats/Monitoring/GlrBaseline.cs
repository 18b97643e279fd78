namespace PublicSecurity.Stats.Monitoring;

/// <summary>
/// How <see cref="GlrDetector"/> estimates the in-control mean μ₀ from the months before the monitored ones (R's
/// <c>mu0 = list(S, trend, refit)</c>): a log-linear GLM with an intercept, an optional linear trend in the month
/// number and <see cref="Harmonics"/> pairs of yearly sine and cosine terms — Poisson when α = 0, negative binomial with
/// θ = 1/α otherwise.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class GlrBaseline
{
    private GlrBaseline(int harmonics, bool trend, bool refit) => (Harmonics, Trend, Refit) = (harmonics, trend, refit);

    /// <summary>Gets S, the number of harmonics.</summary>
    public int Harmonics { get; }

    /// <summary>Gets whether a linear trend is fitted.</summary>
    public bool Trend { get; }

    /// <summary>Gets whether the mean is refitted on all months up to each alarm.</summary>
    public bool Refit { get; }

    /// <summary>Creates a baseline model.</summary>
    /// <param name="harmonics">S, from 0 to 6; 1 by default.</param>
    /// <param name="trend">Whether to fit a trend; no by default.</param>
    /// <param name="refit">Whether to refit after each alarm; no by default.</param>
    /// <returns>The baseline model.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="harmonics"/> is outside 0–6.</exception>
    public static GlrBaseline Create(int harmonics = 1, bool trend = false, bool refit = false)
    {
        FarringtonOptions.InRange(harmonics, 0, 6, nameof(harmonics), "number of harmonics");
        return new GlrBaseline(harmonics, trend, refit);
    }
}
