using System.Diagnostics.CodeAnalysis;

namespace PublicSecurity.Stats;

/// <summary>Populations of provincial-level units of one edition, with the reference date and source they come from.</summary>
/// <remarks>
/// <para>
/// <see cref="ProvinceCatalog.Population"/> is the built-in table: the 2023 average population of the 63 units from
/// the national statistics office's table E02.01, published in thousands with two decimals (so rounded to 10
/// persons) and marked preliminary ("Sơ bộ") in the 2023 yearbooks. Callers build their own table for other years
/// with <see cref="Create"/>.
/// </para>
/// <para>
/// A table of the 63-unit edition also answers for units of the 34-unit edition: the population of a new unit is
/// the sum of its predecessors' (Hồ Chí Minh 79 from 01/07/2025 = Bình Dương + Bà Rịa - Vũng Tàu + Hồ Chí Minh).
/// Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class PopulationTable
{
    private readonly long?[] values;

    private PopulationTable(ProvinceEdition edition, long?[] values, IReadOnlyList<Province> units, string referenceDate, string source, bool isPreliminary)
    {
        (Edition, this.values, ReferenceDate, Source, IsPreliminary) = (edition, values, referenceDate, source, isPreliminary);
        Provinces = units.Where(p => values[p.Index] is not null).ToList();
    }

    /// <summary>Gets the edition of the provinces the table was built from.</summary>
    public ProvinceEdition Edition { get; }

    /// <summary>Gets the provinces with a value in the table, ordered by code.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets what the values refer to, for example "2023 (annual average)".</summary>
    public string ReferenceDate { get; }

    /// <summary>Gets where the values come from.</summary>
    public string Source { get; }

    /// <summary>Gets whether the source marks the values as preliminary.</summary>
    public bool IsPreliminary { get; }

    /// <summary>Creates a table from (province, population) pairs.</summary>
    /// <param name="values">The populations, each province at most once, all of one edition, each positive.</param>
    /// <param name="referenceDate">What the values refer to, for example "2024 (annual average)".</param>
    /// <param name="source">Where the values come from.</param>
    /// <param name="isPreliminary">Whether the source marks the values as preliminary.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument or a province is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A population is not positive.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="values"/> is empty, mixes editions or names a province twice; or <paramref name="referenceDate"/>
    /// or <paramref name="source"/> is empty or white space.
    /// </exception>
    public static PopulationTable Create(IEnumerable<KeyValuePair<Province, long>> values, string referenceDate, string source, bool isPreliminary)
    {
        ArgumentNullException.ThrowIfNull(values);
        Preconditions.NotBlank(referenceDate, nameof(referenceDate));
        Preconditions.NotBlank(source, nameof(source));
        ProvinceEdition? edition = null;
        long?[]? table = null;
        foreach (var (province, population) in values)
        {
            if (province is null)
            {
                throw new ArgumentNullException(nameof(values), "The values must not contain a null province.");
            }

            if (edition is ProvinceEdition e && e != province.Edition)
            {
                throw new ArgumentException(
                    $"The values must all be of one edition ({Province.EditionLabel(e)}); {province} is not.", nameof(values));
            }

            edition = province.Edition;
            table ??= new long?[ProvinceCatalog.All(province.Edition).Count];
            if (table[province.Index] is not null)
            {
                throw new ArgumentException($"The values must name each province at most once; {province} appears twice.", nameof(values));
            }

            if (population <= 0)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(values), $"The population must be positive; the population of {province} was {Preconditions.Number(population)}.");
            }

            table[province.Index] = population;
        }

        if (edition is null || table is null)
        {
            throw new ArgumentException("The values must contain at least one province; it was empty.", nameof(values));
        }

        return new PopulationTable(edition.Value, table, ProvinceCatalog.All(edition.Value), referenceDate, source, isPreliminary);
    }

    /// <summary>Gets the population of a province of the table's edition, or of a 34-unit province from its predecessors.</summary>
    /// <param name="province">The province.</param>
    /// <returns>The population.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The table has no value for the province: it is missing, one of its predecessors is missing, or it is a 63-unit
    /// province and the table is of the 34-unit edition (a merged population cannot be split).
    /// </exception>
    public long PopulationOf(Province province)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (TryGetPopulation(province, out var population))
        {
            return population;
        }

        var why = province.Edition == Edition
            ? "the table has no value for it"
            : province.Edition == ProvinceEdition.Provinces63
                ? "the table is of the 34-unit edition and a merged population cannot be split"
                : $"the table lacks its predecessors {string.Join(", ", ProvinceCatalog.Predecessors(province).Where(p => values[p.Index] is null))}";
        throw new ArgumentException(
            $"The province must have a population in the table ({ReferenceDate}); it was {province}, and {why}.", nameof(province));
    }

    /// <summary>Tries to get the population of a province (see <see cref="PopulationOf(Province)"/>).</summary>
    /// <param name="province">The province; null gives <see langword="false"/>.</param>
    /// <param name="population">The population when found.</param>
    /// <returns>Whether the table has a value for the province.</returns>
    public bool TryGetPopulation([NotNullWhen(true)] Province? province, out long population)
    {
        population = 0;
        if (province is null)
        {
            return false;
        }

        if (province.Edition == Edition)
        {
            if (values[province.Index] is long v)
            {
                population = v;
                return true;
            }

            return false;
        }

        if (province.Edition == ProvinceEdition.Provinces34)
        {
            long sum = 0;
            foreach (var p in ProvinceCatalog.Predecessors(province))
            {
                if (values[p.Index] is not long v)
                {
                    return false;
                }

                sum += v;
            }

            population = sum;
            return true;
        }

        return false;
    }

    /// <summary>Builds the embedded table while the catalog itself is loading (so without calling back into it).</summary>
    internal static PopulationTable CreateTrusted(IReadOnlyList<Province> units, IEnumerable<KeyValuePair<Province, long>> values, string referenceDate, string source, bool isPreliminary)
    {
        var table = new long?[units.Count];
        foreach (var (province, population) in values)
        {
            table[province.Index] = population;
        }

        return new PopulationTable(units[0].Edition, table, units, referenceDate, source, isPreliminary);
    }
}
