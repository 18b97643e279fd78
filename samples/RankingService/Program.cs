using System.Reflection;
using PublicSecurity.Stats.Claims;
using PublicSecurity.Stats.Serialization;
using RankingService;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Services.ConfigureHttpJsonOptions(options => ServiceJson.Configure(options.SerializerOptions));
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ServiceLimits.MaxBodyBytes);
builder.Services.AddOpenApi();

var app = builder.Build();
app.MapOpenApi();

app.MapPost("/rank", static (HttpContext context, CancellationToken _) =>
        Endpoints.Handle(context, ServiceJson.Info<RankRequest>(), Ranker.Rank, ServiceJson.Info<RankResponse>()))
    .WithName("Rank")
    .WithSummary("Ranks provinces under a measure, with Monte Carlo rank intervals and rank confidence sets on request.")
    .Accepts<RankRequest>("application/json")
    .Produces<RankResponse>()
    .Produces<Problem>(StatusCodes.Status400BadRequest, Problems.ContentType)
    .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, Problems.ContentType);

app.MapPost("/compare", static (HttpContext context, CancellationToken _) =>
        Endpoints.Handle(context, ServiceJson.Info<CompareRequest>(), Comparer.Compare, ServiceJson.Info<CompareResponse>()))
    .WithName("Compare")
    .WithSummary("Compares two counts (their verdict), or two periods of a province in a tally (the verdict and the data's coverage).")
    .Accepts<CompareRequest>("application/json")
    .Produces<CompareResponse>()
    .Produces<Problem>(StatusCodes.Status400BadRequest, Problems.ContentType)
    .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, Problems.ContentType);

app.MapPost("/check", static (HttpContext context, CancellationToken _) =>
        Endpoints.Handle(context, ServiceJson.Info<CheckRequest>(), ClaimChecker.Check, ServiceJson.Info<ClaimCheck>()))
    .WithName("Check")
    .WithSummary("Checks a published claim against the figures published with it, or against counts.")
    .Accepts<CheckRequest>("application/json")
    .Produces<ClaimCheck>()
    .Produces<Problem>(StatusCodes.Status400BadRequest, Problems.ContentType)
    .Produces<Problem>(StatusCodes.Status413PayloadTooLarge, Problems.ContentType);

var library = typeof(StatsJson).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
var health = new HealthResponse { Status = "healthy", Library = library };
app.MapGet("/health", () => TypedResults.Json(health, ServiceJson.Info<HealthResponse>()))
    .WithName("Health")
    .WithSummary("Says the service is up, and the library's version.");

// The hello-world endpoint of the load benchmark's baseline (benchmarks/load): off unless RankingService:HelloEndpoint is
// true (command line --RankingService:HelloEndpoint=true, or RankingService__HelloEndpoint=true in the environment).
if (app.Configuration.GetValue<bool>("RankingService:HelloEndpoint"))
{
    var hello = new HelloResponse { Message = "Hello, world!" };
    app.MapGet("/hello", () => TypedResults.Json(hello, ServiceJson.Info<HelloResponse>())).ExcludeFromDescription();
}

app.Run();

/// <summary>The service's entry point (public for the tests' WebApplicationFactory).</summary>
public partial class Program;
