using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Serialization;

public sealed class ModelJsonTests
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    public static TheoryData<string> Models => new()
    {
        "province", "figure", "criminalCase", "drugQuantity", "drugSeizure", "drill", "electronicIdActivation", "trafficAccident",
        "crackdownCampaign", "caseTally", "drugSeizureTally", "drillTally", "trafficTally", "electronicIdTally", "campaignTally",
        "chipIdCardIssuance", "onlineServiceProvision", "chipIdCardTally", "onlineServiceTally",
    };

    /// <summary>Writes one model of each kind and reads it back through the same generic entry point.</summary>
    private static (string Json, Func<string, object> Read, object Value) Make(string name) => name switch
    {
        "province" => Of(ProvinceCatalog.Find(ProvinceEdition.Provinces34, "24")),
        "figure" => Of(FigureRecord()),
        "criminalCase" => Of(CaseRecord()),
        "drugQuantity" => Of(DrugQuantity.Create(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram)),
        "drugSeizure" => Of(SeizureRecord()),
        "drill" => Of(DrillRecord()),
        "electronicIdActivation" => Of(ActivationRecord()),
        "trafficAccident" => Of(AccidentRecord()),
        "crackdownCampaign" => Of(CampaignRecord()),
        "caseTally" => Of(CaseTally.Tally(
            [CaseRecord(), CriminalCase.Create("BD-2023-0043", BinhDuong, OffenceGroup.Drugs, Severity.Serious, D(20, 3, 2023), CaseOutcome.Unfounded, D(1, 4, 2023))],
            [Vn.Month(2023, 2), Vn.Month(2023, 3), Vn.Month(2023, 4)])),
        "drugSeizureTally" => Of(DrugSeizureTally.Tally([SeizureRecord()], [Window])),
        "drillTally" => Of(new DrillTallyBuilder([Window]).Add(BinhDuong, Window, DrillKind.FirefightingPlanDrill, 286, 0).Add(DrillRecord()).Build()),
        "trafficTally" => Of(new TrafficTallyBuilder([Vn.Quarter(2022, 1), Vn.Quarter(2023, 1)]).Add(BinhDuong, Vn.Quarter(2023, 1), 97, 46, 78).Add(BinhDuong, Vn.Quarter(2022, 1), 144, 73, 103).Build()),
        "electronicIdTally" => Of(ElectronicIdTally.Tally([ActivationRecord()], [Vn.Year(2024)])),
        "chipIdCardIssuance" => Of(ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000)),
        "onlineServiceProvision" => Of(OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25)),
        "chipIdCardTally" => Of(ChipIdCardTally.Tally(
            [ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000), ChipIdCardIssuance.Create(BaRiaVungTau, D(31, 5, 2023), 850_000, 900_000)], [Vn.Year(2023), Vn.Year(2024)])),
        "onlineServiceTally" => Of(OnlineServiceTally.Tally([OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25)], [Window])),
        _ => Of(new CampaignTallyBuilder([Window]).Add(BinhDuong, Window, CampaignKind.PeakCrackdown, 7).Add(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender, 3).Build()),
    };

    private static (string, Func<string, object>, object) Of<T>(T value)
        where T : notnull => (StatsJson.Serialize(value, indented: true), json => StatsJson.Deserialize<T>(json), value);

    [Theory]
    [MemberData(nameof(Models))]
    public void RoundTrip_EachModel_IsEqual(string name)
    {
        var (json, read, value) = Make(name);

        var back = read(json);

        Assert.Equal(value, back);
        Assert.Equal(json, StatsJson.Serialize((dynamic)back, indented: true));
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Serialize_EachModel_MatchesSnapshot(string name)
    {
        Snapshot.Verify(Make(name).Json + "\n", "json", name);
    }

    [Fact]
    public void RoundTrip_ThroughTheContextDirectly_UsesTheValidatingConverters()
    {
        var json = JsonSerializer.Serialize(CaseRecord(), StatsJsonContext.Default.CriminalCase);

        Assert.Equal(CaseRecord(), JsonSerializer.Deserialize(json, StatsJsonContext.Default.CriminalCase));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("2023-02-10", "2023-01-10", StringComparison.Ordinal), StatsJsonContext.Default.CriminalCase));
    }

    [Fact]
    public void Serialize_Province_IsEditionAndCodeOnly()
    {
        Assert.Equal("""{"edition":"provinces63","code":"74"}""", StatsJson.Serialize(BinhDuong));
    }

    [Theory]
    [InlineData("""{"edition":"provinces34","code":"74"}""", "'code'", "34 units of the 34-unit edition; it was '74'")]
    [InlineData("""{"edition":"provinces63","code":"03"}""", "'code'", "63 units of the 63-unit edition; it was '03'")]
    public void Deserialize_UnknownEditionAndCode_ThrowsNamingTheValue(string json, string member, string rule)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>(json));

        Assert.Contains($"Province: invalid member {member}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownProvinceInsideARecord_ThrowsWithThePathOfTheProvince()
    {
        var json = "{\n  \"province\": {\"edition\": \"provinces34\", \"code\": \"74\"},\n  \"occurredOn\": \"2023-04-30\",\n  \"deaths\": 1,\n  \"injured\": 1\n}";

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficAccident>(json));

        Assert.Contains("invalid member 'code'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was '74'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.province", ex.Path);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"edition":"provinces50","code":"74"}""", "edition")]
    [InlineData("""{"edition":1,"code":"74"}""", "edition")]
    [InlineData("""{"edition":"provinces63","code":74}""", "code")]
    public void Deserialize_ProvinceWithWrongTypes_ThrowsJsonException(string json, string member)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>(json));

        Assert.Equal($"$.{member}", ex.Path);
    }

    [Fact]
    public void Deserialize_ProvinceMissingMembers_NamesThemAll()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>("{}"));

        Assert.Contains("Province: 2 required members are missing: 'edition', 'code'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OutcomeBeforeRecording_ThrowsNamingMemberRuleAndValue()
    {
        var json = Json(CaseRecord()).Replace("\"outcomeOn\": \"2023-02-10\"", "\"outcomeOn\": \"2023-02-01\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.Contains("CriminalCase: invalid member 'outcomeOn': The outcome date must not be before the recorded date (03/02/2023); it was 01/02/2023.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException?.InnerException);
    }

    [Fact]
    public void Deserialize_CaseMissingMembers_NamesEveryMissingMember()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>("""{"id":"x"}"""));

        Assert.Contains("CriminalCase: 5 required members are missing: 'province', 'offenceGroup', 'severity', 'recordedOn', 'outcome'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ClearedCaseWithoutOutcomeDate_Throws()
    {
        var json = Json(CaseRecord()).Replace(",\n  \"outcomeOn\": \"2023-02-10\"", string.Empty, StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.Contains("invalid member 'outcomeOn': The outcome date is required when the outcome is ClearedByArrest; it was null.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deaths", "-1", "TrafficAccident: invalid member 'deaths': The deaths must not be negative; it was -1.")]
    [InlineData("injured", "-2", "TrafficAccident: invalid member 'injured': The injured must not be negative; it was -2.")]
    public void Deserialize_NegativeAccidentCounts_ThrowNamingMemberRuleAndValue(string member, string value, string message)
    {
        var json = Json(AccidentRecord()).Replace($"\"{member}\": 1", $"\"{member}\": {value}", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficAccident>(json));

        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeCountsInEveryRecord_ThrowJsonException()
    {
        Assert.Contains("invalid member 'rounds': The rounds must not be negative; it was -18.", Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrugSeizure>(Json(SeizureRecord()).Replace("\"rounds\": 6", "\"rounds\": -18", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'attendances': The attendances must not be negative; it was -120.", Assert.Throws<JsonException>(() => StatsJson.Deserialize<Drill>(Json(DrillRecord()).Replace("120", "-120", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'accountsActivated': The accounts activated must not exceed the records received (1853482); it was 2000000.", Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdActivation>(Json(ActivationRecord()).Replace("1638237", "2000000", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'recordsReceived': The recordsReceived must not be negative; it was -1.", Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdActivation>(Json(ActivationRecord()).Replace("1853482", "-1", StringComparison.Ordinal))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeOrFractionalQuantityInsideASeizure_ThrowsWithThePathOfTheSubstance()
    {
        var negative = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrugSeizure>(Json(SeizureRecord()).Replace("1250.5", "-1250.5", StringComparison.Ordinal)));
        var fraction = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrugSeizure>(Json(SeizureRecord()).Replace("\"amount\": 120", "\"amount\": 120.5", StringComparison.Ordinal)));

        Assert.Contains("DrugQuantity: invalid member 'amount': The amount must be positive; it was -1250.5.", negative.Message, StringComparison.Ordinal);
        Assert.Equal("$.substances[0]", negative.Path);
        Assert.Contains("The amount in Tablet units must be a whole number; it was 120.5.", fraction.Message, StringComparison.Ordinal);
        Assert.Equal("$.substances[1]", fraction.Path);
    }

    [Fact]
    public void Deserialize_CampaignEndBeforeStart_ThrowsNamingMemberRuleAndValue()
    {
        var json = Json(CampaignRecord()).Replace("2023-03-31", "2023-02-28", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CrackdownCampaign>(json));

        Assert.Contains("CrackdownCampaign: invalid member 'end': The end must not be before the start (01/03/2023); it was 28/02/2023.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FigureWithPeriodEndingBeforeItStarts_ThrowsWithThePathOfThePeriod()
    {
        var json = """{"measure":"m","value":1,"qualifier":"exact","unit":"u","period":{"start":"2023-05-02","end":"2023-05-01"},"source":"s"}""";

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<PublishedFigure>(json));

        Assert.Contains("must not be before the start (02/05/2023); it was 01/05/2023", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.period.end", ex.Path); // issue 20, class 11: down to the member (it was "$.period")
    }

    [Fact]
    public void Deserialize_FigureWithPeriodAndAsOf_Throws()
    {
        var json = """{"measure":"m","value":1,"qualifier":"exact","unit":"u","period":{"start":"2023-05-01","end":"2023-05-02"},"asOf":"2023-05-02","source":"s"}""";

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<PublishedFigure>(json));

        Assert.Contains("PublishedFigure: invalid member 'asOf': A figure is a flow over a period or a stock as of a date, not both", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"province":"74","occurredOn":"2023-04-30","deaths":1,"injured":1}""", "$.province")]
    [InlineData("""{"province":{"edition":"provinces63","code":"74"},"occurredOn":"30/04/2023","deaths":1,"injured":1}""", "$.occurredOn")]
    [InlineData("""{"province":{"edition":"provinces63","code":"74"},"occurredOn":"2023-04-30","deaths":"1","injured":1}""", "$.deaths")]
    [InlineData("""{"province":{"edition":"provinces63","code":"74"},"occurredOn":"2023-04-30","deaths":1.5,"injured":1}""", "$.deaths")]
    [InlineData("""{"province":{"edition":"provinces63","code":"74"},"occurredOn":"2023-04-30","deaths":1,"injured":1,"vehicles":2}""", "$.vehicles")]
    [InlineData("""[1]""", "$")]
    public void Deserialize_WrongTypes_ThrowJsonExceptionWithPathAndLine(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficAccident>(json));

        Assert.Equal(path, ex.Path);
        Assert.Contains($"Path: {path}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"id":"x","province":{"edition":"provinces63","code":"74"},"offenceGroup":2,"severity":"serious","recordedOn":"2023-01-01","outcome":"notCleared"}""", "$.offenceGroup")]
    [InlineData("""{"id":"x","province":{"edition":"provinces63","code":"74"},"offenceGroup":"narcotics","severity":"serious","recordedOn":"2023-01-01","outcome":"notCleared"}""", "$.offenceGroup")]
    [InlineData("""{"id":7,"province":{"edition":"provinces63","code":"74"},"offenceGroup":"drugs","severity":"serious","recordedOn":"2023-01-01","outcome":"notCleared"}""", "$.id")]
    public void Deserialize_CaseWithWrongTypes_ThrowsJsonExceptionWithPath(string json, string path)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.Equal(path, ex.Path);
    }

    [Fact]
    public void Deserialize_InvalidRecordInsideAnArray_FillsTheIndexInThePath()
    {
        var options = StatsJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() });
        var json = "[" + StatsJson.Serialize(AccidentRecord()) + "," + StatsJson.Serialize(AccidentRecord()).Replace("\"deaths\":1", "\"deaths\":-1", StringComparison.Ordinal) + "]";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrafficAccident[]>)options.GetTypeInfo(typeof(TrafficAccident[]))));

        Assert.Equal("$[1]", ex.Path);
        Assert.Contains("invalid member 'deaths'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_CallerOptions_WriteModelsAsStatsJsonDoesAndConfigureOnce()
    {
        var options = StatsJson.Configure(StatsJson.Configure(new JsonSerializerOptions()));

        var json = JsonSerializer.Serialize(AccidentRecord(), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<TrafficAccident>)options.GetTypeInfo(typeof(TrafficAccident)));

        Assert.Equal(StatsJson.Serialize(AccidentRecord()), json);
        Assert.Single(options.TypeInfoResolverChain);
        Assert.Single(options.Converters);
    }

    [Fact]
    public void Configure_ReadOnlyOptions_ThrowsInvalidOperationException()
    {
        var options = new JsonSerializerOptions();
        options.MakeReadOnly(populateMissingResolver: true);

        var ex = Assert.Throws<InvalidOperationException>(() => StatsJson.Configure(options));

        Assert.Contains("must not be read-only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configure_NullOptions_ThrowsArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => StatsJson.Configure(null!));

        Assert.Equal("options", ex.ParamName);
    }

    private static string Json<T>(T value) => StatsJson.Serialize(value, indented: true);
}
