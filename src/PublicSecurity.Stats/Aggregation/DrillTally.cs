using PublicSecurity.Stats.FireRescue;

namespace PublicSecurity.Stats.Aggregation;

/// <summary>Drills and training classes held, with participant-attendances, per (province, period) and kind: a typed, mergeable tally.</summary>
/// <remarks>
/// <para>
/// Built by <see cref="DrillTallyBuilder"/> from <see cref="Drill"/> records or published counts. A key absent from the
/// tally is missing, and reading it throws rather than returning zero.
/// </para>
/// <para>
/// <see cref="Tally{TTally}.Merge"/> sums counts key by key; it is associative and commutative with <see cref="Empty"/> as identity
/// and fails only across province editions or calendars, or on overlapping unequal periods. Instances are immutable
/// and thread-safe.
/// </para>
/// </remarks>
public sealed class DrillTally : Tally<DrillTally>
{
    private protected override string Name => "drill tally";

    internal DrillTally(TallyTable<DrillEntry> table)
        : base(table) => Table = table;

    /// <summary>Gets the tally with no keys and no outside records: the identity of <see cref="Tally{TTally}.Merge"/>.</summary>
    public static DrillTally Empty { get; } = new(TallyTable<DrillEntry>.Empty);

    internal TallyTable<DrillEntry> Table { get; }

    /// <summary>Tallies drill records over the given periods (see <see cref="DrillTallyBuilder"/>).</summary>
    /// <param name="records">The drills.</param>
    /// <param name="periods">The periods: one calendar, pairwise equal or disjoint.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or the records mix province editions.</exception>
    public static DrillTally Tally(IEnumerable<Drill> records, IEnumerable<ReportingPeriod> periods) =>
        Collect(records, () => new DrillTallyBuilder(periods));

    /// <summary>Gets the drills of one kind held by a province in a period, with their attendances.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="kind">The kind of drill or class.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined.</exception>
    /// <exception cref="ArgumentException">The tally has no entry for the key (a missing entry is not zero).</exception>
    public DrillCounts Get(Province province, ReportingPeriod period, DrillKind kind)
    {
        Preconditions.Defined(kind, nameof(kind));
        return Table.Get(province, period, Name).Of(kind);
    }


    private protected override DrillTally With(ITallyTable content, DrillTally other) => new((TallyTable<DrillEntry>)content);
}

/// <summary>Builds a <see cref="DrillTally"/> from drill records or published counts, over requested periods of one calendar.</summary>
/// <remarks>
/// A drill is counted in the requested period that contains its date; a drill outside every period is counted in
/// <see cref="Tally{TTally}.Outside"/>, never dropped silently. The builder is not thread-safe.
/// </remarks>
public sealed class DrillTallyBuilder : IRecordCounter<Drill, DrillTally>
{
    private readonly TallyAccumulator<long[]> accumulator;

    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no drill; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions.</exception>
    public DrillTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null) =>
        accumulator = new TallyAccumulator<long[]>(periods, provinces, static (_, _) => new long[6]);

    /// <summary>Gets the requested periods, ordered by start.</summary>
    public IReadOnlyList<ReportingPeriod> Periods => accumulator.Periods;

    /// <summary>Counts one drill.</summary>
    /// <param name="drill">The drill.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drill"/> is null.</exception>
    /// <exception cref="ArgumentException">The drill's province is of another edition than the builder's provinces.</exception>
    public DrillTallyBuilder Add(Drill drill)
    {
        ArgumentNullException.ThrowIfNull(drill);
        accumulator.CheckEdition(drill.Province, nameof(drill));
        if (accumulator.PeriodOf(drill.HeldOn) is not ReportingPeriod period)
        {
            accumulator.CountOutside();
            return this;
        }

        var counts = accumulator.At(drill.Province, period, nameof(drill));
        var k = 2 * (int)drill.Kind;
        counts[k]++;
        counts[k + 1] = checked(counts[k + 1] + drill.Attendances);
        return this;
    }

    /// <summary>Adds published or pre-aggregated counts of one kind to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="kind">The kind of drill or class.</param>
    /// <param name="count">The number held; not negative, positive when there are attendances.</param>
    /// <param name="attendances">The participant-attendances; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is undefined, a count is negative, or there are attendances without a drill.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a requested period, or the province is of another edition.</exception>
    public DrillTallyBuilder Add(Province province, ReportingPeriod period, DrillKind kind, long count, long attendances)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(kind, nameof(kind));
        var add = DrillCounts.Create(count, attendances);
        var counts = accumulator.At(province, accumulator.RequirePeriod(period, nameof(period)), nameof(province));
        var k = 2 * (int)kind;
        counts[k] = checked(counts[k] + add.Count);
        counts[k + 1] = checked(counts[k + 1] + add.Attendances);
        return this;
    }

    /// <summary>Builds the immutable tally of everything added so far; the builder can go on adding.</summary>
    /// <returns>The tally.</returns>
    public DrillTally Build() => new(TallyTable<DrillEntry>.Create(
        accumulator.Entries.Select(e => KeyValuePair.Create(
            e.Key,
            new DrillEntry(new DrillCounts(e.Value[0], e.Value[1]), new DrillCounts(e.Value[2], e.Value[3]), new DrillCounts(e.Value[4], e.Value[5])))),
        accumulator.Outside,
        "entries"));

    void IRecordCounter<Drill, DrillTally>.Count(Drill record) => Add(record);
}

/// <summary>The counts of one key of a <see cref="DrillTally"/>, one per kind.</summary>
internal readonly record struct DrillEntry(DrillCounts FirefightingPlanDrill, DrillCounts RescuePlanDrill, DrillCounts TrainingClass) : ITallyEntry<DrillEntry>
{
    static DrillEntry ITallyEntry<DrillEntry>.Sum(DrillEntry left, DrillEntry right) => left.Add(right);

    public DrillCounts Of(DrillKind kind) => kind switch
    {
        DrillKind.FirefightingPlanDrill => FirefightingPlanDrill,
        DrillKind.RescuePlanDrill => RescuePlanDrill,
        _ => TrainingClass,
    };

    public DrillEntry Add(DrillEntry other) => new(
        FirefightingPlanDrill.Add(other.FirefightingPlanDrill),
        RescuePlanDrill.Add(other.RescuePlanDrill),
        TrainingClass.Add(other.TrainingClass));
}
