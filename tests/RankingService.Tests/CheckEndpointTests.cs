using System.Net;

namespace RankingService.Tests;

public sealed class CheckEndpointTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    private const string TenMonths = """{"start":"2022-12-15","end":"2023-10-14","cutoffDay":14,"unit":"firstMonths","year":2023,"index":10}""";
    private const string TenMonthsBefore = """{"start":"2021-12-15","end":"2022-10-14","cutoffDay":14,"unit":"firstMonths","year":2022,"index":10}""";

    private static string Figure(string measure, string value, string qualifier, string unit, string period = TenMonths) =>
        $$$"""{"measure":"{{{measure}}}","value":{{{value}}},"qualifier":"{{{qualifier}}}","unit":"{{{unit}}}","period":{{{period}}},"source":"Ngày Nay, 14/11/2023","quote":"…"}""";

    private static readonly string OverNinety = Figure("crime.clearanceRate", "90", "over", "%");

    [Theory]
    [InlineData(95, "consistent")]
    [InlineData(90, "inconsistent")]
    public async Task Check_ShareAgainstCounts_StatusUnderArithmetic(long cleared, string status)
    {
        var answer = await service.PostAsync("/check", $$$"""{"claim":{{{OverNinety}}},"counts":{"numerator":{{{cleared}}},"denominator":100}}""");

        answer.AssertOk();
        var arithmetic = answer.Json.GetProperty("arithmetic");
        Assert.Equal(status, arithmetic.GetProperty("status").GetString());
        Near.Equal(cleared, arithmetic.GetProperty("observed").GetDouble());
        Assert.Equal(91, arithmetic.GetProperty("satisfying").GetProperty("lower").GetDouble());
    }

    [Fact]
    public async Task Check_ChangeAgainstPublishedCounts_CarriesTheComparison()
    {
        // "giảm 27 vụ" (down 27 cases) against 100 cases now and 127 the same period last year.
        var claim = Figure("crime.cases.change", "-27", "exact", "cases");
        var published = $"[{Figure("crime.cases", "100", "exact", "cases")},{Figure("crime.cases", "127", "exact", "cases", TenMonthsBefore)}]";
        var answer = await service.PostAsync("/check", "{\"claim\":" + claim + ",\"published\":" + published + "}");

        answer.AssertOk();
        Assert.Equal("consistent", answer.Json.GetProperty("arithmetic").GetProperty("status").GetString());
        Assert.Equal(100, answer.Json.GetProperty("arithmetic").GetProperty("numerator").GetInt64());
        Assert.Equal(127, answer.Json.GetProperty("arithmetic").GetProperty("denominator").GetInt64());
    }

    [Fact]
    public async Task Check_ShareAgainstPublishedFiguresAlone_IsNotCheckable()
    {
        var answer = await service.PostAsync("/check", "{\"claim\":" + OverNinety + "}");

        answer.AssertOk();
        Assert.Equal("notCheckable", answer.Json.GetProperty("arithmetic").GetProperty("status").GetString());
        Assert.Equal("noCounts", answer.Json.GetProperty("arithmetic").GetProperty("notCheckableReason").GetString());
    }

    [Fact]
    public async Task Check_CountAgainstATotal()
    {
        var claim = Figure("crime.cases", "1000", "about", "cases");
        var answer = await service.PostAsync("/check", $$$"""{"claim":{{{claim}}},"counts":{"total":1020}}""");

        answer.AssertOk();
        Assert.Equal("consistent", answer.Json.GetProperty("arithmetic").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{}""", "claim (a published figure) must be given", "claim", "$.claim")]
    [InlineData("""{"claim":{"measure":"x"}}""", "required member", null, "$.claim")]
    [InlineData("CLAIM,\"counts\":{\"numerator\":5}}", "denominator of a share must be given", "denominator", "$.counts.denominator")]
    [InlineData("CLAIM,\"counts\":{\"numerator\":105,\"denominator\":100}}", "it was 105", "numerator", "$.counts")]
    [InlineData("CLAIM,\"counts\":{\"numerator\":5,\"denominator\":10},\"published\":[]}", "not both", "counts", "$.counts")]
    public async Task Check_BadInput_Is400Problem(string body, string detail, string? argument, string? path)
    {
        var answer = await service.PostAsync("/check", body.Replace("CLAIM", $$$"""{"claim":{{{OverNinety}}}""", StringComparison.Ordinal));

        answer.AssertProblem(HttpStatusCode.BadRequest, detail, argument, path);
    }
}
