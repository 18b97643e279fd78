using System.Globalization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Rankings;

/// <summary>The measure a ranking orders units by: what it is, its name, and whether higher is better.</summary>
/// <remarks>
/// <para>
/// "Ranked 2nd nationwide" always needs "by which measure": Bình Dương's 1.4 million level-2 e-ID accounts were not
/// 2nd by count (Hà Nội had 4.22 million), but provincial pages rank by achievement of the assigned target. A measure
/// therefore names its <see cref="Kind"/> and its direction explicitly; there is no default direction.
/// </para>
/// <para>Instances are immutable and thread-safe; equality compares every property.</para>
/// </remarks>
public sealed class RankingMeasure : IEquatable<RankingMeasure>
{
    /// <summary>The default scale of a per-capita rate: per 100,000 population.</summary>
    public const double DefaultPerPopulation = 100_000;

    private RankingMeasure(MeasureKind kind, string name, bool higherIsBetter, double perPopulation, string? vietnameseName = null, RateShrinkage shrinkage = RateShrinkage.None)
    {
        (Kind, Name, HigherIsBetter, PerPopulation, VietnameseName, Shrinkage) = (kind, name, higherIsBetter, perPopulation, vietnameseName, shrinkage);
    }

    /// <summary>Gets what the measure counts.</summary>
    public MeasureKind Kind { get; }

    /// <summary>Gets the measure's name as the caller gave it, for example "level-2 e-ID activations".</summary>
    public string Name { get; }

    /// <summary>Gets the measure's Vietnamese name, if the caller gave one with <see cref="WithVietnameseName"/>; otherwise <see langword="null"/>.</summary>
    public string? VietnameseName { get; }

    /// <summary>Gets whether a higher value is better (rank 1 is the highest value); otherwise rank 1 is the lowest.</summary>
    public bool HigherIsBetter { get; }

    /// <summary>Gets the population a per-capita rate is expressed per (100,000 by default); 1 for the other kinds.</summary>
    public double PerPopulation { get; }

    /// <summary>Gets whether <see cref="Ranking.Create{TKey}"/> ranks raw values or empirical-Bayes shrunken ones; <see cref="RateShrinkage.None"/> unless set with <see cref="WithShrinkage"/>.</summary>
    public RateShrinkage Shrinkage { get; }

    /// <summary>Gets the rank order that puts the best value first: descending when higher is better.</summary>
    public RankOrder Order => HigherIsBetter ? RankOrder.Descending : RankOrder.Ascending;

    /// <summary>Creates a count measure (the value is the count itself).</summary>
    /// <param name="name">The measure's name; not empty.</param>
    /// <param name="higherIsBetter">Whether a higher count is better (e-ID activations: yes; deaths: no).</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static RankingMeasure Count(string name, bool higherIsBetter) =>
        new(MeasureKind.Count, CheckName(name), higherIsBetter, 1);

    /// <summary>Creates a per-capita measure: count ÷ population × <paramref name="perPopulation"/>.</summary>
    /// <param name="name">The measure's name; not empty.</param>
    /// <param name="higherIsBetter">Whether a higher rate is better.</param>
    /// <param name="perPopulation">The scale, positive and finite; 100,000 by default.</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="perPopulation"/> is not positive and finite.</exception>
    public static RankingMeasure PerCapita(string name, bool higherIsBetter, double perPopulation = DefaultPerPopulation)
    {
        if (!(perPopulation > 0) || double.IsPositiveInfinity(perPopulation))
        {
            throw new ArgumentOutOfRangeException(
                nameof(perPopulation),
                string.Create(CultureInfo.InvariantCulture, $"The population a rate is expressed per must be positive and finite; it was {perPopulation:R}."));
        }

        return new(MeasureKind.PerCapita, CheckName(name), higherIsBetter, perPopulation);
    }

    /// <summary>Creates a proportion measure: successes ÷ trials, in [0, 1].</summary>
    /// <param name="name">The measure's name; not empty.</param>
    /// <param name="higherIsBetter">Whether a higher proportion is better (clearance rate: yes).</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static RankingMeasure Proportion(string name, bool higherIsBetter) =>
        new(MeasureKind.Proportion, CheckName(name), higherIsBetter, 1);

    /// <summary>Creates a target-achievement measure: activated ÷ assigned target, which may exceed 1 (100%).</summary>
    /// <param name="name">The measure's name; not empty.</param>
    /// <param name="higherIsBetter">Whether higher achievement is better (normally yes).</param>
    /// <returns>The measure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or white space.</exception>
    public static RankingMeasure TargetAchievement(string name, bool higherIsBetter) =>
        new(MeasureKind.TargetAchievement, CheckName(name), higherIsBetter, 1);

    /// <summary>Returns the same measure with a Vietnamese name, used when results are rendered in Vietnamese.</summary>
    /// <param name="vietnameseName">The Vietnamese name, for example "tài khoản định danh điện tử mức 2 đã kích hoạt"; not empty.</param>
    /// <returns>A new measure equal to this one but for its Vietnamese name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vietnameseName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="vietnameseName"/> is empty or white space.</exception>
    public RankingMeasure WithVietnameseName(string vietnameseName)
    {
        Preconditions.NotBlank(vietnameseName, nameof(vietnameseName));
        return new(Kind, Name, HigherIsBetter, PerPopulation, vietnameseName, Shrinkage);
    }

    /// <summary>Returns the same measure ranking raw or empirical-Bayes shrunken values.</summary>
    /// <param name="shrinkage">
    /// <see cref="RateShrinkage.EmpiricalBayes"/>: <see cref="Ranking.Create{TKey}"/> fits one prior to all the
    /// non-missing observations — <see cref="EmpiricalBayes.BetaBinomial"/> for a proportion,
    /// <see cref="EmpiricalBayes.PoissonGamma"/> (counts over their denominators) for the other kinds — and ranks each
    /// unit by its shrunken value in the measure's unit, so that a small province does not top or bottom the league by
    /// noise. <see cref="RateShrinkage.None"/>: raw values.
    /// </param>
    /// <returns>A new measure equal to this one but for its shrinkage.</returns>
    /// <remarks><see cref="Ranking.FromValues{TKey}"/> ranks the values it is given: shrinkage needs the counts.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shrinkage"/> is not a defined value.</exception>
    public RankingMeasure WithShrinkage(RateShrinkage shrinkage)
    {
        if (shrinkage is not (RateShrinkage.None or RateShrinkage.EmpiricalBayes))
        {
            throw new ArgumentOutOfRangeException(
                nameof(shrinkage), string.Create(CultureInfo.InvariantCulture, $"The shrinkage must be None or EmpiricalBayes; it was {(int)shrinkage}."));
        }

        return new(Kind, Name, HigherIsBetter, PerPopulation, VietnameseName, shrinkage);
    }

    /// <summary>Gets the measure's name in a language: the Vietnamese name when one was given, otherwise <see cref="Name"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string NameIn(Language language) => language switch
    {
        Language.English => Name,
        Language.Vietnamese => VietnameseName ?? Name,
        _ => throw new ArgumentOutOfRangeException(
            nameof(language), string.Create(CultureInfo.InvariantCulture, $"The language must be English or Vietnamese; it was {(int)language}.")),
    };

    /// <summary>Gets the measure in English, for example "road deaths per 100,000 population (lower is better)".</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var unit = Kind switch
        {
            MeasureKind.PerCapita => string.Create(CultureInfo.InvariantCulture, $" per {PerPopulation:#,0.##########} population"),
            MeasureKind.Proportion => " (proportion)",
            MeasureKind.TargetAchievement => " (achievement of target)",
            _ => string.Empty,
        };
        var shrunk = Shrinkage == RateShrinkage.EmpiricalBayes ? ", empirical-Bayes shrunken" : string.Empty;
        return $"{Name}{unit} ({(HigherIsBetter ? "higher" : "lower")} is better{shrunk})";
    }

    /// <inheritdoc/>
    public bool Equals(RankingMeasure? other) =>
        other is not null
        && other.Kind == Kind
        && string.Equals(other.Name, Name, StringComparison.Ordinal)
        && string.Equals(other.VietnameseName, VietnameseName, StringComparison.Ordinal)
        && other.HigherIsBetter == HigherIsBetter
        && other.PerPopulation.Equals(PerPopulation)
        && other.Shrinkage == Shrinkage;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RankingMeasure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Name), VietnameseName is null ? 0 : StringComparer.Ordinal.GetHashCode(VietnameseName), HigherIsBetter, PerPopulation, Shrinkage);

    /// <summary>The value of an observation of this measure's kind (validated by its factory).</summary>
    internal double ValueOf(long numerator, double denominator) => Kind switch
    {
        MeasureKind.Count => numerator,
        MeasureKind.PerCapita => numerator / denominator * PerPopulation,
        _ => numerator / denominator,
    };

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return name;
    }
}
