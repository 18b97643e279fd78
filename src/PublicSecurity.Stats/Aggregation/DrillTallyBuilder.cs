namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds a <see cref="DrillTally"/> from drill records (counted on the date held) or published counts.</summary>
/// <remarks>Each kind of drill or class is counted with its participant-attendances. Not thread-safe.</remarks>
public sealed class DrillTallyBuilder : TallyBuilder<DrillTallyBuilder, FireRescue.Drill, DrillTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist for every period even with no drill; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions or names a province twice.</exception>
    public DrillTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<FireRescue.Drill, long[], DrillEntry, DrillTally>(periods, provinces, new(
            static (_, _) => new long[6],
            static c => new DrillEntry(new(c[0], c[1]), new(c[2], c[3]), new(c[4], c[5])),
            static (counts, drill) => Add(counts.Slot(drill.Province, drill.HeldOn, "record"), drill.Kind, 1, drill.Attendances),
            static table => new DrillTally(table))))
    {
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
    public DrillTallyBuilder Add(Province province, ReportingPeriod period, FireRescue.DrillKind kind, long count, long attendances)
    {
        ArgumentNullException.ThrowIfNull(province);
        Preconditions.Defined(kind, nameof(kind));
        var add = DrillCounts.Create(count, attendances);
        Add(Slot<long[]>(province, period), kind, add.Count, add.Attendances);
        return this;
    }

    private static void Add(long[]? counts, FireRescue.DrillKind kind, long count, long attendances)
    {
        if (counts is not null)
        {
            var k = 2 * (int)kind;
            counts[k] = checked(counts[k] + count);
            counts[k + 1] = checked(counts[k + 1] + attendances);
        }
    }
}
