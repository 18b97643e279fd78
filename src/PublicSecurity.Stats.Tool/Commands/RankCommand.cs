using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary>
/// <c>psstats rank</c>: provinces ranked by a measure of a period's case counts, with Monte Carlo rank intervals and, with
/// <c>--top K</c>, the tau-best confidence set for K (csranks <c>cstaubest</c>: the provinces that may be among the top K
/// at 95%; every other one is not) and the provinces surely among the top K (upper end of the simultaneous rank set at
/// most K).
/// </summary>
internal static class RankCommand
{
    /// <summary>The seed of every random draw, so that a run is reproducible.</summary>
    private const long Seed = 20231114;

    private static readonly string[] CountColumns = ["recorded", "unfounded", "occurred", "cleared_in_period"];

    public static Command Create(ToolConsole console)
    {
        var common = new CommonOptions();
        var period = new Option<string>("--period") { Description = "The period: 2023, 2023-10M, 2023-Q1, 2023-H1 or 2023-M05.", Required = true };
        var measure = new Option<string>("--measure") { Description = "count, per-100k (per 100,000 residents), proportion (numerator / denominator) or target (numerator against the denominator as target).", DefaultValueFactory = _ => "proportion" }.AcceptOnlyFromAmong("count", "per-100k", "proportion", "target");
        var numerator = new Option<string?>("--numerator") { Description = "The counted column: recorded, unfounded, occurred or cleared_in_period (the interchange names); default cleared_in_period for proportion and target, occurred otherwise." };
        var denominator = new Option<string?>("--denominator") { Description = "The denominator (proportion) or target (target) column; default occurred." };
        var intervals = new Option<bool>("--intervals") { Description = "Add Monte Carlo rank intervals (95%, 10,000 draws, seed 20231114)." };
        var top = new Option<int?>("--top") { Description = "K: which provinces may be among the top K at 95% confidence (the tau-best confidence set, csranks cstaubest; every other province is not) and which are surely among them (simultaneous rank sets); 1,000 bootstrap draws, seed 20231114." };
        var lowerFirst = new Option<bool>("--lower-is-better") { Description = "Rank the lowest value first (default for count and per-100k; proportion and target rank the highest first)." };
        var command = new Command(
            "rank",
            "Ranks the provinces by a measure of a period's case counts, with rank intervals and, with --top K, the provinces that may be among the top K at 95% confidence (tau-best confidence set) and those surely among them.\n\nExample:\n  psstats rank cases.csv --period 2023 --measure proportion --numerator cleared_in_period --denominator occurred --intervals --top 5")
        {
            period, measure, numerator, denominator, intervals, top, lowerFirst,
        };
        common.AddInput(command);
        common.AddOutput(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var current = PeriodText.Period(result.GetValue(period)!, common.ReportingCalendar(result));
            var kind = result.GetValue(measure) ?? "proportion";
            var ratio = kind is "proportion" or "target";
            var num = Column("--numerator", result.GetValue(numerator) ?? (ratio ? "cleared_in_period" : "occurred"));
            var den = Column("--denominator", result.GetValue(denominator) ?? "occurred");
            var k = result.GetValue(top);
            var data = await InputLoader.LoadAsync(console, result.GetValue(common.Files) ?? [], common.InputOptions(result), [current], cancellationToken).ConfigureAwait(false);
            var tally = data.RequireCases("rank");
            Province[] provinces = [.. tally.Keys.Where(key => key.Period == current).Select(key => key.Province).Distinct().OrderBy(p => p.Code, StringComparer.Ordinal)];
            if (provinces.Length == 0)
            {
                throw new UsageException($"rank: the inputs have no counts for {current}.");
            }

            if (k is < 1 || k > provinces.Length)
            {
                throw new UsageException($"--top must be from 1 to the number of provinces ranked ({provinces.Length}); it was {k}.");
            }

            var higherIsBetter = !result.GetValue(lowerFirst) && ratio;
            var name = ratio ? $"{num} / {den}" : kind == "per-100k" ? $"{num} per 100,000" : num;
            var rankingMeasure = kind switch
            {
                "count" => RankingMeasure.Count(name, higherIsBetter),
                "per-100k" => RankingMeasure.PerCapita(name, higherIsBetter),
                "proportion" => RankingMeasure.Proportion(name, higherIsBetter),
                _ => RankingMeasure.TargetAchievement(name, higherIsBetter),
            };
            var observations = provinces.Select(p => Observation(kind, p, Count(tally, num, p, current), Count(tally, den, p, current))).ToArray();
            var ranking = Ranking.Create(rankingMeasure, observations, TieMethod.Min, MissingValues.Bottom);
            var items = new List<IRenderable> { ranking };
            RankIntervals<Province>? rankIntervals = null;
            if (result.GetValue(intervals))
            {
                rankIntervals = RankIntervals.MonteCarlo(rankingMeasure, observations, Seed);
                items.Add(rankIntervals);
            }

            RankConfidenceSets? sets = null;
            Province[] ranked = [.. ranking.Entries.Where(e => e.IsRanked).Select(e => e.Key)];
            Province[] among = [];
            TauSet? tauBest = null;
            if (k is { } topK)
            {
                var (estimates, errors) = Estimates(kind, ranked, tally, num, den, current);
                sets = RankConfidenceSets.Compute(estimates, errors, higherIsBetter, Seed);
                tauBest = sets.AmongBest(topK).WithLabels([.. ranked.Select(p => p.Name)]);
                among = [.. ranked.Where((p, i) => sets.Simultaneous[i].Upper <= topK)];
                var mayBe = tauBest.Members.Select(i => ranked[i].Name).ToArray();
                var units = string.Join("; ", ranked.Select((p, i) => string.Create(CultureInfo.InvariantCulture, $"{i} {p.Name}")));
                items.Add(new Paragraph(
                    $"The top {topK} at 95% confidence ({sets.Draws.ToString("N0", CultureInfo.InvariantCulture)} bootstrap draws, seed {Seed}). May be among them (tau-best confidence set, csranks cstaubest): {string.Join(", ", mayBe)}{(mayBe.Length < ranked.Length ? $"; every other province is, at 95% confidence, not among the top {topK}" : string.Empty)}. Surely among them (the worst rank of the simultaneous rank set is at most {topK}): {(among.Length == 0 ? "none" : string.Join(", ", among.Select(p => p.Name)))}. Units of the confidence sets below (numbered from 0, by estimate): {units}.",
                    $"Nhóm {topK} đứng đầu với độ tin cậy 95% ({sets.Draws.ToString("N0", CultureInfo.InvariantCulture).Replace(',', '.')} lần lấy mẫu lại, hạt giống {Seed}). Có thể thuộc nhóm này (tập tin cậy tau-best, csranks cstaubest): {string.Join(", ", mayBe)}{(mayBe.Length < ranked.Length ? $"; mọi tỉnh khác, với độ tin cậy 95%, không thuộc nhóm {topK} đứng đầu" : string.Empty)}. Chắc chắn thuộc nhóm này (thứ hạng thấp nhất của tập tin cậy đồng thời không quá {topK}): {(among.Length == 0 ? "không có" : string.Join(", ", among.Select(p => p.Name)))}. Các đơn vị của tập tin cậy dưới đây (đánh số từ 0, theo ước lượng): {units}."));
                items.Add(tauBest);
                items.Add(sets);
            }

            var language = common.Language(result);
            var text = Rendering.Render(
                common.OutputFormat(result),
                language,
                language == Language.Vietnamese ? "Xếp hạng" : "Ranking",
                items,
                () => Json(ranking, rankIntervals, sets, tauBest, ranked, among, k),
                () => Csv(ranking, rankIntervals, sets, tauBest, ranked));
            await OutputFile.WriteAsync(console, result.GetValue(common.Out), text, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string Column(string option, string name) =>
        CountColumns.Contains(name, StringComparer.Ordinal) ? name : throw new UsageException($"{option} must be one of {string.Join(", ", CountColumns)}; it was '{name}'.");

    /// <summary>A province's count of a period in a case tally, by its interchange column name.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="column">recorded, unfounded, occurred or cleared_in_period.</param>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <returns>The count.</returns>
    /// <exception cref="UsageException">The column is not one of the four.</exception>
    internal static long Count(CaseTally tally, string column, Province province, ReportingPeriod period) => column switch
    {
        "recorded" => tally.Recorded(province, period),
        "unfounded" => tally.Unfounded(province, period),
        "occurred" => tally.Occurred(province, period),
        "cleared_in_period" => tally.ClearedInPeriod(province, period),
        _ => throw new UsageException($"--measure must be one of {string.Join(", ", CountColumns)} for case data; it was '{column}'."),
    };

    private static RankingObservation<Province> Observation(string kind, Province province, long numerator, long denominator) => kind switch
    {
        "count" => RankingObservation.Count(province, numerator),
        "per-100k" => RankingObservation.PerCapita(province, numerator),
        _ when denominator == 0 => RankingObservation.Missing(province),
        "proportion" => RankingObservation.Proportion(province, numerator, denominator),
        _ => RankingObservation.TargetAchievement(province, numerator, denominator),
    };

    /// <summary>
    /// The estimates and standard errors the confidence sets take: a count's Poisson standard error √max(x, 1); a rate
    /// per 100,000 the same scaled by the population; a proportion's with half a success added, √(p̃(1 − p̃)/n),
    /// p̃ = (x + ½)/(n + 1), so that 0 and n have a positive error; a target achievement x/t with √max(x, 1)/t.
    /// </summary>
    private static (double[] Estimates, double[] Errors) Estimates(string kind, Province[] ranked, CaseTally tally, string num, string den, ReportingPeriod period)
    {
        var estimates = new double[ranked.Length];
        var errors = new double[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            double x = Count(tally, num, ranked[i], period);
            double n = Count(tally, den, ranked[i], period);
            switch (kind)
            {
                case "count":
                    (estimates[i], errors[i]) = (x, Math.Sqrt(Math.Max(x, 1)));
                    break;
                case "per-100k":
                    var scale = RankingMeasure.DefaultPerPopulation / ProvinceCatalog.Population.PopulationOf(ranked[i]);
                    (estimates[i], errors[i]) = (x * scale, Math.Sqrt(Math.Max(x, 1)) * scale);
                    break;
                case "proportion":
                    var adjusted = (x + 0.5) / (n + 1);
                    (estimates[i], errors[i]) = (x / n, Math.Sqrt(adjusted * (1 - adjusted) / n));
                    break;
                default:
                    (estimates[i], errors[i]) = (x / n, Math.Sqrt(Math.Max(x, 1)) / n);
                    break;
            }
        }

        return (estimates, errors);
    }

    private static string Json(Ranking<Province> ranking, RankIntervals<Province>? intervals, RankConfidenceSets? sets, TauSet? tauBest, Province[] ranked, Province[] among, int? k)
    {
        var entries = new JsonArray();
        foreach (var entry in ranking.Entries)
        {
            var row = new JsonObject
            {
                ["provinceCode"] = entry.Key.Code,
                ["province"] = entry.Key.Name,
                ["value"] = entry.Value,
                ["rank"] = entry.Rank,
            };
            if (intervals is not null && intervals.Entries.FirstOrDefault(e => e.Key == entry.Key) is { } interval)
            {
                row["rankInterval"] = new JsonObject { ["lower"] = interval.Lower, ["upper"] = interval.Upper, ["meanRank"] = interval.MeanRank };
            }

            var index = Array.IndexOf(ranked, entry.Key);
            if (sets is not null && index >= 0)
            {
                row["simultaneousRankSet"] = new JsonObject { ["lower"] = sets.Simultaneous[index].Lower, ["upper"] = sets.Simultaneous[index].Upper };
                row["inTauBestSet"] = tauBest!.Contains(index);
            }

            entries.Add(row);
        }

        var root = new JsonObject
        {
            ["measure"] = ranking.Measure.NameIn(Language.English),
            ["rankedCount"] = ranking.RankedCount,
            ["entries"] = entries,
        };
        if (intervals is not null)
        {
            root["rankIntervals"] = new JsonObject { ["level"] = intervals.Level, ["draws"] = intervals.Draws, ["seed"] = intervals.Seed };
        }

        if (sets is not null)
        {
            root["top"] = new JsonObject
            {
                ["k"] = k,
                ["method"] = "tau-best confidence set (csranks cstaubest); surely among: simultaneous rank confidence sets",
                ["level"] = sets.Level,
                ["draws"] = sets.Draws,
                ["seed"] = sets.Seed,
                ["mayBeAmongTopK"] = new JsonArray([.. tauBest!.Members.Select(i => (JsonNode)JsonValue.Create(ranked[i].Code))]),
                ["surelyAmongTopK"] = new JsonArray([.. among.Select(p => (JsonNode)JsonValue.Create(p.Code))]),
            };
        }

        return root.ToJsonString(Rendering.IndentedJson);
    }

    private static string Csv(Ranking<Province> ranking, RankIntervals<Province>? intervals, RankConfidenceSets? sets, TauSet? tauBest, Province[] ranked)
    {
        var csv = new CsvText("province_code", "province", "value", "rank", "rank_interval_lower", "rank_interval_upper", "simultaneous_set_lower", "simultaneous_set_upper", "in_tau_best_set");
        foreach (var entry in ranking.Entries)
        {
            var interval = intervals?.Entries.FirstOrDefault(e => e.Key == entry.Key);
            var index = Array.IndexOf(ranked, entry.Key);
            var set = sets is not null && index >= 0 ? sets.Simultaneous[index] : (RankSet?)null;
            var inTauBest = tauBest is not null && index >= 0 ? (tauBest.Contains(index) ? "true" : "false") : null;
            csv.Row(entry.Key.Code, entry.Key.Name, entry.Value, entry.Rank, interval?.Lower, interval?.Upper, set?.Lower, set?.Upper, inTauBest);
        }

        return csv.ToString();
    }
}
