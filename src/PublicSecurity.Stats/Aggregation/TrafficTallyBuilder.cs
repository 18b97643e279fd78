namespace PublicSecurity.Stats.Aggregation;

/// <summary>Builds a <see cref="TrafficTally"/> from accident records (counted on the day they occurred) or published counts.</summary>
/// <remarks>Each accident counts once, with its deaths and injured. Not thread-safe.</remarks>
public sealed class TrafficTallyBuilder : TallyBuilder<TrafficTallyBuilder, Traffic.TrafficAccident, TrafficTally>
{
    /// <summary>Creates a builder.</summary>
    /// <param name="periods">The periods to count in: at least one, one calendar, pairwise equal or disjoint.</param>
    /// <param name="provinces">Provinces whose keys exist (with zero counts) for every period even with no accident; null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or an element of either argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> is empty, mixes calendars or overlaps, or <paramref name="provinces"/> mixes editions or names a province twice.</exception>
    public TrafficTallyBuilder(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces = null)
        : base(new TallyAccumulator<Traffic.TrafficAccident, long[], TrafficCounts, TrafficTally>(periods, provinces, new(
            static (_, _) => new long[3],
            static c => new TrafficCounts(c[0], c[1], c[2]),
            static (counts, accident) => Add(counts.Slot(accident.Province, accident.OccurredOn, "record"), 1, accident.Deaths, accident.Injured),
            static table => new TrafficTally(table))))
    {
    }

    /// <summary>Adds published or pre-aggregated counts to a key.</summary>
    /// <param name="province">The province.</param>
    /// <param name="period">One of the requested periods.</param>
    /// <param name="accidents">The number of accidents; not negative.</param>
    /// <param name="deaths">The deaths; not negative.</param>
    /// <param name="injured">The injured; not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="province"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or there are deaths or injured without accidents.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a requested period, or the province is of another edition.</exception>
    public TrafficTallyBuilder Add(Province province, ReportingPeriod period, long accidents, long deaths, long injured)
    {
        ArgumentNullException.ThrowIfNull(province);
        var add = TrafficCounts.Create(accidents, deaths, injured);
        Add(Slot<long[]>(province, period), add.Accidents, add.Deaths, add.Injured);
        return this;
    }

    private static void Add(long[]? counts, long accidents, long deaths, long injured)
    {
        if (counts is not null)
        {
            counts[0] = checked(counts[0] + accidents);
            counts[1] = checked(counts[1] + deaths);
            counts[2] = checked(counts[2] + injured);
        }
    }
}
