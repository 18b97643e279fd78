using System.Text;
using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Serialization;

/// <summary>
/// Reading <see cref="CriminalCase"/> and <see cref="Province"/>: every way a member can be present, absent, null,
/// repeated, escaped, of the wrong type or breaking a rule, with the message and path each fault gives.
/// </summary>
public sealed class CriminalCaseJsonReadTests
{
    // The members of Samples.CaseRecord() in the order they are written.
    private static readonly (string Name, string Value)[] Members =
    [
        ("id", "\"BD-2023-0042\""),
        ("province", """{"edition":"provinces63","code":"74"}"""),
        ("offenceGroup", "\"socialOrder\""),
        ("iccsSection", "\"actsCausingHarm\""),
        ("severity", "\"verySerious\""),
        ("recordedOn", "\"2023-02-03\""),
        ("occurredOn", "\"2023-02-02\""),
        ("outcome", "\"clearedByArrest\""),
        ("outcomeOn", "\"2023-02-10\""),
    ];

    public static TheoryData<string> RequiredMembers => new() { "id", "province", "offenceGroup", "severity", "recordedOn", "outcome" };

    [Fact]
    public void Read_EveryMember_EqualsTheFactoryRecord()
    {
        Assert.Equal(CaseRecord(), StatsJson.Deserialize<CriminalCase>(Case()));
    }

    [Fact]
    public void Read_MembersInReverseOrder_GiveTheSameRecord()
    {
        var json = "{" + string.Join(",", Enumerable.Reverse(Members).Select(m => $"\"{m.Name}\":{m.Value}")) + "}";

        Assert.Equal(CaseRecord(), StatsJson.Deserialize<CriminalCase>(json));
    }

    [Fact]
    public void Read_OptionalMembersNull_AreNull()
    {
        var json = Case(("occurredOn", "null"), ("iccsSection", "null"));

        var expected = CriminalCase.Create("BD-2023-0042", BinhDuong, OffenceGroup.SocialOrder, Severity.VerySerious, D(3, 2, 2023), CaseOutcome.ClearedByArrest, D(10, 2, 2023));
        Assert.Equal(expected, StatsJson.Deserialize<CriminalCase>(json));
    }

    [Fact]
    public void Read_OptionalMembersAbsent_AreNull()
    {
        var json = Case(("occurredOn", null), ("iccsSection", null));

        var back = StatsJson.Deserialize<CriminalCase>(json);

        Assert.Null(back.OccurredOn);
        Assert.Null(back.IccsSection);
    }

    [Theory]
    [InlineData("null")]
    [InlineData(null)]
    public void Read_NotClearedWithoutOutcomeDate_HasNoOutcomeDate(string? outcomeOn)
    {
        var json = Case(("outcome", "\"notCleared\""), ("outcomeOn", outcomeOn));

        var back = StatsJson.Deserialize<CriminalCase>(json);

        Assert.Equal(CaseOutcome.NotCleared, back.Outcome);
        Assert.Null(back.OutcomeOn);
    }

    [Fact]
    public void Read_EscapedNamesAndValues_ReadAsTheirUnescapedText()
    {
        var json = Case(
            ("id", "\"BD-2023-\\u0030042\""),
            ("province", """{"\u0065dition":"provinces63","code":"\u00374"}"""),
            ("severity", "\"very\\u0053erious\""),
            ("recordedOn", "\"2023\\u002d02-03\"")).Replace("\"offenceGroup\"", "\"offence\\u0047roup\"", StringComparison.Ordinal);

        Assert.Equal(CaseRecord(), StatsJson.Deserialize<CriminalCase>(json));
    }

    [Fact]
    public void Read_RepeatedMembers_ThrowsNamingTheFirstRepeatedMemberAndItsPath()
    {
        // Issue 20, class 6: strict reading. This test pinned "the last one wins" before; a repeated member is now an
        // error, reported at the first member written twice (here 'severity', before the province's repeated 'code').
        var json = Case()[..^1]
            + ""","severity":"lessSerious","province":{"edition":"provinces63","code":"01","code":"77"},"occurredOn":null,"id":"second"}""";

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.StartsWith("CriminalCase: the member 'severity' appears twice; each member must appear at most once.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.severity", ex.Path);
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Read_OneRequiredMemberMissing_NamesIt(string member)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case((member, null))));

        Assert.StartsWith($"CriminalCase: the required member '{member}' is missing.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Theory]
    [MemberData(nameof(RequiredMembers))]
    public void Read_OneRequiredMemberNull_IsReportedAsMissing(string member)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case((member, "null"))));

        Assert.StartsWith($"CriminalCase: the required member '{member}' is missing.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TwoRequiredMembersMissing_NamesBothInMemberOrder()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case(("outcome", null), ("id", "null"))));

        Assert.StartsWith("CriminalCase: 2 required members are missing: 'id', 'outcome'.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Read_BlankId_ThrowsNamingMemberRuleAndValue(string id)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case(("id", $"\"{id}\""))));

        Assert.StartsWith($"CriminalCase: invalid member 'id': The id must not be empty or white space; it was '{id}'.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void Read_OccurredAfterRecorded_ThrowsNamingMemberRuleAndValue()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case(("occurredOn", "\"2023-02-04\""))));

        Assert.StartsWith("CriminalCase: invalid member 'occurredOn': The occurred date must not be after the recorded date (03/02/2023); it was 04/02/2023.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotClearedWithOutcomeDate_ThrowsNamingMemberRuleAndValue()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case(("outcome", "\"notCleared\""))));

        Assert.StartsWith("CriminalCase: invalid member 'outcomeOn': A case that is not cleared must have no outcome date; it was 10/02/2023.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extra", "1")]
    [InlineData("Severity", "\"serious\"")]
    [InlineData("$id", "\"1\"")]
    public void Read_UnknownMember_ThrowsWithItsPath(string member, string value)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case((member, value))));

        Assert.Contains($"'{member}'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Wire", ex.Message, StringComparison.Ordinal);
        Assert.Equal($"$.{member}", ex.Path);
    }

    [Fact]
    public void Read_UnknownMemberInsideTheProvince_ThrowsWithItsFullPath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case(("province", """{"edition":"provinces63","code":"74","name":"Bình Dương"}"""))));

        Assert.Contains("'name'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.province.name", ex.Path);
    }

    [Theory]
    [InlineData("id", "7", "$.id")]
    [InlineData("province", "\"74\"", "$.province")]
    [InlineData("province", """{"edition":"provinces63","code":74}""", "$.province.code")]
    [InlineData("province", """{"edition":0,"code":"74"}""", "$.province.edition")]
    [InlineData("severity", "1", "$.severity")]
    [InlineData("outcome", "0", "$.outcome")]
    [InlineData("iccsSection", "2", "$.iccsSection")]
    [InlineData("recordedOn", "20230203", "$.recordedOn")]
    [InlineData("recordedOn", "\"03/02/2023\"", "$.recordedOn")]
    [InlineData("recordedOn", "\"2023-02-30\"", "$.recordedOn")]
    [InlineData("occurredOn", "\"2023-02-02T00:00:00\"", "$.occurredOn")]
    [InlineData("outcomeOn", "true", "$.outcomeOn")]
    [InlineData("offenceGroup", "[\"drugs\"]", "$.offenceGroup")]
    public void Read_WrongTokenOrFormat_ThrowsWithThePathOfTheValue(string member, string value, string path)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case((member, value))));

        Assert.Equal(path, ex.Path);
        Assert.Contains($"Path: {path}, line 1", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("severity", "\"severe\"", "$.severity")]
    [InlineData("offenceGroup", "\"narcotics\"", "$.offenceGroup")]
    [InlineData("outcome", "\"cleared\"", "$.outcome")]
    [InlineData("iccsSection", "\"harm\"", "$.iccsSection")]
    [InlineData("province", """{"edition":"provinces62","code":"74"}""", "$.province.edition")]
    public void Read_UnknownEnumName_ThrowsWithThePathOfTheValue(string member, string value, string path)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(Case((member, value))));

        Assert.Equal(path, ex.Path);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("00")]
    [InlineData("7")]
    [InlineData("074")]
    [InlineData("7a")]
    [InlineData("")]
    public void Read_CodeNotOfTheEdition_ThrowsNamingTheValueAtTheProvince(string code)
    {
        var json = Case(("province", $$"""{"edition":"provinces63","code":"{{code}}"}"""));

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.StartsWith($"Province: invalid member 'code': The code must be the two-digit code of one of the 63 units of the 63-unit edition; it was '{code}'.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.province", ex.Path);
    }

    [Theory]
    [InlineData("""{"edition":"provinces63"}""", "code")]
    [InlineData("""{"code":"74"}""", "edition")]
    [InlineData("""{"edition":"provinces63","code":null}""", "code")]
    [InlineData("""{"edition":null,"code":"74"}""", "edition")]
    public void ReadProvince_OneMemberMissingOrNull_NamesIt(string json, string member)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>(json));

        Assert.StartsWith($"Province: the required member '{member}' is missing.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadProvince_EveryCodeOfBothEditions_FindsTheCatalogueUnit()
    {
        foreach (var edition in new[] { ProvinceEdition.Provinces63, ProvinceEdition.Provinces34 })
        {
            foreach (var unit in ProvinceCatalog.All(edition))
            {
                Assert.Same(unit, StatsJson.Deserialize<Province>(StatsJson.Serialize(unit)));
            }
        }
    }

    [Fact]
    public void ReadProvince_MembersReversed_Reads()
    {
        var back = StatsJson.Deserialize<Province>("""{"code":"74","edition":"provinces63"}""");

        Assert.Same(BinhDuong, back);
    }

    [Fact]
    public void ReadProvince_MembersRepeated_ThrowsWithThePathOfTheRepeatedMember()
    {
        // Issue 20, class 6: this pinned "the last one wins" before.
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>("""{"code":"01","edition":"provinces34","code":"74","edition":"provinces63"}"""));

        Assert.StartsWith("Province: the member 'code' appears twice;", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.code", ex.Path);
    }

    [Fact]
    public void ReadProvince_UnknownMember_ThrowsWithItsPath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Province>("""{"edition":"provinces63","code":"74","name":"x"}"""));

        Assert.Equal("$.name", ex.Path);
    }

    /// <summary>Every value of every enum member of a case, one case each, as the library writes it.</summary>
    public static TheoryData<string> EveryEnumValue()
    {
        var data = new TheoryData<string>();
        static CriminalCase Make(OffenceGroup group = OffenceGroup.SocialOrder, Severity severity = Severity.Serious, CaseOutcome outcome = CaseOutcome.NotCleared, IccsSection? section = null) =>
            CriminalCase.Create("E-1", BinhDuong, group, severity, new DateOnly(2023, 2, 3), outcome, outcome == CaseOutcome.NotCleared ? null : new DateOnly(2023, 2, 10), iccsSection: section);
        foreach (var group in Enum.GetValues<OffenceGroup>()) { data.Add(StatsJson.Serialize(Make(group: group))); }
        foreach (var severity in Enum.GetValues<Severity>()) { data.Add(StatsJson.Serialize(Make(severity: severity))); }
        foreach (var outcome in Enum.GetValues<CaseOutcome>()) { data.Add(StatsJson.Serialize(Make(outcome: outcome))); }
        foreach (var section in Enum.GetValues<IccsSection>()) { data.Add(StatsJson.Serialize(Make(section: section))); }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryEnumValue))]
    public void Read_EveryEnumValueAsWritten_RoundTripsWithoutTheWirePath(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var expected = JsonSerializer.Deserialize(utf8, StatsJsonContext.Default.CriminalCase);
        Assert.Equal(json, StatsJson.Serialize(expected!));

        for (var i = 0; i < 5; i++)
        {
            _ = JsonSerializer.Deserialize(utf8, StatsJsonContext.Default.CriminalCase); // warm up, as the test above
        }

        const int Reads = 20;
        var read = new CriminalCase?[Reads];
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reads; i++)
        {
            read[i] = JsonSerializer.Deserialize(utf8, StatsJsonContext.Default.CriminalCase);
        }

        var perRead = (GC.GetAllocatedBytesForCurrentThread() - before) / Reads;
        Assert.All(read, r => Assert.Equal(expected, r));

        // The wire path allocates a wire object and more (about 384 bytes a read); the direct reader only the record
        // and its id. An enum name the direct reader does not know would send every such case down the wire path.
        Assert.InRange(perRead, 1, 128);
    }

    [Fact]
    public void Read_ValidCase_AllocatesOnlyTheRecordAndItsId()
    {
        var utf8 = Encoding.UTF8.GetBytes(Case());
        for (var i = 0; i < 10; i++)
        {
            _ = JsonSerializer.Deserialize(utf8, StatsJsonContext.Default.CriminalCase);
        }

        const int Reads = 100;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Reads; i++)
        {
            _ = JsonSerializer.Deserialize(utf8, StatsJsonContext.Default.CriminalCase);
        }

        var perRead = (GC.GetAllocatedBytesForCurrentThread() - before) / Reads;

        // The record (9 members: 72 bytes on 64-bit) and its 12-character id (48 bytes), nothing more: no wire object,
        // no province code string, no list of missing members, no closure of the wire path (a closure allocated on
        // entry to the converter once cost 32 bytes a read on the direct path).
        Assert.InRange(perRead, 1, 128);
    }

    [Fact]
    public void JsonLines_MixedFaults_RejectsEachWithItsPathAndKeepsTheGoodRecords()
    {
        var text = string.Join(
            "\n",
            Case(),
            Case(("extra", "1")),
            Case(("severity", "1")),
            Case(("recordedOn", null)),
            Case(("province", """{"edition":"provinces63","code":"99"}""")),
            Case()[..^1] + ""","id":"last"}""");
        var rejected = new List<RejectedLine>();

        var cases = JsonLines.Read<CriminalCase>(new MemoryStream(Encoding.UTF8.GetBytes(text)), rejected).ToList();

        // The last line repeats 'id': read as "last" before issue 20 (class 6), rejected now.
        Assert.Equal(["BD-2023-0042"], cases.Select(c => c.Id));
        Assert.Equal([2L, 3L, 4L, 5L, 6L], rejected.Select(r => r.LineNumber));
        Assert.StartsWith("CriminalCase: the member 'id' appears twice;", rejected[4].Reason, StringComparison.Ordinal);
        Assert.Contains("Path: $.id, position", rejected[4].Reason, StringComparison.Ordinal);
        Assert.Contains("Path: $.extra, position", rejected[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Path: $.severity, position", rejected[1].Reason, StringComparison.Ordinal);
        Assert.StartsWith("CriminalCase: the required member 'recordedOn' is missing. Path: $, position", rejected[2].Reason, StringComparison.Ordinal);
        Assert.StartsWith("Province: invalid member 'code':", rejected[3].Reason, StringComparison.Ordinal);
        Assert.Contains("it was '99'. Path: $.province, position", rejected[3].Reason, StringComparison.Ordinal);
    }

    /// <summary>The case record's JSON with members replaced (or appended when new) or, for a null value, removed.</summary>
    private static string Case(params (string Name, string? Value)[] changes)
    {
        var members = Members.Select(m => (m.Name, Value: (string?)m.Value)).ToList();
        foreach (var (name, value) in changes)
        {
            var at = members.FindIndex(m => m.Name == name);
            if (at < 0)
            {
                members.Add((name, value));
            }
            else
            {
                members[at] = (name, value);
            }
        }

        return "{" + string.Join(",", members.Where(m => m.Value is not null).Select(m => $"\"{m.Name}\":{m.Value}")) + "}";
    }
}
