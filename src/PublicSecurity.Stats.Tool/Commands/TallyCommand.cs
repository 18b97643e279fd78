using System.CommandLine;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Tool.Inputs;
using PublicSecurity.Stats.Tool.Outputs;

namespace PublicSecurity.Stats.Tool.Commands;

/// <summary><c>psstats tally</c>: counts and clearance per province and period (the library's clearance table); <c>--format csv</c> writes the tally interchange schema.</summary>
internal static class TallyCommand
{
    public static Command Create(ToolConsole console)
    {
        var common = new CommonOptions();
        var period = new Option<string[]>("--period") { Description = "The periods: 2023, 2023-10M (first 10 months), 2023-Q1, 2023-H1, 2023-M05; several separated by commas.", Required = true };
        var by = new Option<string>("--by") { Description = "The keys of the table: province,period (provinces in rows, periods in columns).", DefaultValueFactory = _ => "province,period" };
        var command = new Command(
            "tally",
            "Counts and clearance per province and period: cases recorded, unfounded, occurred and cleared in the period. --format csv writes the tally interchange schema (province_code, edition, period_start, period_end, recorded, unfounded, occurred, cleared_in_period, ...).\n\nExample:\n  psstats tally cases.csv --calendar vn --period 2023-10M --lang vi")
        {
            period,
            by,
        };
        common.AddInput(command);
        common.AddOutput(command);
        command.SetAction(async (result, cancellationToken) =>
        {
            var calendar = common.ReportingCalendar(result);
            var keys = (result.GetValue(by) ?? "province,period").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (keys.Length == 0 || keys.Any(k => k is not ("province" or "period")) || !keys.Contains("province"))
            {
                throw new UsageException($"--by must be province,period or province (a tally is always by province); it was '{result.GetValue(by)}'.");
            }

            var periods = Periods(result.GetValue(period) ?? [], calendar);
            var data = await InputLoader.LoadAsync(console, result.GetValue(common.Files) ?? [], common.InputOptions(result), periods, cancellationToken).ConfigureAwait(false);
            var tally = data.RequireCases("tally");
            var language = common.Language(result);
            var text = Rendering.Render(
                common.OutputFormat(result),
                language,
                language == Language.Vietnamese ? "Số vụ và tỷ lệ làm rõ" : "Cases and clearance",
                [tally.ToClearanceTable()],
                () => StatsJson.Serialize(tally, indented: true),
                () =>
                {
                    using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
                    TallyInterchange.WriteCsv(tally, writer);
                    return writer.ToString();
                });
            await OutputFile.WriteAsync(console, result.GetValue(common.Out), text, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Reads the periods of <c>--period</c>: each value may hold several, separated by commas.</summary>
    /// <param name="values">The values.</param>
    /// <param name="calendar">The calendar.</param>
    /// <returns>The periods, in order, without repeats.</returns>
    /// <exception cref="UsageException">A value is not a period, or two periods overlap.</exception>
    internal static ReportingPeriod[] Periods(IEnumerable<string> values, ReportingCalendar calendar)
    {
        ReportingPeriod[] periods = [.. values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Select(v => PeriodText.Period(v, calendar)).Distinct().OrderBy(p => p.Start)];
        for (var i = 1; i < periods.Length; i++)
        {
            if (periods[i].Overlaps(periods[i - 1]))
            {
                throw new UsageException($"--period: the periods of one tally must not overlap; {periods[i - 1]} and {periods[i]} do.");
            }
        }

        return periods;
    }
}
