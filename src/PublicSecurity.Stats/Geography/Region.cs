
namespace PublicSecurity.Stats;

/// <summary>One of the eight geographic regions (vùng) of the 63-unit edition.</summary>
/// <remarks>
/// In the 34-unit edition a unit has the region of its predecessors when they share one; 7 of the 34 units
/// span several regions and have none (<see cref="Province.Region"/> is <see langword="null"/>).
/// <c>default</c> is <see cref="RedRiverDelta"/>.
/// </remarks>
public enum Region
{
    /// <summary>Red River Delta (Đồng bằng sông Hồng).</summary>
    RedRiverDelta,

    /// <summary>Northeast (Đông Bắc).</summary>
    Northeast,

    /// <summary>Northwest (Tây Bắc).</summary>
    Northwest,

    /// <summary>North Central Coast (Bắc Trung Bộ).</summary>
    NorthCentralCoast,

    /// <summary>South Central Coast (Duyên hải Nam Trung Bộ).</summary>
    SouthCentralCoast,

    /// <summary>Central Highlands (Tây Nguyên).</summary>
    CentralHighlands,

    /// <summary>Southeast (Đông Nam Bộ).</summary>
    Southeast,

    /// <summary>Mekong River Delta (Đồng bằng sông Cửu Long).</summary>
    MekongRiverDelta,
}
