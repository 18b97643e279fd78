using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Reporting;

/// <summary>Renders the full HTML report in headless Chromium and checks that a non-blank screenshot comes out.</summary>
public sealed class HeadlessBrowserTests
{
    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task Report_InHeadlessChromium_RendersANonBlankPage(string lang)
    {
        var chromium = Chromium.Require();
        var dir = Directory.CreateTempSubdirectory("ps-stats-chromium-");
        try
        {
            var html = Path.Combine(dir.FullName, "report.html");
            var png = Path.Combine(dir.FullName, "report.png");
            var language = lang == "vi" ? Language.Vietnamese : Language.English;
            await File.WriteAllTextAsync(html, SampleReports.BinhDuong10Months2023Analysis().ToHtmlDocument(language), TestContext.Current.CancellationToken);

            var (exitCode, _, stderr) = await Chromium.Run(chromium, dir.FullName, "--window-size=1280,2000", $"--screenshot={png}", new Uri(html).AbsoluteUri);

            Assert.True(File.Exists(png), $"Chromium wrote no screenshot (exit {exitCode}): {stderr}");
            var (width, height, _) = Png.Decode(await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken));
            Assert.Equal(1280, width);
            Assert.Equal(2000, height);
            var ink = Png.InkShare(await File.ReadAllBytesAsync(png, TestContext.Current.CancellationToken));
            Assert.True(ink > 0.01, $"The screenshot is nearly blank: {ink:P2} of pixels differ from the background.");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
