using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Extending;

/// <summary>
/// The test-only patrol kind (CONTRIBUTING.md, "Adding a record kind") gets counting, merging, re-basing, validating
/// JSON and rendering from the shared mechanisms, with nothing written for them but what a patrol counts.
/// </summary>
public sealed class PatrolTests
{
    private static readonly ReportingPeriod Jan = Vn.Month(2023, 1);
    private static readonly ReportingPeriod Feb = Vn.Month(2023, 2);

    // January 2023 = 15/12/2022–14/01/2023; February = 15/01–14/02/2023.
    private static readonly Patrol[] Patrols =
    [
        Patrol.Create(BinhDuong, D(20, 12, 2022), 2),
        Patrol.Create(BinhDuong, D(14, 1, 2023), 5),
        Patrol.Create(BinhDuong, D(15, 1, 2023), 0),
        Patrol.Create(BinhDuong, D(1, 3, 2023), 9),
    ];

    [Fact]
    public void Tally_Patrols_CountShiftsAndSumViolationsPerPeriod()
    {
        var tally = PatrolTally.Tally(Patrols, [Jan, Feb]);

        Assert.Equal(new PatrolCounts(2, 7), tally.Get(BinhDuong, Jan));
        Assert.Equal(new PatrolCounts(1, 0), tally.Get(BinhDuong, Feb));
        Assert.Equal(1, tally.Outside);
        Assert.Equal("Patrol tally: 2 keys, 1 outside", tally.ToString());
    }

    [Fact]
    public void Merge_TwoPartitions_EqualsTheTallyOfAllAndRebasesLikeEveryTally()
    {
        var whole = PatrolTally.Tally(Patrols, [Jan, Feb]);

        var merged = PatrolTally.Tally(Patrols[..2], [Jan, Feb]).Merge(PatrolTally.Tally(Patrols[2..], [Jan, Feb]));

        Assert.Equal(whole, merged);
        Assert.Same(whole, whole.Merge(PatrolTally.Empty));
        var rebase = Assert.Throws<InvalidOperationException>(() => whole.RebaseTo34());
        Assert.Contains("patrol tally", rebase.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Builder_RecordOfAnotherEdition_ThrowsNamingTheRecord()
    {
        var builder = new PatrolTallyBuilder([Jan], [BinhDuong]);

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(Patrol.Create(HoChiMinh34, D(1, 1, 2023), 1)));

        Assert.Equal("record", ex.ParamName);
    }

    [Fact]
    public void Json_TallyAndRecord_RoundTripThroughTheSharedMechanism()
    {
        var tally = PatrolTally.Tally(Patrols, [Jan, Feb]);

        var json = JsonSerializer.Serialize(tally, PatrolJson.Options);

        Snapshot.Verify(json + "\n", "json");
        Assert.Equal(tally, JsonSerializer.Deserialize<PatrolTally>(json, PatrolJson.Options));
        Assert.Equal(Patrols[1], JsonSerializer.Deserialize<Patrol>(JsonSerializer.Serialize(Patrols[1], PatrolJson.Options), PatrolJson.Options));
    }

    [Fact]
    public void Json_EntryMissingMembers_NamesThemAllWithTheEntry()
    {
        var json = """{"outside":0,"entries":[{"province":{"edition":"provinces63","code":"74"},"period":{"start":"2022-12-15","end":"2023-01-14"}}]}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<PatrolTally>(json, PatrolJson.Options));

        Assert.Contains("PatrolTally.entries[0]: 2 required members are missing: 'shifts', 'violations'.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RecordBreakingARule_NamesMemberRuleAndValue()
    {
        var json = """{"province":{"edition":"provinces63","code":"74"},"heldOn":"2023-01-02","violations":-3}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Patrol>(json, PatrolJson.Options));

        Assert.StartsWith("Patrol: invalid member 'violations': The violations must not be negative; it was -3.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_UnknownMember_ThrowsWithItsName()
    {
        var json = """{"province":{"edition":"provinces63","code":"74"},"heldOn":"2023-01-02","violations":1,"officers":4}""";

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Patrol>(json, PatrolJson.Options));

        Assert.Contains("'officers'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_Tally_MatchesSnapshot(string lang)
    {
        var tally = PatrolTally.Tally(Patrols, [Jan, Feb]);
        var language = lang == "vi" ? Language.Vietnamese : Language.English;

        Snapshot.Verify(tally.ToMarkdown(language), "md", lang);
        Snapshot.Verify(tally.ToHtml(language), "html", lang);
    }
}
