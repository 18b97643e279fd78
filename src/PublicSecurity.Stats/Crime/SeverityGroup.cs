
namespace PublicSecurity.Stats.Crime;

/// <summary>Which severities a count includes: all, one category, or the grave cases ("trọng án").</summary>
/// <remarks>
/// The National Assembly targets a clearance rate above 75% overall and above 90% for very serious and especially
/// serious cases together (<see cref="VeryOrEspeciallySerious"/>). <c>default</c> is <see cref="All"/>.
/// </remarks>
public enum SeverityGroup
{
    /// <summary>Every severity.</summary>
    All = 0,

    /// <summary>Less serious cases only.</summary>
    LessSerious = 1,

    /// <summary>Serious cases only.</summary>
    Serious = 2,

    /// <summary>Very serious cases only.</summary>
    VerySerious = 3,

    /// <summary>Especially serious cases only.</summary>
    EspeciallySerious = 4,

    /// <summary>Very serious and especially serious cases together: the grave cases (trọng án).</summary>
    VeryOrEspeciallySerious = 5,
}
