using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>A figure as a report states it: what it measures, its number, qualifier and unit, and where it was published.</summary>
/// <remarks>
/// <para>
/// Vietnamese: số liệu công bố. "Trên 90%", "gần 20kg" and "hơn 1.000 lớp" are kept as published — value 90,
/// <see cref="FigureQualifier.Over"/>, unit "%" — and never turned into false exact numbers. A figure is either a
/// flow over a window (<see cref="Period"/>) or a stock as of a date (<see cref="AsOf"/>), or neither when the source
/// does not say; never both.
/// </para>
/// <para>
/// A statement of direction without a number ("giảm cả 3 tiêu chí", down on all three criteria) is kept as a change
/// with value 0 and <see cref="FigureQualifier.Under"/> — a decrease of unstated size — and its quote.
/// </para>
/// <para>Instances are immutable and thread-safe; equality compares every member.</para>
/// </remarks>
public sealed class PublishedFigure : IEquatable<PublishedFigure>
{
    private PublishedFigure(string measure, decimal value, FigureQualifier qualifier, string unit, string source, ReportingPeriod? period, DateOnly? asOf, string? quote, string? note)
    {
        (Measure, Value, Qualifier, Unit, Source, Period, AsOf, Quote, Note) = (measure, value, qualifier, unit, source, period, asOf, quote, note);
    }

    /// <summary>Gets what the figure measures, as a short dotted key, for example "drugs.cases" or "crime.clearanceRate".</summary>
    public string Measure { get; }

    /// <summary>Gets the number as published; negative for a stated decrease ("giảm 47 vụ" is −47).</summary>
    public decimal Value { get; }

    /// <summary>Gets how the number relates to the true value.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>Gets the unit, for example "%", "kg", "cases", "participant-attendances".</summary>
    public string Unit { get; }

    /// <summary>Gets where the figure was published: publisher, date and address.</summary>
    public string Source { get; }

    /// <summary>Gets the window a flow refers to, or <see langword="null"/> for a stock or when not stated.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the date a stock (a cumulative figure) refers to, or <see langword="null"/> for a flow or when not stated.</summary>
    public DateOnly? AsOf { get; }

    /// <summary>Gets the published wording, verbatim, when kept.</summary>
    public string? Quote { get; }

    /// <summary>Gets a caveat about the figure (what it is not, how it was derived), when any.</summary>
    public string? Note { get; }

    /// <summary>Creates a figure, validating every rule.</summary>
    /// <param name="measure">What the figure measures; not blank.</param>
    /// <param name="value">The number as published.</param>
    /// <param name="qualifier">How the number relates to the true value.</param>
    /// <param name="unit">The unit; not blank.</param>
    /// <param name="source">Where it was published; not blank.</param>
    /// <param name="period">The window of a flow, if stated.</param>
    /// <param name="asOf">The date of a stock, if stated; not together with <paramref name="period"/>.</param>
    /// <param name="quote">The published wording, if kept; not blank when given.</param>
    /// <param name="note">A caveat, if any; not blank when given.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/>, <paramref name="unit"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// A text is blank, or both <paramref name="period"/> and <paramref name="asOf"/> are given.
    /// </exception>
    public static PublishedFigure Create(
        string measure,
        decimal value,
        FigureQualifier qualifier,
        string unit,
        string source,
        ReportingPeriod? period = null,
        DateOnly? asOf = null,
        string? quote = null,
        string? note = null)
    {
        Preconditions.NotBlank(measure, nameof(measure));
        Preconditions.Defined(qualifier, nameof(qualifier));
        Preconditions.NotBlank(unit, nameof(unit));
        Preconditions.NotBlank(source, nameof(source));
        if (quote is not null)
        {
            Preconditions.NotBlank(quote, nameof(quote));
        }

        if (note is not null)
        {
            Preconditions.NotBlank(note, nameof(note));
        }

        if (period is not null && asOf is DateOnly date)
        {
            throw new ArgumentException(
                $"A figure is a flow over a period or a stock as of a date, not both; the as-of date was {Preconditions.Date(date)} with the period {period}.",
                nameof(asOf));
        }

        return new PublishedFigure(measure, value, qualifier, unit, source, period, asOf, quote, note);
    }

    /// <summary>Gets the figure in English, for example "over 90%" or "about 20 kg".</summary>
    /// <returns>The figure with its qualifier and unit.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the figure in the given language, for example "over 1,000 classes" or "trên 1.000 lớp".</summary>
    /// <param name="language">The language of the qualifier, the number format and the unit.</param>
    /// <returns>
    /// The qualifier ("over"/"trên", "under"/"dưới", "about"/"khoảng", "nearly"/"gần"), the number (group and decimal separators of the
    /// language, U+2212 for a minus) and the unit. The library's units are named in Vietnamese ("cases" → "vụ",
    /// "classes" → "lớp", "participant-attendances" → "lượt người", "accounts" → "tài khoản"…); any other unit is
    /// written as given. A rank unit "rank of N" reads "2nd of 63" / "thứ 2/63", and a value of 0 under
    /// <see cref="FigureQualifier.Under"/> — a decrease of unstated size — reads "decreased (size not stated)" /
    /// "giảm (không nêu số liệu)".
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var vi = language switch
        {
            Language.English => false,
            Language.Vietnamese => true,
            _ => throw new ArgumentOutOfRangeException(
                nameof(language), $"The language must be English or Vietnamese; it was {((int)language).ToString(CultureInfo.InvariantCulture)}."),
        };
        if (Value == 0 && Qualifier == FigureQualifier.Under)
        {
            return vi ? "giảm (không nêu số liệu)" : "decreased (size not stated)";
        }

        var qualifier = FigureUnits.Qualifier(Qualifier, vi);
        if (FigureUnits.Rank(Value, Unit, language) is string place)
        {
            return qualifier + place;
        }

        var number = Value.ToString("#,0.############################", CultureInfo.InvariantCulture).Replace('-', '\u2212');
        if (vi)
        {
            number = number.Replace(',', ' ').Replace('.', ',').Replace(' ', '.');
        }

        var separator = Unit == "%" ? string.Empty : " ";
        return $"{qualifier}{number}{separator}{FigureUnits.Name(Unit, language)}";
    }

    /// <inheritdoc/>
    public bool Equals(PublishedFigure? other) =>
        other is not null
        && string.Equals(other.Measure, Measure, StringComparison.Ordinal)
        && (other.Value, other.Qualifier) == (Value, Qualifier)
        && string.Equals(other.Unit, Unit, StringComparison.Ordinal)
        && string.Equals(other.Source, Source, StringComparison.Ordinal)
        && (other.Period, other.AsOf) == (Period, AsOf)
        && string.Equals(other.Quote, Quote, StringComparison.Ordinal)
        && string.Equals(other.Note, Note, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PublishedFigure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Measure), Value, Qualifier, StringComparer.Ordinal.GetHashCode(Unit));
}
