using PublicSecurity.Stats.Drugs;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Drug cases, suspects, quantities per kind and unit, guns and rounds per (province, period): a typed, mergeable tally.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="DrugSeizureTallyBuilder"/> from <see cref="DrugSeizure"/> records (each seizure is one case) or
/// published counts. A key absent from the tally is missing, and reading it throws rather than returning zero.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums counts and quantities key by key; it is associative and commutative with
/// <see cref="Empty"/> as identity and fails only across province editions or calendars, or on overlapping unequal
/// periods. Instances are immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class DrugSeizureTally : Tally<DrugSeizureTally>
{
    private protected override string Name => "drug seizure tally";

    internal DrugSeizureTally(TallyTable<DrugSeizureCounts> table)
        : base(table) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static DrugSeizureTally Empty { get; } = new(TallyTable<DrugSeizureCounts>.Empty);

    internal TallyTable<DrugSeizureCounts> Table { get; }

    /// <summary>Tallies seizure records over the given periods (see <see cref="DrugSeizureTallyBuilder"/>).</summary>
    /// <param name="records">The seizures.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static DrugSeizureTally Tally(IEnumerable<DrugSeizure> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new DrugSeizureTallyBuilder(periods));

    /// <summary>Gets the counts of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public DrugSeizureCounts Get(Province province, ReportingPeriod period) => Table.Get(province, period, Name);


    private protected override DrugSeizureTally With(ITallyTable content, DrugSeizureTally other) => new((TallyTable<DrugSeizureCounts>)content);
}

/// <summary>Builds a <see cref="DrugSeizureTally"/> from seizure records or published counts, over requested periods of one calendar.</summary>
/// <remarks>
/// A seizure is counted in the requested period that contains its date; a seizure outside every period is counted
/// in <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe.
/// </remarks>
public sealed class DrugSeizureTallyBuilder : IRecordCounter<DrugSeizure, DrugSeizureTally>
{
    private readonly TallyAccumulator<Accumulator> accumulator;

    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no seizure; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions.</exception>
    public DrugSeizureTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null) =>
        accumulator = new TallyAccumulator<Accumulator>(periods, provinces, static (_, _) => new Accumulator());

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => accumulator.Periods;

    /// <summary>Counts one seizure as one case.</summary>
    /// <param name="seizure">The seizure.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="seizure"/> is null.</exception>
    /// <exception cref="ArgumentException">The seizure's province is of another edition than the builder's provinces.</exception>
    public DrugSeizureTallyBuilder Add(DrugSeizure seizure)
    {
        ArgumentNullException.ThrowIfNull(seizure);
        accumulator.CheckEdition(seizure.Province, nameof(seizure));
        if (accumulator.PeriodOf(seizure.SeizedOn) is not ReportingPeriod period)
        {
            accumulator.CountOutside();
            return this;
        }

        accumulator.At(seizure.Province, period, nameof(seizure)).Add(1, seizure.Suspects, seizure.Substances, seizure.Guns, seizure.Rounds);
        return this;
    }

    /// <summary>Adds published or pre-aggregated counts to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="cases">The cases; not negative.</param>
    /// <param name="suspects">The suspects; not negative.</param>
    /// <param name="quantities">The quantities seized (summed per kind and unit); may be empty.</param>
    /// <param name="guns">The guns; not negative.</param>
    /// <param name="rounds">The rounds; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/>, <paramref name="period"/> or <paramref name="quantities"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="period"/> is not a requested period, the province is of another edition, or a quantity is <c>default</c>.
    /// </exception>
    public DrugSeizureTallyBuilder Add(Province province, ReportingPeriod period, long cases, long suspects, IEnumerable<DrugQuantity> quantities, long guns, long rounds)
    {
        ArgumentNullException.ThrowIfNull(province);
        var add = DrugSeizureCounts.Create(cases, suspects, quantities, guns, rounds);
        accumulator.At(province, accumulator.RequirePeriod(period, nameof(period)), nameof(province))
            .Add(add.Cases, add.Suspects, add.Quantities, add.Guns, add.Rounds);
        return this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public DrugSeizureTally Build() => new(TallyTable<DrugSeizureCounts>.Create(
        accumulator.Entries.Select(e => KeyValuePair.Create(
            e.Key,
            new DrugSeizureCounts(e.Value.Cases, e.Value.Suspects, DrugQuantity.SumByKindAndUnit(e.Value.Quantities), e.Value.Guns, e.Value.Rounds))),
        accumulator.Outside,
        "entries"));

    private sealed class Accumulator
    {
        public long Cases { get; private set; }

        public long Suspects { get; private set; }

        public List<DrugQuantity> Quantities { get; } = [];

        public long Guns { get; private set; }

        public long Rounds { get; private set; }

        public void Add(long cases, long suspects, IEnumerable<DrugQuantity> quantities, long guns, long rounds)
        {
            Cases = checked(Cases + cases);
            Suspects = checked(Suspects + suspects);
            Quantities.AddRange(quantities);
            Guns = checked(Guns + guns);
            Rounds = checked(Rounds + rounds);
        }
    }

    void IRecordCounter<DrugSeizure, DrugSeizureTally>.Count(DrugSeizure record) => Add(record);
}
