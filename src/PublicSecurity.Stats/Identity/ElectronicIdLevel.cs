
namespace PublicSecurity.Stats.Identity;

/// <summary>The level of an electronic identification account (tài khoản định danh điện tử, VNeID).</summary>
/// <remarks><c>default</c> (0) is not a level.</remarks>
public enum ElectronicIdLevel
{
    /// <summary>Level 1 (mức độ 1): self-registered in the VNeID app.</summary>
    Level1 = 1,

    /// <summary>Level 2 (mức độ 2): registered in person with fingerprints and a portrait; the level reports rank provinces by.</summary>
    Level2 = 2,
}
