using System.Globalization;

namespace PublicSecurity.Stats.Monitoring;

/// <summary>The control options of the GLR/LR CUSUM detector, as <c>surveillance::algo.glrnb</c> names them.</summary>
/// <remarks>
/// The detector signals when its statistic reaches <see cref="Threshold"/> (<c>c.ARL</c>; larger thresholds give a
/// longer in-control run length); after an alarm it restarts at the next month. <see cref="Alpha"/> 0 is the Poisson
/// detector; a positive α the negative binomial one with variance μ + αμ². With <see cref="FixedChange"/> the change is
/// known (a likelihood-ratio CUSUM for a multiplicative change exp(κ)), otherwise estimated (the GLR). Immutable.
/// </remarks>
public sealed class GlrOptions
{
    private GlrOptions(double threshold, ChangeDirection direction, int? window, double alpha, double? fixedChange, bool returnCases) =>
        (Threshold, Direction, Window, Alpha, FixedChange, ReturnCases) = (threshold, direction, window, alpha, fixedChange, returnCases);

    /// <summary>Gets surveillance's defaults: threshold 5, an increase, no window, Poisson, the GLR statistic returned.</summary>
    public static GlrOptions Default { get; } = Create();

    /// <summary>Gets the threshold c.ARL the statistic must reach for an alarm.</summary>
    public double Threshold { get; }

    /// <summary>Gets the direction of the change looked for.</summary>
    public ChangeDirection Direction { get; }

    /// <summary>Gets M: how many months back a change may have started (null: all months since the start or the last alarm).</summary>
    public int? Window { get; }

    /// <summary>Gets α, the negative binomial dispersion (variance μ + αμ²); 0 is the Poisson detector.</summary>
    public double Alpha { get; }

    /// <summary>Gets κ = log of the rate ratio to detect (R's <c>theta</c>), or null for the GLR, which estimates it.</summary>
    public double? FixedChange { get; }

    /// <summary>Gets whether each month reports the count that would have raised an alarm (R's <c>ret = "cases"</c>) instead of the statistic.</summary>
    public bool ReturnCases { get; }

    /// <summary>Creates options.</summary>
    /// <param name="threshold">c.ARL, positive and finite; 5 by default.</param>
    /// <param name="direction">The direction; an increase by default.</param>
    /// <param name="window">M, from 1 to 600, or null for no window.</param>
    /// <param name="alpha">α, non-negative and finite; 0 (Poisson) by default.</param>
    /// <param name="fixedChange">κ, non-zero and finite, with an increase only (as R), or null for the GLR.</param>
    /// <param name="returnCases">Whether to report the counts needed for an alarm; Poisson only (R computes them by brute force for the negative binomial).</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of its range, NaN or an undefined enum value.</exception>
    /// <exception cref="ArgumentException">A fixed change with a decrease, a fixed change with a window, or counts asked of the negative binomial GLR.</exception>
    public static GlrOptions Create(double threshold = 5.0, ChangeDirection direction = ChangeDirection.Increase, int? window = null, double alpha = 0.0, double? fixedChange = null, bool returnCases = false)
    {
        Preconditions.PositiveFinite(threshold, nameof(threshold), "threshold");
        Preconditions.Defined(direction, nameof(direction));
        if (window is int m)
        {
            FarringtonOptions.InRange(m, 1, 600, nameof(window), "window (M)");
        }

        if (!(alpha >= 0.0 && alpha < double.PositiveInfinity))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), string.Create(CultureInfo.InvariantCulture, $"The dispersion alpha must be non-negative and finite; it was {alpha:R}."));
        }

        if (fixedChange is double kappa)
        {
            if (!(double.IsFinite(kappa) && kappa != 0.0))
            {
                throw new ArgumentOutOfRangeException(nameof(fixedChange), string.Create(CultureInfo.InvariantCulture, $"The fixed change must be finite and not zero; it was {kappa:R}."));
            }

            if (direction != ChangeDirection.Increase || window is not null)
            {
                throw new ArgumentException("A fixed change must go with an increase and no window (R's LR CUSUM has neither); it was combined with " + (window is not null ? "a window." : "a decrease."), nameof(fixedChange));
            }
        }

        if (returnCases && alpha > 0.0 && fixedChange is null)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Counts for an alarm must come from the Poisson GLR or an LR CUSUM; alpha was {alpha:R} with no fixed change."), nameof(returnCases));
        }

        return new GlrOptions(threshold, direction, window, alpha, fixedChange, returnCases);
    }
}
