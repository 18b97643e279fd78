using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Text;

/// <summary>
/// Every caller-supplied label (group names, metric and subject names, ranking units and measures, funnel units, page
/// titles) reaches HTML and SVG escaped and Markdown neutralised: no raw tag, no unescaped '|' to break a table, no cell
/// that a spreadsheet would read as a formula.
/// </summary>
public sealed class CallerLabelEscapingTests
{
    public static TheoryData<string, Language> Labels()
    {
        var data = new TheoryData<string, Language>();
        foreach (var label in new[] { "<script>alert(1)</script>", "A & B", "a|b", "=SUM(1)" })
        {
            data.Add(label, Language.English);
            data.Add(label, Language.Vietnamese);
        }

        return data;
    }

    private static LocalizedName Name(string label) => LocalizedName.Create(label, label);

    private static void AssertHtml(string html, string label)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Escaped(label), html, StringComparison.Ordinal);
        if (label.Contains('&', StringComparison.Ordinal))
        {
            Assert.DoesNotContain(label, html, StringComparison.Ordinal);
        }
    }

    private static string Escaped(string label) =>
        label.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static void AssertMarkdown(string markdown, string label)
    {
        Assert.DoesNotMatch(@"(?<!\\)<[A-Za-z/]", markdown);
        Assert.DoesNotContain("a|b", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| =SUM", markdown, StringComparison.Ordinal);
        var shown = label switch
        {
            "<script>alert(1)</script>" => "\\<script>alert(1)\\</script>",
            "a|b" => "a\\|b",
            "=SUM(1)" => "'=SUM(1)",
            _ => label,
        };
        Assert.Contains(shown, markdown, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void ProportionComparison_GroupNames_AreEscapedInEveryFormat(string label, Language language)
    {
        var c = ProportionComparison.Compare(56, 70, 48, 80).WithGroups(Name(label), Name("2022"));

        Assert.Contains(label, c.ToString(language), StringComparison.Ordinal);
        AssertMarkdown(c.ToMarkdown(language), label);
        AssertHtml(c.ToHtml(language), label);
        AssertHtml(new HtmlPage(label, language).Add(c).Render(), label);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void CountComparison_GroupNames_AreEscapedInEveryFormat(string label, Language language)
    {
        var c = CountComparison.Compare(9, 12).WithGroups(Name(label), Name("2022"));

        Assert.Contains(label, c.ToString(language), StringComparison.Ordinal);
        AssertMarkdown(c.ToMarkdown(language), label);
        AssertHtml(c.ToHtml(language), label);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void ChangeVerdict_SubjectAndMetricNames_AreEscapedInEveryFormat(string label, Language language)
    {
        var v = ChangeVerdict.Evaluate(
            Name(label),
            [
                MetricComparison.Create(Metric.Create(Name(label), LocalizedName.Create("cases", "vụ")), CountComparison.Compare(100, 150)),
                MetricComparison.Create(Metric.Create(Name("thefts"), LocalizedName.Create("cases", "vụ")), CountComparison.Compare(40, 45)),
            ]);

        AssertMarkdown(v.ToMarkdown(language), label);
        AssertHtml(v.ToHtml(language), label);
        AssertHtml(v.ToSvg(language), label);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void Ranking_UnitAndMeasureLabels_AreEscapedInEveryFormat(string label, Language language)
    {
        var ranking = Ranking.Create(
            RankingMeasure.Count(label, higherIsBetter: true),
            [RankingObservation.Count(label, 5), RankingObservation.Count("B", 3)],
            TieMethod.Min,
            MissingValues.Keep);

        AssertMarkdown(ranking.ToMarkdown(language), label);
        AssertHtml(ranking.ToHtml(language), label);
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void FunnelPlot_UnitLabelsAndTitle_AreEscapedInEveryFormat(string label, Language language)
    {
        var plot = FunnelPlot.Proportions(
            [new ProportionUnit<string>(label, 150, 200), new ProportionUnit<string>("B", 420, 500), new ProportionUnit<string>("C", 95, 130)],
            0.8);

        AssertMarkdown(plot.ToMarkdown(language), label);
        AssertHtml(plot.ToHtml(language), label);
        AssertHtml(plot.ToSvg(language, title: label), label);
    }
}
