namespace PublicSecurity.Stats.Aggregation;

/// <summary>The key of a tally's counts: a province (with its edition) and a reporting period.</summary>
/// <remarks>
/// Keys order by edition, province code, then period start and end. <c>default</c> has a null province and period
/// and is never a key of a tally.
/// </remarks>
public readonly struct TallyKey : IEquatable<TallyKey>, IComparable<TallyKey>
{
    /// <summary>Creates a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The reporting period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    public TallyKey(Province province, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(period);
        Province = province;
        Period = period;
    }

    /// <summary>Gets the province.</summary>
    public Province Province { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Equality of province and period.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TallyKey left, TallyKey right) => left.Equals(right);

    /// <summary>Inequality of province or period.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TallyKey left, TallyKey right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> orders before <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(TallyKey left, TallyKey right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> orders after <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(TallyKey left, TallyKey right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> orders before or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(TallyKey left, TallyKey right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> orders after or equal to <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(TallyKey left, TallyKey right) => left.CompareTo(right) >= 0;

    /// <inheritdoc/>
    public bool Equals(TallyKey other) => Province == other.Province && Period == other.Period;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TallyKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Province, Period);

    /// <inheritdoc/>
    public int CompareTo(TallyKey other)
    {
        var c = (Province?.Edition ?? 0).CompareTo(other.Province?.Edition ?? 0);
        if (c == 0)
        {
            c = string.CompareOrdinal(Province?.Code, other.Province?.Code);
        }

        if (c == 0)
        {
            c = (Period?.Start ?? DateOnly.MinValue).CompareTo(other.Period?.Start ?? DateOnly.MinValue);
        }

        if (c == 0)
        {
            c = (Period?.End ?? DateOnly.MinValue).CompareTo(other.Period?.End ?? DateOnly.MinValue);
        }

        return c;
    }

    /// <summary>Gets the province and period, for example "Bình Dương (74, 63-unit edition), Q1 2023 (15/12/2022–14/03/2023)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Province}, {Period}";
}
