namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// What a tally counts: how a key's mutable counts start, how one record is counted, how the counts become the key's
/// immutable entry, and how the table becomes the public tally. Each domain writes one; the rest is
/// <see cref="TallyAccumulator{TRecord, TAcc, TEntry, TTally}"/>.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TAcc">The mutable counts of one key.</typeparam>
/// <typeparam name="TEntry">The immutable entry of one key.</typeparam>
/// <typeparam name="TTally">The public tally.</typeparam>
/// <param name="NewCounts">Starts a key's counts (given the key and all requested periods).</param>
/// <param name="Entry">Turns a key's counts into its entry.</param>
/// <param name="Count">Counts one record (not null) into the accumulator: find its key with <c>Slot</c>, then add.</param>
/// <param name="Create">Wraps the finished table.</param>
/// <param name="IsStock">
/// Whether the tally counts stocks (figures as of a date): then a key exists only where a record was counted, and a
/// declared coverage fills no zero entries, since no snapshot is not a zero stock.
/// </param>
internal sealed record TallySpec<TRecord, TAcc, TEntry, TTally>(
    Func<TallyKey, IReadOnlyList<ReportingPeriod>, TAcc> NewCounts,
    Func<TAcc, TEntry> Entry,
    Action<TallyAccumulator<TRecord, TAcc, TEntry, TTally>, TRecord> Count,
    Func<TallyTable<TEntry>, TTally> Create,
    bool IsStock = false)
    where TAcc : class
    where TEntry : notnull, ITallyEntry<TEntry>
    where TTally : Tally<TTally>;

/// <summary>
/// The one counting engine behind every tally builder: the requested periods (one calendar, equal or disjoint), the
/// edition of the provinces seen, mutable counts per (province, period) and the count of records outside every period;
/// what is counted comes from a <see cref="TallySpec{TRecord, TAcc, TEntry, TTally}"/>.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TAcc">The mutable counts of one key.</typeparam>
/// <typeparam name="TEntry">The immutable entry of one key.</typeparam>
/// <typeparam name="TTally">The public tally.</typeparam>
internal sealed class TallyAccumulator<TRecord, TAcc, TEntry, TTally> : IRecordCounter<TRecord, TTally>, ITallySlots<TAcc>
    where TAcc : class
    where TEntry : notnull, ITallyEntry<TEntry>
    where TTally : Tally<TTally>
{
    private readonly ReportingPeriod[] periods;
    private readonly TallySpec<TRecord, TAcc, TEntry, TTally> spec;
    private readonly Dictionary<TallyKey, TAcc> accumulators = [];
    private Province? firstProvince;

    public TallyAccumulator(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces, TallySpec<TRecord, TAcc, TEntry, TTally> spec)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var list = periods.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("The periods must contain at least one period; it was empty.", nameof(periods));
        }

        if (list.Any(p => p is null))
        {
            throw new ArgumentNullException(nameof(periods), "The periods must not contain null.");
        }

        this.periods = [.. TallyRules.CheckPeriods(list, nameof(periods))];
        this.spec = spec;
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

                foreach (var period in this.periods)
                {
                    At(province, period, nameof(provinces));
                }
            }
        }
    }

    public IReadOnlyList<ReportingPeriod> Periods => periods;

    public DataCoverage? Coverage { get; set; }

    public long Outside { get; private set; }

    public void CountOutside() => Outside = checked(Outside + 1);

    /// <summary>Gets the requested period that contains a date, or null.</summary>
    public ReportingPeriod? PeriodOf(DateOnly date)
    {
        int lo = 0, hi = periods.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (date < periods[mid].Start)
            {
                hi = mid - 1;
            }
            else if (date > periods[mid].End)
            {
                lo = mid + 1;
            }
            else
            {
                return periods[mid];
            }
        }

        return null;
    }

    /// <summary>Checks that a period is one of the requested periods.</summary>
    public ReportingPeriod RequirePeriod(ReportingPeriod period, string paramName)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        if (Array.IndexOf(periods, period) < 0)
        {
            throw new ArgumentException(
                $"The period must be one of the builder's periods ({string.Join("; ", periods.Select(p => p.ToString()))}); it was {period}.",
                paramName);
        }

        return period;
    }

    /// <summary>Gets (creating it if needed) the accumulator of a key, checking the province's edition.</summary>
    public TAcc At(Province province, ReportingPeriod period, string paramName)
    {
        CheckEdition(province, paramName);
        var key = new TallyKey(province, period);
        if (!accumulators.TryGetValue(key, out var acc))
        {
            acc = spec.NewCounts(key, periods);
            accumulators[key] = acc;
        }

        return acc;
    }

    /// <summary>Checks that a province is of the same edition as every province seen so far.</summary>
    public void CheckEdition(Province province, string paramName)
    {
        ArgumentNullException.ThrowIfNull(province, paramName);
        firstProvince ??= province;
        if (province.Edition != firstProvince.Edition)
        {
            throw new ArgumentException(
                $"A tally's provinces must all be of one edition ({Province.EditionLabel(firstProvince.Edition)}, as {firstProvince}); it was {province}.",
                paramName);
        }
    }

    /// <summary>
    /// Gets the accumulator a record dated <paramref name="date"/> counts in, checking its province's edition; a record
    /// with no date or outside every requested period is counted outside, and null is returned.
    /// </summary>
    public TAcc? Slot(Province province, DateOnly? date, string paramName)
    {
        CheckEdition(province, paramName);
        if (date is not DateOnly d || PeriodOf(d) is not ReportingPeriod period)
        {
            CountOutside();
            return null;
        }

        return At(province, period, paramName);
    }

    /// <summary>Gets the accumulator of published counts for a key: the province's edition checked, the period one of the requested ones.</summary>
    public TAcc Slot(Province province, ReportingPeriod period) =>
        At(province, RequirePeriod(period, nameof(period)), nameof(province));

    public void Count(TRecord record) => spec.Count(this, record);

    /// <summary>Builds the immutable tally of everything counted so far; counting can go on.</summary>
    public TTally Build() => spec.Create(TallyTable<TEntry>.Create(
        accumulators.Select(e => KeyValuePair.Create(e.Key, spec.Entry(e.Value))), Outside, "entries", periods, Coverage, spec.IsStock ? null : key => spec.Entry(spec.NewCounts(key, periods))));
}

/// <summary>The keys of a builder's counts, for the published counts its <c>Add</c> overloads take.</summary>
/// <typeparam name="TAcc">The mutable counts of one key.</typeparam>
internal interface ITallySlots<out TAcc>
{
    /// <summary>Gets the counts of a key: the province's edition checked, the period one of the requested ones.</summary>
    TAcc Slot(Province province, ReportingPeriod period);
}
