using System.Globalization;

namespace PublicSecurity.Stats.Rankings;

/// <summary>A set of consecutive ranks [<see cref="Lower"/>, <see cref="Upper"/>]: a confidence set for a rank.</summary>
/// <remarks>
/// Rank 1 is the best. <c>default</c> is [0, 0], which holds no valid rank and is never returned by the library.
/// </remarks>
public readonly struct RankSet : IEquatable<RankSet>
{
    internal RankSet(int lower, int upper)
    {
        (Lower, Upper) = (lower, upper);
    }

    /// <summary>Gets the best rank in the set.</summary>
    public int Lower { get; }

    /// <summary>Gets the worst rank in the set.</summary>
    public int Upper { get; }

    /// <summary>Gets the number of ranks in the set (1 for a unit whose rank is determined).</summary>
    public int Count => Upper - Lower + 1;

    /// <summary>Gets whether <paramref name="rank"/> lies in the set.</summary>
    /// <param name="rank">The rank.</param>
    /// <returns>Whether <see cref="Lower"/> ≤ <paramref name="rank"/> ≤ <see cref="Upper"/>.</returns>
    public bool Contains(int rank) => rank >= Lower && rank <= Upper;

    /// <summary>Gets whether this set contains every rank of <paramref name="other"/>.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>Whether <paramref name="other"/> is a subset of this set.</returns>
    public bool Contains(RankSet other) => other.Lower >= Lower && other.Upper <= Upper;

    /// <summary>Gets the set as text, for example "[1, 4]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Lower}, {Upper}]");

    /// <inheritdoc/>
    public bool Equals(RankSet other) => Lower == other.Lower && Upper == other.Upper;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RankSet other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality of both ends.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(RankSet left, RankSet right) => left.Equals(right);

    /// <summary>Inequality of either end.</summary>
    /// <param name="left">The first set.</param>
    /// <param name="right">The second set.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(RankSet left, RankSet right) => !left.Equals(right);
}
