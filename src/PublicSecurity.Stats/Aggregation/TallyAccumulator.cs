namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The mutable state every tally builder shares: the requested periods (one calendar, equal or disjoint), the edition
/// of the provinces seen, one accumulator per (province, period) and the count of records outside every period.
/// </summary>
/// <typeparam name="TAcc">The mutable counts of one key.</typeparam>
internal sealed class TallyAccumulator<TAcc>
    where TAcc : class
{
    private readonly ReportingPeriod[] periods;
    private readonly Func<TallyKey, IReadOnlyList<ReportingPeriod>, TAcc> create;
    private readonly Dictionary<TallyKey, TAcc> accumulators = [];
    private Province? firstProvince;

    public TallyAccumulator(IEnumerable<ReportingPeriod> periods, IEnumerable<Province>? provinces, Func<TallyKey, IReadOnlyList<ReportingPeriod>, TAcc> create)
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
        this.create = create;
        if (provinces is not null)
        {
            foreach (var province in provinces)
            {
                if (province is null)
                {
                    throw new ArgumentNullException(nameof(provinces), "The provinces must not contain null.");
                }

                foreach (var period in this.periods)
                {
                    At(province, period, nameof(provinces));
                }
            }
        }
    }

    public IReadOnlyList<ReportingPeriod> Periods => periods;

    public long Outside { get; private set; }

    public IEnumerable<KeyValuePair<TallyKey, TAcc>> Entries => accumulators;

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
            acc = create(key, periods);
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
}
