using System.CommandLine;
using System.Text.Json.Nodes;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary><c>psstats compare</c>: a period against the same period last year (or the preceding one), nationally and per province, with exact tests and the multi-metric verdict.</summary>
internal static class CompareCommand
{
    public static Command Create(ToolConsole console)
    {
        var common = new CommonOptions();
        var period = new Option<string>("--period") { Description = "The current period: 2023, 2023-10M, 2023-Q1, 2023-H1 or 2023-M05.", Required = true };
        var with = new Option<string>("--with") { Description = "The baseline: same-last-year or preceding.", DefaultValueFactory = _ => "same-last-year" }.AcceptOnlyFromAmong("same-last-year", "preceding");
        var dataFrom = new Option<string?>("--data-from") { Description = "The first day the data cover (yyyy-MM-dd or dd/MM/yyyy); with --data-as-of, a period outside the coverage is refused." };
        var dataAsOf = new Option<string?>("--data-as-of") { Description = "The day up to which the data are complete; default: the end of the current period." };
        var partial = new Option<string>("--partial") { Description = "A period the data cover only in part: refuse, or observed-days (compare rates per observed day).", DefaultValueFactory = _ => "refuse" }.AcceptOnlyFromAmong("refuse", "observed-days");
        var province = new Option<string?>("--province") { Description = "Only this province (a code or a name, e.g. \"Bình Dương\" or 74)." };
        var command = new Command(
            "compare",
            "Compares a period with the same period of the year before (or the preceding period), for all provinces of the data together (the whole country when the data cover it) and each province: counts, exact tests and the verdict over all metrics.\n\nExample:\n  psstats compare cases.parquet --period 2023-10M --with same-last-year --data-as-of 2023-11-14")
        {
            period, with, dataFrom, dataAsOf, partial, province,
        };
        common.AddInput(command);
        common.AddOutput(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var calendar = common.ReportingCalendar(result);
            var current = PeriodText.Period(result.GetValue(period)!, calendar);
            var baseline = result.GetValue(with) == "preceding" ? current.Preceding() : current.SamePeriodPreviousYear();
            var from = CommonOptions.Date("--data-from", result.GetValue(dataFrom));
            var asOf = CommonOptions.Date("--data-as-of", result.GetValue(dataAsOf)) ?? current.End;
            var tallyOptions = TallyOptions.Default;
            if (from is { } start)
            {
                try
                {
                    tallyOptions = tallyOptions.WithCoverage(DataCoverage.Create(start, asOf));
                }
                catch (ArgumentException e)
                {
                    throw new UsageException("--data-from, --data-as-of: " + e.Message, e);
                }
            }

            var policy = result.GetValue(partial) == "observed-days" ? PartialPeriodPolicy.ObservedDays : PartialPeriodPolicy.Refuse;
            var data = await InputLoader.LoadAsync(console, result.GetValue(common.Files) ?? [], common.InputOptions(result, tallyOptions), [baseline, current], cancellationToken).ConfigureAwait(false);
            var language = common.Language(result);
            var only = result.GetValue(province) is { } name ? Province(name, data) : null;
            var comparisons = Compare(data, only, current, baseline, asOf, policy);
            var national = only is null && comparisons.Select(c => c.Province).Distinct().Count() > 1 ? National(comparisons) : null;
            IRenderable[] items = national is null
                ? [.. comparisons]
                : [new Paragraph($"All provinces in the data, {current} against {baseline}", $"Các tỉnh trong dữ liệu, {current.ToString(Language.Vietnamese)} so với {baseline.ToString(Language.Vietnamese)}"), national, .. comparisons];
            var text = Rendering.Render(
                common.OutputFormat(result),
                language,
                language == Language.Vietnamese ? "So sánh cùng kỳ" : "Period comparison",
                items,
                () => Json(national, comparisons),
                () => Csv(national, comparisons, language));
            await OutputFile.WriteAsync(console, result.GetValue(common.Out), text, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Province Province(string name, LoadedData data)
    {
        var edition = data.Cases?.Edition ?? data.Traffic?.Edition ?? ProvinceEdition.Provinces63;
        return ProvinceCatalog.TryParse(edition, name, out var found)
            ? found!
            : throw new UsageException($"--province: '{name}' names no province of the {(edition == ProvinceEdition.Provinces63 ? "63" : "34")}-unit edition.");
    }

    /// <summary>The comparisons of every province with data in either period (or of one province).</summary>
    private static List<PeriodComparison> Compare(LoadedData data, Province? only, ReportingPeriod current, ReportingPeriod baseline, DateOnly asOf, PartialPeriodPolicy policy)
    {
        var comparisons = new List<PeriodComparison>();
        try
        {
            if (data.Cases is { } cases)
            {
                foreach (var province in Provinces(cases.Keys, only, current, baseline))
                {
                    comparisons.Add(PeriodComparison.Cases(cases, province, current, baseline, asOf, policy: policy));
                }
            }

            if (data.Traffic is { } traffic)
            {
                foreach (var province in Provinces(traffic.Keys, only, current, baseline))
                {
                    comparisons.Add(PeriodComparison.Traffic(traffic, province, current, baseline, asOf, policy));
                }
            }
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"compare {current} with {baseline}: {e.Message}", e);
        }

        return comparisons.Count > 0
            ? comparisons
            : throw new UsageException($"compare: the inputs have no counts for {current} or {baseline}{(only is null ? string.Empty : " of " + only.Name)}.");
    }

    private static IEnumerable<Province> Provinces(IEnumerable<TallyKey> keys, Province? only, ReportingPeriod current, ReportingPeriod baseline) =>
        keys.Where(k => k.Period == current || k.Period == baseline).Select(k => k.Province).Distinct()
            .Where(p => only is null || p == only).OrderBy(p => p.Code, StringComparer.Ordinal);

    /// <summary>All provinces of the data (the whole country when the data cover every province): each metric's counts summed over the provinces, compared with the same exposures, and the verdict over all metrics.</summary>
    private static ChangeVerdict? National(List<PeriodComparison> comparisons)
    {
        var first = comparisons[0];
        var metrics = first.Verdict.Metrics.Select((m, i) => MetricComparison.Create(
            m.Metric,
            CountComparison.Compare(
                comparisons.Where(c => c.Verdict.Subject.Equals(first.Verdict.Subject)).Sum(c => c.Verdict.Metrics[i].Comparison.Current),
                comparisons.Where(c => c.Verdict.Subject.Equals(first.Verdict.Subject)).Sum(c => c.Verdict.Metrics[i].Comparison.Baseline),
                m.Comparison.CurrentExposure,
                m.Comparison.BaselineExposure,
                m.Comparison.Confidence)));
        return ChangeVerdict.Evaluate(
            LocalizedName.Create(first.Verdict.Subject.English + ", all provinces in the data", first.Verdict.Subject.Vietnamese + ", các tỉnh trong dữ liệu"),
            metrics);
    }

    private static string Json(ChangeVerdict? national, List<PeriodComparison> comparisons)
    {
        var root = new JsonObject
        {
            ["allProvinces"] = national is null ? null : JsonNode.Parse(StatsJson.Serialize(national)),
            ["provinces"] = new JsonArray([.. comparisons.Select(c => JsonNode.Parse(StatsJson.Serialize(c)))]),
        };
        return root.ToJsonString(Rendering.IndentedJson);
    }

    private static string Csv(ChangeVerdict? national, List<PeriodComparison> comparisons, Language language)
    {
        var csv = new CsvText("scope", "province_code", "province", "current_period", "baseline_period", "metric", "current", "baseline", "absolute_change", "rate_ratio", "rate_ratio_low", "rate_ratio_high", "p_value", "significant");
        void Rows(string scope, Province? province, ChangeVerdict verdict, ReportingPeriod? current, ReportingPeriod? baseline)
        {
            foreach (var metric in verdict.Metrics)
            {
                var c = metric.Comparison;
                csv.Row(
                    scope, province?.Code, province?.Name, current?.ToString(language), baseline?.ToString(language), metric.Metric.Name.Get(language),
                    c.Current, c.Baseline, c.AbsoluteChange, c.IsTestDefined ? c.RateRatio : null,
                    c.IsTestDefined ? c.ExactInterval.Lower : null, c.IsTestDefined ? c.ExactInterval.Upper : null,
                    c.IsTestDefined ? c.ExactPValue : null, c.IsSignificant ? "yes" : "no");
            }
        }

        if (national is not null)
        {
            Rows("all provinces", null, national, comparisons[0].Current, comparisons[0].Baseline);
        }

        foreach (var comparison in comparisons)
        {
            Rows("province", comparison.Province, comparison.Verdict, comparison.Current, comparison.Baseline);
        }

        return csv.ToString();
    }
}
