using System.Diagnostics;

namespace PublicSecurity.Stats.Tests.Testing;

/// <summary>Finds and runs headless Chromium for the browser tests (CI=true and no Chromium is a failure, never a skip).</summary>
public static class Chromium
{
    /// <summary>Gets the Chromium executable, or fails under CI / skips elsewhere when none is installed.</summary>
    public static string Require()
    {
        var chromium = Find();
        if (chromium is null)
        {
            var inCi = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.False(inCi, "CI=true but no Chromium is installed: .ci/run installs the Debian package 'chromium' before the tests.");
            Assert.Skip("Chromium is not installed (apt-get install -y chromium); CI runs this test.");
        }

        return chromium!;
    }

    /// <summary>Runs headless Chromium (at most 60 s) with a throwaway profile in <paramref name="workDirectory"/>.</summary>
    /// <returns>The exit code, standard output and standard error.</returns>
    public static async Task<(int ExitCode, string Output, string Error)> Run(string chromium, string workDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("timeout")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "60", chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(workDirectory, "profile")}",
        }.Concat(arguments))
        {
            start.ArgumentList.Add(arg);
        }

        var token = TestContext.Current.CancellationToken;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(token);
        var output = await process.StandardOutput.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        return (process.ExitCode, output, await error);
    }

    private static string? Find()
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
}
