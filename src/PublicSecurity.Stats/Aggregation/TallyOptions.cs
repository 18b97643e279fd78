namespace PublicSecurity.Stats.Aggregation;

/// <summary>How <see cref="CaseAggregator"/> and <see cref="TrafficAggregator"/> tally: which provinces always get keys, and how many threads to use.</summary>
/// <remarks>
/// <para>
/// <see cref="Provinces"/> plays the role of the <c>provinces</c> argument of the tally builders: each gets a key
/// for every period even with no record, so its zeros are counts, not missing values — needed, for example, to
/// re-base a tally onto the 34 units, which requires every predecessor of a new unit. Instances are immutable and
/// thread-safe.
/// </para>
/// </remarks>
public sealed class TallyOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="provinces">Provinces whose keys exist for every period even with no record; null for none. One edition, each named once.</param>
    /// <param name="maxDegreeOfParallelism">The most threads a tally may use; null for one per processor.</param>
    /// <exception cref="ArgumentNullException">An element of <paramref name="provinces"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="provinces"/> mixes editions or names a province twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public TallyOptions(IEnumerable<Province>? provinces = null, int? maxDegreeOfParallelism = null)
    {
        var list = new List<Province>();
        if (provinces is not null)
        {
            var seen = new HashSet<Province>();
            foreach (var province in provinces)
            {
                if (province is null)
                {
                    throw new ArgumentNullException(nameof(provinces), "The provinces must not contain null.");
                }

                TallyRules.CheckForcedOnce(seen, province, nameof(provinces));

                if (list.Count > 0 && province.Edition != list[0].Edition)
                {
                    throw new ArgumentException(
                        $"A tally's provinces must all be of one edition ({Province.EditionLabel(list[0].Edition)}, as {list[0]}); it was {province}.", nameof(provinces));
                }

                list.Add(province);
            }
        }

        if (maxDegreeOfParallelism is int d && d < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxDegreeOfParallelism), $"The maximum degree of parallelism must be at least 1, or null for every processor; it was {Preconditions.Number(d)}.");
        }

        Provinces = list.AsReadOnly();
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
    }

    /// <summary>Gets the dates the data cover completely, or <see langword="null"/> when not declared (see <see cref="WithCoverage"/>).</summary>
    public DataCoverage? Coverage { get; private init; }

    /// <summary>Gets these options with the data's coverage declared: inside it, every province seen gets a zero entry for each requested period without a record.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>New options; these are unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="coverage"/> is null.</exception>
    public TallyOptions WithCoverage(DataCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        return new TallyOptions(Provinces, MaxDegreeOfParallelism) { Coverage = coverage };
    }

    /// <summary>Gets the default options: no forced provinces, every processor.</summary>
    public static TallyOptions Default { get; } = new();

    /// <summary>Gets the provinces whose keys exist for every period even with no record; empty for none.</summary>
    public IReadOnlyList<Province> Provinces { get; }

    /// <summary>Gets the most threads a tally may use, or <see langword="null"/> for one per processor.</summary>
    public int? MaxDegreeOfParallelism { get; }

    /// <summary>Gets the options, for example "Tally options: 2 provinces, up to 4 threads".</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"Tally options: {Preconditions.Number(Provinces.Count)} provinces, {(MaxDegreeOfParallelism is int d ? "up to " + Preconditions.Number(d) + " threads" : "every processor")}";

    /// <summary>Gets the edition of the forced provinces, if any.</summary>
    internal ProvinceEdition? Edition => Provinces.Count > 0 ? Provinces[0].Edition : null;
}
