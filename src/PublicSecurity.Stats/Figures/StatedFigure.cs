using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats;

/// <summary>
/// A figure as a sentence states it — "trên 90%", "gần 20 kg", "1,4 triệu tài khoản", "giảm 27 vụ", "đứng thứ hai
/// toàn quốc", "over 90%", "2nd" — read into its kind, number, qualifier, unit and the precision it was stated to.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PublishedFigure"/> records where a figure was published; a stated figure is what its words claim, the
/// input of the claim checks (<c>PublicSecurity.Stats.Claims</c>). <see cref="Parse(string)"/> reads the grammar below;
/// <see cref="From(PublishedFigure, decimal?)"/> takes a published figure as it is.
/// </para>
/// <para>
/// <b>Grammar</b> (case, surrounding spaces and Unicode normalisation ignored):
/// <c>[change] [qualifier] number [multiplier] [unit]</c>, or a rank.
/// </para>
/// <list type="bullet">
/// <item>Change: "giảm", "tăng"; "down", "up", "decreased", "increased", "fell", "rose" (optionally "by"). A change
/// without a number ("giảm") is a change of unstated size.</item>
/// <item>Qualifier: <see cref="FigureQualifier.Over"/> "trên", "hơn", "vượt", "over", "more than", "above";
/// <see cref="FigureQualifier.Under"/> "dưới", "chưa đến", "under", "below", "less than", "fewer than";
/// <see cref="FigureQualifier.Nearly"/> "gần", "nearly", "almost"; <see cref="FigureQualifier.About"/> "khoảng",
/// "xấp xỉ", "chừng", "about", "around", "approximately", "roughly"; none is <see cref="FigureQualifier.Exact"/>.
/// A leading "đạt" (reached) is read and ignored.</item>
/// <item>Number: Vietnamese groups with "." and decimals with "," ("1.000", "1,4", "87,44"); English groups with
/// "," and decimals with "." ("1,000", "1.4").</item>
/// <item>Multiplier: "nghìn"/"ngàn", "triệu", "tỷ"/"tỉ"; "thousand", "million", "billion".</item>
/// <item>Unit: "%" (a <see cref="FigureKind.Share"/>); "kg", "g", "tấn"/"tonnes" (a <see cref="FigureKind.Mass"/>,
/// units "kg", "g", "t"); the library's count units in either language ("vụ" → "cases", "lớp" → "classes",
/// "lượt"/"lượt người" → "participant-attendances", "tài khoản" → "accounts", "đối tượng" → "suspects", "người chết" →
/// "deaths", "người bị thương" → "injured", "phương án" → "drills", …); any other words are kept as the unit.</item>
/// <item>Rank: "thứ 2", "thứ hai", "hạng 2", "đứng đầu", optionally "đứng"/"xếp" before, "/63" after and "toàn quốc"
/// or "cả nước" at the end; "2nd", "second", "first", optionally "ranked" before, "of 63" and "nationwide" after.</item>
/// </list>
/// <para>
/// <see cref="Parse(string)"/> reads the text as Vietnamese when it has a letter outside ASCII (every Vietnamese word
/// of the grammar has one: "trên", "gần", "vụ", "thứ") and as English otherwise, except that a number only Vietnamese
/// can read ("87,44%", "1.000.000") is read as Vietnamese. So "1.000" alone reads as English (one, to three decimals);
/// pass the language to <see cref="Parse(string, Language)"/> when the text has no word to tell.
/// </para>
/// <para>
/// <see cref="Resolution"/> is the place value of the last digit stated, times the multiplier: "1,4 triệu" has
/// resolution 100,000 — under round-half-up it states 1,350,000 ≤ x &lt; 1,450,000. Instances are immutable and
/// thread-safe; equality compares every member.
/// </para>
/// </remarks>
public sealed class StatedFigure : IEquatable<StatedFigure>
{
    private StatedFigure(string text, Language language, FigureKind kind, ChangeDirection? direction, decimal? value, FigureQualifier qualifier, string unit, decimal? resolution, int? rankOf, bool nationwide)
    {
        (Text, Language, Kind, Direction, Value, Qualifier, Unit, Resolution, RankOf, Nationwide) =
            (text, language, kind, direction, value, qualifier, unit, resolution, rankOf, nationwide);
    }

    /// <summary>Gets the text the figure was read from, as given (from a published figure: its quote, else its rendering in English).</summary>
    public string Text { get; }

    /// <summary>Gets the language the text was read in.</summary>
    public Language Language { get; }

    /// <summary>Gets the kind of figure: share, count, mass, change or rank.</summary>
    public FigureKind Kind { get; }

    /// <summary>Gets the direction of a <see cref="FigureKind.Change"/>; <see langword="null"/> for other kinds.</summary>
    public ChangeDirection? Direction { get; }

    /// <summary>
    /// Gets the number as stated, multiplier applied ("1,4 triệu" is 1,400,000); for a change, its size (never
    /// negative: the sign is <see cref="Direction"/>); for a rank, the place. <see langword="null"/> only for a change of
    /// unstated size ("giảm").
    /// </summary>
    public decimal? Value { get; }

    /// <summary>Gets how the number relates to the true value; for a change, it qualifies the size of the change.</summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>
    /// Gets the unit: "%", "kg", "g", "t", a library count unit ("cases", "accounts", …), the words given, "rank" for a
    /// rank, or the empty string when none is stated.
    /// </summary>
    public string Unit { get; }

    /// <summary>
    /// Gets the place value of the last digit stated, times the multiplier: 1 for "90%", 0.01 for "87,44%", 100,000
    /// for "1,4 triệu"; <see langword="null"/> when there is no number.
    /// </summary>
    public decimal? Resolution { get; }

    /// <summary>Gets how many units a rank is among when stated ("thứ 2/63", "2nd of 63"), else <see langword="null"/>.</summary>
    public int? RankOf { get; }

    /// <summary>Gets whether a rank is stated as nationwide ("toàn quốc", "cả nước", "nationwide").</summary>
    public bool Nationwide { get; }

    /// <summary>Reads a stated figure, telling the language from its words (see the remarks).</summary>
    /// <param name="text">The figure, for example "trên 90%", "gần 20 kg", "giảm 27 vụ", "thứ 2", "over 90%".</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not in the grammar; the message names the part and the text.</exception>
    public static StatedFigure Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FigureText.Read(text, FigureText.DetectLanguage(text), detected: true, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Reads a stated figure in the given language (its number separators and words).</summary>
    /// <param name="text">The figure.</param>
    /// <param name="language">The language of the text: Vietnamese reads "1.000" as one thousand, English as one.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    /// <exception cref="FormatException">The text is not in the grammar; the message names the part and the text.</exception>
    public static StatedFigure Parse(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        Preconditions.Defined(language, nameof(language));
        return FigureText.Read(text, language, detected: false, out var error) ?? throw new FormatException(error);
    }

    /// <summary>Tries to read a stated figure (the grammar of <see cref="Parse(string)"/>).</summary>
    /// <param name="text">The text; null gives <see langword="false"/>.</param>
    /// <param name="figure">The figure, when the text is one.</param>
    /// <returns>Whether the text is a figure.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out StatedFigure? figure)
    {
        figure = text is null ? null : FigureText.Read(text, FigureText.DetectLanguage(text), detected: true, out _);
        return figure is not null;
    }

    /// <summary>Takes a published figure as a stated one.</summary>
    /// <param name="figure">The published figure. A measure ending in ".change" is a change (a negative value a decrease, 0 under <see cref="FigureQualifier.Under"/> a decrease of unstated size); a unit "rank of N" a rank; "%" a share; "kg", "g" or "t" a mass; any other unit a count.</param>
    /// <param name="resolution">
    /// The place value of the last digit the publication stated, when the value hides it ("1,4 triệu" is kept as
    /// 1,400,000: pass 100,000); by default the last decimal place of the value (1 for 90, 0.01 for 87.44).
    /// </param>
    /// <returns>The stated figure, whose <see cref="Text"/> is the published quote when kept, else the figure in English.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="resolution"/> is not positive.</exception>
    public static StatedFigure From(PublishedFigure figure, decimal? resolution = null)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (resolution is decimal r && r <= 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(resolution), string.Create(CultureInfo.InvariantCulture, $"The resolution must be positive; it was {r}."));
        }

        var step = resolution ?? FigureText.LastPlace(figure.Value);
        var text = figure.Quote ?? figure.ToString(Language.English);
        if (figure.Measure.EndsWith(".change", StringComparison.Ordinal))
        {
            if (figure.Value == 0 && figure.Qualifier is FigureQualifier.Under or FigureQualifier.Over)
            {
                var direction = figure.Qualifier == FigureQualifier.Under ? ChangeDirection.Decrease : ChangeDirection.Increase;
                return new StatedFigure(text, Language.English, FigureKind.Change, direction, null, FigureQualifier.Exact, figure.Unit, null, null, false);
            }

            var dir = figure.Value < 0 ? ChangeDirection.Decrease : ChangeDirection.Increase;
            return new StatedFigure(text, Language.English, FigureKind.Change, dir, Math.Abs(figure.Value), figure.Qualifier, figure.Unit, step, null, false);
        }

        if (figure.Unit.StartsWith(FigureUnits.RankOf, StringComparison.Ordinal))
        {
            int? of = int.TryParse(figure.Unit.AsSpan(FigureUnits.RankOf.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            return new StatedFigure(text, Language.English, FigureKind.Rank, null, figure.Value, figure.Qualifier, "rank", 1, of, false);
        }

        var kind = figure.Unit switch
        {
            "%" => FigureKind.Share,
            "kg" or "g" or "t" => FigureKind.Mass,
            _ => FigureKind.Count,
        };
        return new StatedFigure(text, Language.English, kind, null, figure.Value, figure.Qualifier, figure.Unit, step, null, false);
    }

    /// <summary>Creates the figure of a parsed text; the parser's one way in.</summary>
    internal static StatedFigure Create(string text, Language language, FigureKind kind, ChangeDirection? direction, decimal? value, FigureQualifier qualifier, string unit, decimal? resolution, int? rankOf, bool nationwide) =>
        new(text, language, kind, direction, value, qualifier, unit, resolution, rankOf, nationwide);

    /// <summary>Gets the figure in English, for example "over 90%", "decrease of 27 cases", "2nd nationwide".</summary>
    /// <returns>The figure.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the figure in the given language, in the library's words ("trên 90%", "giảm 27 vụ", "thứ 2 toàn quốc").</summary>
    /// <param name="language">The language.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        Preconditions.Defined(language, nameof(language));
        var vi = language == Language.Vietnamese;
        var qualifier = FigureUnits.Qualifier(Qualifier, vi);
        if (Kind == FigureKind.Rank)
        {
            var place = (long)Value!.Value;
            var of = RankOf is int n ? (vi ? "/" : " of ") + n.ToString(CultureInfo.InvariantCulture) : string.Empty;
            var scope = Nationwide ? (vi ? " toàn quốc" : " nationwide") : string.Empty;
            return qualifier + (vi ? $"thứ {place.ToString(CultureInfo.InvariantCulture)}{of}{scope}" : $"{FigureUnits.Ordinal(place)}{of}{scope}");
        }

        var amount = Value is decimal v ? qualifier + FigureText.Number(v, Resolution, language) + UnitText(language) : null;
        if (Kind != FigureKind.Change)
        {
            return amount!;
        }

        var verb = (Direction, vi) switch
        {
            (ChangeDirection.Decrease, true) => "giảm",
            (ChangeDirection.Decrease, false) => "decrease",
            (_, true) => "tăng",
            _ => "increase",
        };
        return amount is null
            ? (vi ? $"{verb} (không nêu số liệu)" : $"{verb} (size not stated)")
            : (vi ? $"{verb} {amount}" : $"{verb} of {amount}");
    }

    /// <inheritdoc/>
    public bool Equals(StatedFigure? other) =>
        other is not null
        && string.Equals(other.Text, Text, StringComparison.Ordinal)
        && (other.Language, other.Kind, other.Direction, other.Value, other.Qualifier) == (Language, Kind, Direction, Value, Qualifier)
        && string.Equals(other.Unit, Unit, StringComparison.Ordinal)
        && (other.Resolution, other.RankOf, other.Nationwide) == (Resolution, RankOf, Nationwide);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as StatedFigure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Kind, Direction, Value, Qualifier, StringComparer.Ordinal.GetHashCode(Unit), Resolution);

    private string UnitText(Language language)
    {
        if (Unit.Length == 0)
        {
            return string.Empty;
        }

        return Unit == "%" ? "%" : " " + FigureUnits.Name(Unit, language);
    }
}
