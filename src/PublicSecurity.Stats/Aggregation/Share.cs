using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>A share of counts: a part out of a whole, both exposed, such as the chip ID cards issued out of the residents eligible.</summary>
/// <remarks>
/// <para>
/// Vietnamese: tỷ lệ (… đạt 100%). The share is <see cref="Part"/> ÷ <see cref="Whole"/>; a published "100%" is
/// checkable against both counts, and <see cref="IsWhole"/> says whether every one is counted — which a percentage
/// rounded to 100.00% does not. Shares of a group of provinces are recomputed from summed counts, never averaged
/// (DOMAIN.md, section 2).
/// </para>
/// <para>
/// When the whole is 0 the share is undefined, never NaN: <see cref="IsDefined"/> is false and <see cref="Fraction"/>
/// throws. <c>default</c> is 0 of 0, whose share is undefined. Equality compares both counts.
/// </para>
/// </remarks>
public readonly struct Share : IEquatable<Share>
{
    internal Share(long part, long whole) => (Part, Whole) = (part, whole);

    /// <summary>Creates a share from its counts, validating them.</summary>
    /// <param name="part">The part; not negative and not above <paramref name="whole"/>.</param>
    /// <param name="whole">The whole; not negative (0 gives an undefined share).</param>
    /// <returns>The share.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or <paramref name="part"/> exceeds <paramref name="whole"/>.</exception>
    public static Share Create(long part, long whole)
    {
        Preconditions.NotNegative(part, nameof(part));
        Preconditions.NotNegative(whole, nameof(whole));
        return new Share(Preconditions.NotAbove(part, whole, nameof(part), "part", "whole"), whole);
    }

    /// <summary>Gets the part: the numerator.</summary>
    public long Part { get; }

    /// <summary>Gets the whole: the denominator.</summary>
    public long Whole { get; }

    /// <summary>Gets whether the share is defined: the whole is positive.</summary>
    public bool IsDefined => Whole > 0;

    /// <summary>Gets whether the part is the whole (and the whole is positive): exactly 100%, not a rounded one.</summary>
    public bool IsWhole => Whole > 0 && Part == Whole;

    /// <summary>Gets the share as a fraction (1 for 100%).</summary>
    /// <exception cref="InvalidOperationException">The whole is 0 (<see cref="IsDefined"/> is false): the share is undefined.</exception>
    public double Fraction => Whole > 0
        ? (double)Part / Whole
        : throw new InvalidOperationException(
            $"The share is undefined when the whole is 0 ({Preconditions.Number(Part)} of 0); check IsDefined first.");

    /// <summary>Equality of both counts.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Share left, Share right) => left.Equals(right);

    /// <summary>Inequality of either count.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Share left, Share right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Share other) => (other.Part, other.Whole) == (Part, Whole);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Share other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Part, Whole);

    /// <summary>Gets the counts and share in English, for example "25 of 25 (100.00%)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the counts and share in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>For example "10 of 11 (90.91%)" or "10/11 (90,91%)"; "share undefined" when the whole is 0.</returns>
    /// <remarks>
    /// The percentage has 2 decimals, rounded half away from zero, except that a part short of the whole never reads
    /// 100.00%: 1,999,999 of 2,000,000 reads "&gt; 99.99%".
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var part = NumberText.Integer(Part, language);
        var whole = NumberText.Integer(Whole, language);
        var share = PercentText(language);
        return Cells.Lang(language, $"{part} of {whole} ({share})", $"{part}/{whole} ({share})");
    }

    /// <summary>Gets the share as a percentage with 2 decimals (half away from zero), except that a part short of the whole never reads 100.00%.</summary>
    internal string PercentText(Language language)
    {
        if (Whole <= 0)
        {
            return Cells.Lang(language, "share undefined", "tỷ lệ không xác định");
        }

        var percent = Math.Round((decimal)Part * 100 / Whole, 2, MidpointRounding.AwayFromZero);

        // 1,999,999 of 2,000,000 rounds to 100.00%: a "100%" claim would read as met, so it says "> 99.99%" instead.
        return Part < Whole && percent == 100m
            ? "> " + NumberText.Decimal(99.99, 2, language) + "%"
            : NumberText.Decimal((double)percent, 2, language) + "%";
    }
}
