using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Tests.Serialization;

public sealed class TallyJsonTests
{
    private const string Bd = """{"edition":"provinces63","code":"74"}""";
    private const string Jan = """{"start":"2022-12-15","end":"2023-01-14","cutoffDay":14,"unit":"month","year":2023,"index":1}""";
    private const string Feb = """{"start":"2023-01-15","end":"2023-02-14","cutoffDay":14,"unit":"month","year":2023,"index":2}""";
    private const string Q1 = """{"start":"2022-12-15","end":"2023-03-14","cutoffDay":14,"unit":"quarter","year":2023,"index":1}""";

    private static string Traffic(string entries, string outside = "0") => $$"""{"outside":{{outside}},"entries":[{{entries}}]}""";

    private static string TrafficEntry(string period = Jan, string province = Bd, string accidents = "3", string deaths = "1", string injured = "2") =>
        $$"""{"province":{{province}},"period":{{period}},"accidents":{{accidents}},"deaths":{{deaths}},"injured":{{injured}}}""";

    private static string Case(string cells, string evaluatedAt = "[\"2023-01-14\",\"2023-02-14\"]", string period = Jan) =>
        $$"""{"outside":0,"entries":[{"province":{{Bd}},"period":{{period}},"evaluatedAt":{{evaluatedAt}},"cells":[{{cells}}]}]}""";

    private static string Cell(long recorded, long unfounded, long cleared, string clearedBy, string severity = "serious") =>
        $$"""{"severity":"{{severity}}","offenceGroup":"socialOrder","recorded":{{recorded}},"unfounded":{{unfounded}},"clearedInPeriod":{{cleared}},"clearedBy":{{clearedBy}}}""";

    [Fact]
    public void Deserialize_ValidTraffic_ReadsTheCounts()
    {
        var t = StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry()));

        Assert.Equal("3 accidents, 1 deaths, 2 injured", t.Get(Testing.Samples.BinhDuong, ReportingCalendar.VietnamStatistical.Month(2023, 1)).ToString());
    }

    [Theory]
    [InlineData("-1", "1", "2", "invalid member 'accidents': The accidents must not be negative; it was -1.")]
    [InlineData("3", "-1", "2", "invalid member 'deaths': The deaths must not be negative; it was -1.")]
    [InlineData("3", "1", "-2", "invalid member 'injured': The injured must not be negative; it was -2.")]
    [InlineData("0", "1", "0", "invalid member 'accidents': The accidents must be positive when there are deaths (1) or injured (0); it was 0.")]
    public void Deserialize_InvalidTrafficCounts_NameTheEntryMemberRuleAndValue(string accidents, string deaths, string injured, string message)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry(accidents: accidents, deaths: deaths, injured: injured))));

        Assert.Contains("TrafficTally.entries[0]: " + message, ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void Deserialize_TrafficMissingMembers_NameThem()
    {
        var top = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>("{}"));
        var entry = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic($$"""{"province":{{Bd}},"period":{{Jan}},"accidents":1}""")));
        var nullEntry = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic("null")));

        Assert.Contains("TrafficTally: 2 required members are missing: 'outside', 'entries'", top.Message, StringComparison.Ordinal);
        Assert.Contains("TrafficTally.entries[0]: 2 required members are missing: 'deaths', 'injured'", entry.Message, StringComparison.Ordinal);
        Assert.Contains("TrafficTally.entries[0]: 5 required members are missing", nullEntry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeOutside_Throws()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry(), "-3")));

        Assert.Contains("TrafficTally: invalid member 'outside': The outside count must not be negative; it was -3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnknownProvinceInAnEntry_ThrowsWithThePath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry(province: """{"edition":"provinces34","code":"74"}"""))));

        Assert.Contains("invalid member 'code'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was '74'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.entries[0].province", ex.Path);
    }

    [Fact]
    public void Deserialize_EndBeforeStartInAnEntryPeriod_ThrowsWithThePath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry(period: """{"start":"2023-02-01","end":"2023-01-01"}"""))));

        Assert.Contains("must not be before the start (01/02/2023); it was 01/01/2023", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.entries[0].period.end", ex.Path); // issue 20, class 11: down to the member (it was "$.entries[0].period")
    }

    [Fact]
    public void Deserialize_DuplicateKeysOrOverlappingPeriodsOrMixedEditions_Throw()
    {
        var twice = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry() + "," + TrafficEntry())));
        var overlap = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry() + "," + TrafficEntry(period: Q1))));
        var editions = Assert.Throws<JsonException>(() => StatsJson.Deserialize<TrafficTally>(Traffic(TrafficEntry() + "," + TrafficEntry(province: """{"edition":"provinces34","code":"79"}"""))));

        Assert.Contains("TrafficTally: invalid member 'entries': The tally keys must be distinct; Bình Dương (74, 63-unit edition), January 2023", twice.Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'entries': A tally's periods must be equal or disjoint; January 2023 (15/12/2022–14/01/2023) overlaps Q1 2023", overlap.Message, StringComparison.Ordinal);
        Assert.Contains("A tally's provinces must all be of one edition", editions.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ValidCaseTally_ReadsTheRunOff()
    {
        var t = StatsJson.Deserialize<CaseTally>(Case(Cell(5, 1, 2, "[1,3]")));
        var bd = Testing.Samples.BinhDuong;
        var jan = ReportingCalendar.VietnamStatistical.Month(2023, 1);

        Assert.Equal(4, t.Occurred(bd, jan));
        Assert.Equal(3, t.ClearedByEndOf(bd, jan, ReportingCalendar.VietnamStatistical.Month(2023, 2)));
    }

    [Theory]
    [InlineData(5, 1, 2, "[1,5]", "invalid member 'clearedBy': The cases cleared must not exceed the cases that occurred on a cohort basis (recorded 5 − unfounded 1 = 4); it was 5 at 14/02/2023.")]
    [InlineData(5, 6, 0, "[0,0]", "invalid member 'unfounded': The unfounded cases must not exceed the recorded cases (5); it was 6.")]
    [InlineData(5, 0, 0, "[3,2]", "invalid member 'clearedBy': The cleared-by counts must not decrease over the evaluation dates; 2 at 14/02/2023 follows 3.")]
    [InlineData(5, 0, 0, "[1]", "invalid member 'clearedBy': The cleared-by counts must have one value per evaluation date (2); it had 1.")]
    [InlineData(-5, 0, 0, "[0,0]", "invalid member 'recorded': The recorded must not be negative; it was -5.")]
    [InlineData(5, 0, -1, "[0,0]", "invalid member 'clearedInPeriod': The clearedInPeriod must not be negative; it was -1.")]
    [InlineData(5, 0, 0, "[-1,0]", "invalid member 'clearedBy': The clearedBy must not be negative; it was -1.")]
    public void Deserialize_CaseCellBreakingACohortRule_ThrowsNamingCellMemberRuleAndValue(long recorded, long unfounded, long cleared, string clearedBy, string message)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CaseTally>(Case(Cell(recorded, unfounded, cleared, clearedBy))));

        Assert.Contains("CaseTally.entries[0].cells[0]: " + message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CaseEvaluationDatesOutOfOrderOrBeforeThePeriodEnd_Throw()
    {
        var early = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CaseTally>(Case(Cell(1, 0, 0, "[0]"), "[\"2023-01-13\"]")));
        var order = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CaseTally>(Case(Cell(1, 0, 0, "[0,0]"), "[\"2023-02-14\",\"2023-01-14\"]")));

        Assert.Contains("CaseTally.entries[0]: invalid member 'evaluatedAt': The evaluation dates must not be before the end of the cohort's period (14/01/2023); one was 13/01/2023.", early.Message, StringComparison.Ordinal);
        Assert.Contains("strictly ascending; 14/01/2023 follows 14/02/2023", order.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CaseDuplicateCell_Throws()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CaseTally>(Case(Cell(1, 0, 0, "[0,0]") + "," + Cell(2, 0, 0, "[0,0]"))));

        Assert.Contains("CaseTally.entries[0].cells[1]: invalid member 'severity': Each (severity, offence group) cell must appear at most once; (Serious, SocialOrder) appears twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DrillKindTwiceOrAttendancesWithoutDrills_Throw()
    {
        const string Head = """{"outside":0,"entries":[{"province":{"edition":"provinces63","code":"74"},"period":{"start":"2022-12-15","end":"2023-01-14","cutoffDay":14,"unit":"month","year":2023,"index":1},"kinds":[""";
        var twice = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrillTally>(Head + """{"kind":"trainingClass","count":1,"attendances":2},{"kind":"trainingClass","count":1,"attendances":2}]}]}"""));
        var without = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrillTally>(Head + """{"kind":"trainingClass","count":0,"attendances":2}]}]}"""));

        Assert.Contains("DrillTally.entries[0].kinds[1]: invalid member 'kind': Each kind must appear at most once; TrainingClass appears twice.", twice.Message, StringComparison.Ordinal);
        Assert.Contains("DrillTally.entries[0].kinds[0]: invalid member 'count': The count must be positive when there are attendances (2); it was 0.", without.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ElectronicIdRules_Throw()
    {
        const string Head = """{"level":"level2","outside":0,"entries":[{"province":{"edition":"provinces63","code":"74"},"period":{"start":"2022-12-15","end":"2023-01-14","cutoffDay":14,"unit":"month","year":2023,"index":1},""";
        var outsidePeriod = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdTally>(Head + "\"accountsActivated\":5,\"earliestAsOf\":\"2023-01-01\",\"latestAsOf\":\"2023-01-20\"}]}"));
        var reversed = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdTally>(Head + "\"accountsActivated\":5,\"earliestAsOf\":\"2023-01-10\",\"latestAsOf\":\"2023-01-01\"}]}"));
        var exceeds = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdTally>(Head + "\"accountsActivated\":5,\"recordsReceived\":4,\"earliestAsOf\":\"2023-01-01\",\"latestAsOf\":\"2023-01-01\"}]}"));
        var noLevel = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ElectronicIdTally>(Head.Replace("\"level\":\"level2\",", string.Empty, StringComparison.Ordinal) + "\"accountsActivated\":5,\"earliestAsOf\":\"2023-01-01\",\"latestAsOf\":\"2023-01-01\"}]}"));

        Assert.Contains("invalid member 'earliestAsOf': The as-of dates must lie in the period January 2023 (15/12/2022–14/01/2023); they were 01/01/2023–20/01/2023.", outsidePeriod.Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'latestAsOf': The latest as-of date must not be before the earliest (10/01/2023); it was 01/01/2023.", reversed.Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'accountsActivated': The accounts activated must not exceed the records received (4); it was 5.", exceeds.Message, StringComparison.Ordinal);
        Assert.Contains("ElectronicIdTally: the required member 'level' is missing.", noLevel.Message, StringComparison.Ordinal);
        Assert.Equal(ElectronicIdTally.Empty, StatsJson.Deserialize<ElectronicIdTally>("""{"outside":0,"entries":[]}"""));
    }

    private const string ShareHead = """{"outside":0,"entries":[{"province":{"edition":"provinces63","code":"74"},"period":{"start":"2022-12-15","end":"2023-01-14","cutoffDay":14,"unit":"month","year":2023,"index":1},""";

    [Fact]
    public void Deserialize_ChipIdCardTally_ReadsTheShareAndItsDates()
    {
        var t = StatsJson.Deserialize<ChipIdCardTally>(ShareHead + "\"cardsIssued\":4,\"eligibleResidents\":5,\"earliestAsOf\":\"2023-01-02\",\"latestAsOf\":\"2023-01-10\"}]}");

        var e = t.Get(Testing.Samples.BinhDuong, ReportingCalendar.VietnamStatistical.Month(2023, 1));
        Assert.Equal(Share.Create(4, 5), e.Share);
        Assert.Equal(new DateOnly(2023, 1, 2), e.EarliestAsOf);
        Assert.Equal(new DateOnly(2023, 1, 10), e.LatestAsOf);
    }

    [Theory]
    [InlineData("\"cardsIssued\":6,\"eligibleResidents\":5", "invalid member 'cardsIssued': The cards issued must not exceed the eligible residents (5); it was 6.")]
    [InlineData("\"cardsIssued\":-1,\"eligibleResidents\":5", "invalid member 'cardsIssued': The cards issued must not be negative; it was -1.")]
    [InlineData("\"cardsIssued\":0,\"eligibleResidents\":0", "invalid member 'eligibleResidents': The eligible residents must be positive; it was 0.")]
    public void Deserialize_ChipIdCardRules_NameTheEntryMemberRuleAndValue(string counts, string message)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ChipIdCardTally>(ShareHead + counts + ",\"earliestAsOf\":\"2023-01-02\",\"latestAsOf\":\"2023-01-02\"}]}"));

        Assert.Contains("ChipIdCardTally.entries[0]: " + message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_OnlineServiceRules_NameTheEntryMemberRuleAndValue()
    {
        var above = Assert.Throws<JsonException>(() => StatsJson.Deserialize<OnlineServiceTally>(ShareHead + "\"servicesInFull\":26,\"servicesRequired\":25,\"earliestAsOf\":\"2023-01-02\",\"latestAsOf\":\"2023-01-02\"}]}"));
        var outside = Assert.Throws<JsonException>(() => StatsJson.Deserialize<OnlineServiceTally>(ShareHead + "\"servicesInFull\":25,\"servicesRequired\":25,\"earliestAsOf\":\"2023-01-02\",\"latestAsOf\":\"2023-02-02\"}]}"));
        var missing = Assert.Throws<JsonException>(() => StatsJson.Deserialize<OnlineServiceTally>(ShareHead + "\"servicesRequired\":25}]}"));

        Assert.Contains("OnlineServiceTally.entries[0]: invalid member 'servicesInFull': The services provided in full must not exceed the services required (25); it was 26.", above.Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'earliestAsOf': The as-of dates must lie in the period January 2023 (15/12/2022–14/01/2023); they were 02/01/2023–02/02/2023.", outside.Message, StringComparison.Ordinal);
        Assert.Contains("OnlineServiceTally.entries[0]: 3 required members are missing: 'servicesInFull', 'earliestAsOf', 'latestAsOf'.", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_ShareRecords_BreakingARule_NameMemberRuleAndValue()
    {
        var chip = Assert.Throws<JsonException>(() => StatsJson.Deserialize<PublicSecurity.Stats.Identity.ChipIdCardIssuance>("""{"province":{"edition":"provinces63","code":"74"},"asOf":"2023-05-22","cardsIssued":3,"eligibleResidents":2}"""));
        var services = Assert.Throws<JsonException>(() => StatsJson.Deserialize<PublicSecurity.Stats.Identity.OnlineServiceProvision>("""{"province":{"edition":"provinces63","code":"74"},"asOf":"2023-10-14","servicesInFull":25}"""));
        var unknown = Assert.Throws<JsonException>(() => StatsJson.Deserialize<PublicSecurity.Stats.Identity.OnlineServiceProvision>("""{"province":{"edition":"provinces63","code":"74"},"asOf":"2023-10-14","servicesInFull":25,"servicesRequired":25,"share":1}"""));

        Assert.Contains("ChipIdCardIssuance: invalid member 'cardsIssued': The cards issued must not exceed the eligible residents (2); it was 3.", chip.Message, StringComparison.Ordinal);
        Assert.Equal("$", chip.Path);
        Assert.Contains("OnlineServiceProvision: the required member 'servicesRequired' is missing.", services.Message, StringComparison.Ordinal);
        Assert.Contains("'share'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NegativeCampaignAndDrugCounts_Throw()
    {
        const string Key = "\"province\":{\"edition\":\"provinces63\",\"code\":\"74\"},\"period\":{\"start\":\"2022-12-15\",\"end\":\"2023-01-14\",\"cutoffDay\":14,\"unit\":\"month\",\"year\":2023,\"index\":1}";
        var campaign = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CampaignTally>("{\"outside\":0,\"entries\":[{" + Key + ",\"peakCrackdown\":-7,\"fugitiveArrestAndSurrender\":3}]}"));
        var drugs = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrugSeizureTally>("{\"outside\":0,\"entries\":[{" + Key + ",\"cases\":472,\"suspects\":-974,\"quantities\":[],\"guns\":7,\"rounds\":18}]}"));
        var quantity = Assert.Throws<JsonException>(() => StatsJson.Deserialize<DrugSeizureTally>("{\"outside\":0,\"entries\":[{" + Key + ",\"cases\":472,\"suspects\":974,\"quantities\":[{\"kind\":\"heroin\",\"amount\":0,\"unit\":\"gram\"}],\"guns\":7,\"rounds\":18}]}"));

        Assert.Contains("CampaignTally.entries[0]: invalid member 'peakCrackdown': The peakCrackdown must not be negative; it was -7.", campaign.Message, StringComparison.Ordinal);
        Assert.Contains("DrugSeizureTally.entries[0]: invalid member 'suspects': The suspects must not be negative; it was -974.", drugs.Message, StringComparison.Ordinal);
        Assert.Contains("DrugQuantity: invalid member 'amount': The amount must be positive; it was 0.", quantity.Message, StringComparison.Ordinal);
        Assert.Equal("$.entries[0].quantities[0]", quantity.Path);
    }

    [Theory]
    [InlineData("""{"outside":"0","entries":[]}""", "$.outside")]
    [InlineData("""{"outside":0,"entries":{}}""", "$.entries")]
    [InlineData("""{"outside":0,"entries":[],"extra":1}""", "$.extra")]
    public void Deserialize_TallyWithWrongTypes_ThrowsWithPath(string json, string path)
    {
        Assert.Equal(path, Assert.Throws<JsonException>(() => StatsJson.Deserialize<CampaignTally>(json)).Path);
        Assert.Equal(path, Assert.Throws<JsonException>(() => StatsJson.Deserialize<CaseTally>(json)).Path);
    }
}
