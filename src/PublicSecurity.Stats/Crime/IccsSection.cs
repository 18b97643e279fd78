
namespace PublicSecurity.Stats.Crime;

/// <summary>A level-1 section of the UNODC International Classification of Crime for Statistical Purposes (ICCS 2015), 01–11.</summary>
/// <remarks>
/// An optional mapping of a case to the international classification; the numeric value is the section number.
/// <c>default</c> (0) is not a section: a case without a section has <see langword="null"/>.
/// </remarks>
public enum IccsSection
{
    /// <summary>01 Acts leading to death or intending to cause death.</summary>
    ActsLeadingToDeath = 1,

    /// <summary>02 Acts causing harm or intending to cause harm to the person.</summary>
    ActsCausingHarm = 2,

    /// <summary>03 Injurious acts of a sexual nature.</summary>
    SexualActs = 3,

    /// <summary>04 Acts against property involving violence or threat against a person.</summary>
    PropertyWithViolence = 4,

    /// <summary>05 Acts against property only.</summary>
    PropertyOnly = 5,

    /// <summary>06 Acts involving controlled psychoactive substances or other drugs.</summary>
    ControlledDrugs = 6,

    /// <summary>07 Acts involving fraud, deception or corruption.</summary>
    FraudDeceptionCorruption = 7,

    /// <summary>08 Acts against public order, authority and provisions of the State.</summary>
    PublicOrderAndAuthority = 8,

    /// <summary>09 Acts against public safety and state security.</summary>
    PublicSafetyAndStateSecurity = 9,

    /// <summary>10 Acts against the natural environment.</summary>
    NaturalEnvironment = 10,

    /// <summary>11 Other criminal acts not elsewhere classified.</summary>
    Other = 11,
}
