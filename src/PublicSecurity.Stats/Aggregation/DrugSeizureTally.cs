namespace PublicSecurity.Stats.Aggregation;

/// <summary>Drug cases, suspects, quantities per kind and unit, guns and rounds per (province, period): a typed, mergeable tally.</summary>
/// <remarks>
/// Built by <see cref="DrugSeizureTallyBuilder"/> from <see cref="Drugs.DrugSeizure"/> records (each seizure is one case) or
/// published counts. Merging sums counts and quantities key by key (<see cref="Tally{TTally}"/>); a key absent from
/// the tally is missing, and reading it throws rather than returning zero. Immutable and thread-safe.
/// </remarks>
public sealed class DrugSeizureTally : Tally<DrugSeizureTally>
{
    internal DrugSeizureTally(TallyTable<DrugSeizureCounts> table) : base(table, "drug seizure tally", static t => new DrugSeizureTally((TallyTable<DrugSeizureCounts>)t)) { }

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static DrugSeizureTally Empty { get; } = new(TallyTable<DrugSeizureCounts>.Empty);

    /// <summary>Tallies seizure records over the given periods (see <see cref="DrugSeizureTallyBuilder"/>).</summary>
    /// <param name="records">The seizures.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static DrugSeizureTally Tally(IEnumerable<Drugs.DrugSeizure> records, IEnumerable<ReportingPeriod> periods) => Collect(records, () => new DrugSeizureTallyBuilder(periods));

    /// <summary>Gets the counts of a province and period.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public DrugSeizureCounts Get(Province province, ReportingPeriod period) => Entry<DrugSeizureCounts>(province, period);

}
