using System.Globalization;

namespace PublicSecurity.Stats.Claims;

/// <summary>The stated parameters of a claim check: how close "about" and "nearly" must be, and the confidence level.</summary>
/// <remarks>
/// <para>
/// "Khoảng 90.000" (about) allows values within <see cref="AboutTolerance"/> of 90,000 on either side; "gần 20 kg"
/// (nearly) allows values within <see cref="NearlyTolerance"/> below 20 kg, and 20 kg itself. Both are relative (0.05 =
/// 5% of the stated number) and never narrower than half the stated resolution (the rounding of the number itself).
/// These are conventions, not facts about the wording: the check states the tolerance it used, and a caller who reads
/// "gần" more strictly passes a smaller one.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ClaimOptions : IEquatable<ClaimOptions>
{
    private ClaimOptions(decimal aboutTolerance, decimal nearlyTolerance, double confidence)
    {
        (AboutTolerance, NearlyTolerance, Confidence) = (aboutTolerance, nearlyTolerance, confidence);
    }

    /// <summary>Gets the default options: "about" within 5%, "nearly" within 5% below, 95% confidence.</summary>
    public static ClaimOptions Default { get; } = new(0.05m, 0.05m, 0.95);

    /// <summary>Gets the relative tolerance of <see cref="FigureQualifier.About"/>, on either side (0.05 by default).</summary>
    public decimal AboutTolerance { get; }

    /// <summary>Gets the relative tolerance of <see cref="FigureQualifier.Nearly"/>, below the number (0.05 by default).</summary>
    public decimal NearlyTolerance { get; }

    /// <summary>Gets the confidence level of the inference attached to a change or a rank (0.95 by default).</summary>
    public double Confidence { get; }

    /// <summary>Gets options with another tolerance for "about".</summary>
    /// <param name="tolerance">The relative tolerance, from 0 (only the rounding of the number) to below 1.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or at least 1.</exception>
    public ClaimOptions WithAboutTolerance(decimal tolerance) => new(Tolerance(tolerance, nameof(tolerance)), NearlyTolerance, Confidence);

    /// <summary>Gets options with another tolerance for "nearly".</summary>
    /// <param name="tolerance">The relative tolerance, from 0 (only the rounding of the number) to below 1.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tolerance"/> is negative or at least 1.</exception>
    public ClaimOptions WithNearlyTolerance(decimal tolerance) => new(AboutTolerance, Tolerance(tolerance, nameof(tolerance)), Confidence);

    /// <summary>Gets options with another confidence level.</summary>
    /// <param name="confidence">The level, strictly between 0 and 1.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public ClaimOptions WithConfidence(double confidence)
    {
        if (!(confidence > 0 && confidence < 1))
        {
            throw new ArgumentOutOfRangeException(
                nameof(confidence), string.Create(CultureInfo.InvariantCulture, $"The confidence must be strictly between 0 and 1; it was {confidence:R}."));
        }

        return new(AboutTolerance, NearlyTolerance, confidence);
    }

    /// <inheritdoc/>
    public bool Equals(ClaimOptions? other) =>
        other is not null && (other.AboutTolerance, other.NearlyTolerance, other.Confidence) == (AboutTolerance, NearlyTolerance, Confidence);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClaimOptions);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AboutTolerance, NearlyTolerance, Confidence);

    private static decimal Tolerance(decimal value, string name)
    {
        if (value < 0 || value >= 1)
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The tolerance must be at least 0 and below 1; it was {value}."));
        }

        return value;
    }
}
