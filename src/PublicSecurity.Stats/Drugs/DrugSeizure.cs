
namespace PublicSecurity.Stats.Drugs;

/// <summary>One drug seizure event: a detected drug case with its suspects, substances, guns and rounds.</summary>
/// <remarks>
/// <para>
/// Vietnamese: vụ phát hiện, bắt giữ về ma túy — "phát hiện, bắt giữ 472 vụ, 974 đối tượng, thu giữ gần 20kg ma
/// túy các loại, 7 khẩu súng, 18 viên đạn". Drug cases have no clearance rate: each detected case is a seizure.
/// </para>
/// <para>
/// Rules: suspects, guns and rounds are not negative. The substance list may be empty (a case with suspects but no
/// stated quantity). Instances are immutable and thread-safe; equality compares every member, substances in order.
/// </para>
/// </remarks>
public sealed class DrugSeizure : IEquatable<DrugSeizure>
{
    private DrugSeizure(Province province, DateOnly seizedOn, long suspects, IReadOnlyList<DrugQuantity> substances, long guns, long rounds)
    {
        (Province, SeizedOn, Suspects, Substances, Guns, Rounds) = (province, seizedOn, suspects, substances, guns, rounds);
    }

    /// <summary>Gets the province whose police made the seizure.</summary>
    public Province Province { get; }

    /// <summary>Gets the date of the seizure; it decides which reporting window the case belongs to.</summary>
    public DateOnly SeizedOn { get; }

    /// <summary>Gets the number of suspects arrested (đối tượng).</summary>
    public long Suspects { get; }

    /// <summary>Gets the substances seized, each as (kind, amount, unit), in the order given.</summary>
    public IReadOnlyList<DrugQuantity> Substances { get; }

    /// <summary>Gets the number of guns seized (khẩu súng).</summary>
    public long Guns { get; }

    /// <summary>Gets the number of rounds of ammunition seized (viên đạn).</summary>
    public long Rounds { get; }

    /// <summary>Creates a seizure, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="seizedOn">The date of the seizure.</param>
    /// <param name="suspects">The number of suspects; not negative.</param>
    /// <param name="substances">The substances seized; may be empty.</param>
    /// <param name="guns">The number of guns; not negative.</param>
    /// <param name="rounds">The number of rounds; not negative.</param>
    /// <returns>The seizure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="substances"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">A substance is <c>default</c> (zero amount), so not made by <see cref="DrugQuantity.Create"/>.</exception>
    public static DrugSeizure Create(Province province, DateOnly seizedOn, long suspects, IEnumerable<DrugQuantity> substances, long guns, long rounds)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(substances);
        Preconditions.NotNegative(suspects, nameof(suspects));
        Preconditions.NotNegative(guns, nameof(guns));
        Preconditions.NotNegative(rounds, nameof(rounds));
        var list = substances.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Amount <= 0)
            {
                throw new ArgumentException(
                    $"The substances must be made by DrugQuantity.Create (positive amounts); substance {Preconditions.Number(i)} had amount {Preconditions.Number(list[i].Amount)}.",
                    nameof(substances));
            }
        }

        return new DrugSeizure(province, seizedOn, suspects, list.AsReadOnly(), guns, rounds);
    }

    /// <summary>Gets the "kg of all kinds" total of this seizure: mass units only, with what it left out.</summary>
    /// <returns>The total.</returns>
    public MassTotal MassOfAllKinds() => MassTotal.Sum(Substances);

    /// <summary>Gets a short description, for example "Bình Dương (74, 63-unit edition), 03/02/2023: 2 suspects, 1 substances, 0 guns, 0 rounds".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Province}, {Preconditions.Date(SeizedOn)}: {Preconditions.Number(Suspects)} suspects, {Preconditions.Number(Substances.Count)} substances, {Preconditions.Number(Guns)} guns, {Preconditions.Number(Rounds)} rounds";

    /// <inheritdoc/>
    public bool Equals(DrugSeizure? other) =>
        other is not null
        && (other.Province, other.SeizedOn, other.Suspects, other.Guns, other.Rounds) == (Province, SeizedOn, Suspects, Guns, Rounds)
        && other.Substances.SequenceEqual(Substances);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DrugSeizure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Province, SeizedOn, Suspects, Guns, Rounds, Substances.Count);
}
