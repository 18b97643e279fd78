using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Claims;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary>
/// <c>psstats check</c>: a published sentence ("trên 90%", "giảm 27 vụ", "đứng thứ 2 toàn quốc") checked with the
/// library's <see cref="ClaimCheck"/>, against counts given on the command line or against a tally read from files.
/// </summary>
internal static partial class CheckCommand
{
    /// <summary>The seed of the rank intervals of a rank claim.</summary>
    private const long Seed = 20231114;

    public static Command Create(ToolConsole console)
    {
        var common = new CommonOptions();
        common.Files.Description = "The claim (without --claim), or input files to check --claim against (as for tally); - reads standard input.";
        var claim = new Option<string?>("--claim") { Description = "The published figure, as written: \"trên 90%\", \"gần 20 kg\", \"giảm 27 vụ\", \"giảm cả 3 tiêu chí\", \"thứ 2\", \"over 90%\"." };
        var period = new Option<string?>("--period") { Description = "The claim's period (2023-10M, 2023-Q1, ...); required with files." };
        var cleared = new Option<long?>("--cleared") { Description = "A share's numerator, e.g. the cases cleared." };
        var occurred = new Option<long?>("--occurred") { Description = "A share's denominator, e.g. the cases occurred." };
        var current = new Option<long?>("--current") { Description = "A change's count in the claim's period." };
        var baseline = new Option<long?>("--baseline") { Description = "A change's count in the same period of the year before." };
        var total = new Option<long?>("--total") { Description = "A count claim's total." };
        var kilograms = new Option<decimal?>("--kilograms") { Description = "A mass claim's total in kilograms." };
        var province = new Option<string?>("--province") { Description = "With files: the province the claim is about (required for a rank); default all provinces of the data together." };
        var measure = new Option<string?>("--measure") { Description = "With files: what is counted: occurred, recorded, unfounded, cleared_in_period (cases) or accidents, deaths, injured (traffic; a change claim checks all three by default)." };
        var about = new Option<decimal?>("--about-tolerance") { Description = "The relative tolerance of 'khoảng'/'about' (default 0.05)." };
        var nearly = new Option<decimal?>("--nearly-tolerance") { Description = "The relative tolerance of 'gần'/'nearly' (default 0.05)." };
        var command = new Command(
            "check",
            "Checks a published figure against counts: is it consistent with them (arithmetic), what counts would make it so, and, for a change or a rank, is it more than chance (inference). A claim with no counts behind it is reported as not checkable.\n\nExample:\n  psstats check \"trên 90%\" --cleared 10 --occurred 11\n  psstats check traffic-tally.csv --claim \"giảm cả 3 tiêu chí\" --period 2023-Q1")
        {
            claim, period, cleared, occurred, current, baseline, total, kilograms, province, measure, about, nearly,
        };
        common.AddInput(command);
        common.AddOutput(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var positional = result.GetValue(common.Files) ?? [];
            var text = result.GetValue(claim);
            string[] files = text is null ? [.. positional.Skip(1)] : positional;
            text ??= positional.FirstOrDefault() ?? throw new UsageException("check needs a claim: psstats check \"trên 90%\" --cleared 10 --occurred 11, or psstats check FILE --claim ... --period P.");
            if (files.Length > 0 && result.GetValue(claim) is null)
            {
                throw new UsageException("With input files, give the claim with --claim: psstats check FILE --claim \"giảm\" --period 2023-Q1.");
            }

            // "giảm cả 3 tiêu chí" / "down on all 3 criteria": the change claim on each of N criteria (with data, N must be
            // the number of metrics checked); the library parses the change itself.
            var criteria = Criteria().Match(text.Trim());
            int? criteriaCount = criteria.Success ? int.Parse(criteria.Groups["n"].Value, CultureInfo.InvariantCulture) : null;
            StatedFigure stated;
            try
            {
                stated = StatedFigure.Parse(criteria.Success ? criteria.Groups["claim"].Value : text);
            }
            catch (FormatException e)
            {
                throw new UsageException("the claim: " + e.Message, e);
            }

            var options = ClaimOptions.Default;
            try
            {
                options = result.GetValue(about) is { } a ? options.WithAboutTolerance(a) : options;
                options = result.GetValue(nearly) is { } n ? options.WithNearlyTolerance(n) : options;
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new UsageException(e.Message, e);
            }

            var calendar = common.ReportingCalendar(result);
            var claimPeriod = result.GetValue(period) is { } p ? PeriodText.Period(p, calendar) : null;
            var measureName = result.GetValue(measure);
            List<ClaimCheck> checks;
            if (files.Length == 0 && result.GetValue(common.Source) is null)
            {
                checks = [Arithmetic(stated, measureName, claimPeriod, result.GetValue(cleared), result.GetValue(occurred), result.GetValue(current), result.GetValue(baseline), result.GetValue(total), result.GetValue(kilograms), options)];
            }
            else
            {
                var at = claimPeriod ?? throw new UsageException("check with input files needs --period: the claim's period.");
                var data = await InputLoader.LoadAsync(console, files, common.InputOptions(result), [at.SamePeriodPreviousYear(), at], cancellationToken).ConfigureAwait(false);
                checks = AgainstData(stated, at, data, result.GetValue(province), measureName, options);
            }

            IReadOnlyList<IRenderable> items = checks;
            if (criteriaCount is { } count)
            {
                if (checks.Count > 1 && checks.Count != count)
                {
                    throw new UsageException($"The claim '{text}' is about {count} criteria; the data give {checks.Count} ({string.Join(", ", checks.Select(c => c.Measure))}).");
                }

                var measures = string.Join(", ", checks.Select(c => c.Measure ?? "?"));
                items = [new Paragraph(
                    $"“{text}”: the claim “{stated.Text}” on each of {count} criteria{(checks.Count == count ? ": " + measures : string.Empty)}.",
                    $"“{text}”: nhận định “{stated.Text}” cho từng tiêu chí trong {count} tiêu chí{(checks.Count == count ? ": " + measures : string.Empty)}."), .. checks];
            }

            var language = common.Language(result);
            var output = Rendering.Render(
                common.OutputFormat(result),
                language,
                language == Language.Vietnamese ? "Kiểm tra số liệu công bố" : "Published figures checked",
                items,
                () => checks.Count == 1
                    ? StatsJson.Serialize(checks[0], indented: true)
                    : new JsonArray([.. checks.Select(c => JsonNode.Parse(StatsJson.Serialize(c)))]).ToJsonString(Rendering.IndentedJson),
                () => Csv(checks, language));
            await OutputFile.WriteAsync(console, result.GetValue(common.Out), output, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>A claim against counts given on the command line; without the counts its kind needs, it is not checkable.</summary>
    private static ClaimCheck Arithmetic(StatedFigure claim, string? measure, ReportingPeriod? period, long? cleared, long? occurred, long? current, long? baseline, long? total, decimal? kilograms, ClaimOptions options)
    {
        try
        {
            return claim.Kind switch
            {
                FigureKind.Share when cleared is { } x && occurred is { } n => ClaimCheck.Share(claim, x, n, measure, period, options),
                FigureKind.Change when current is { } c && baseline is { } b => ClaimCheck.Change(claim, c, b, measure, period, options),
                FigureKind.Count when total is { } t => ClaimCheck.Count(claim, t, measure, period, options),
                FigureKind.Mass when kilograms is { } kg => ClaimCheck.Mass(claim, kg, measure, period, options),
                FigureKind.Rank => throw new UsageException("A rank claim is checked against data: psstats check FILE --claim \"thứ 2\" --province NAME --period P."),
                _ when cleared is not null || occurred is not null || current is not null || baseline is not null || total is not null || kilograms is not null =>
                    throw new UsageException($"The claim '{claim.Text}' is a {claim.Kind.ToString().ToLowerInvariant()}: give {Needs(claim.Kind)}."),
                _ => ClaimCheck.NotCheckable(claim, measure, period),
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    private static string Needs(FigureKind kind) => kind switch
    {
        FigureKind.Share => "--cleared and --occurred",
        FigureKind.Change => "--current and --baseline",
        FigureKind.Count => "--total",
        _ => "--kilograms",
    };

    /// <summary>A claim against the tallies read from files: the counts of its period (and of the same period a year before, for a change); counts of other periods only make it not checkable.</summary>
    private static List<ClaimCheck> AgainstData(StatedFigure claim, ReportingPeriod period, LoadedData data, string? provinceName, string? measure, ClaimOptions options)
    {
        var edition = data.Cases?.Edition ?? data.Traffic?.Edition ?? ProvinceEdition.Provinces63;
        Province? province = null;
        if (provinceName is not null && !ProvinceCatalog.TryParse(edition, provinceName, out province))
        {
            throw new UsageException($"--province: '{provinceName}' names no province of the {(edition == ProvinceEdition.Provinces63 ? "63" : "34")}-unit edition.");
        }

        var before = period.SamePeriodPreviousYear();
        try
        {
            if (data.Traffic is { } traffic && (measure is null or "accidents" or "deaths" or "injured") && claim.Kind is FigureKind.Change or FigureKind.Count)
            {
                string[] metrics = measure is null ? ["accidents", "deaths", "injured"] : [measure];
                if (!traffic.Periods.Contains(period) || claim.Kind == FigureKind.Change && !traffic.Periods.Contains(before))
                {
                    return [.. metrics.Select(m => ClaimCheck.NotCheckable(claim, "traffic." + m, period, traffic.Periods))];
                }

                return [.. metrics.Select(m =>
                {
                    long Sum(ReportingPeriod at) => traffic.Keys.Where(k => k.Period == at && (province is null || k.Province == province)).Sum(k => Metric(traffic.Get(k.Province, at), m));
                    return claim.Kind == FigureKind.Change
                        ? ClaimCheck.Change(claim, Sum(period), Sum(before), "traffic." + m, period, options)
                        : ClaimCheck.Count(claim, Sum(period), "traffic." + m, period, options);
                })];
            }

            if (data.Cases is not { } cases)
            {
                return [ClaimCheck.NotCheckable(claim, measure, period, data.Traffic?.Periods)];
            }

            var column = measure ?? (claim.Kind == FigureKind.Share ? "cleared_in_period" : "occurred");
            if (!cases.Periods.Contains(period))
            {
                return [ClaimCheck.NotCheckable(claim, "cases." + column, period, cases.Periods)];
            }

            long Count(string name, ReportingPeriod at) =>
                cases.Keys.Where(k => k.Period == at && (province is null || k.Province == province)).Select(k => k.Province).Distinct().Sum(pr => RankCommand.Count(cases, name, pr, at));

            return claim.Kind switch
            {
                FigureKind.Share => [ClaimCheck.Share(claim, Count(column, period), Count("occurred", period), "cases." + column + "/occurred", period, options)],
                FigureKind.Count => [ClaimCheck.Count(claim, Count(column, period), "cases." + column, period, options)],
                FigureKind.Change when cases.Periods.Contains(before) => [ClaimCheck.Change(claim, Count(column, period), Count(column, before), "cases." + column, period, options)],
                FigureKind.Rank => [Rank(claim, province ?? throw new UsageException("A rank claim needs --province: the province said to hold the rank."), cases, period, options)],
                FigureKind.Mass => throw new UsageException("A mass claim is checked against a total mass: psstats check \"gần 20 kg\" --kilograms X."),
                _ => [ClaimCheck.NotCheckable(claim, "cases." + column, period, cases.Periods)],
            };
        }
        catch (ArgumentException e)
        {
            throw new UsageException(e.Message, e);
        }
    }

    private static long Metric(TrafficCounts counts, string metric) => metric switch
    {
        "accidents" => counts.Accidents,
        "deaths" => counts.Deaths,
        _ => counts.Injured,
    };

    /// <summary>A rank claim against the provinces' rankings of the period under each measure of case data: clearance (cleared / occurred, highest first), cases per 100,000 residents and cases (fewest first), each with Monte Carlo rank intervals.</summary>
    private static ClaimCheck Rank(StatedFigure claim, Province province, CaseTally cases, ReportingPeriod period, ClaimOptions options)
    {
        Province[] provinces = [.. cases.Keys.Where(k => k.Period == period).Select(k => k.Province).Distinct()];
        RankIntervals<Province>[] rankings =
        [
            RankIntervals.MonteCarlo(RankingMeasure.Proportion("clearance (cleared / occurred)", higherIsBetter: true), provinces.Select(p => cases.Occurred(p, period) == 0 ? RankingObservation.Missing(p) : RankingObservation.Proportion(p, cases.ClearedInPeriod(p, period), cases.Occurred(p, period))), Seed),
            RankIntervals.MonteCarlo(RankingMeasure.PerCapita("cases occurred per 100,000", higherIsBetter: false), provinces.Select(p => RankingObservation.PerCapita(p, cases.Occurred(p, period))), Seed),
            RankIntervals.MonteCarlo(RankingMeasure.Count("cases occurred", higherIsBetter: false), provinces.Select(p => RankingObservation.Count(p, cases.Occurred(p, period))), Seed),
        ];
        return ClaimCheck.Rank(claim, province, rankings, "cases", period, options);
    }

    private static string Csv(IEnumerable<ClaimCheck> checks, Language language)
    {
        var csv = new CsvText("claim", "measure", "period", "status", "observed", "numerator", "denominator", "allowed", "satisfying", "p_value", "beyond_chance", "not_checkable_reason");
        foreach (var c in checks)
        {
            var status = c.Status.ToString();
            csv.Row(
                c.Claim.Text, c.Measure, c.Period?.ToString(language), char.ToLowerInvariant(status[0]) + status[1..], c.Observed, c.Numerator, c.Denominator,
                c.Allowed?.ToString(language), c.Satisfying?.ToString(language), c.Comparison is { IsTestDefined: true } comparison ? comparison.ExactPValue : null,
                c.IsBeyondChance is { } beyond ? (beyond ? "yes" : "no") : null, c.Reason is { } reason ? char.ToLowerInvariant(reason.ToString()[0]) + reason.ToString()[1..] : null);
        }

        return csv.ToString();
    }

    [GeneratedRegex(@"^(?<claim>.+?)\s+(?:cả|on all|all)\s+(?<n>[0-9]+)\s+(?:tiêu chí|criteria)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Criteria();
}
