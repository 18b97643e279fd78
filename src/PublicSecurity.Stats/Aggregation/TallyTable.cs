namespace PublicSecurity.Stats.Aggregation;

/// <summary>
/// The immutable core every tally shares: entries keyed by (province, period), the count of records outside every
/// period, and the rules that make merging exact (one edition, one calendar, periods equal or disjoint).
/// </summary>
/// <typeparam name="TEntry">The counts of one key; equal entries compare equal.</typeparam>
internal sealed class TallyTable<TEntry> : ITallyTable
    where TEntry : notnull, ITallyEntry<TEntry>
{
    private readonly Dictionary<TallyKey, TEntry> entries;

    private TallyTable(Dictionary<TallyKey, TEntry> entries, long outside, IEnumerable<ReportingPeriod>? requested, DataCoverage? coverage)
    {
        this.entries = entries;
        Outside = outside;
        Coverage = coverage;
        Keys = entries.Keys.Order().ToList();

        // Every requested period is listed, with or without keys: a period with no record does not vanish.
        Periods = Keys.Select(k => k.Period).Concat(requested ?? []).Distinct().OrderBy(p => p.Start).ToList();
        Edition = Keys.Count == 0 ? null : Keys[0].Province.Edition;
    }

    public static TallyTable<TEntry> Empty { get; } = new([], 0, null, null);

    public DataCoverage? Coverage { get; }

    public IReadOnlyList<TallyKey> Keys { get; }

    public IReadOnlyList<ReportingPeriod> Periods { get; }

    public ProvinceEdition? Edition { get; }

    public long Outside { get; }

    public int Count => entries.Count;

    /// <summary>
    /// Builds a table from entries, checking the rules; <paramref name="paramName"/> names the argument in errors. With
    /// a <paramref name="coverage"/>, every province among the keys gets the <paramref name="zero"/> entry for each of
    /// the <paramref name="periods"/> inside the coverage that it has no key for: there, no record is a true zero.
    /// </summary>
    public static TallyTable<TEntry> Create(
        IEnumerable<KeyValuePair<TallyKey, TEntry>> source,
        long outside,
        string paramName,
        IReadOnlyList<ReportingPeriod>? periods = null,
        DataCoverage? coverage = null,
        Func<TallyKey, TEntry>? zero = null)
    {
        var dictionary = new Dictionary<TallyKey, TEntry>();
        foreach (var (key, entry) in source)
        {
            if (key.Province is null || key.Period is null)
            {
                throw new ArgumentException("The tally keys must have a province and a period; one was default.", paramName);
            }

            if (!dictionary.TryAdd(key, entry))
            {
                throw new ArgumentException($"The tally keys must be distinct; {key} appears twice.", paramName);
            }
        }

        if (coverage is not null && periods is not null && zero is not null)
        {
            foreach (var province in dictionary.Keys.Select(k => k.Province).Distinct().ToList())
            {
                foreach (var period in periods.Where(coverage.Covers))
                {
                    var key = new TallyKey(province, period);
                    if (!dictionary.ContainsKey(key))
                    {
                        dictionary.Add(key, zero(key));
                    }
                }
            }
        }

        TallyRules.CheckEdition(dictionary.Keys.Select(k => k.Province), paramName);
        TallyRules.CheckPeriods(dictionary.Keys.Select(k => k.Period).Concat(periods ?? []), paramName);
        if (outside < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(outside), $"The outside count must not be negative; it was {Preconditions.Number(outside)}.");
        }

        return new TallyTable<TEntry>(dictionary, outside, periods, coverage);
    }

    public bool Contains(Province province, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(period);
        return entries.ContainsKey(new TallyKey(province, period));
    }

    public bool TryGet(TallyKey key, out TEntry entry) => entries.TryGetValue(key, out entry!);

    /// <summary>Gets the entry of a key, or throws naming the key: a missing key is never read as zero.</summary>
    public TEntry Get(Province province, ReportingPeriod period, string tallyName)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(period);
        if (entries.TryGetValue(new TallyKey(province, period), out var entry))
        {
            return entry;
        }

        var why = !Periods.Contains(period)
            ? $"the period is not one of the tally's periods ({string.Join("; ", Periods)})"
            : Coverage is null
            ? "no record fell in it and no coverage was declared, so an empty period is not known to be zero: declare the data's coverage (TallyBuilder.Covering, TallyOptions.WithCoverage) or name the province in the builder's provinces"
            : Coverage.Covers(period)
                ? $"the province has no record inside the data's coverage ({Coverage}); name it in the builder's provinces to count it as zero"
                : $"the period is outside the data's coverage ({Coverage}), where nothing is known";
        throw new ArgumentException(
            $"The {tallyName} must have an entry for the province and period asked for (a missing entry is not zero); it has none for {province} in {period}: {why}.",
            entries.Keys.Any(k => k.Province == province) ? nameof(period) : nameof(province));
    }

    public ITallyTable Merge(ITallyTable other, string paramName) => Merge((TallyTable<TEntry>)other, paramName);

    public ITallyTable RebaseTo34(string tallyName) => Rebase(tallyName);

    public bool ContentEquals(ITallyTable other) => other is TallyTable<TEntry> table && ContentEquals(table);

    /// <summary>Sums two tables key by key; keys present in one table only are kept as they are.</summary>
    public TallyTable<TEntry> Merge(TallyTable<TEntry> other, string paramName)
    {
        var coverage = Coverage is null ? other.Coverage : other.Coverage is null ? Coverage : Coverage.Span(other.Coverage);
        if (other.Count == 0 && other.Periods.Count == 0)
        {
            return other.Outside == 0 && Equals(coverage, Coverage) ? this : new TallyTable<TEntry>(entries, checked(Outside + other.Outside), Periods, coverage);
        }

        if (Count == 0 && Periods.Count == 0)
        {
            return Outside == 0 && Equals(coverage, other.Coverage) ? other : new TallyTable<TEntry>(other.entries, checked(Outside + other.Outside), other.Periods, coverage);
        }

        if (Edition is not null && other.Edition is not null && Edition != other.Edition)
        {
            throw new ArgumentException(
                $"Tallies of different province editions cannot be merged: this one is of the {Province.EditionLabel(Edition!.Value)}, the other of the {Province.EditionLabel(other.Edition!.Value)}; re-base the 63-unit tally first.",
                paramName);
        }

        TallyRules.CheckPeriods(Periods.Concat(other.Periods), paramName);
        var merged = new Dictionary<TallyKey, TEntry>(entries);
        foreach (var (key, entry) in other.entries)
        {
            merged[key] = merged.TryGetValue(key, out var mine) ? TEntry.Sum(mine, entry) : entry;
        }

        return new TallyTable<TEntry>(merged, checked(Outside + other.Outside), Periods.Concat(other.Periods).Distinct().ToList(), coverage);
    }

    /// <summary>Re-bases a 63-unit table onto the 34 units by summing each new unit's predecessors, period by period.</summary>
    public TallyTable<TEntry> Rebase(string tallyName)
    {
        if (Edition != ProvinceEdition.Provinces63)
        {
            return this;
        }

        var merged = new Dictionary<TallyKey, TEntry>();
        foreach (var group in Keys.GroupBy(k => new TallyKey(ProvinceCatalog.Successor(k.Province), k.Period)))
        {
            var missing = ProvinceCatalog.Predecessors(group.Key.Province)
                .Where(p => !entries.ContainsKey(new TallyKey(p, group.Key.Period)))
                .ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Re-basing the {tallyName} onto the 34 units needs every predecessor of {group.Key.Province} in {group.Key.Period} (a missing province is not zero); missing: {string.Join(", ", missing)}.");
            }

            var sum = group.Select(k => entries[k]).Aggregate(TEntry.Sum);
            merged[group.Key] = sum;
        }

        return new TallyTable<TEntry>(merged, Outside, Periods, Coverage);
    }

    public IEnumerable<KeyValuePair<TallyKey, TEntry>> Ordered() => Keys.Select(k => KeyValuePair.Create(k, entries[k]));

    public bool ContentEquals(TallyTable<TEntry> other)
    {
        if (Outside != other.Outside || Count != other.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TEntry>.Default;
        foreach (var (key, entry) in entries)
        {
            if (!other.entries.TryGetValue(key, out var theirs) || !comparer.Equals(entry, theirs))
            {
                return false;
            }
        }

        return true;
    }

    public int ContentHash() => HashCode.Combine(Count, Outside, Keys.Count > 0 ? Keys[0] : default);
}

/// <summary>The counts of one key of a tally: summed key by key when tallies merge or re-base.</summary>
/// <typeparam name="TEntry">The entry type itself.</typeparam>
internal interface ITallyEntry<TEntry>
    where TEntry : ITallyEntry<TEntry>
{
    /// <summary>Sums two entries of the same key (disjoint records).</summary>
    static abstract TEntry Sum(TEntry left, TEntry right);
}

/// <summary>A <see cref="TallyTable{TEntry}"/> seen without its entry type, as <see cref="Tally{TTally}"/> holds it.</summary>
internal interface ITallyTable
{
    IReadOnlyList<TallyKey> Keys { get; }

    IReadOnlyList<ReportingPeriod> Periods { get; }

    DataCoverage? Coverage { get; }

    ProvinceEdition? Edition { get; }

    long Outside { get; }

    int Count { get; }

    bool Contains(Province province, ReportingPeriod period);

    /// <summary>Sums two tables of the same entry type key by key.</summary>
    ITallyTable Merge(ITallyTable other, string paramName);

    /// <summary>Re-bases a 63-unit table onto the 34 units.</summary>
    ITallyTable RebaseTo34(string tallyName);

    bool ContentEquals(ITallyTable other);

    int ContentHash();
}

/// <summary>The rules every tally's keys keep: one province edition, one calendar, periods equal or disjoint.</summary>
internal static class TallyRules
{
    /// <summary>Checks that a forced province (a builder's or the tally options' <c>provinces</c>) is named once.</summary>
    public static void CheckForcedOnce(HashSet<Province> seen, Province province, string paramName)
    {
        if (!seen.Add(province))
        {
            throw new ArgumentException($"The provinces must name each province at most once; {province} appears twice.", paramName);
        }
    }

    /// <summary>Checks that every province is of one edition.</summary>
    public static void CheckEdition(IEnumerable<Province> provinces, string paramName)
    {
        Province? first = null;
        foreach (var p in provinces)
        {
            first ??= p;
            if (p.Edition != first.Edition)
            {
                throw new ArgumentException(
                    $"A tally's provinces must all be of one edition; {first} and {p} are not.", paramName);
            }
        }
    }

    /// <summary>Checks that periods share one calendar (or are all ad hoc) and are pairwise equal or disjoint.</summary>
    /// <returns>The distinct periods, ordered by start.</returns>
    public static IReadOnlyList<ReportingPeriod> CheckPeriods(IEnumerable<ReportingPeriod> periods, string paramName)
    {
        var distinct = periods.Distinct().OrderBy(p => p.Start).ThenBy(p => p.End).ToList();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (distinct[i].Calendar != distinct[0].Calendar)
            {
                throw new ArgumentException(
                    $"A tally's periods must all be of one calendar; {distinct[0]} is of {CalendarName(distinct[0])} and {distinct[i]} of {CalendarName(distinct[i])}.",
                    paramName);
            }

            if (i > 0 && distinct[i].Overlaps(distinct[i - 1]))
            {
                throw new ArgumentException(
                    $"A tally's periods must be equal or disjoint; {distinct[i - 1]} overlaps {distinct[i]}.", paramName);
            }
        }

        return distinct;
    }

    private static string CalendarName(ReportingPeriod period) => period.Calendar?.ToString() ?? "no calendar (ad hoc)";
}
