
namespace PublicSecurity.Stats.Crime;

/// <summary>The group of offences a criminal case is counted in, as Vietnamese police reports group them.</summary>
/// <remarks><c>default</c> is <see cref="SocialOrder"/>.</remarks>
public enum OffenceGroup
{
    /// <summary>Crimes against social order (tội phạm về trật tự xã hội); criminal offences (phạm pháp hình sự).</summary>
    SocialOrder = 0,

    /// <summary>Drug crimes (tội phạm về ma túy).</summary>
    Drugs = 1,

    /// <summary>Crimes against economic order (tội phạm về trật tự quản lý kinh tế).</summary>
    EconomicOrder = 2,

    /// <summary>Corruption and abuse of position (tội phạm tham nhũng, chức vụ).</summary>
    CorruptionAndPosition = 3,

    /// <summary>Environment and food-safety crimes (tội phạm về môi trường, an toàn thực phẩm).</summary>
    EnvironmentAndFoodSafety = 4,

    /// <summary>Any other offence (tội phạm khác).</summary>
    Other = 5,
}
