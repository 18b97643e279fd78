using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PublicSecurity.Stats;
using PublicSecurity.Stats.Rankings;

namespace RankingService.Tests;

public sealed class RankEndpointTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private static readonly IReadOnlyList<Province> All63 = ProvinceCatalog.All(ProvinceEdition.Provinces63);

    /// <summary>All 63 provinces with count 10 + the province's position, per 100,000 residents.</summary>
    internal static string PerCapita63(string extra = "")
    {
        var observations = string.Join(",", All63.Select((p, i) => $"{{\"province\":\"{p.Code}\",\"count\":{10 + i}}}"));
        return $"{{\"measure\":\"perCapita\",\"observations\":[{observations}]{extra}}}";
    }

    [Fact]
    public async Task Rank_Counts_LowestFirstWithTiesAtTheirMinimumRank()
    {
        var answer = await service.PostAsync("/rank", """
            {"measure":"count","observations":[{"province":"01","count":5},{"province":"79","count":3},{"province":"74","count":9},{"province":"48","count":3}]}
            """);

        answer.AssertOk();
        var rows = answer.Json.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("provinceCode").GetString()!, e => e.GetProperty("rank").GetDouble());
        Assert.Equal(new Dictionary<string, double> { ["79"] = 1, ["48"] = 1, ["01"] = 3, ["74"] = 4 }, rows);
        Assert.False(answer.Json.GetProperty("higherIsBetter").GetBoolean());
        Assert.Equal("count", answer.Json.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Rank_PerCapita63_ValuesArePer100kOfTheCatalogPopulation()
    {
        var answer = await service.PostAsync("/rank", PerCapita63());

        answer.AssertOk();
        Assert.Equal(63, answer.Json.GetProperty("rankedCount").GetInt32());
        var entries = answer.Json.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(63, entries.Count);
        foreach (var entry in entries)
        {
            var code = entry.GetProperty("provinceCode").GetString()!;
            var index = All63.ToList().FindIndex(p => p.Code == code);
            double population = ProvinceCatalog.Population.PopulationOf(All63[index]);
            Near.Equal((10 + index) * 100_000 / population, entry.GetProperty("value").GetDouble());
        }

        var values = entries.Select(e => e.GetProperty("value").GetDouble()).ToList();
        Assert.Equal(values.Order().ToList(), values);
        Assert.Equal(1, entries[0].GetProperty("rank").GetDouble());
        Assert.False(entries[0].TryGetProperty("rankInterval", out _));
    }

    [Fact]
    public async Task Rank_Proportion_HighestFirst_MissingProvinceLastWithNullValue()
    {
        var answer = await service.PostAsync("/rank", """
            {"measure":"proportion","observations":[{"province":"01","count":9,"denominator":10},{"province":"79","count":1,"denominator":4},{"province":"74"}]}
            """);

        answer.AssertOk();
        var entries = answer.Json.GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(["01", "79", "74"], entries.Select(e => e.GetProperty("provinceCode").GetString()));
        Near.Equal(0.9, entries[0].GetProperty("value").GetDouble());
        Near.Equal(0.25, entries[1].GetProperty("value").GetDouble());
        Assert.False(entries[2].TryGetProperty("value", out _));
        Assert.Equal(3, entries[2].GetProperty("rank").GetDouble());
    }

    [Fact]
    public async Task Rank_WithIntervals_SameAsTheLibraryAndReproducible()
    {
        var body = PerCapita63(""","intervals":{"draws":1000,"seed":7}""");
        var first = await service.PostAsync("/rank", body);
        var second = await service.PostAsync("/rank", body);

        first.AssertOk();
        Assert.Equal(first.Text, second.Text);
        var library = RankIntervals.MonteCarlo(
            RankingMeasure.PerCapita("per 100,000 residents", false),
            All63.Select((p, i) => RankingObservation.PerCapita(p, 10 + i)),
            seed: 7,
            draws: 1000);
        var expected = library.Entries.ToDictionary(e => e.Key.Code);
        foreach (var entry in first.Json.GetProperty("entries").EnumerateArray())
        {
            var interval = entry.GetProperty("rankInterval");
            var want = expected[entry.GetProperty("provinceCode").GetString()!];
            Assert.Equal(want.Lower, interval.GetProperty("lower").GetInt32());
            Assert.Equal(want.Upper, interval.GetProperty("upper").GetInt32());
            Near.Equal(want.MeanRank, interval.GetProperty("meanRank").GetDouble());
            Assert.InRange(entry.GetProperty("rank").GetDouble(), want.Lower, want.Upper);
        }

        var info = first.Json.GetProperty("rankIntervals");
        Assert.Equal(1000, info.GetProperty("draws").GetInt32());
        Assert.Equal(7, info.GetProperty("seed").GetInt64());
    }

    [Fact]
    public async Task Rank_WithSets_TheClearBestIsSurelyFirstAndTheTauBestSetIsTheLibrarys()
    {
        var answer = await service.PostAsync("/rank", """
            {"measure":"count","higherIsBetter":true,"observations":[{"province":"01","count":5000},{"province":"79","count":100},{"province":"74","count":98}],"sets":{"top":1}}
            """);

        answer.AssertOk();
        var sets = answer.Json.GetProperty("sets");
        Assert.Equal(["01"], sets.GetProperty("mayBeAmongTop").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["01"], sets.GetProperty("surelyAmongTop").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, sets.GetProperty("tauBest").GetProperty("tau").GetInt32());
        var rows = answer.Json.GetProperty("entries").EnumerateArray().ToList();
        Assert.True(rows[0].GetProperty("inTauBestSet").GetBoolean());
        Assert.False(rows[1].GetProperty("inTauBestSet").GetBoolean());
        Assert.Equal(1, rows[0].GetProperty("simultaneousRankSet").GetProperty("upper").GetInt32());
        Assert.Equal(2, rows[1].GetProperty("simultaneousRankSet").GetProperty("lower").GetInt32());
    }

    [Theory]
    [InlineData("""{"observations":[]}""", "must be given", "measure", "$.measure")]
    [InlineData("""{"measure":"count"}""", "observations (one per province) must be given", "observations", "$.observations")]
    [InlineData("""{"measure":"count","observations":[{"count":1}]}""", "province code must be given", "province", "$.observations[0].province")]
    [InlineData("""{"measure":"count","observations":[{"province":"99","count":1}]}""", "it was '99'", "code", "$.observations[0].province")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":-1}]}""", "it was -1", "count", "$.observations[0]")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":1},{"province":"01","count":2}]}""", "Hà Nội", "observations", "$.observations")]
    [InlineData("""{"measure":"proportion","observations":[{"province":"01","count":1}]}""", "trials of a proportion must be given", "denominator", "$.observations[0].denominator")]
    [InlineData("""{"measure":"proportion","observations":[{"province":"01","count":5,"denominator":4}]}""", "it was 5", null, "$.observations[0]")]
    [InlineData("""{"measure":"count","name":" ","observations":[]}""", "whitespace", null, "$.name")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":1}],"intervals":{"level":1.5}}""", "1.5", "level", "$.intervals")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":1}],"intervals":{"draws":0}}""", "draws must be positive; it was 0", "draws", "$.intervals")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":1}],"sets":{}}""", "K of the top K must be given", "sets.top", "$.sets.top")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":1}],"sets":{"top":2}}""", "from 1 to the number of provinces ranked (1); it was 2", "sets.top", "$.sets.top")]
    [InlineData("""{"measure":"ratio","observations":[]}""", "must be one of the names", null, "$.measure")]
    [InlineData("""{"measure":"count","observations":[],"bogus":1}""", "bogus", null, "$.bogus")]
    [InlineData("""{"measure":"count","observations":[{"province":"01","count":"many"}]}""", "could not be converted", null, "$.observations[0].count")]
    [InlineData("""{"measure":"count",""", "", null, null)]
    [InlineData("null", "must be a JSON object; it was null", null, "$")]
    public async Task Rank_BadInput_Is400ProblemWithTheMessageArgumentAndPath(string body, string detail, string? argument, string? path)
    {
        var answer = await service.PostAsync("/rank", body);

        answer.AssertProblem(HttpStatusCode.BadRequest, detail, argument, path);
    }

    [Theory]
    [InlineData("intervals")]
    [InlineData("sets")]
    public async Task Rank_DrawsOverTheLimit_Is400NamingTheLimit(string what)
    {
        var extra = what == "sets" ? ""","sets":{"top":1,"draws":10001}""" : ""","intervals":{"draws":10001}""";
        var answer = await service.PostAsync("/rank", PerCapita63(extra));

        answer.AssertProblem(HttpStatusCode.BadRequest, "must not exceed the service's limit (10,000); it was 10001", "draws", $"$.{what}.draws");
        Assert.Equal(10_000, answer.Json.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Rank_DeclaredBodyOverOneMebibyte_Is413()
    {
        var answer = await service.PostAsync("/rank", PerCapita63() + new string(' ', ServiceLimits.MaxBodyBytes));

        answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "must not exceed 1048576 bytes; it declared", path: null);
        Assert.Equal(ServiceLimits.MaxBodyBytes, answer.Json.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Rank_ChunkedBodyOverOneMebibyte_Is413()
    {
        using var client = service.CreateClient();
        var bytes = Encoding.UTF8.GetBytes(PerCapita63() + new string(' ', ServiceLimits.MaxBodyBytes));
        using var content = new StreamContent(new UnknownLengthStream(bytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri("/rank", UriKind.Relative), content, TestContext.Current.CancellationToken);
        var answer = await Answer.ReadAsync(response);

        Assert.Null(content.Headers.ContentLength);
        answer.AssertProblem(HttpStatusCode.RequestEntityTooLarge, "must not exceed 1048576 bytes");
    }

    [Fact]
    public async Task Rank_NotJson_Is415()
    {
        using var client = service.CreateClient();
        using var content = new StringContent("measure=count", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync(new Uri("/rank", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Rank_ClientAborted_StopsTheWorkAndAnswers499()
    {
        using var aborted = new CancellationTokenSource();
        await aborted.CancelAsync();
        var context = await service.Server.SendAsync(
            c =>
            {
                c.Request.Method = "POST";
                c.Request.Path = "/rank";
                c.Request.ContentType = "application/json";
                c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(PerCapita63(""","intervals":{"draws":10000}""")));
                c.RequestAborted = aborted.Token;
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(Endpoints.ClientClosedRequest, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        Assert.Equal(string.Empty, await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>A stream whose length is unknown, so that the body is sent chunked, without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
