using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Reporting;

/// <summary>
/// Loads every chart the library draws — the sample report's, each result's own, and charts with long Vietnamese
/// names — into one page in headless Chromium and measures the real geometry: no text may leave its viewBox, no two
/// texts may overlap, no funnel label may sit on a limit line or a marker, and no text may render below 12 px on a
/// 1280-px-wide page.
/// </summary>
public sealed partial class ChartGeometryTests
{
    /// <summary>A 90-character Vietnamese measure name (checked by <see cref="LongNames_AreAsLongAsTheIssueAsks"/>).</summary>
    internal const string LongVietnameseName = "Tỷ lệ tài khoản định danh điện tử mức độ 2 đã kích hoạt so với chỉ tiêu được giao năm 2023";

    internal const string LongEnglishName = "Share of level-2 electronic identification accounts activated against the target assigned in 2023";

    private const string CheckScript = """
        (function () {
          const problems = [];
          const checked = [];
          const overlap = (a, b, tol) =>
            Math.min(a.right, b.right) - Math.max(a.left, b.left) > tol && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tol;
          const hits = (p, q, r) => {
            let t0 = 0, t1 = 1;
            const dx = q.x - p.x, dy = q.y - p.y;
            const edges = [[-dx, p.x - r.left], [dx, r.right - p.x], [-dy, p.y - r.top], [dy, r.bottom - p.y]];
            for (const [pp, qq] of edges) {
              if (pp === 0) { if (qq < 0) return false; continue; }
              const t = qq / pp;
              if (pp < 0) { if (t > t1) return false; if (t > t0) t0 = t; }
              else { if (t < t0) return false; if (t < t1) t1 = t; }
            }
            return true;
          };
          const shrink = (r, by) => ({ left: r.left + by, right: r.right - by, top: r.top + by, bottom: r.bottom - by });
          document.querySelectorAll('[data-chart]').forEach(holder => {
            const name = holder.getAttribute('data-chart');
            holder.querySelectorAll('svg').forEach((svg, index) => {
              const chart = name + '#' + index;
              const vb = svg.viewBox.baseVal;
              const sr = svg.getBoundingClientRect();
              if (!vb || vb.width === 0) { problems.push(chart + ': no viewBox'); return; }
              const scale = sr.width / vb.width;
              const width = svg.getAttribute('width');
              if (width !== null && width !== '100%') problems.push(chart + ': fixed width attribute ' + width);
              const title = svg.querySelector(':scope > title');
              const desc = svg.querySelector(':scope > desc');
              if (!title || title.textContent.trim() === '') problems.push(chart + ': no <title>');
              if (!desc || desc.textContent.trim() === '') problems.push(chart + ': no <desc>');
              const texts = Array.from(svg.querySelectorAll('text'));
              const rects = texts.map(t => t.getBoundingClientRect());
              texts.forEach((t, i) => {
                const r = rects[i];
                const label = '"' + t.textContent + '"';
                if (r.left < sr.left - 0.5 || r.right > sr.right + 0.5 || r.top < sr.top - 0.5 || r.bottom > sr.bottom + 0.5) {
                  problems.push(chart + ': ' + label + ' leaves the viewBox (text ' + [r.left, r.top, r.right, r.bottom].map(Math.round) + ', svg ' + [sr.left, sr.top, sr.right, sr.bottom].map(Math.round) + ')');
                }
                const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                if (px < 12 - 1e-6) problems.push(chart + ': ' + label + ' renders at ' + px.toFixed(1) + ' px');
                for (let j = i + 1; j < texts.length; j++) {
                  if (overlap(r, rects[j], 1)) problems.push(chart + ': ' + label + ' overlaps "' + texts[j].textContent + '"');
                }
              });
              const ctm = svg.getScreenCTM();
              svg.querySelectorAll('.ps-label').forEach(label => {
                const r = shrink(label.getBoundingClientRect(), 1);
                svg.querySelectorAll('.ps-mark').forEach(mark => {
                  if (overlap(r, mark.getBoundingClientRect(), 0)) problems.push(chart + ': label "' + label.textContent + '" covers a marker');
                });
                svg.querySelectorAll('.ps-limit').forEach(line => {
                  const points = Array.from({ length: line.points.numberOfItems }, (_, k) => line.points.getItem(k).matrixTransform(ctm));
                  for (let k = 1; k < points.length; k++) {
                    if (hits(points[k - 1], points[k], r)) { problems.push(chart + ': label "' + label.textContent + '" sits on a limit line'); break; }
                  }
                });
              });
              checked.push({ chart, scale, texts: texts.length });
            });
          });
          const pre = document.createElement('pre');
          pre.id = 'ps-result';
          pre.textContent = JSON.stringify({ checked, problems });
          document.body.appendChild(pre);
        })();
        """;

    [Fact]
    public void LongNames_AreAsLongAsTheIssueAsks()
    {
        Assert.Equal(90, LongVietnameseName.Length);
        Assert.True(LongEnglishName.Length >= 90);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task EveryChart_InHeadlessChromium_KeepsTextInsideReadableAndApart(string lang)
    {
        var chromium = Chromium.Require();
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var charts = Charts(language);
        var dir = Directory.CreateTempSubdirectory("ps-stats-geometry-");
        try
        {
            var html = Path.Combine(dir.FullName, "charts.html");
            await File.WriteAllTextAsync(html, Page(charts, language), TestContext.Current.CancellationToken);
            if (Environment.GetEnvironmentVariable("PS_STATS_KEEP_PAGES") is { Length: > 0 } keep)
            {
                // For looking at the charts: PS_STATS_KEEP_PAGES=/tmp/pages keeps a copy of each page.
                File.Copy(html, Path.Combine(keep, $"charts_{lang}.html"), overwrite: true);
            }

            var (exitCode, dom, stderr) = await Chromium.Run(chromium, dir.FullName, "--window-size=1280,2000", "--virtual-time-budget=5000", "--dump-dom", new Uri(html).AbsoluteUri);

            var match = ResultPattern().Match(dom);
            Assert.True(match.Success, $"Chromium gave no result (exit {exitCode}): {stderr}");
            using var result = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
            var checkedCharts = result.RootElement.GetProperty("checked").GetArrayLength();
            var expected = charts.Sum(c => SvgPattern().Count(c.Svg));
            Assert.Equal(expected, checkedCharts);
            var problems = result.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
            Assert.True(problems.Count == 0, $"{problems.Count} problems:\n" + string.Join("\n", problems));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Every chart of the library in one language, each with a name for the failure messages.</summary>
    internal static List<(string Name, string Svg)> Charts(Language language)
    {
        var analysis = SampleReports.BinhDuong10Months2023Analysis();
        var charts = new List<(string Name, string Svg)>
        {
            ("report", analysis.ToHtml(language)),
            ("verdict", analysis.Traffic!.Verdict.ToSvg(language)),
            ("rank-intervals-target", analysis.ElectronicIdByTargetIntervals!.ToSvg(language, analysis.Report.Province)),
            ("rank-intervals-capita", analysis.ElectronicIdPerCapitaIntervals!.ToSvg(language)),
            ("funnel", analysis.ElectronicIdFunnel!.ToSvg(language)),
            ("long-rank-intervals", LongRankIntervals().ToSvg(language, LongProvinceNames()[3])),
            ("long-funnel", LongFunnel().ToSvg(language, language == Language.Vietnamese ? LongVietnameseName : LongEnglishName)),
            ("long-verdict", LongVerdict().ToSvg(language)),
            ("clearance-sample", analysis.Report.Cases!.ToClearanceTable().ToSvg(language)),
            ("clearance-hand", Aggregation.ClearanceTests.Tally().ToClearanceTable(PublicSecurity.Stats.Aggregation.ClearanceBasis.Cohort).ToSvg(language)),
            ("clearance-10x24", TenProvincesByMonth().ToClearanceTable().ToSvg(language)),
            ("clearance-10x24-suppressed", TenProvincesByMonth().ToClearanceTable().Suppress(PublicSecurity.Stats.Aggregation.SmallCellSuppression.Create(5)).ToSvg(language)),
            ("charts-changes", ChartsTests.SampleChanges(language)),
            ("charts-ranks", ChartsTests.SampleRanks(language)),
            ("charts-funnel", ChartsTests.SampleFunnel(language)),
            ("funnel-beta-binomial", Rankings.ShrinkageAndOverdispersedFunnelTests.BetaBinomialFunnel().ToSvg(language)),
            ("funnel-negative-binomial", Rankings.ShrinkageAndOverdispersedFunnelTests.NegativeBinomialFunnel().ToSvg(language)),
            ("monitoring-farrington", Monitoring.MonitoringRenderingTests.SampleFarrington().ToSvg(language)),
            ("monitoring-glr", Monitoring.MonitoringRenderingTests.SampleGlr().ToSvg(language)),
            ("monitoring-glr-nb", Monitoring.MonitoringRenderingTests.SampleGlrNegativeBinomial().ToSvg(language)),
            ("monitoring-zero-long-name", Monitoring.MonitoringRenderingTests.ZeroSeriesLongTitle(language)),
        };
        return charts;
    }

    /// <summary>Provinces with long names, as a caller might key them.</summary>
    internal static IReadOnlyList<string> LongProvinceNames() =>
        ProvinceCatalog.All(ProvinceEdition.Provinces63).Take(24)
            .Select(p => $"Tỉnh/thành phố {p.Name} (đơn vị hành chính trước 01/07/2025)").ToList();

    internal static RankIntervals<string> LongRankIntervals()
    {
        var measure = RankingMeasure.Proportion(LongEnglishName, higherIsBetter: true).WithVietnameseName(LongVietnameseName);
        var names = LongProvinceNames();
        return RankIntervals.MonteCarlo(
            measure,
            names.Select((n, i) => RankingObservation.Proportion(n, 400 + (i * 13 % 97), 1000)).ToList(),
            seed: 5,
            draws: 1000);
    }

    internal static FunnelPlot<string> LongFunnel()
    {
        var names = LongProvinceNames();
        // No adjustment, so that many units are flagged and their long labels compete for room.
        return FunnelPlot.Proportions(
            names.Select((n, i) => new ProportionUnit<string>(n, (long)((i % 2 == 0 ? 0.5 : 0.68) * (800 + (i * 90))), 800 + (i * 90))),
            0.6,
            OverdispersionAdjustment.None);
    }

    /// <summary>10 provinces × 24 months of invented cases, a few months left empty (missing cells are gaps).</summary>
    internal static PublicSecurity.Stats.Aggregation.CaseTally TenProvincesByMonth()
    {
        var calendar = ReportingCalendar.VietnamStatistical;
        var months = Enumerable.Range(0, 24).Select(i => calendar.Month(2022 + (i / 12), (i % 12) + 1)).ToList();
        var provinces = ProvinceCatalog.All(ProvinceEdition.Provinces63).Take(10).ToList();
        var cases = new List<PublicSecurity.Stats.Crime.CriminalCase>();
        for (var p = 0; p < provinces.Count; p++)
        {
            for (var m = 0; m < months.Count; m++)
            {
                if ((p + m) % 11 == 3)
                {
                    continue;
                }

                for (var k = 0; k < 3 + ((p * 7 + m * 5) % 9); k++)
                {
                    var day = months[m].Start.AddDays(k);
                    var cleared = (k + p + m) % 4 != 0;
                    cases.Add(PublicSecurity.Stats.Crime.CriminalCase.Create(
                        $"{p}-{m}-{k}", provinces[p], PublicSecurity.Stats.Crime.OffenceGroup.SocialOrder, PublicSecurity.Stats.Crime.Severity.Serious, day,
                        cleared ? PublicSecurity.Stats.Crime.CaseOutcome.ClearedByArrest : PublicSecurity.Stats.Crime.CaseOutcome.NotCleared, cleared ? day.AddDays(2) : null));
                }
            }
        }

        return PublicSecurity.Stats.Aggregation.CaseAggregator.Tally(cases, months);
    }

    internal static ChangeVerdict LongVerdict() => ChangeVerdict.Evaluate(
        LocalizedName.Create(LongEnglishName, LongVietnameseName),
        [
            MetricComparison.Create(Metric.Create(LocalizedName.Create("accounts activated in the first ten months of the year", "số tài khoản đã kích hoạt trong mười tháng đầu năm"), LocalizedName.Create("accounts", "tài khoản")), CountComparison.Compare(1200, 1000)),
            MetricComparison.Create(Metric.Create(LocalizedName.Create("records received at the one-stop counters", "số hồ sơ tiếp nhận tại bộ phận một cửa"), LocalizedName.Create("records", "hồ sơ")), CountComparison.Compare(310, 330)),
        ]);

    private static string Page(List<(string Name, string Svg)> charts, Language language)
    {
        var body = new StringBuilder();
        foreach (var (name, svg) in charts)
        {
            body.Append("<section data-chart=\"").Append(name).Append("\">\n").Append(svg).Append("</section>\n");
        }

        // The library's own page template and stylesheet: the container the charts get in a real page.
        var page = new HtmlPage("charts", language).Render();
        return page.Replace("</body>", body + "<script>" + CheckScript + "</script>\n</body>", StringComparison.Ordinal);
    }

    [GeneratedRegex("<pre id=\"ps-result\">(.*?)</pre>", RegexOptions.Singleline)]
    private static partial Regex ResultPattern();

    [GeneratedRegex("<svg[ >]")]
    private static partial Regex SvgPattern();
}
