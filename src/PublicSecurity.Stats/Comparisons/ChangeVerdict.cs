using System.Globalization;
using System.Text;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Comparisons;

/// <summary>
/// A verdict over several metrics compared between the same two periods — "traffic accidents down on all 3
/// criteria" made checkable: how many decreased, whether all decreased significantly, and which increased
/// significantly.
/// </summary>
/// <remarks>
/// <para>With α = 1 − confidence (all metrics must share one confidence level):</para>
/// <list type="bullet">
/// <item>a metric changed significantly when its exact rate-ratio interval excludes 1, which is the same as its smaller
/// one-sided exact p-value being below α/2 (the Clopper–Pearson limits invert exactly these one-sided tests); the
/// two-sided p-value (R's rule) is reported as evidence and can disagree slightly when exposures differ;</item>
/// <item>"k of m decreased" counts point estimates (rate ratio &lt; 1) among defined metrics;</item>
/// <item>"all decreased significantly" is the intersection–union test: every one-sided p-value
/// P(X ≤ k₁ | N, π₀) is below α/2 (no multiplicity penalty is needed: the claim is an intersection);</item>
/// <item>"increased significantly" uses Holm's step-down on the one-sided P(X ≥ k₁ | N, π₀) at level α/2 and lists
/// the metrics (the claim "some metric increased" is a union, so it is adjusted).</item>
/// </list>
/// <para>
/// A <see cref="ChangeKind.BothZero"/> metric makes "all decreased" false and is named in
/// <see cref="UndefinedMetrics"/>. The verdict does not depend on the order of the metrics (only the order in which
/// sentences list them). With α/2 everywhere, the verdict, the intervals and the sentences always agree.
/// </para>
/// <para>Which method when, and why: the guide <c>docs/which-method.md</c> (also in the API site built by docfx).</para>
/// </remarks>
public sealed class ChangeVerdict : IRenderable
{
    private ChangeVerdict(LocalizedName subject, IReadOnlyList<MetricComparison> metrics, double confidence)
    {
        Subject = subject;
        Metrics = metrics;
        Confidence = confidence;
        TwoSidedMethod = metrics[0].Comparison.TwoSidedMethod;
        var halfAlpha = (1 - confidence) / 2;
        var central = TwoSidedMethod == ExactTwoSidedMethod.Central;

        var defined = metrics.Where(m => m.Comparison.IsTestDefined).ToList();
        DefinedCount = defined.Count;
        DecreasedCount = defined.Count(m => m.Comparison.RateRatio < 1);
        IncreasedCount = defined.Count(m => m.Comparison.RateRatio > 1);
        UndefinedMetrics = metrics.Where(m => !m.Comparison.IsTestDefined).Select(m => m.Metric).ToList();
        AllDecreased = metrics.Count > 0 && DecreasedCount == metrics.Count;
        SignificantlyDecreased = metrics.Where(m => m.Comparison.IsSignificant && m.Comparison.RateRatio < 1).Select(m => m.Metric).ToList();
        AllDecreasedSignificantly = central
            ? AllDecreased && defined.Max(m => m.Comparison.ExactPValueDecrease) < halfAlpha
            : AllDecreased && SignificantlyDecreased.Count == metrics.Count;
        IntersectionUnionPValue = AllDecreased
            ? defined.Max(m => central ? m.Comparison.ExactPValueDecrease : m.Comparison.TwoSidedPValue)
            : null;

        // Holm's step-down over the defined metrics: central, on the one-sided p-values for an increase at level α/2;
        // minlike or Blaker, on the two-sided p-values of the metrics that increased (1 for the others) at level α.
        var level = central ? halfAlpha : 2 * halfAlpha;
        double Increase(MetricComparison m) => central
            ? m.Comparison.ExactPValueIncrease
            : m.Comparison.RateRatio > 1 ? m.Comparison.TwoSidedPValue : 1;
        var ordered = defined.OrderBy(Increase).ToList();
        var increased = new HashSet<Metric>();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (Increase(ordered[i]) < level / (ordered.Count - i))
            {
                increased.Add(ordered[i].Metric);
            }
            else
            {
                break;
            }
        }

        SignificantlyIncreased = metrics.Where(m => increased.Contains(m.Metric)).Select(m => m.Metric).ToList();
    }

    /// <summary>Gets what the metrics measure, for example "traffic accidents" / "tai nạn giao thông".</summary>
    public LocalizedName Subject { get; }

    /// <summary>Gets the metrics in the order given (the order sentences list them in).</summary>
    public IReadOnlyList<MetricComparison> Metrics { get; }

    /// <summary>Gets the common confidence level; α = 1 − confidence.</summary>
    public double Confidence { get; }

    /// <summary>Gets the two-sided rule every metric's comparison was made with, which decides "significantly" in the verdict.</summary>
    /// <remarks>
    /// <see cref="ExactTwoSidedMethod.Central"/> (the default of <see cref="CountComparison"/>) keeps the rules of the
    /// remarks above; with <see cref="ExactTwoSidedMethod.MinLike"/> or <see cref="ExactTwoSidedMethod.Blaker"/> a metric
    /// changed significantly when its matching interval excludes 1, "all decreased significantly" asks that of every
    /// metric, and Holm's step-down runs at level α on the two-sided p-values of the metrics that increased. The
    /// sentence, tables, chart and JSON state the rule.
    /// </remarks>
    public ExactTwoSidedMethod TwoSidedMethod { get; }

    /// <summary>Gets how many metrics have a defined test (not both counts 0).</summary>
    public int DefinedCount { get; }

    /// <summary>Gets how many defined metrics decreased as point estimates (rate ratio &lt; 1).</summary>
    public int DecreasedCount { get; }

    /// <summary>Gets how many defined metrics increased as point estimates (rate ratio &gt; 1).</summary>
    public int IncreasedCount { get; }

    /// <summary>Gets whether every metric decreased as a point estimate (false if any is undefined or unchanged).</summary>
    public bool AllDecreased { get; }

    /// <summary>Gets whether every metric decreased significantly: the intersection–union test at α/2 per metric.</summary>
    public bool AllDecreasedSignificantly { get; }

    /// <summary>Gets the intersection–union p-value when all decreased, else <see langword="null"/>.</summary>
    /// <remarks>
    /// Central rule: max P(X ≤ k₁ | N, π₀), compared with α/2; minlike or Blaker: the largest two-sided p-value,
    /// compared with α.
    /// </remarks>
    public double? IntersectionUnionPValue { get; }

    /// <summary>Gets the metrics whose exact interval lies below 1 (each at the chosen confidence, unadjusted).</summary>
    public IReadOnlyList<Metric> SignificantlyDecreased { get; }

    /// <summary>Gets the metrics that increased significantly by Holm's step-down (in the order given; see <see cref="TwoSidedMethod"/>).</summary>
    public IReadOnlyList<Metric> SignificantlyIncreased { get; }

    /// <summary>Gets the metrics with no defined test (both counts 0).</summary>
    public IReadOnlyList<Metric> UndefinedMetrics { get; }

    /// <summary>Evaluates a verdict over named metrics.</summary>
    /// <param name="subject">What the metrics measure, for example "traffic accidents" / "tai nạn giao thông".</param>
    /// <param name="metrics">The metrics and their comparisons; at least one, all at the same confidence level, no metric twice.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException">An argument or a metric is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="metrics"/> is empty, repeats a metric, mixes confidence levels, or mixes two-sided rules.
    /// </exception>
    public static ChangeVerdict Evaluate(LocalizedName subject, IEnumerable<MetricComparison> metrics)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(metrics);
        var list = metrics.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("The metrics must not be empty; there were 0.", nameof(metrics));
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentNullException(nameof(metrics), string.Create(CultureInfo.InvariantCulture, $"The metrics must not contain null; item {i} was null."));
            }
        }

        var duplicate = list.GroupBy(m => m.Metric).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Each metric must appear once; '{duplicate.Key}' appeared {duplicate.Count().ToString(CultureInfo.InvariantCulture)} times.", nameof(metrics));
        }

        var confidence = list[0].Comparison.Confidence;
        var other = list.FirstOrDefault(m => m.Comparison.Confidence != confidence);
        if (other is not null)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"All metrics must share one confidence level ({confidence:R}); '{other.Metric}' had {other.Comparison.Confidence:R}."),
                nameof(metrics));
        }

        var method = list[0].Comparison.TwoSidedMethod;
        var otherRule = list.FirstOrDefault(m => m.Comparison.TwoSidedMethod != method);
        if (otherRule is not null)
        {
            throw new ArgumentException(
                $"All metrics must share one two-sided rule ({method}); '{otherRule.Metric}' had {otherRule.Comparison.TwoSidedMethod}.",
                nameof(metrics));
        }

        return new ChangeVerdict(subject, list, confidence);
    }

    /// <summary>Evaluates the verdict on the three traffic criteria (accidents, deaths, injured).</summary>
    /// <param name="accidents">The comparison of the number of accidents (số vụ).</param>
    /// <param name="deaths">The comparison of deaths (số người chết).</param>
    /// <param name="injured">The comparison of injured persons (số người bị thương).</param>
    /// <returns>The verdict, with subject "traffic accidents" / "tai nạn giao thông".</returns>
    /// <exception cref="ArgumentNullException">A comparison is null.</exception>
    /// <exception cref="ArgumentException">The comparisons mix confidence levels.</exception>
    public static ChangeVerdict TrafficCriteria(CountComparison accidents, CountComparison deaths, CountComparison injured) =>
        Evaluate(
            LocalizedName.Create("Traffic accidents", "Tai nạn giao thông"),
            [
                MetricComparison.Create(Metric.TrafficAccidents, accidents),
                MetricComparison.Create(Metric.TrafficDeaths, deaths),
                MetricComparison.Create(Metric.TrafficInjured, injured),
            ]);

    /// <summary>Gets the verdict as an honest English sentence.</summary>
    /// <returns>The sentence; "all 3 decreased" is written only when it is true.</returns>
    public override string ToString() => ToString(Language.English);

    /// <summary>Gets the verdict as an honest sentence in the given language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>
    /// The sentence leads with what happened: "decreased on all m" (and how many significantly), "decreased on k of m",
    /// or — when nothing decreased — "increased on all m", "increased on i of m" or "neither decreased nor increased";
    /// then significant increases (Holm), metrics with no test, each metric, and the two-sided rule used.
    /// For example "Tai nạn giao thông giảm 2/3 tiêu chí: số vụ giảm 45 vụ (−18,67%; …), có ý nghĩa thống kê; …;
    /// số người bị thương tăng 17 người (+12,41%; …), chưa có ý nghĩa thống kê."
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToString(Language language)
    {
        var subject = Subject.Get(language);
        var vi = language == Language.Vietnamese;
        var m = NumberText.Integer(Metrics.Count, language);
        var k = NumberText.Integer(DecreasedCount, language);
        var sb = new StringBuilder(subject);
        if (AllDecreased)
        {
            sb.Append(vi ? $" giảm cả {m} tiêu chí" : $" decreased on all {m} criteria");
            var significant = NumberText.Integer(SignificantlyDecreased.Count, language);
            sb.Append(AllDecreasedSignificantly
                ? (vi ? $", cả {m} đều có ý nghĩa thống kê" : $", all {m} significantly")
                : (vi ? $", nhưng chỉ {significant}/{m} tiêu chí giảm có ý nghĩa thống kê" : $", but only {significant} of {m} significantly"));
        }
        else if (DecreasedCount > 0)
        {
            sb.Append(vi ? $" giảm {k}/{m} tiêu chí" : $" decreased on {k} of {m} criteria");
        }
        else if (IncreasedCount == Metrics.Count)
        {
            // Nothing decreased: the sentence leads with what happened, never with "decreased on 0 of m".
            sb.Append(vi ? $" tăng cả {m} tiêu chí" : $" increased on all {m} criteria");
        }
        else if (IncreasedCount > 0)
        {
            var i = NumberText.Integer(IncreasedCount, language);
            sb.Append(vi ? $" tăng {i}/{m} tiêu chí" : $" increased on {i} of {m} criteria");
        }
        else
        {
            sb.Append(vi ? $" không giảm, không tăng ở tiêu chí nào trong {m} tiêu chí" : $" neither decreased nor increased on any of {m} criteria");
        }

        if (SignificantlyIncreased.Count > 0)
        {
            sb.Append(vi ? "; tăng có ý nghĩa thống kê (Holm): " : "; significant increase (Holm): ")
              .Append(string.Join(", ", SignificantlyIncreased.Select(x => x.Name.Get(language))));
        }

        if (UndefinedMetrics.Count > 0)
        {
            sb.Append(vi ? "; không kiểm định được (cả hai kỳ bằng 0): " : "; no test (zero in both periods): ")
              .Append(string.Join(", ", UndefinedMetrics.Select(x => x.Name.Get(language))));
        }

        sb.Append(": ")
          .Append(string.Join("; ", Metrics.Select(x => x.Comparison.Describe(x.Metric, language))))
          .Append(vi ? ". Quy tắc: kiểm định chính xác hai phía, " : ". Rule: exact two-sided test, ")
          .Append(ExactTest.MethodName(TwoSidedMethod, language))
          .Append('.');
        return sb.ToString();
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToMarkdown(Language language = Language.English) =>
        Markdown.Document(ToString(language), ComparisonTables.Verdict(this, language));

    /// <inheritdoc/>
    /// <remarks>The HTML includes the chart of <see cref="ToSvg(Language)"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value, or <paramref name="maxRows"/> is below 1.</exception>
    public string ToHtml(Language language = Language.English, int maxRows = 100) =>
        ComparisonTables.Html("ps-change-verdict", ToString(language), ComparisonTables.Verdict(this, language), maxRows, ToSvg(language));

    /// <summary>Gets a chart of the metrics' rate ratios with their exact intervals, as a self-contained inline SVG.</summary>
    /// <param name="language">The language of titles and labels.</param>
    /// <returns>The SVG: a log-scale axis with a reference line at 1, one row per defined metric (significant ones with a filled square), each row's percent change and p-value beside it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public string ToSvg(Language language = Language.English)
    {
        _ = PublicSecurity.Stats.Text.Cells.Lang(language, string.Empty, string.Empty);
        return ComparisonTables.VerdictSvg(this, language);
    }
}
