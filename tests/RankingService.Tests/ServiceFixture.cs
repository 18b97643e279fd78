using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RankingService.Tests;

/// <summary>The service hosted in memory (TestServer), shared by the tests of a class.</summary>
public sealed class ServiceFixture : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder) =>
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

    /// <summary>POSTs a JSON body and returns the status, the media type and the parsed body (null when empty).</summary>
    public async Task<Answer> PostAsync(string path, string json)
    {
        using var client = CreateClient();
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return await Answer.ReadAsync(response);
    }

    /// <summary>GETs a path.</summary>
    public async Task<Answer> GetAsync(string path)
    {
        using var client = CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return await Answer.ReadAsync(response);
    }
}

/// <summary>A response: status, media type, text and parsed JSON.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Text, JsonElement Json)
{
    public static async Task<Answer> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var json = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, json);
    }

    /// <summary>Asserts a 400 problem+json carrying a detail that contains the text, the argument and the JSON path given.</summary>
    public void AssertProblem(HttpStatusCode status, string detailContains, string? argument = null, string? path = null)
    {
        Assert.True(Status == status, $"Expected {status}, got {Status}: {Text}");
        Assert.Equal("application/problem+json", MediaType);
        Assert.Equal((int)status, Json.GetProperty("status").GetInt32());
        Assert.Contains(detailContains, Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        if (argument is not null)
        {
            Assert.Equal(argument, Json.GetProperty("argument").GetString());
        }

        if (path is not null)
        {
            Assert.Equal(path, Json.GetProperty("path").GetString());
        }
    }

    public void AssertOk()
    {
        Assert.True(Status == HttpStatusCode.OK, $"Expected 200, got {Status}: {Text}");
        Assert.Equal("application/json", MediaType);
    }
}

/// <summary>Numbers compared with a relative tolerance (a per-capita rate is 14.999999999999998, not 15).</summary>
public static class Near
{
    public static void Equal(double expected, double actual, double relative = 1e-12) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Max(1, Math.Abs(expected)), $"Expected {expected}, got {actual}.");
}
