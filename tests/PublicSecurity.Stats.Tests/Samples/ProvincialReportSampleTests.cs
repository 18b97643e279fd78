using ProvincialReportSample;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Samples;

/// <summary>The main job's output, in every format and both languages, and its command line.</summary>
public sealed class ProvincialReportSampleTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = ReportCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    // The sample prints the library's own renderings, which Reporting/ProvincialReportAnalysisTests pins as snapshots
    // (text, Markdown, HTML page in both languages, and the JSON): each output is pinned once, there.
    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Run_EachFormat_PrintsTheLibrarysRenderingOfTheSampleAnalysis(string lang)
    {
        var analysis = SampleReports.BinhDuong10Months2023Analysis();
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["text"] = analysis.ToString(language),
            ["markdown"] = analysis.ToMarkdown(language),
            ["html"] = analysis.ToHtmlDocument(language),
            ["json"] = StatsJson.Serialize(analysis, indented: true) + "\n",
        };

        foreach (var (format, rendering) in expected)
        {
            var (code, output, error) = Run("--format", format, "--lang", lang);

            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error);
            Assert.Equal(rendering, output);
        }
    }

    [Fact]
    public void Run_NoOptions_PrintsTheEnglishTextReportWithBothWindows()
    {
        var (code, output, _) = Run();

        Assert.Equal(0, code);
        Assert.StartsWith("Bình Dương provincial police — first 10 months of 2023", output, StringComparison.Ordinal);
        Assert.Contains("15/12/2022–14/10/2023", output, StringComparison.Ordinal);
        Assert.Contains("15/12/2021–14/10/2022", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Json_WritesOnlyJson()
    {
        var (_, output, _) = Run("--format", "json");

        using var document = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("Bình Dương provincial police — first 10 months of 2023", document.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("Unknown option '--bogus'.", "--bogus")]
    [InlineData("Unknown language 'fr' for --lang: use en or vi.", "--lang", "fr")]
    [InlineData("Unknown format 'pdf' for --format: use text, markdown, html or json.", "--format", "pdf")]
    [InlineData("The option --format needs a value: text, markdown, html or json.", "--format")]
    [InlineData("The option --lang needs a value: en or vi.", "--lang")]
    [InlineData("The option --out needs a file name.", "--out")]
    [InlineData("The option --out needs a file name; '--lang' is an option.", "--out", "--lang")]
    public void Run_BadOption_NamesTheValueAndTheChoicesAndExitsWith2(string message, params string[] args)
    {
        // Issue 16, bug 6: "--lang fr" and "--format pdf" said "Unknown or incomplete option: '--lang'".
        var (code, output, error) = Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(message + Environment.NewLine + ReportCommand.Usage, error);
    }

    [Theory]
    [InlineData("VI", "vi")]
    [InlineData("Vi", "vi")]
    [InlineData("EN", "en")]
    [InlineData(" vi ", "vi")]
    public void Run_LanguageInAnyCase_IsAccepted(string given, string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var (code, output, error) = Run("--lang", given, "--format", "MARKDOWN");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(SampleReports.BinhDuong10Months2023Analysis().ToMarkdown(language), output);
    }

    [Fact]
    public void Run_Help_PrintsUsageAndExitsWith0()
    {
        var (code, output, _) = Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("--format text|markdown|html|json", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_Out_WritesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var (code, output, error) = Run("--format", "html", "--out", path);

            Assert.Equal(0, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("Wrote", error, StringComparison.Ordinal);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
