using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Claims;

/// <summary>
/// A range of values: what a claim's wording allows, or the counts that would make it so. Either end may be open
/// (excluded), closed (included) or absent (unbounded).
/// </summary>
/// <remarks>Instances are immutable and thread-safe; equality compares both ends and their inclusion.</remarks>
public sealed class ClaimBounds : IEquatable<ClaimBounds>
{
    private ClaimBounds(decimal? lower, bool lowerIncluded, decimal? upper, bool upperIncluded)
    {
        (Lower, LowerIncluded, Upper, UpperIncluded) = (lower, lowerIncluded, upper, upperIncluded);
    }

    /// <summary>Gets the lower end, or <see langword="null"/> when unbounded below.</summary>
    public decimal? Lower { get; }

    /// <summary>Gets whether <see cref="Lower"/> itself is in the range.</summary>
    public bool LowerIncluded { get; }

    /// <summary>Gets the upper end, or <see langword="null"/> when unbounded above.</summary>
    public decimal? Upper { get; }

    /// <summary>Gets whether <see cref="Upper"/> itself is in the range.</summary>
    public bool UpperIncluded { get; }

    /// <summary>Creates a range.</summary>
    /// <param name="lower">The lower end, or null for none.</param>
    /// <param name="lowerIncluded">Whether the lower end is included; ignored without one.</param>
    /// <param name="upper">The upper end, or null for none.</param>
    /// <param name="upperIncluded">Whether the upper end is included; ignored without one.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentException">The range is empty: the lower end is above the upper, or equal to it without both included.</exception>
    public static ClaimBounds Create(decimal? lower, bool lowerIncluded, decimal? upper, bool upperIncluded)
    {
        if (lower is decimal lo && upper is decimal hi && (lo > hi || (lo == hi && !(lowerIncluded && upperIncluded))))
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The range must not be empty; it was from {lo} ({(lowerIncluded ? "included" : "excluded")}) to {hi} ({(upperIncluded ? "included" : "excluded")})."),
                nameof(upper));
        }

        return new ClaimBounds(lower, lower is not null && lowerIncluded, upper, upper is not null && upperIncluded);
    }

    /// <summary>Gets whether a value lies in the range.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Whether it lies in the range.</returns>
    public bool Contains(decimal value) =>
        (Lower is not decimal lo || value > lo || (LowerIncluded && value == lo))
        && (Upper is not decimal hi || value < hi || (UpperIncluded && value == hi));

    /// <summary>Gets the range in English, for example "more than 90", "at least 1,350,000 and less than 1,450,000".</summary>
    /// <returns>The range in words.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the range in words in the given language ("from 19 to 20", "từ 19 đến 20").</summary>
    /// <param name="language">The language.</param>
    /// <returns>The range in words.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => Describe(language, string.Empty);

    /// <summary>Gets the range in words with a unit after each number ("%", " kg").</summary>
    internal string Describe(Language language, string unit)
    {
        Preconditions.Defined(language, nameof(language));
        var vi = language == Language.Vietnamese;
        string N(decimal v) => ClaimText.Number(v, language) + unit;
        if (Lower is decimal lo && Upper is decimal hi)
        {
            if (lo == hi)
            {
                return vi ? $"đúng {N(lo)}" : $"exactly {N(lo)}";
            }

            return (LowerIncluded, UpperIncluded, vi) switch
            {
                (true, true, false) => $"from {N(lo)} to {N(hi)}",
                (true, true, true) => $"từ {N(lo)} đến {N(hi)}",
                (true, false, false) => $"at least {N(lo)} and less than {N(hi)}",
                (true, false, true) => $"từ {N(lo)} đến dưới {N(hi)}",
                (false, true, false) => $"more than {N(lo)} and at most {N(hi)}",
                (false, true, true) => $"trên {N(lo)} đến {N(hi)}",
                (false, false, false) => $"more than {N(lo)} and less than {N(hi)}",
                _ => $"trên {N(lo)} và dưới {N(hi)}",
            };
        }

        if (Lower is decimal l)
        {
            return (LowerIncluded, vi) switch
            {
                (true, false) => $"at least {N(l)}",
                (true, true) => $"từ {N(l)} trở lên",
                (false, false) => $"more than {N(l)}",
                _ => $"trên {N(l)}",
            };
        }

        if (Upper is decimal u)
        {
            return (UpperIncluded, vi) switch
            {
                (true, false) => $"at most {N(u)}",
                (true, true) => $"không quá {N(u)}",
                (false, false) => $"less than {N(u)}",
                _ => $"dưới {N(u)}",
            };
        }

        return vi ? "mọi giá trị" : "any value";
    }

    /// <inheritdoc/>
    public bool Equals(ClaimBounds? other) =>
        other is not null && (other.Lower, other.LowerIncluded, other.Upper, other.UpperIncluded) == (Lower, LowerIncluded, Upper, UpperIncluded);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClaimBounds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, LowerIncluded, Upper, UpperIncluded);
}
