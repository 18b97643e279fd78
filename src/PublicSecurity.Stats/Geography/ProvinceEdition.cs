
namespace PublicSecurity.Stats;

/// <summary>A set of provincial-level units (tỉnh, thành phố trực thuộc trung ương) in force over a span of dates.</summary>
/// <remarks>
/// <para>
/// Codes are reused across editions: 24 is Bắc Giang in <see cref="Provinces63"/> and the merged Bắc Ninh in
/// <see cref="Provinces34"/>; 80 is Long An, then Tây Ninh. A code alone is never an identity: a
/// <see cref="Province"/> is identified by its edition and its code. <see cref="ProvinceCatalog.EditionOn(DateOnly)"/>
/// gives the edition in force on a date.
/// </para>
/// <para><c>default</c> is <see cref="Provinces63"/>.</para>
/// </remarks>
public enum ProvinceEdition
{
    /// <summary>The 63 units in force until 30/06/2025, with their official two-digit codes (Bình Dương 74).</summary>
    Provinces63 = 0,

    /// <summary>
    /// The 34 units in force from 01/07/2025 (Resolution 202/2025/QH15, adopted 12/06/2025): 11 unchanged units and
    /// 23 units that each absorb two or three of the 63 (Bình Dương + Bà Rịa - Vũng Tàu + Hồ Chí Minh → Hồ Chí Minh 79).
    /// </summary>
    Provinces34 = 1,
}
