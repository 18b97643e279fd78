
namespace PublicSecurity.Stats.FireRescue;

/// <summary>One drill or training class held, with its participant-attendances.</summary>
/// <remarks>
/// <para>
/// Vietnamese: thực tập phương án chữa cháy / cứu nạn cứu hộ; lớp huấn luyện, with "lượt người tham gia". Attendances
/// (lượt) count each person each time they take part, not distinct people.
/// </para>
/// <para>Rules: attendances are not negative. Instances are immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class Drill : IEquatable<Drill>
{
    private Drill(DrillKind kind, Province province, DateOnly heldOn, long attendances)
    {
        (Kind, Province, HeldOn, Attendances) = (kind, province, heldOn, attendances);
    }

    /// <summary>Gets the kind of drill or class.</summary>
    public DrillKind Kind { get; }

    /// <summary>Gets the province where it was held.</summary>
    public Province Province { get; }

    /// <summary>Gets the date it was held; it decides which reporting window it belongs to.</summary>
    public DateOnly HeldOn { get; }

    /// <summary>Gets the participant-attendances (lượt người tham gia).</summary>
    public long Attendances { get; }

    /// <summary>Creates a drill, validating every rule.</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="province">The province.</param>
    /// <param name="heldOn">The date it was held.</param>
    /// <param name="attendances">The participant-attendances; not negative.</param>
    /// <returns>The drill.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined or <paramref name="attendances"/> is negative.</exception>
    public static Drill Create(DrillKind kind, Province province, DateOnly heldOn, long attendances)
    {
        Preconditions.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.NotNegative(attendances, nameof(attendances));
        return new Drill(kind, province, heldOn, attendances);
    }

    /// <summary>Gets a short description, for example "RescuePlanDrill, Bình Dương (74, 63-unit edition), 10/03/2023, 120 attendances".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Kind}, {Province}, {Preconditions.Date(HeldOn)}, {Preconditions.Number(Attendances)} attendances";

    /// <inheritdoc/>
    public bool Equals(Drill? other) =>
        other is not null && other.Kind == Kind && other.Province == Province && other.HeldOn == HeldOn && other.Attendances == Attendances;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Drill);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, Province, HeldOn, Attendances);
}
