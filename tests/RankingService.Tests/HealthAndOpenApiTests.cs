using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using PublicSecurity.Stats.Tests.Testing;

namespace RankingService.Tests;

public sealed class HealthAndOpenApiTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task Health_IsHealthyWithTheLibraryVersion()
    {
        var answer = await service.GetAsync("/health");

        answer.AssertOk();
        Assert.Equal("healthy", answer.Json.GetProperty("status").GetString());
        Assert.StartsWith("0.", answer.Json.GetProperty("library").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenApi_DocumentListsEveryRouteAndMatchesSnapshot()
    {
        var answer = await service.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var paths = answer.Json.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(["/check", "/compare", "/health", "/rank"], paths);
        Snapshot.Verify(JsonSerializer.Serialize(answer.Json, Indented), "json");
    }

    [Fact]
    public async Task Hello_IsOffUnlessTheLoadBaselineAsksForIt()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await service.GetAsync("/hello")).Status);

        using var withHello = service.WithWebHostBuilder(b => b.UseSetting("RankingService:HelloEndpoint", "true"));
        using var client = withHello.CreateClient();
        var text = await client.GetStringAsync(new Uri("/hello", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal("""{"message":"Hello, world!"}""", text);
    }
}
