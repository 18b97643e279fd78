using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Tests.Reporting;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Text;

/// <summary>
/// Every renderable of the sample, of the rendering fixtures and of the README's examples, rendered in Vietnamese in
/// every format, holds no English word: a run of ASCII letters of three or more that is in the English word list
/// (Debian's <c>wamerican</c>) fails unless it is a Vietnamese syllable spelled the same or in the allowlist.
/// </summary>
public sealed partial class VietnameseWordsTests
{
    private const string WordListPath = "/usr/share/dict/american-english";

    /// <summary>
    /// Vietnamese syllables written without diacritics that the English word list also holds. Only Vietnamese
    /// syllables belong here: an English word that happens to be wanted in the output goes to <see cref="Allowed"/>.
    /// </summary>
    private static readonly HashSet<string> VietnameseSyllables = new(StringComparer.Ordinal)
    {
        "ban", "bao", "cam", "can", "cao", "cha", "chi", "cho", "chu", "chung", "con", "dan", "dung", "gia", "hai",
        "hang", "hon", "kim", "kinh", "lam", "lien", "linh", "long", "mai", "man", "men", "minh", "nam", "nay", "ninh", "phan", "qua", "sau",
        "son", "tai", "tam", "tan", "tay", "thi", "thanh", "the", "tien", "tin", "tinh", "tong", "tra", "trung", "van",
        "xin",
    };

    /// <summary>
    /// Not Vietnamese, yet right in Vietnamese output: units, codes, and proper names (people, methods, products).
    /// </summary>
    private static readonly HashSet<string> Allowed = new(StringComparer.OrdinalIgnoreCase)
    {
        // Units and codes.
        "kg", "VNeID", "CCCD", "ICCS",
        // Methods and the statisticians they are named after.
        "Holm", "Bonferroni", "Wilson", "Jeffreys", "Clopper", "Pearson", "Poisson", "Garwood", "Newcombe", "Fisher",
        "Wald", "Agresti", "Coull", "Katz", "Monte", "Carlo", "Spiegelhalter",
        "Mogstad", "Romano", "Shaikh", "Wilhelm",
        // The delta method (phương pháp delta) of the Farrington threshold; the beta and beta-binomial distributions.
        "delta", "beta",
        // Palette: Okabe–Ito.
        "Okabe", "Ito",
        // Agencies.
        "FBI",
        // Loanwords of official Vietnamese: "thẻ căn cước công dân gắn chip".
        "chip",
    };

    /// <summary>
    /// Text the caller gave in English (labels of the shared rendering fixtures), by rendering name; the library prints
    /// it as given, so it is cut out of that rendering only before the check.
    /// </summary>
    private static readonly Dictionary<string, string[]> CallerText = new(StringComparer.Ordinal)
    {
        ["ranking"] = ["Level-2 e-ID, % of target"],
        ["rank-intervals"] = ["Clearance rate"],
        ["funnel"] = ["Unit "],
        ["charts-changes"] = ["new "],
        ["charts-ranks"] = ["Level-2 e-ID activation against target", "Rank (1 = best)", "Province "],
        ["charts-funnel"] = ["Clearance rate funnel", "Cases (log scale)", "Clearance rate"],
    };

    /// <summary>Terms of more than one token that are right in Vietnamese as written (named methods).</summary>
    private static readonly string[] AllowedTerms =
    [
        "mid-p", // Lancaster's mid-p, a method's name, as Vietnamese statistics texts write it.
    ];

    /// <summary>Every Vietnamese rendering, named for the failure message.</summary>
    private static IEnumerable<(string Name, string Format, string Text)> Renderings()
    {
        var vi = Language.Vietnamese;
        var analysis = SampleReports.BinhDuong10Months2023Analysis();
        foreach (var rendering in Formats("sample analysis", analysis))
        {
            yield return rendering;
        }

        yield return ("sample analysis", "html document", analysis.ToHtmlDocument(vi));

        foreach (var (name, svg) in ChartGeometryTests.Charts(vi))
        {
            yield return (name, "svg", svg);
        }

        foreach (var figure in analysis.Report.Figures)
        {
            yield return ($"figure {figure.Measure}", "text", figure.ToString(vi));
        }

        foreach (var (name, make) in RenderingTests.Results)
        {
            foreach (var rendering in Formats(name, make()))
            {
                yield return rendering;
            }
        }

        foreach (var (name, make) in new (string, Func<IRenderable>)[]
        {
            ("monitoring farrington", Tests.Monitoring.MonitoringRenderingTests.SampleFarrington),
            ("monitoring glr", Tests.Monitoring.MonitoringRenderingTests.SampleGlr),
            ("monitoring glr-nb", Tests.Monitoring.MonitoringRenderingTests.SampleGlrNegativeBinomial),
        })
        {
            foreach (var rendering in Formats(name, make()))
            {
                yield return rendering;
            }
        }

        foreach (var rendering in Formats("clearance table (hand)", Tests.Aggregation.ClearanceTests.Tally().ToClearanceTable()))
        {
            yield return rendering;
        }

        foreach (var rendering in Formats("clearance table (sample, cohort)", analysis.Report.Cases!.ToClearanceTable(ClearanceBasis.Cohort)))
        {
            yield return rendering;
        }

        yield return ("html page", "html", HtmlPageTests.Sample(vi).Render());

        // The README's examples.
        var calendar = ReportingCalendar.VietnamStatistical;
        var window = calendar.FirstMonths(2023, 10);
        yield return ("README window", "text", window.ToString(vi));
        yield return ("README window previous year", "text", window.SamePeriodPreviousYear().ToString(vi));
        yield return ("README month", "text", calendar.Month(2024, 5).Preceding().ToString(vi));
        var q1 = calendar.Quarter(2023, 1);
        var before = q1.SamePeriodPreviousYear();
        var verdict = ChangeVerdict.TrafficCriteria(
            CountComparison.Compare(97, 144, q1.Days, before.Days),
            CountComparison.Compare(46, 73, q1.Days, before.Days),
            CountComparison.Compare(78, 103, q1.Days, before.Days));
        foreach (var rendering in Formats("README verdict", verdict))
        {
            yield return rendering;
        }

        yield return ("README verdict", "svg", verdict.ToSvg(vi));
        foreach (var rendering in Formats("README deaths", CountComparison.Compare(9, 12)))
        {
            yield return rendering;
        }

        foreach (var rendering in Formats("README exposures", CountComparison.Compare(97, 144, q1.Days, before.Days)))
        {
            yield return rendering;
        }

        foreach (var rendering in Formats("clearance (period)", ClearanceRate.Period(3178, 3954, calendar.Month(2023, 5), 0.75)))
        {
            yield return rendering;
        }

        foreach (var rendering in Formats("year-end count", Tests.Targets.YearEndRenderingTests.SampleCount()).Concat(Formats("year-end clearance", Tests.Targets.YearEndRenderingTests.SampleClearance())))
        {
            yield return rendering;
        }
    }

    private static IEnumerable<(string Name, string Format, string Text)> Formats(string name, IRenderable renderable)
    {
        var vi = Language.Vietnamese;
        yield return (name, "text", renderable.ToString(vi));
        yield return (name, "markdown", renderable.ToMarkdown(vi));
        yield return (name, "html", renderable.ToHtml(vi));
    }

    [Fact]
    public void VietnameseRenderings_EveryFormat_HoldNoEnglishWord()
    {
        var english = EnglishWords();
        var found = new List<string>();
        var distinct = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, format, raw) in Renderings())
        {
            var text = Visible(raw);
            foreach (var cut in CallerText.GetValueOrDefault(name, []).Concat(AllowedTerms))
            {
                text = text.Replace(cut, " ", StringComparison.Ordinal);
            }

            foreach (Match word in WordPattern().Matches(text))
            {
                var token = word.Value;
                if (token.Length < 3 || token.Any(c => c > '\u007f'))
                {
                    continue;
                }

                var lower = token.ToLowerInvariant();
                if (!english.Contains(lower) || VietnameseSyllables.Contains(lower) || Allowed.Contains(token))
                {
                    continue;
                }

                distinct[lower] = distinct.GetValueOrDefault(lower) + 1;
                var from = Math.Max(0, word.Index - 30);
                var to = Math.Min(text.Length, word.Index + token.Length + 30);
                var context = text[from..to].ReplaceLineEndings(" ");
                found.Add($"{name} [{format}]: \"{token}\" in …{context}…");
            }
        }

        Assert.True(
            found.Count == 0,
            $"{found.Count} English words ({distinct.Count} distinct: {string.Join(", ", distinct.Select(d => $"{d.Key} ×{d.Value}"))}) in Vietnamese output:\n"
            + string.Join("\n", found.Distinct(StringComparer.Ordinal)));
    }

    [Fact]
    public void Visible_Html_KeepsTextTitleAndDescOnly()
    {
        var html = "<html><head><style>body { color: red }</style><title>Tiêu đề &amp; more</title></head>"
            + "<body><p class=\"lead\">Xin chào</p><svg><desc>Mô tả</desc><text x=\"1\">nhãn</text></svg></body></html>";

        var text = Visible(html);

        Assert.DoesNotContain("lead", text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", text, StringComparison.Ordinal);
        Assert.Contains("Tiêu đề & more", text, StringComparison.Ordinal);
        Assert.Contains("Xin chào", text, StringComparison.Ordinal);
        Assert.Contains("Mô tả", text, StringComparison.Ordinal);
        Assert.Contains("nhãn", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The text a reader sees: tags (HTML, SVG, and SVG embedded in Markdown) and their attributes removed, style and
    /// script dropped, title and desc kept as text content, entities decoded. Plain text passes unchanged.
    /// </summary>
    private static string Visible(string raw)
    {
        if (!raw.Contains('<', StringComparison.Ordinal))
        {
            return raw;
        }

        var text = StyleOrScriptPattern().Replace(raw, " ");
        text = CommentPattern().Replace(text, " ");
        text = TagPattern().Replace(text, " ");
        return WebUtility.HtmlDecode(text);
    }

    private static HashSet<string> EnglishWords()
    {
        if (!File.Exists(WordListPath))
        {
            var install = "apt-get install -y wamerican";
            var message = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
                ? $"CI: the English word list {WordListPath} is missing; .ci/run's system-packages step must install it ({install})."
                : $"The English word list {WordListPath} is missing; install it with `{install}` (Debian/Ubuntu) and run the tests again.";
            Assert.Fail(message);
        }

        return File.ReadLines(WordListPath, Encoding.UTF8)
            .Where(w => w.Length >= 3 && !w.Contains('\'', StringComparison.Ordinal))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
    }

    // A word is a maximal run of letters (any script), so that "Bình" is one Vietnamese word and not "B" and "nh".
    [GeneratedRegex(@"[\p{L}\p{M}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"<(style|script)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleOrScriptPattern();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"<[/!]?[A-Za-z][^>]*>")]
    private static partial Regex TagPattern();
}
