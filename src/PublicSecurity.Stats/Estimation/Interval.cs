using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Estimation;

/// <summary>A closed interval [lower, upper] of real numbers: a confidence interval, a difference interval or control limits.</summary>
/// <remarks>
/// <para>
/// Both limits are real numbers with <see cref="Lower"/> ≤ <see cref="Upper"/>; the lower limit is finite, the
/// upper limit is finite or +∞. +∞ is the one boundary value allowed (DESIGN.md rule 3): the upper limit of a rate
/// ratio whose baseline count is 0, as R's <c>poisson.test</c> reports it. NaN is never a limit. Limits are not
/// restricted to [0, 1]: a difference of two proportions has a negative lower limit, a Poisson mean limits above 1.
/// </para>
/// <para>
/// <c>default(Interval)</c> is the degenerate interval [0, 0]. Equality compares both limits exactly (0 and −0 are
/// equal). Instances are immutable and thread-safe. JSON: <c>{"lower": 0.1, "upper": 0.2}</c>, and
/// <c>{"lower": 0.1, "upper": null, "upperUnbounded": true}</c> when the upper limit is +∞ (no named float literals).
/// </para>
/// </remarks>
public readonly struct Interval : IEquatable<Interval>
{
    internal Interval(double lower, double upper)
    {
        (Lower, Upper) = (lower, upper);
    }

    /// <summary>Gets the lower limit: a finite number.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper limit: a finite number at least <see cref="Lower"/>, or +∞.</summary>
    public double Upper { get; }

    /// <summary>Gets the width <see cref="Upper"/> − <see cref="Lower"/>; +∞ when the upper limit is unbounded.</summary>
    public double Width => Upper - Lower;

    /// <summary>Gets whether the upper limit is +∞.</summary>
    public bool IsUpperUnbounded => double.IsPositiveInfinity(Upper);

    /// <summary>Creates an interval after checking its limits.</summary>
    /// <param name="lower">The lower limit: finite.</param>
    /// <param name="upper">The upper limit: finite or +∞, and at least <paramref name="lower"/>.</param>
    /// <returns>The interval [<paramref name="lower"/>, <paramref name="upper"/>].</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="lower"/> is NaN or infinite; <paramref name="upper"/> is NaN or −∞; or
    /// <paramref name="upper"/> is less than <paramref name="lower"/>.
    /// </exception>
    public static Interval Create(double lower, double upper)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(
                nameof(lower), string.Create(CultureInfo.InvariantCulture, $"The lower limit must be a finite number; it was {Raw(lower)}."));
        }

        if (double.IsNaN(upper))
        {
            throw new ArgumentOutOfRangeException(
                nameof(upper), "The upper limit must be a number or +∞; it was NaN.");
        }

        if (upper < lower)
        {
            throw new ArgumentOutOfRangeException(
                nameof(upper),
                string.Create(CultureInfo.InvariantCulture, $"The upper limit must not be less than the lower limit ({Raw(lower)}); it was {Raw(upper)}."));
        }

        return new Interval(lower, upper);
    }

    /// <summary>Gets whether <paramref name="value"/> lies in the closed interval.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ <paramref name="value"/> ≤ <see cref="Upper"/>; <see langword="false"/> for NaN.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Gets the interval in English, for example "[0.2366, 0.7634]".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the interval in the given language, each limit to four significant digits.</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// English "[0.2366, 0.7634]", Vietnamese "[0,2366; 0,7634]" (decimal comma, so the limits are separated by a
    /// semicolon). Thousands are grouped ("12,125" or "12.125"), negative numbers use U+2212 (−), limits below
    /// 10⁻⁴ in size are written in scientific notation ("2.532E−08"), and an unbounded upper limit as "∞)":
    /// "[0.5, ∞)".
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        if (language is not (Language.English or Language.Vietnamese))
        {
            throw new ArgumentOutOfRangeException(
                nameof(language), string.Create(CultureInfo.InvariantCulture, $"The language must be English or Vietnamese; it was {(int)language}."));
        }

        var vi = language == Language.Vietnamese;
        var separator = vi ? "; " : ", ";
        var upper = IsUpperUnbounded ? "∞)" : FormatLimit(Upper, vi) + "]";
        return "[" + FormatLimit(Lower, vi) + separator + upper;
    }

    /// <inheritdoc/>
    public bool Equals(Interval other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Interval other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Equality of both limits.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether the limits are equal.</returns>
    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    /// <summary>Inequality of either limit.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns>Whether a limit differs.</returns>
    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);

    private static readonly NumberFormatInfo EnglishNumbers = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NegativeSign = "\u2212",
        PositiveSign = "+",
    };

    private static readonly NumberFormatInfo VietnameseNumbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = ".",
        NegativeSign = "\u2212",
        PositiveSign = "+",
    };

    internal static string FormatLimit(double value, bool vietnamese)
    {
        var numbers = vietnamese ? VietnameseNumbers : EnglishNumbers;
        if (value == 0.0)
        {
            return "0";
        }

        var size = Math.Abs(value);
        if (size < 1e-4)
        {
            return value.ToString("0.000E+00", numbers);
        }

        var decimals = Math.Clamp(3 - (int)Math.Floor(Math.Log10(size)), 0, 7);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), numbers);
    }

    private static string Raw(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
