
namespace PublicSecurity.Stats.Traffic;

/// <summary>One traffic accident with its deaths and injured.</summary>
/// <remarks>
/// <para>
/// Vietnamese: vụ tai nạn giao thông. Reports compare "the 3 criteria" (3 tiêu chí): accidents (số vụ), deaths (số
/// người chết) and injured (số người bị thương).
/// </para>
/// <para>Rules: deaths and injured are not negative. Instances are immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class TrafficAccident : IEquatable<TrafficAccident>
{
    private TrafficAccident(Province province, DateOnly occurredOn, long deaths, long injured)
    {
        (Province, OccurredOn, Deaths, Injured) = (province, occurredOn, deaths, injured);
    }

    /// <summary>Gets the province where the accident happened.</summary>
    public Province Province { get; }

    /// <summary>Gets the date of the accident; it decides which reporting window it belongs to.</summary>
    public DateOnly OccurredOn { get; }

    /// <summary>Gets the number of people killed.</summary>
    public long Deaths { get; }

    /// <summary>Gets the number of people injured.</summary>
    public long Injured { get; }

    /// <summary>Creates an accident, validating every rule.</summary>
    /// <param name="province">The province.</param>
    /// <param name="occurredOn">The date of the accident.</param>
    /// <param name="deaths">The people killed; not negative.</param>
    /// <param name="injured">The people injured; not negative.</param>
    /// <returns>The accident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public static TrafficAccident Create(Province province, DateOnly occurredOn, long deaths, long injured)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.NotNegative(deaths, nameof(deaths));
        Preconditions.NotNegative(injured, nameof(injured));
        return new TrafficAccident(province, occurredOn, deaths, injured);
    }

    /// <summary>Gets a short description, for example "Bình Dương (74, 63-unit edition), 01/05/2023: 1 deaths, 1 injured".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Province}, {Preconditions.Date(OccurredOn)}: {Preconditions.Number(Deaths)} deaths, {Preconditions.Number(Injured)} injured";

    /// <inheritdoc/>
    public bool Equals(TrafficAccident? other) =>
        other is not null && other.Province == Province && other.OccurredOn == OccurredOn && other.Deaths == Deaths && other.Injured == Injured;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TrafficAccident);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Province, OccurredOn, Deaths, Injured);
}
