using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Rankings;

/// <summary>The Monte-Carlo rank distribution of every unit with data (see <see cref="RankIntervals"/>).</summary>
/// <typeparam name="TKey">The unit's key type.</typeparam>
/// <remarks>Immutable and thread-safe. Entries are in input order; missing units are listed in <see cref="Unranked"/>.</remarks>
public sealed class RankIntervals<TKey> : IRenderable
    where TKey : notnull
{
    private readonly IEqualityComparer<TKey> keyComparer;

    internal RankIntervals(RankingMeasure measure, RankIntervalEntry<TKey>[] entries, List<TKey> unranked, int draws, double level, long seed, IEqualityComparer<TKey>? keyComparer = null)
    {
        (Measure, Entries, Unranked, Draws, Level, Seed) = (measure, entries, unranked, draws, level, seed);
        this.keyComparer = keyComparer ?? EqualityComparer<TKey>.Default;
    }

    /// <summary>Gets the measure the units are ranked by.</summary>
    public RankingMeasure Measure { get; }

    /// <summary>Gets the units with data, in input order.</summary>
    public IReadOnlyList<RankIntervalEntry<TKey>> Entries { get; }

    /// <summary>Gets the number of ranked units: ranks run from 1 to this.</summary>
    public int RankedCount => Entries.Count;

    /// <summary>Gets the units whose data is missing: not drawn, not ranked.</summary>
    public IReadOnlyList<TKey> Unranked { get; }

    /// <summary>Gets the number of draws.</summary>
    public int Draws { get; }

    /// <summary>Gets the level of the rank intervals.</summary>
    public double Level { get; }

    /// <summary>Gets the seed the draws came from.</summary>
    public long Seed { get; }

    /// <summary>Gets the result as English text: one line per unit with its observed rank, interval and mean rank.</summary>
    /// <returns>The text.</returns>
    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language) => RankingTables.Intervals(this, language).ToText();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) => RankingTables.Intervals(this, language).ToMarkdown();

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100)
    {
        PublicSecurity.Stats.Text.Cells.CheckMaxRows(maxRows);
        return PublicSecurity.Stats.Text.Cells.Div("ps-rank-intervals", RankingTables.Intervals(this, language).ToHtml(maxRows), ToSvg(language));
    }

    /// <summary>Gets a rank-interval ("caterpillar") chart as a self-contained inline SVG.</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <returns>The SVG: one row per unit in order of rank, a bar over its rank interval and a dot at its observed rank.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language) => RankingTables.IntervalsSvg(this, language, static _ => false);

    /// <summary>Gets a rank-interval chart with one unit highlighted (bold label, thick bar, shaded row).</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <param name="highlight">The key of the unit to highlight: one of <see cref="Entries"/>, compared with the key comparer the intervals were computed with.</param>
    /// <returns>The SVG.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="highlight"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="highlight"/> is not one of the units, or is a unit without data (<see cref="Unranked"/>), which
    /// has no rank interval to highlight.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language, TKey highlight)
    {
        ArgumentNullException.ThrowIfNull(highlight);
        var comparer = keyComparer;
        if (!Entries.Any(e => comparer.Equals(e.Key, highlight)))
        {
            var why = Unranked.Any(k => comparer.Equals(k, highlight))
                ? "it is a unit with no data, so it has no rank interval to highlight"
                : $"it is not one of the {Entries.Count + Unranked.Count} units";
            throw new ArgumentException($"The highlight must be a ranked unit of the chart; {highlight} is not: {why}.", nameof(highlight));
        }

        return RankingTables.IntervalsSvg(this, language, key => comparer.Equals(key, highlight));
    }

    /// <summary>Gets the intervals with the measure, draws, level and seed, one line per unit.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Measure}; {RankedCount} units ranked; {Draws} draws; {Level:0.###} rank intervals; seed {Seed}");
        foreach (var entry in Entries)
        {
            text.AppendLine().Append(entry);
        }

        return text.ToString();
    }
}

/// <summary>One unit's Monte-Carlo rank distribution: its equal-tailed interval, mean rank and rank probabilities.</summary>
/// <typeparam name="TKey">The unit's key type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class RankIntervalEntry<TKey>
    where TKey : notnull
{
    private readonly long[] counts;

    internal RankIntervalEntry(TKey key, double value, int observedRank, long[] counts, int draws, double level)
    {
        (Key, Value, ObservedRank, this.counts, Draws) = (key, value, observedRank, counts, draws);
        var tail = (1 - level) / 2;
        Lower = SmallestRankReaching(tail);
        Upper = SmallestRankReaching(1 - tail);
        double sum = 0;
        for (var r = 0; r < counts.Length; r++)
        {
            sum += (r + 1) * (double)counts[r];
        }

        MeanRank = sum / draws;
    }

    /// <summary>Gets the unit.</summary>
    public TKey Key { get; }

    /// <summary>Gets the unit's observed value of the measure.</summary>
    public double Value { get; }

    /// <summary>Gets the rank of the observed value among the ranked units (1 = best; ties share the lowest rank).</summary>
    public int ObservedRank { get; }

    /// <summary>Gets the number of draws.</summary>
    public int Draws { get; }

    /// <summary>
    /// Gets the lower end of the equal-tailed rank interval: the smallest rank r whose empirical distribution function
    /// reaches (1 − level)/2.
    /// </summary>
    /// <remarks>
    /// The quantile is taken on the integer ranks (the inverse of the empirical distribution function, R's
    /// <c>quantile(type = 1)</c>). The level is treated as the decimal the caller wrote: a threshold within 1e-9
    /// (relative) of a whole number of draws is that whole number, so 0.025 × 10,000 is 250, not 250.0000000000002.
    /// </remarks>
    public int Lower { get; }

    /// <summary>Gets the upper end of the equal-tailed rank interval: the smallest rank r whose empirical distribution function reaches (1 + level)/2.</summary>
    /// <remarks>See <see cref="Lower"/> for the quantile convention.</remarks>
    public int Upper { get; }

    /// <summary>Gets the mean rank over the draws.</summary>
    public double MeanRank { get; }

    /// <summary>Gets the share of draws in which the unit ranked <paramref name="rank"/> or better (P(rank ≤ k)).</summary>
    /// <param name="rank">The rank k; at least 1 (a rank above the number of units gives 1).</param>
    /// <returns>The probability estimate, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    public double ProbabilityRankAtMost(int rank)
    {
        CheckRank(rank);
        long sum = 0;
        for (var r = 0; r < Math.Min(rank, counts.Length); r++)
        {
            sum += counts[r];
        }

        return (double)sum / Draws;
    }

    /// <summary>Gets the share of draws in which the unit ranked exactly <paramref name="rank"/>.</summary>
    /// <param name="rank">The rank; at least 1 (a rank above the number of units gives 0).</param>
    /// <returns>The probability estimate, in [0, 1].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rank"/> is less than 1.</exception>
    public double ProbabilityOfRank(int rank)
    {
        CheckRank(rank);
        return rank > counts.Length ? 0 : (double)counts[rank - 1] / Draws;
    }

    /// <summary>Gets the entry in English, for example "74: 1.33, rank 2 (95% interval 1–4, mean 2.31)".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Key}: {Value:#,0.######}, rank {ObservedRank} (interval {Lower}–{Upper}, mean {MeanRank:0.##})");

    private static void CheckRank(int rank)
    {
        if (rank < 1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(rank),
                string.Create(CultureInfo.InvariantCulture, $"The rank must be at least 1; it was {rank}."));
        }
    }

    private int SmallestRankReaching(double probability)
    {
        var threshold = probability * Draws;
        var whole = Math.Round(threshold);
        if (Math.Abs(threshold - whole) <= 1e-9 * Math.Max(1, threshold))
        {
            threshold = whole;
        }

        long cumulative = 0;
        for (var r = 0; r < counts.Length; r++)
        {
            cumulative += counts[r];
            if (cumulative >= threshold && cumulative > 0)
            {
                return r + 1;
            }
        }

        return counts.Length;
    }
}
