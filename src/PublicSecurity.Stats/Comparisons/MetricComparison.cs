using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>One named metric and the comparison of its counts between two periods.</summary>
/// <remarks>Immutable. Build it with <see cref="Create(Metric, CountComparison)"/>.</remarks>
public sealed class MetricComparison
{
    private MetricComparison(Metric metric, CountComparison comparison)
    {
        (Metric, Comparison) = (metric, comparison);
    }

    /// <summary>Gets the metric (name and unit noun).</summary>
    public Metric Metric { get; }

    /// <summary>Gets the comparison of its counts.</summary>
    public CountComparison Comparison { get; }

    /// <summary>Pairs a metric with its comparison.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="comparison">The comparison.</param>
    /// <returns>The pair.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static MetricComparison Create(Metric metric, CountComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(comparison);
        return new MetricComparison(metric, comparison);
    }

    /// <summary>Gets the clause a report writes for this metric, in English.</summary>
    /// <returns>For example "deaths down 44 persons (−31.88%; …), statistically significant".</returns>
    public override string ToString() => Comparison.Describe(Metric, Language.English);
}
