using System.CommandLine;
using System.Text.Json;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary><c>psstats report</c>: the provincial report as samples/ProvincialReport makes it (the library's <see cref="ProvincialReportAnalysis"/>), from the user's own data and published figures.</summary>
internal static class ReportCommand
{
    public static Command Create(ToolConsole console)
    {
        var common = new CommonOptions();
        var province = new Option<string>("--province") { Description = "The province: a name (\"Bình Dương\", \"Binh Duong\") or a code (74).", Required = true };
        var period = new Option<string>("--period") { Description = "The reporting period: 2023, 2023-10M, 2023-Q1, 2023-H1 or 2023-M05.", Required = true };
        var published = new Option<string?>("--published") { Description = "A JSON file holding an array of published figures in the library's JSON shape (measure, value, qualifier, unit, source, period, ...)." };
        var dataAsOf = new Option<string?>("--data-as-of") { Description = "The day up to which the data are complete; default: the end of the period." };
        var command = new Command(
            "report",
            "The full provincial report, as samples/ProvincialReport makes it, from your own data: case rows (or a case tally), and tallies of the interchange schema for traffic, drugs, drills, campaigns and e-ID.\n\nExample:\n  psstats report cases.csv traffic-tally.csv --province \"Bình Dương\" --period 2023-10M --published figures.json --format html --out report.html")
        {
            province, period, published, dataAsOf,
        };
        common.AddInput(command);
        common.AddOutput(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var current = PeriodText.Period(result.GetValue(period)!, common.ReportingCalendar(result));
            var asOf = CommonOptions.Date("--data-as-of", result.GetValue(dataAsOf)) ?? current.End;
            var figures = result.GetValue(published) is { } path ? Figures(path) : [];
            var data = await InputLoader.LoadAsync(console, result.GetValue(common.Files) ?? [], common.InputOptions(result), [current], cancellationToken).ConfigureAwait(false);
            var edition = data.Cases?.Edition ?? data.Traffic?.Edition ?? ProvinceEdition.Provinces63;
            var name = result.GetValue(province)!;
            if (!ProvinceCatalog.TryParse(edition, name, out var unit))
            {
                throw new UsageException($"--province: '{name}' names no province of the {(edition == ProvinceEdition.Provinces63 ? "63" : "34")}-unit edition.");
            }

            ProvincialReportAnalysis analysis;
            try
            {
                var report = ProvincialReport.Create(
                    unit!, current, current.SamePeriodPreviousYear(), figures, data.Cases, data.Drugs, data.Drills, data.Traffic, data.ElectronicId, data.Campaigns);
                analysis = ProvincialReportAnalysis.Compute(report, null, asOf);
            }
            catch (ArgumentException e)
            {
                throw new UsageException("report: " + e.Message, e);
            }

            var language = common.Language(result);
            var format = common.OutputFormat(result);
            var text = format switch
            {
                OutputFormat.Html => analysis.ToHtmlDocument(language),
                OutputFormat.Json => StatsJson.Serialize(analysis, indented: true) + "\n",
                _ => Rendering.Render(format, language, string.Empty, [analysis], () => string.Empty, () => Csv(figures, language)),
            };
            await OutputFile.WriteAsync(console, result.GetValue(common.Out), text, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads the published figures: a JSON array of figures, each read by the library's JSON reader.</summary>
    private static PublishedFigure[] Figures(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The published figures '{path}' do not exist.", path);
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new JsonException($"{path}: the published figures must be a JSON array of figures; it was a {document.RootElement.ValueKind}.");
        }

        return [.. document.RootElement.EnumerateArray().Select((element, i) =>
        {
            try
            {
                return StatsJson.Deserialize<PublishedFigure>(element.GetRawText());
            }
            catch (JsonException e)
            {
                throw new JsonException($"{path}, figure {i + 1}: {e.Message}", e);
            }
        })];
    }

    private static string Csv(IEnumerable<PublishedFigure> figures, Language language)
    {
        var csv = new CsvText("measure", "value", "qualifier", "unit", "period", "as_of", "source", "quote");
        foreach (var f in figures)
        {
            var qualifier = f.Qualifier.ToString();
            csv.Row(f.Measure, f.Value, char.ToLowerInvariant(qualifier[0]) + qualifier[1..], f.Unit, f.Period?.ToString(language), f.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), f.Source, f.Quote);
        }

        return csv.ToString();
    }
}
