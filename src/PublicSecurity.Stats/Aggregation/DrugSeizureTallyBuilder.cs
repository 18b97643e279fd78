namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds a <see cref="DrugSeizureTally"/> from seizure records (one case each, on the day seized) or published counts.</summary>
/// <remarks>Quantities are kept per kind and unit, never converted. Not thread-safe.</remarks>
public sealed class DrugSeizureTallyBuilder : TallyBuilder<DrugSeizureTallyBuilder, Drugs.DrugSeizure, DrugSeizureTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no seizure; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions or names a province twice.</exception>
    public DrugSeizureTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<Drugs.DrugSeizure, SeizureSums, DrugSeizureCounts, DrugSeizureTally>(periods, provinces, new(
            static (_, _) => new SeizureSums(),
            static a => new DrugSeizureCounts(a.Cases, a.Suspects, Drugs.DrugQuantity.SumByKindAndUnit(a.Quantities), a.Guns, a.Rounds),
            static (counts, s) => counts.Slot(s.Province, s.SeizedOn, "record")?.Add(1, s.Suspects, s.Substances, s.Guns, s.Rounds),
            static table => new DrugSeizureTally(table))))
    {
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
    public DrugSeizureTallyBuilder Add(Province province, ReportingPeriod period, long cases, long suspects, IEnumerable<Drugs.DrugQuantity> quantities, long guns, long rounds)
    {
        ArgumentNullException.ThrowIfNull(province);
        var add = DrugSeizureCounts.Create(cases, suspects, quantities, guns, rounds);
        Slot<SeizureSums>(province, period).Add(add.Cases, add.Suspects, add.Quantities, add.Guns, add.Rounds);
        return this;
    }
}

/// <summary>The mutable sums of one key while a <see cref="DrugSeizureTallyBuilder"/> counts.</summary>
internal sealed class SeizureSums
{
    public long Cases { get; private set; }

    public long Suspects { get; private set; }

    public List<Drugs.DrugQuantity> Quantities { get; } = [];

    public long Guns { get; private set; }

    public long Rounds { get; private set; }

    public void Add(long cases, long suspects, IEnumerable<Drugs.DrugQuantity> quantities, long guns, long rounds)
    {
        Cases = checked(Cases + cases);
        Suspects = checked(Suspects + suspects);
        Quantities.AddRange(quantities);
        Guns = checked(Guns + guns);
        Rounds = checked(Rounds + rounds);
    }
}
