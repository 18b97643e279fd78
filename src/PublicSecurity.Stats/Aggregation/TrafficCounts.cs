namespace PublicSecurity.Stats.Aggregation;

/// <summary>The three criteria of traffic safety for one province and period: accidents, deaths and injured.</summary>
/// <remarks>
/// Vietnamese: 3 tiêu chí — số vụ, số người chết, số người bị thương. Counts are not negative, and there are no
/// deaths or injured without an accident. <c>default</c> is all zeros: no accident.
/// </remarks>
public readonly struct TrafficCounts : IEquatable<TrafficCounts>, ITallyEntry<TrafficCounts>
{
    static TrafficCounts ITallyEntry<TrafficCounts>.Sum(TrafficCounts left, TrafficCounts right) => left.Add(right);

    internal TrafficCounts(long accidents, long deaths, long injured)
    {
        (Accidents, Deaths, Injured) = (accidents, deaths, injured);
    }

    /// <summary>Gets the number of accidents (số vụ).</summary>
    public long Accidents { get; }

    /// <summary>Gets the number of people killed (số người chết).</summary>
    public long Deaths { get; }

    /// <summary>Gets the number of people injured (số người bị thương).</summary>
    public long Injured { get; }

    /// <summary>Equality of the three counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TrafficCounts left, TrafficCounts right) => left.Equals(right);

    /// <summary>Inequality of any of the three counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TrafficCounts left, TrafficCounts right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(TrafficCounts other) => other.Accidents == Accidents && other.Deaths == Deaths && other.Injured == Injured;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TrafficCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Accidents, Deaths, Injured);

    /// <summary>Gets the counts in English, for example "97 accidents, 46 deaths, 78 injured".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Preconditions.Number(Accidents)} accidents, {Preconditions.Number(Deaths)} deaths, {Preconditions.Number(Injured)} injured";

    internal static TrafficCounts Create(long accidents, long deaths, long injured)
    {
        Preconditions.NotNegative(accidents, nameof(accidents));
        Preconditions.NotNegative(deaths, nameof(deaths));
        Preconditions.NotNegative(injured, nameof(injured));
        if (accidents == 0 && (deaths > 0 || injured > 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(accidents),
                $"The accidents must be positive when there are deaths ({Preconditions.Number(deaths)}) or injured ({Preconditions.Number(injured)}); it was 0.");
        }

        return new TrafficCounts(accidents, deaths, injured);
    }

    internal TrafficCounts Add(TrafficCounts other) =>
        new(checked(Accidents + other.Accidents), checked(Deaths + other.Deaths), checked(Injured + other.Injured));
}
