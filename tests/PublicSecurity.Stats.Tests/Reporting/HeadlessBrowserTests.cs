using System.Diagnostics;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Reporting;

/// <summary>Renders the full HTML report in headless Chromium and checks that a non-blank screenshot comes out.</summary>
public sealed class HeadlessBrowserTests
{
    private static string? FindChromium()
    {
        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public async Task Report_InHeadlessChromium_RendersANonBlankPage(string lang)
    {
        var chromium = FindChromium();
        var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (chromium is null)
        {
            Assert.False(inCi, "CI=true but no Chromium is installed: .ci/run installs the Debian package 'chromium' before the tests.");
            Assert.Skip("Chromium is not installed (apt-get install -y chromium); CI runs this test.");
        }

        var dir = Directory.CreateTempSubdirectory("ps-stats-chromium-");
        try
        {
            var html = Path.Combine(dir.FullName, "report.html");
            var png = Path.Combine(dir.FullName, "report.png");
            var language = lang == "vi" ? Language.Vietnamese : Language.English;
            await File.WriteAllTextAsync(html, SampleReports.BinhDuong10Months2023Analysis().ToHtmlDocument(language), TestContext.Current.CancellationToken);

            var start = new ProcessStartInfo("timeout")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[]
            {
                "60", chromium!, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(dir.FullName, "profile")}",
                "--window-size=1280,2000", $"--screenshot={png}", new Uri(html).AbsoluteUri,
            })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            _ = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.True(File.Exists(png), $"Chromium wrote no screenshot (exit {process.ExitCode}): {await stderr}");
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
