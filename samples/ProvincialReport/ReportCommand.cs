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
            var option = args[i];
            if (option is "--help" or "-h")
            {
                stdout.Write(Usage);
                return 0;
            }

            if (option is not ("--lang" or "--format" or "--out"))
            {
                return Fail(stderr, $"Unknown option '{option}'.");
            }

            var value = i + 1 < args.Length ? args[++i] : null;
            if (value is null || value.StartsWith("--", StringComparison.Ordinal))
            {
                var needs = option switch
                {
                    "--lang" => "a value: en or vi",
                    "--format" => "a value: text, markdown, html or json",
                    _ => "a file name",
                };
                var after = value is null ? string.Empty : $"; '{value}' is an option";
                return Fail(stderr, $"The option {option} needs {needs}{after}.");
            }

            // Values are matched without regard to case or surrounding spaces: "VI", " vi " and "Markdown" are accepted.
            var key = value.Trim().ToLowerInvariant();
            switch (option)
            {
                case "--lang" when key is "en" or "vi":
                    language = key == "vi" ? Language.Vietnamese : Language.English;
                    break;
                case "--lang":
                    return Fail(stderr, $"Unknown language '{value}' for --lang: use en or vi.");
                case "--format" when key is "text" or "markdown" or "html" or "json":
                    format = key;
                    break;
                case "--format":
                    return Fail(stderr, $"Unknown format '{value}' for --format: use text, markdown, html or json.");
                default:
                    outFile = value;
                    break;
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

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine(message);
        stderr.Write(Usage);
        return 2;
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
