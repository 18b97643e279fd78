
namespace PublicSecurity.Stats.Crime;

/// <summary>The category of a crime by its maximum penalty (Penal Code 2015, article 9).</summary>
/// <remarks>
/// "Trọng án" (grave cases) are <see cref="VerySerious"/> and <see cref="EspeciallySerious"/> together; the National
/// Assembly target for their clearance rate is above 90%. <c>default</c> is <see cref="LessSerious"/>.
/// </remarks>
public enum Severity
{
    /// <summary>Less serious (ít nghiêm trọng): maximum penalty a fine, non-custodial reform or up to 3 years.</summary>
    LessSerious = 0,

    /// <summary>Serious (nghiêm trọng): maximum penalty over 3 and up to 7 years.</summary>
    Serious = 1,

    /// <summary>Very serious (rất nghiêm trọng): maximum penalty over 7 and up to 15 years.</summary>
    VerySerious = 2,

    /// <summary>Especially serious (đặc biệt nghiêm trọng): maximum penalty over 15 years, life imprisonment or death.</summary>
    EspeciallySerious = 3,
}
