namespace PublicSecurity.Stats.Aggregation;

/// <summary>The number of drills or classes of one kind held, with their participant-attendances.</summary>
/// <remarks>
/// Vietnamese: "thực tập 286 phương án chữa cháy"; "hơn 1.000 lớp, với gần 90.000 lượt người tham gia". Counts are not
/// negative and there are no attendances without a drill. <c>default</c> is zero drills and zero attendances.
/// </remarks>
public readonly struct DrillCounts : IEquatable<DrillCounts>
{
    internal DrillCounts(long count, long attendances)
    {
        (Count, Attendances) = (count, attendances);
    }

    internal static DrillCounts Create(long count, long attendances)
    {
        Preconditions.NotNegative(count, nameof(count));
        Preconditions.NotNegative(attendances, nameof(attendances));
        if (count == 0 && attendances > 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count), $"The count must be positive when there are attendances ({Preconditions.Number(attendances)}); it was 0.");
        }

        return new DrillCounts(count, attendances);
    }

    /// <summary>Gets the number of drills or classes held.</summary>
    public long Count { get; }

    /// <summary>Gets the participant-attendances (lượt người tham gia): each person counted each time.</summary>
    public long Attendances { get; }

    /// <summary>Equality of both counts.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DrillCounts left, DrillCounts right) => left.Equals(right);

    /// <summary>Inequality of either count.</summary>
    /// <param name="left">The first counts.</param>
    /// <param name="right">The second counts.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DrillCounts left, DrillCounts right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(DrillCounts other) => other.Count == Count && other.Attendances == Attendances;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DrillCounts other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, Attendances);

    /// <summary>Gets the counts in English, for example "286 held, 0 attendances".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Preconditions.Number(Count)} held, {Preconditions.Number(Attendances)} attendances";

    internal DrillCounts Add(DrillCounts other) => new(checked(Count + other.Count), checked(Attendances + other.Attendances));
}
