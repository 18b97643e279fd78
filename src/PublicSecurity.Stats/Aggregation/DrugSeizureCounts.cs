using PublicSecurity.Stats.Drugs;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Drug cases detected, suspects, quantities seized per kind and unit, guns and rounds, for one province and period.</summary>
/// <remarks>
/// Vietnamese: "phát hiện, bắt giữ 472 vụ, 974 đối tượng, thu giữ gần 20kg ma túy các loại, 7 khẩu súng, 18 viên đạn".
/// Quantities are summed per (kind, unit) and never converted between units; <see cref="MassOfAllKinds"/> gives the
/// "kg of all kinds" total with what it left out. Instances are immutable and thread-safe; equality compares every member.
/// </remarks>
public sealed class DrugSeizureCounts : IEquatable<DrugSeizureCounts>, ITallyEntry<DrugSeizureCounts>
{
    static DrugSeizureCounts ITallyEntry<DrugSeizureCounts>.Sum(DrugSeizureCounts left, DrugSeizureCounts right) => left.Add(right);

    internal DrugSeizureCounts(long cases, long suspects, IReadOnlyList<DrugQuantity> quantities, long guns, long rounds)
    {
        (Cases, Suspects, Quantities, Guns, Rounds) = (cases, suspects, quantities, guns, rounds);
    }

    /// <summary>Gets the number of drug cases detected (vụ).</summary>
    public long Cases { get; }

    /// <summary>Gets the number of suspects arrested (đối tượng).</summary>
    public long Suspects { get; }

    /// <summary>Gets the quantities seized, summed per (kind, unit), ordered by kind then unit.</summary>
    public IReadOnlyList<DrugQuantity> Quantities { get; }

    /// <summary>Gets the number of guns seized.</summary>
    public long Guns { get; }

    /// <summary>Gets the number of rounds seized.</summary>
    public long Rounds { get; }

    /// <summary>Gets the "kg of all kinds" total: mass units only, with the quantities in other units it left out.</summary>
    /// <returns>The total.</returns>
    public MassTotal MassOfAllKinds() => MassTotal.Sum(Quantities);

    /// <inheritdoc/>
    public bool Equals(DrugSeizureCounts? other) =>
        other is not null
        && (other.Cases, other.Suspects, other.Guns, other.Rounds) == (Cases, Suspects, Guns, Rounds)
        && other.Quantities.SequenceEqual(Quantities);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DrugSeizureCounts);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Cases, Suspects, Guns, Rounds, Quantities.Count);

    /// <summary>Gets the counts in English, for example "472 cases, 974 suspects, 19.5 kg (0 quantities in other units left out), 7 guns, 18 rounds".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Preconditions.Number(Cases)} cases, {Preconditions.Number(Suspects)} suspects, {MassOfAllKinds()}, {Preconditions.Number(Guns)} guns, {Preconditions.Number(Rounds)} rounds";

    internal static DrugSeizureCounts Create(long cases, long suspects, IEnumerable<DrugQuantity> quantities, long guns, long rounds)
    {
        Preconditions.NotNegative(cases, nameof(cases));
        Preconditions.NotNegative(suspects, nameof(suspects));
        ArgumentNullException.ThrowIfNull(quantities);
        Preconditions.NotNegative(guns, nameof(guns));
        Preconditions.NotNegative(rounds, nameof(rounds));
        var list = quantities.ToList();
        if (list.Any(q => q.Amount <= 0))
        {
            throw new ArgumentException("The quantities must be made by DrugQuantity.Create (positive amounts); one had amount 0.", nameof(quantities));
        }

        return new DrugSeizureCounts(cases, suspects, DrugQuantity.SumByKindAndUnit(list), guns, rounds);
    }

    internal DrugSeizureCounts Add(DrugSeizureCounts other) => new(
        checked(Cases + other.Cases),
        checked(Suspects + other.Suspects),
        DrugQuantity.SumByKindAndUnit(Quantities.Concat(other.Quantities)),
        checked(Guns + other.Guns),
        checked(Rounds + other.Rounds));
}
