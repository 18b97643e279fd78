using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Notebooks;

/// <summary>
/// The package's <c>interactive-extensions/dotnet/extension.dib</c> run in a real C# kernel of .NET Interactive, as
/// Polyglot Notebooks runs it when a notebook references the package; then results are displayed as a cell would.
/// </summary>
[Collection(SharedFormatterDefinition.Name)]
public sealed class ExtensionKernelTests : IClassFixture<ExtensionKernelTests.KernelWithExtension>
{
    private const string HtmlMime = "text/html";
    private const string PlainMime = "text/plain";

    private readonly KernelWithExtension _kernel;

    public ExtensionKernelTests(KernelWithExtension kernel) => _kernel = kernel;

    /// <summary>Each registered kind of result: the C# expression a notebook cell ends with (after <see cref="KernelWithExtension.Setup"/>).</summary>
    private static readonly Dictionary<string, string> Cells = new()
    {
        ["ranking"] = "analysis.ElectronicIdByTarget",
        ["rank-intervals"] = "analysis.ElectronicIdByTargetIntervals",
        ["funnel"] = "analysis.ElectronicIdFunnel",
        ["rank-sets"] = "PublicSecurity.Stats.Rankings.RankConfidenceSets.Compute([0.95, 0.90, 0.70, 0.69, 0.40], [0.01, 0.02, 0.02, 0.02, 0.05], higherIsBetter: true, seed: 7)",
        ["count"] = "PublicSecurity.Stats.Comparisons.CountComparison.Compare(97, 144)",
        ["proportion"] = "PublicSecurity.Stats.Comparisons.ProportionComparison.Compare(56, 70, 48, 80)",
        ["period"] = "analysis.Traffic",
        ["verdict"] = "analysis.Traffic.Verdict",
        ["clearance"] = "analysis.CohortClearance.Overall",
        ["clearance-summary"] = "analysis.CohortClearance",
        ["report"] = "analysis",
    };

    public static TheoryData<string> CellNames() => new(Cells.Keys);

    [Fact]
    public async Task Ranking_ReturnedByACell_DisplaysAsItsOwnHtmlTable()
    {
        var html = await _kernel.ReturnValueHtml("analysis.ElectronicIdByTarget");

        var expected = SampleReports.BinhDuong10Months2023Analysis().ElectronicIdByTarget!.ToHtml();
        Assert.Equal(expected, html);
        Assert.StartsWith("<div class=\"ps-stats ps-ranking\">", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("Bình Dương", html, StringComparison.Ordinal);
        Assert.Contains("63 of 63 units ranked", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-", html, StringComparison.Ordinal); // not .NET Interactive's default object table
    }

    [Fact]
    public async Task CountComparison_ReturnedByACell_DisplaysAsItsOwnHtmlTable()
    {
        var html = await _kernel.ReturnValueHtml("PublicSecurity.Stats.Comparisons.CountComparison.Compare(97, 144)");

        Assert.Equal(CountComparison.Compare(97, 144).ToHtml(), html);
        Assert.StartsWith("<div class=\"ps-stats ps-count-comparison\">", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verdict_ReturnedByACell_DisplaysItsTableAndChart()
    {
        var html = await _kernel.ReturnValueHtml("analysis.Traffic.Verdict");

        Assert.Equal(SampleReports.BinhDuong10Months2023Analysis().Traffic!.Verdict.ToHtml(), html);
        Assert.StartsWith("<div class=\"ps-stats ps-change-verdict\">", html, StringComparison.Ordinal);
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CellNames))]
    public async Task EachResult_ReturnedByACell_DisplaysAsExactlyItsToHtml(string name)
    {
        var html = await _kernel.ReturnValueHtml(Cells[name]);

        // The same value's ToHtml(), computed in the kernel (a string cell result is formatted as plain text, verbatim).
        var toHtml = await _kernel.ReturnValue($"({Cells[name]}).ToHtml()", PlainMime);
        Assert.Equal(toHtml, html);
        Assert.StartsWith("<div class=\"ps-", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(CellNames))]
    public async Task EachResult_DisplayedAsPlainText_IsItsEnglishText(string name)
    {
        var text = await _kernel.ReturnValue($"Microsoft.DotNet.Interactive.Formatting.Formatter.ToDisplayString({Cells[name]}, \"text/plain\")", PlainMime);

        var toString = await _kernel.ReturnValue($"({Cells[name]}).ToString(PublicSecurity.Stats.Text.Language.English)", PlainMime);
        Assert.Equal(toString, text);
    }

    [Fact]
    public void ExtensionScript_RegistersTheResultTypesInTheSharedFormatter()
    {
        // Formatter state is process-wide: the kernel's registrations format values made outside the kernel too.
        var ranking = Ranking.FromValues<string>(RankingMeasure.Count("Cases", higherIsBetter: false), [("A", 3.0), ("B", 5.0)], TieMethod.Min, MissingValues.Keep);

        Assert.Equal(ranking.ToHtml(), ranking.ToDisplayString(HtmlMime));
        Assert.Equal(ranking.ToString(Language.English), ranking.ToDisplayString(PlainMime));
        Assert.Equal(HtmlMime, Formatter.GetPreferredMimeTypesFor(typeof(Ranking<string>)).First());
    }

    [Theory]
    [InlineData(typeof(Ranking<Province>), typeof(Ranking<>))]
    [InlineData(typeof(RankIntervals<string>), typeof(RankIntervals<>))]
    [InlineData(typeof(FunnelPlot<Province>), typeof(FunnelPlot<>))]
    [InlineData(typeof(RankConfidenceSets), typeof(RankConfidenceSets))]
    [InlineData(typeof(CountComparison), typeof(CountComparison))]
    [InlineData(typeof(ProportionComparison), typeof(ProportionComparison))]
    [InlineData(typeof(ChangeVerdict), typeof(ChangeVerdict))]
    [InlineData(typeof(PeriodComparison), typeof(PeriodComparison))]
    [InlineData(typeof(ClearanceRate), typeof(ClearanceRate))]
    [InlineData(typeof(ClearanceSummary), typeof(ClearanceSummary))]
    [InlineData(typeof(ProvincialReportAnalysis), typeof(ProvincialReportAnalysis))]
    public void ExtensionScript_EachNamedType_HasItsOwnHtmlFormatter(Type resultType, Type registeredType)
    {
        // Open generic registrations match every closed type; the IRenderable fallback is for results added later.
        var formatter = Formatter.GetPreferredFormatterFor(resultType, HtmlMime);

        Assert.Equal(registeredType, formatter.Type);
        Assert.Equal(HtmlMime, formatter.MimeType);
    }

    /// <summary>One C# kernel for the class, with the built library referenced and the extension script run.</summary>
    public sealed class KernelWithExtension : IAsyncLifetime
    {
        /// <summary>The notebook's set-up cell.</summary>
        public const string Setup = "var analysis = PublicSecurity.Stats.Samples.SampleReports.BinhDuong10Months2023Analysis();";

        private readonly CSharpKernel _kernel = new();

        public async ValueTask InitializeAsync()
        {
            Formatter.ResetToDefault();
            var library = typeof(IRenderable).Assembly.Location;
            await Submit($"#r \"{library}\"");

            var script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Notebooks", "extension.dib"), TestContext.Current.CancellationToken);
            var lines = script.Split('\n');
            Assert.Equal("#!csharp", lines[0].TrimEnd('\r'));
            var events = await Submit(string.Join('\n', lines.Skip(1)));
            Assert.DoesNotContain(events, e => e is ReturnValueProduced or DisplayedValueProduced); // the script shows nothing

            await Submit(Setup);
        }

        public ValueTask DisposeAsync()
        {
            _kernel.Dispose();
            Formatter.ResetToDefault();
            return ValueTask.CompletedTask;
        }

        /// <summary>Submits a cell whose value is returned and gets its <c>text/html</c> display.</summary>
        public Task<string> ReturnValueHtml(string code) => ReturnValue(code, HtmlMime);

        /// <summary>Submits a cell whose value is returned and gets its display in a MIME type.</summary>
        public async Task<string> ReturnValue(string code, string mimeType)
        {
            var events = await Submit(code);
            var produced = Assert.Single(events.OfType<ReturnValueProduced>());
            var formatted = produced.FormattedValues.Where(v => v.MimeType == mimeType).ToList();
            Assert.True(formatted.Count == 1, $"The cell '{code}' returned {string.Join(", ", produced.FormattedValues.Select(v => v.MimeType))}, not one {mimeType} value.");
            return formatted[0].Value;
        }

        private async Task<IReadOnlyList<KernelEvent>> Submit(string code)
        {
            var result = await _kernel.SendAsync(new SubmitCode(code));
            var failure = result.Events.OfType<CommandFailed>().FirstOrDefault();
            Assert.True(failure is null, $"The cell failed: {failure?.Message}\n{code}");
            return result.Events;
        }
    }
}

/// <summary>Tests that use .NET Interactive's process-wide <see cref="Formatter"/>: they never run in parallel with each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SharedFormatterDefinition
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Formatter";
}
