using System.Net;

namespace RankingService.Tests;

public sealed class CompareEndpointTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string Province = """{"edition":"provinces63","code":"74"}""";
    private const string Q1of2022 = """{"start":"2021-12-15","end":"2022-03-14","cutoffDay":14,"unit":"quarter","year":2022,"index":1}""";
    private const string Q1of2023 = """{"start":"2022-12-15","end":"2023-03-14","cutoffDay":14,"unit":"quarter","year":2023,"index":1}""";

    /// <summary>Bình Dương's traffic accidents, deaths and injured, Q1 2022 and Q1 2023 (the library's snapshot tally).</summary>
    internal static string Traffic(string coverage = "", int outside = 0) =>
        $$$"""{"outside":{{{outside}}},{{{coverage}}}"entries":[{"province":{{{Province}}},"period":{{{Q1of2022}}},"accidents":144,"deaths":73,"injured":103},{"province":{{{Province}}},"period":{{{Q1of2023}}},"accidents":97,"deaths":46,"injured":78}]}""";

    internal static string TrafficRequest(string coverage = "", string asOf = ""","dataAsOf":"2023-03-14" """) =>
        "{\"tallies\":{\"traffic\":" + Traffic(coverage) + ",\"province\":" + Province + ",\"current\":" + Q1of2023 + asOf + "}}";

    [Fact]
    public async Task Compare_Counts_VerdictOfTheExactTest()
    {
        var answer = await service.PostAsync("/compare", """{"counts":{"current":12,"baseline":9}}""");

        answer.AssertOk();
        var verdict = answer.Json.GetProperty("counts");
        Assert.Equal(1, verdict.GetProperty("increasedCount").GetInt32());
        var comparison = verdict.GetProperty("metrics")[0].GetProperty("comparison");
        Near.Equal(12.0 / 9.0, comparison.GetProperty("rateRatio").GetDouble());
        Assert.Equal(3, comparison.GetProperty("absoluteChange").GetInt64());
        Assert.False(comparison.GetProperty("isSignificant").GetBoolean());
        Assert.False(answer.Json.TryGetProperty("tallies", out _));
    }

    [Fact]
    public async Task Compare_CountsWithExposures_RatesArePerExposure()
    {
        var answer = await service.PostAsync("/compare", """{"counts":{"current":300,"baseline":100,"currentExposure":2,"baselineExposure":1,"confidence":0.9}}""");

        answer.AssertOk();
        var comparison = answer.Json.GetProperty("counts").GetProperty("metrics")[0].GetProperty("comparison");
        Near.Equal(1.5, comparison.GetProperty("rateRatio").GetDouble());
        Near.Equal(0.9, comparison.GetProperty("confidence").GetDouble());
        Assert.True(comparison.GetProperty("isSignificant").GetBoolean());
    }

    [Fact]
    public async Task Compare_TrafficTally_AllThreeCriteriaDecreased_BaselineIsTheSamePeriodLastYear()
    {
        var answer = await service.PostAsync("/compare", TrafficRequest());

        answer.AssertOk();
        var comparison = answer.Json.GetProperty("tallies");
        Assert.Equal("2021-12-15", comparison.GetProperty("baseline").GetProperty("start").GetString());
        Assert.Equal(90, comparison.GetProperty("currentExposureDays").GetInt32());
        Assert.Equal(3, comparison.GetProperty("verdict").GetProperty("decreasedCount").GetInt32());
        Assert.False(comparison.TryGetProperty("coverage", out _));
    }

    [Fact]
    public async Task Compare_TallyWithCoverage_CarriesTheCoverageAndItsAsOfDate()
    {
        var answer = await service.PostAsync("/compare", TrafficRequest("\"coverage\":{\"from\":\"2021-12-15\",\"asOf\":\"2023-03-14\"},", asOf: ""));

        answer.AssertOk();
        var comparison = answer.Json.GetProperty("tallies");
        Assert.Equal("2021-12-15", comparison.GetProperty("coverage").GetProperty("from").GetString());
        Assert.Equal("2023-03-14", comparison.GetProperty("dataAsOf").GetString());
        Assert.False(comparison.GetProperty("isBaselinePartial").GetBoolean());
    }

    [Theory]
    [InlineData("""{}""", "Exactly one of counts and tallies must be given; it was neither.", "counts", "$")]
    [InlineData("""{"counts":{"current":1,"baseline":1},"tallies":{}}""", "it was both.", "counts", "$")]
    [InlineData("""{"counts":{"baseline":1}}""", "current count must be given", "current", "$.counts.current")]
    [InlineData("""{"counts":{"current":1}}""", "baseline count must be given", "baseline", "$.counts.baseline")]
    [InlineData("""{"counts":{"current":-2,"baseline":1}}""", "it was -2", "current", "$.counts")]
    [InlineData("""{"counts":{"current":2,"baseline":1,"confidence":1}}""", "it was 1", "confidence", "$.counts")]
    [InlineData("""{"tallies":{}}""", "Exactly one tally (traffic, cases or drugs) must be given; 0 were.", "tallies", "$.tallies")]
    [InlineData("""{"counts":{"current":1,"baseline":1,"extra":0}}""", "extra", null, "$.counts.extra")]
    public async Task Compare_BadInput_Is400Problem(string body, string detail, string? argument, string? path)
    {
        var answer = await service.PostAsync("/compare", body);

        answer.AssertProblem(HttpStatusCode.BadRequest, detail, argument, path);
    }

    [Fact]
    public async Task Compare_TallyBreakingARule_CarriesTheLibrarysMessageAndPath()
    {
        var answer = await service.PostAsync("/compare", "{\"tallies\":{\"traffic\":" + Traffic(outside: -1) + "}}");

        answer.AssertProblem(HttpStatusCode.BadRequest, "The outside count must not be negative; it was -1.", path: "$.tallies.traffic");
    }

    [Fact]
    public async Task Compare_TallyWithoutCoverageOrAsOfDate_Is400()
    {
        var answer = await service.PostAsync("/compare", TrafficRequest(asOf: ""));

        answer.AssertProblem(HttpStatusCode.BadRequest, "as-of date", "dataAsOf", "$.tallies.dataAsOf");
    }

    [Fact]
    public async Task Compare_PeriodAfterTheAsOfDate_IsRefusedWithTheLibrarysMessage()
    {
        var answer = await service.PostAsync("/compare", TrafficRequest(asOf: ""","dataAsOf":"2023-02-01" """));

        answer.AssertProblem(HttpStatusCode.BadRequest, "2023", path: "$.tallies");
    }
}
