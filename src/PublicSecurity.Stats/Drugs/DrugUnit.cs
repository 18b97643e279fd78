
namespace PublicSecurity.Stats.Drugs;

/// <summary>The unit a seized quantity is stated in.</summary>
/// <remarks>
/// Only <see cref="Gram"/> and <see cref="Kilogram"/> are mass units; "X kg ma túy các loại" is a total over mass
/// units only. <see cref="Tablet"/>, <see cref="Block"/> and <see cref="Plant"/> count items (whole numbers).
/// <c>default</c> is <see cref="Gram"/>.
/// </remarks>
public enum DrugUnit
{
    /// <summary>Grams (gam).</summary>
    Gram = 0,

    /// <summary>Kilograms (kg).</summary>
    Kilogram = 1,

    /// <summary>Tablets (viên), a count.</summary>
    Tablet = 2,

    /// <summary>Blocks (bánh), usually of heroin, a count of pressed blocks of unstated mass.</summary>
    Block = 3,

    /// <summary>Plants (cây), for example cannabis or poppy plants, a count.</summary>
    Plant = 4,
}
