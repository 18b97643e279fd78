using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Rankings;

/// <summary>Creates typed rankings of keyed units (provinces, or any units) by an explicit measure.</summary>
/// <remarks>
/// The ranks are those of <see cref="Ranks.Compute(ReadOnlySpan{double}, TieMethod, RankOrder, MissingValues, bool)"/>
/// in the measure's <see cref="RankingMeasure.Order"/> (rank 1 = best), so every tie method and missing-value policy
/// keeps its pandas meaning. Both are explicit arguments: there is no hidden default.
/// </remarks>
public static class Ranking
{
    /// <summary>Ranks units from their counts, computing each value from its numerator and denominator.</summary>
    /// <typeparam name="TKey">The unit's key type, for example a province.</typeparam>
    /// <param name="measure">The measure; each observation must be of its kind, or missing.</param>
    /// <param name="observations">One observation per unit; keys are distinct.</param>
    /// <param name="ties">How tied values share ranks.</param>
    /// <param name="missing">What happens to missing units: <see cref="MissingValues.Keep"/> lists them unranked.</param>
    /// <param name="keyComparer">Compares keys; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/>, <paramref name="observations"/> or a key is null.</exception>
    /// <exception cref="ArgumentException">
    /// An observation is of another kind than the measure, or two observations have the same key.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ties"/> or <paramref name="missing"/> is not a defined value.</exception>
    public static Ranking<TKey> Create<TKey>(
        RankingMeasure measure,
        IEnumerable<RankingObservation<TKey>> observations,
        TieMethod ties,
        MissingValues missing,
        IEqualityComparer<TKey>? keyComparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(observations);
        Ranks.ValidateOptions(ties, measure.Order, missing);
        var keys = new List<TKey>();
        var values = new List<double>();
        var all = observations.ToList();
        foreach (var observation in all)
        {
            CheckKind(measure, observation, nameof(observations));
            keys.Add(observation.Key);
            values.Add(observation.IsMissing ? double.NaN : measure.ValueOf(observation.Numerator!.Value, observation.Denominator!.Value));
        }

        if (measure.Shrinkage == RateShrinkage.EmpiricalBayes)
        {
            Shrink(measure, all, values);
        }

        return Build(measure, keys, values, ties, missing, keyComparer, nameof(observations));
    }

    /// <summary>Ranks units by values already expressed in the measure's unit; <see langword="null"/> is missing.</summary>
    /// <typeparam name="TKey">The unit's key type, for example a province.</typeparam>
    /// <param name="measure">The measure the values are in.</param>
    /// <param name="values">
    /// One (key, value) pair per unit; keys are distinct. A value is finite and non-negative, and at most 1 for a
    /// proportion; <see langword="null"/> means missing (never 0).
    /// </param>
    /// <param name="ties">How tied values share ranks.</param>
    /// <param name="missing">What happens to missing units: <see cref="MissingValues.Keep"/> lists them unranked.</param>
    /// <param name="keyComparer">Compares keys; <see cref="EqualityComparer{T}.Default"/> when null.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measure"/>, <paramref name="values"/> or a key is null.</exception>
    /// <exception cref="ArgumentException">A value breaks the rules above, or two pairs have the same key.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ties"/> or <paramref name="missing"/> is not a defined value.</exception>
    public static Ranking<TKey> FromValues<TKey>(
        RankingMeasure measure,
        IEnumerable<(TKey Key, double? Value)> values,
        TieMethod ties,
        MissingValues missing,
        IEqualityComparer<TKey>? keyComparer = null)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(values);
        Ranks.ValidateOptions(ties, measure.Order, missing);
        var keys = new List<TKey>();
        var numbers = new List<double>();
        foreach (var (key, value) in values)
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0 || (measure.Kind == MeasureKind.Proportion && v > 1)))
            {
                var rule = measure.Kind == MeasureKind.Proportion ? "finite and in [0, 1]" : "finite and non-negative";
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The value of {key} must be {rule} (use null for a missing value); it was {v:R}."),
                    nameof(values));
            }

            keys.Add(key);
            numbers.Add(value ?? double.NaN);
        }

        return Build(measure, keys, numbers, ties, missing, keyComparer, nameof(values));
    }

    /// <summary>Replaces the non-missing values by their empirical-Bayes shrunken values, in the measure's unit.</summary>
    private static void Shrink<TKey>(RankingMeasure measure, List<RankingObservation<TKey>> observations, List<double> values)
        where TKey : notnull
    {
        var index = new List<int>();
        var counts = new List<long>();
        var denominators = new List<double>();
        var i = 0;
        foreach (var observation in observations)
        {
            if (!observation.IsMissing)
            {
                index.Add(i);
                counts.Add(observation.Numerator!.Value);
                denominators.Add(observation.Denominator!.Value);
            }

            i++;
        }

        if (index.Count == 0)
        {
            return;
        }

        var fit = measure.Kind == MeasureKind.Proportion
            ? EmpiricalBayes.BetaBinomial(counts, denominators.ConvertAll(d => (long)d))
            : EmpiricalBayes.PoissonGamma(counts, denominators);
        var scale = measure.Kind == MeasureKind.PerCapita ? measure.PerPopulation : 1;
        for (var k = 0; k < index.Count; k++)
        {
            values[index[k]] = fit.Shrunken[k] * scale;
        }
    }

    internal static void CheckKind<TKey>(RankingMeasure measure, RankingObservation<TKey> observation, string parameter)
        where TKey : notnull
    {
        if (observation.Key is null)
        {
            throw new ArgumentNullException(parameter, "An observation's key must not be null (a default observation has no key).");
        }

        if (!observation.IsMissing && observation.Kind != measure.Kind)
        {
            throw new ArgumentException(
                $"Every observation must be of the measure's kind ({measure.Kind}) or missing; {observation.Key} was {observation.Kind}.",
                parameter);
        }
    }

    internal static void CheckDistinct<TKey>(IReadOnlyList<TKey> keys, IEqualityComparer<TKey>? keyComparer, string parameter)
    {
        var seen = new HashSet<TKey>(keys.Count, keyComparer);
        foreach (var key in keys)
        {
            if (key is null)
            {
                throw new ArgumentNullException(parameter, "A unit's key must not be null.");
            }

            if (!seen.Add(key))
            {
                throw new ArgumentException($"Each unit must appear once; {key} appeared twice.", parameter);
            }
        }
    }

    private static Ranking<TKey> Build<TKey>(
        RankingMeasure measure,
        List<TKey> keys,
        List<double> values,
        TieMethod ties,
        MissingValues missing,
        IEqualityComparer<TKey>? keyComparer,
        string parameter)
        where TKey : notnull
    {
        CheckDistinct(keys, keyComparer, parameter);
        var n = keys.Count;
        var valueArray = values.ToArray();
        var ranks = Ranks.Compute(valueArray, ties, measure.Order, missing, percent: false);

        // Rank order (unranked last), input order within equal ranks; equal values are then adjacent.
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        var sortKeys = new double[n];
        for (var i = 0; i < n; i++)
        {
            sortKeys[i] = double.IsNaN(ranks[i]) ? double.PositiveInfinity : ranks[i];
        }

        Array.Sort(sortKeys, order);
        StableWithinEqualRanks(sortKeys, order);

        var entries = new RankingEntry<TKey>[n];
        var start = 0;
        while (start < n)
        {
            var end = start + 1;
            var first = valueArray[order[start]];
            var ranked = !double.IsNaN(ranks[order[start]]);
            while (end < n && SameValue(first, valueArray[order[end]]) && !double.IsNaN(ranks[order[end]]) == ranked)
            {
                end++;
            }

            // A kept missing value ties with nothing; equal values (and a ranked missing group) tie with each other.
            var groupKeys = new TKey[end - start];
            for (var t = start; t < end; t++)
            {
                groupKeys[t - start] = keys[order[t]];
            }

            var tiesFormed = ranked || missing != MissingValues.Keep;
            for (var t = start; t < end; t++)
            {
                var i = order[t];
                IReadOnlyList<TKey> tiedWith = tiesFormed && groupKeys.Length > 1 ? new AllButOne<TKey>(groupKeys, t - start) : [];
                entries[t] = new RankingEntry<TKey>(
                    keys[i],
                    double.IsNaN(valueArray[i]) ? null : valueArray[i],
                    double.IsNaN(ranks[i]) ? null : ranks[i],
                    tiedWith);
            }

            start = end;
        }

        var rankedCount = 0;
        var unranked = new List<TKey>();
        foreach (var entry in entries)
        {
            if (entry.Rank is null)
            {
                unranked.Add(entry.Key);
            }
            else
            {
                rankedCount++;
            }
        }

        return new Ranking<TKey>(measure, ties, missing, entries, rankedCount, unranked, keyComparer ?? EqualityComparer<TKey>.Default);
    }

    private static bool SameValue(double a, double b) => a == b || (double.IsNaN(a) && double.IsNaN(b));

    private static void StableWithinEqualRanks(double[] sortKeys, int[] order)
    {
        // Array.Sort is not stable: restore input order inside each run of equal sort keys.
        var start = 0;
        while (start < order.Length)
        {
            var end = start + 1;
            while (end < order.Length && sortKeys[end].Equals(sortKeys[start]))
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
            }

            start = end;
        }
    }

    /// <summary>A read-only view of a group's keys without one of them.</summary>
    private sealed class AllButOne<T>(T[] items, int skip) : IReadOnlyList<T>
    {
        public int Count => items.Length - 1;

        public T this[int index] => (uint)index < (uint)Count
            ? items[index < skip ? index : index + 1]
            : throw new ArgumentOutOfRangeException(nameof(index), string.Create(CultureInfo.InvariantCulture, $"The index must be in [0, {Count}); it was {index}."));

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Length; i++)
            {
                if (i != skip)
                {
                    yield return items[i];
                }
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>A ranking of keyed units by a measure: every unit's value and rank, in rank order.</summary>
/// <typeparam name="TKey">The unit's key type, for example a province.</typeparam>
/// <remarks>
/// Immutable and thread-safe. <see cref="Entries"/> lists the ranked units by rank (input order within a tie),
/// then the unranked ones in input order. A rank is only meaningful with <see cref="RankedCount"/>: "2nd of 63" in
/// 2023, "of 34" after the 2025 merger.
/// </remarks>
public sealed class Ranking<TKey> : IRenderable
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> index;

    internal Ranking(
        RankingMeasure measure,
        TieMethod ties,
        MissingValues missing,
        RankingEntry<TKey>[] entries,
        int rankedCount,
        List<TKey> unranked,
        IEqualityComparer<TKey> keyComparer)
    {
        (Measure, Ties, Missing, Entries, RankedCount, Unranked) = (measure, ties, missing, entries, rankedCount, unranked);
        index = new Dictionary<TKey, int>(entries.Length, keyComparer);
        for (var i = 0; i < entries.Length; i++)
        {
            index.Add(entries[i].Key, i);
        }
    }

    /// <summary>Gets the measure the units are ranked by.</summary>
    public RankingMeasure Measure { get; }

    /// <summary>Gets how tied values share ranks.</summary>
    public TieMethod Ties { get; }

    /// <summary>Gets what happened to missing units.</summary>
    public MissingValues Missing { get; }

    /// <summary>Gets every unit: ranked ones by rank, then unranked ones in input order.</summary>
    public IReadOnlyList<RankingEntry<TKey>> Entries { get; }

    /// <summary>Gets the number of units.</summary>
    public int UnitCount => Entries.Count;

    /// <summary>
    /// Gets the number of units that received a rank: the units with a value under <see cref="MissingValues.Keep"/>,
    /// every unit otherwise. This is the N of "ranked 2nd of N".
    /// </summary>
    public int RankedCount { get; }

    /// <summary>Gets the units without a rank (missing data under <see cref="MissingValues.Keep"/>), in input order.</summary>
    public IReadOnlyList<TKey> Unranked { get; }

    /// <summary>Gets the entry of a unit.</summary>
    /// <param name="key">The unit.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is not a unit of this ranking.</exception>
    public RankingEntry<TKey> GetEntry(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetEntry(key, out var entry)
            ? entry
            : throw new ArgumentException($"The key must be a unit of this ranking; {key} is not.", nameof(key));
    }

    /// <summary>Gets the entry of a unit, if it is one of this ranking.</summary>
    /// <param name="key">The unit.</param>
    /// <param name="entry">The entry, or null when the unit is not in the ranking.</param>
    /// <returns>Whether the unit is in the ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public bool TryGetEntry(TKey key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RankingEntry<TKey>? entry)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (index.TryGetValue(key, out var i))
        {
            entry = Entries[i];
            return true;
        }

        entry = null;
        return false;
    }

    /// <summary>Gets the ranking as English text: the measure, then one line per unit ("2 of 63  74  1.33").</summary>
    /// <returns>The text.</returns>
    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => RankingTables.RankingSentence(this, language) + "\n" + RankingTables.Ranking(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => Markdown.Document(RankingTables.RankingSentence(this, language), RankingTables.Ranking(this, language));

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div("ps-ranking", PublicSecurity.Stats.Text.Cells.Paragraph(RankingTables.RankingSentence(this, language)), RankingTables.Ranking(this, language).ToHtml(maxRows));
    }

    /// <summary>Gets the ranking with its measure, tie and missing-value rules, one line per unit.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Measure}; ties: {Ties}; missing: {Missing}; {RankedCount} of {UnitCount} units ranked");
        foreach (var entry in Entries)
        {
            text.AppendLine().Append(entry.ToString(RankedCount));
        }

        return text.ToString();
    }
}

/// <summary>One unit of a <see cref="Ranking{TKey}"/>: its key, value and rank, and the units it ties with.</summary>
/// <typeparam name="TKey">The unit's key type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RankingEntry<TKey>
    where TKey : notnull
{
    internal RankingEntry(TKey key, double? value, double? rank, IReadOnlyList<TKey> tiedWith)
    {
        (Key, Value, Rank, TiedWith) = (key, value, rank, tiedWith);
    }

    /// <summary>Gets the unit.</summary>
    public TKey Key { get; }

    /// <summary>Gets the unit's value of the measure, or <see langword="null"/> when its data is missing.</summary>
    public double? Value { get; }

    /// <summary>
    /// Gets the rank (1 = best; fractional under <see cref="TieMethod.Average"/>), or <see langword="null"/> for a
    /// missing unit under <see cref="MissingValues.Keep"/>.
    /// </summary>
    public double? Rank { get; }

    /// <summary>Gets whether the unit received a rank.</summary>
    public bool IsRanked => Rank is not null;

    /// <summary>
    /// Gets the other units with exactly the same value (under <see cref="TieMethod.First"/> they still get distinct
    /// ranks); for a ranked missing unit, the other missing units; empty for a kept missing unit.
    /// </summary>
    public IReadOnlyList<TKey> TiedWith { get; }

    /// <summary>Gets the entry in English, for example "2  74  1.33 (tied with 75)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ToString(null);

    internal string ToString(int? outOf)
    {
        var rank = Rank is { } r
            ? (outOf is { } n ? string.Create(CultureInfo.InvariantCulture, $"{r:#,0.##} of {n}") : r.ToString("#,0.##", CultureInfo.InvariantCulture))
            : "unranked";
        var value = Value is { } v ? v.ToString("#,0.######", CultureInfo.InvariantCulture) : "missing";
        var tied = TiedWith.Count > 0 ? $" (tied with {string.Join(", ", TiedWith)})" : string.Empty;
        return $"{rank}  {Key}  {value}{tied}";
    }
}
