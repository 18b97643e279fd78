
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
    RedRiverDelta = 0,

    /// <summary>Northeast (Đông Bắc).</summary>
    Northeast = 1,

    /// <summary>Northwest (Tây Bắc).</summary>
    Northwest = 2,

    /// <summary>North Central Coast (Bắc Trung Bộ).</summary>
    NorthCentralCoast = 3,

    /// <summary>South Central Coast (Duyên hải Nam Trung Bộ).</summary>
    SouthCentralCoast = 4,

    /// <summary>Central Highlands (Tây Nguyên).</summary>
    CentralHighlands = 5,

    /// <summary>Southeast (Đông Nam Bộ).</summary>
    Southeast = 6,

    /// <summary>Mekong River Delta (Đồng bằng sông Cửu Long).</summary>
    MekongRiverDelta = 7,
}
