using System.Text;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace ProvincialReportSample;

/// <summary>
/// The main job: Bình Dương provincial police's report on the first 10 months of 2023 (shared/seed), computed by the
/// library. Every figure is published (the seed, or binh-duong-2023-sources.md, cited in the bundled data) or marked
/// illustrative in the data file and in the output.
/// </summary>
public static class ReportCommand
{
    /// <summary>The command-line help.</summary>
    public const string Usage = """
        Usage: dotnet run --project samples/ProvincialReport -- [options]

          --lang en|vi                          language of the report (default en)
          --format text|markdown|html|json      output format (default text); json writes only JSON
          --out FILE                            write to FILE instead of standard output
          --help                                show this help

        """;

    /// <summary>Runs the command.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="stdout">Where the report (or the help) goes.</param>
    /// <param name="stderr">Where errors and notes go.</param>
    /// <returns>0 on success, 2 on a bad option.</returns>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var language = Language.English;
        var format = "text";
        string? outFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--help" or "-h":
                    stdout.Write(Usage);
                    return 0;
                case "--lang" when i + 1 < args.Length && args[i + 1] is "en" or "vi":
                    language = args[++i] == "vi" ? Language.Vietnamese : Language.English;
                    break;
                case "--format" when i + 1 < args.Length && args[i + 1] is "text" or "markdown" or "html" or "json":
                    format = args[++i];
                    break;
                case "--out" when i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal):
                    outFile = args[++i];
                    break;
                default:
                    stderr.WriteLine($"Unknown or incomplete option: '{args[i]}'.");
                    stderr.Write(Usage);
                    return 2;
            }
        }

        var output = Render(format, language);
        if (outFile is null)
        {
            stdout.Write(output);
        }
        else
        {
            File.WriteAllText(outFile, output, new UTF8Encoding(false));
            stderr.WriteLine($"Wrote {outFile}.");
        }

        return 0;
    }

    /// <summary>Renders the sample report in a format and language.</summary>
    /// <param name="format">text, markdown, html or json.</param>
    /// <param name="language">The language.</param>
    /// <returns>The report.</returns>
    public static string Render(string format, Language language)
    {
        var analysis = SampleReports.BinhDuong10Months2023Analysis();
        return format switch
        {
            "markdown" => analysis.ToMarkdown(language),
            "html" => analysis.ToHtmlDocument(language),
            "json" => StatsJson.Serialize(analysis, indented: true) + "\n",
            _ => analysis.ToString(language),
        };
    }
}
