
namespace PublicSecurity.Stats.Drugs;

/// <summary>A seized quantity of one kind of drug in one unit, for example 1.2 kg of methamphetamine or 5 blocks of heroin.</summary>
/// <remarks>
/// <para>
/// Vietnamese: khối lượng / số lượng ma túy thu giữ. The amount is positive; in <see cref="DrugUnit.Tablet"/>,
/// <see cref="DrugUnit.Block"/> and <see cref="DrugUnit.Plant"/> it is a whole number. Amounts are
/// <see cref="decimal"/> so that sums of grams are exact.
/// </para>
/// <para>
/// <c>default</c> is zero grams of heroin, which <see cref="Create"/> never returns (amounts are positive): it only
/// stands for an uninitialised value.
/// </para>
/// </remarks>
public readonly struct DrugQuantity : IEquatable<DrugQuantity>
{
    private DrugQuantity(DrugKind kind, decimal amount, DrugUnit unit)
    {
        (Kind, Amount, Unit) = (kind, amount, unit);
    }

    /// <summary>Gets the kind of drug.</summary>
    public DrugKind Kind { get; }

    /// <summary>Gets the amount, in <see cref="Unit"/>.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the unit of <see cref="Amount"/>.</summary>
    public DrugUnit Unit { get; }

    /// <summary>Gets whether the unit is a mass (grams or kilograms).</summary>
    public bool IsMass => Unit is DrugUnit.Gram or DrugUnit.Kilogram;

    /// <summary>Gets the mass in kilograms, or <see langword="null"/> when the unit counts items (tablets, blocks, plants).</summary>
    public decimal? Kilograms => Unit switch
    {
        DrugUnit.Kilogram => Amount,
        DrugUnit.Gram => Amount / 1000m,
        _ => null,
    };

    /// <summary>Creates a quantity.</summary>
    /// <param name="kind">The kind of drug.</param>
    /// <param name="amount">The amount: positive, and a whole number for tablets, blocks and plants.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="kind"/> or <paramref name="unit"/> is undefined, or <paramref name="amount"/> is not positive.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="amount"/> is not a whole number of tablets, blocks or plants.</exception>
    public static DrugQuantity Create(DrugKind kind, decimal amount, DrugUnit unit)
    {
        Preconditions.Defined(kind, nameof(kind));
        Preconditions.Defined(unit, nameof(unit));
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), $"The amount must be positive; it was {Preconditions.Number(amount)}.");
        }

        if (unit is DrugUnit.Tablet or DrugUnit.Block or DrugUnit.Plant && decimal.Truncate(amount) != amount)
        {
            throw new ArgumentException(
                $"The amount in {unit} units must be a whole number; it was {Preconditions.Number(amount)}.", nameof(amount));
        }

        return new DrugQuantity(kind, amount, unit);
    }

    /// <summary>Gets the quantity in English, for example "1.5 Kilogram of Methamphetamine".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Preconditions.Number(Amount)} {Unit} of {Kind}";

    /// <inheritdoc/>
    public bool Equals(DrugQuantity other) => other.Kind == Kind && other.Amount == Amount && other.Unit == Unit;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DrugQuantity other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Amount, Unit);

    /// <summary>Equality of kind, amount and unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DrugQuantity left, DrugQuantity right) => left.Equals(right);

    /// <summary>Inequality of kind, amount or unit.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DrugQuantity left, DrugQuantity right) => !left.Equals(right);

    /// <summary>Sums quantities per (kind, unit), ordered by kind then unit; units are never converted into each other.</summary>
    internal static IReadOnlyList<DrugQuantity> SumByKindAndUnit(IEnumerable<DrugQuantity> quantities)
    {
        var sums = new SortedDictionary<(DrugKind, DrugUnit), decimal>();
        foreach (var q in quantities)
        {
            sums[(q.Kind, q.Unit)] = sums.GetValueOrDefault((q.Kind, q.Unit)) + q.Amount;
        }

        return sums.Select(s => new DrugQuantity(s.Key.Item1, s.Value, s.Key.Item2)).ToList();
    }
}
