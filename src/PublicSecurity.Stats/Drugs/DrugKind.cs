
namespace PublicSecurity.Stats.Drugs;

/// <summary>The kind of drug seized (loại ma túy).</summary>
/// <remarks><c>default</c> is <see cref="Heroin"/>.</remarks>
public enum DrugKind
{
    /// <summary>Heroin; often counted in blocks (bánh).</summary>
    Heroin = 0,

    /// <summary>Methamphetamine (ma túy đá, crystal; or "hồng phiến" tablets).</summary>
    Methamphetamine = 1,

    /// <summary>MDMA (thuốc lắc, ecstasy).</summary>
    Mdma = 2,

    /// <summary>Ketamine (ke).</summary>
    Ketamine = 3,

    /// <summary>Cannabis (cần sa), as plant material or plants.</summary>
    Cannabis = 4,

    /// <summary>Opium (thuốc phiện), as resin or poppy plants.</summary>
    Opium = 5,

    /// <summary>Cocaine.</summary>
    Cocaine = 6,

    /// <summary>Any other synthetic drug (ma túy tổng hợp khác).</summary>
    OtherSynthetic = 7,

    /// <summary>A kind the source does not state ("ma túy các loại").</summary>
    Unspecified = 8,
}
