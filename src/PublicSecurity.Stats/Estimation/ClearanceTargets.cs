using System.Globalization;

namespace PublicSecurity.Stats.Estimation;

/// <summary>The clearance-rate targets (chỉ tiêu): overall, and for very and especially serious crimes.</summary>
/// <remarks>
/// The National Assembly's targets are clearance above 75% overall and above 90% for very serious and especially
/// serious crimes ("trọng án") (<see cref="NationalAssembly"/>; DOMAIN.md confidence M, hence configurable). A target
/// is met when the rate is strictly above it. Immutable.
/// </remarks>
public sealed class ClearanceTargets
{
    private ClearanceTargets(double overall, double veryOrEspeciallySerious)
    {
        (Overall, VeryOrEspeciallySerious) = (overall, veryOrEspeciallySerious);
    }

    /// <summary>Gets the National Assembly's targets: 0.75 overall, 0.90 for very and especially serious crimes.</summary>
    public static ClearanceTargets NationalAssembly { get; } = new(0.75, 0.90);

    /// <summary>Gets the overall target, a fraction.</summary>
    public double Overall { get; }

    /// <summary>Gets the target for very and especially serious crimes, a fraction.</summary>
    public double VeryOrEspeciallySerious { get; }

    /// <summary>Creates targets.</summary>
    /// <param name="overall">The overall target, a fraction in [0, 1].</param>
    /// <param name="veryOrEspeciallySerious">The target for very and especially serious crimes, a fraction in [0, 1].</param>
    /// <returns>The targets.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A target is NaN or outside [0, 1].</exception>
    public static ClearanceTargets Create(double overall, double veryOrEspeciallySerious)
    {
        Fraction(overall, nameof(overall));
        Fraction(veryOrEspeciallySerious, nameof(veryOrEspeciallySerious));
        return new ClearanceTargets(overall, veryOrEspeciallySerious);
    }

    private static void Fraction(double value, string name)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(
                name, string.Create(CultureInfo.InvariantCulture, $"The target must be a fraction between 0 and 1; it was {value:R}."));
        }
    }
}
