using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Reporting;

public sealed class ProvincialReportTests
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    private static CampaignTally Campaigns(Province? p = null) =>
        new CampaignTallyBuilder([Window]).Add(p ?? BinhDuong, Window, CampaignKind.PeakCrackdown, 7).Build();

    [Fact]
    public void Create_MinimalReport_HasNoTallies()
    {
        var r = ProvincialReport.Create(BinhDuong, Window, null, []);

        Assert.Equal(BinhDuong, r.Province);
        Assert.Equal(Window, r.Period);
        Assert.Null(r.ComparisonPeriod);
        Assert.Empty(r.Figures);
        Assert.Null(r.Cases);
        Assert.Null(r.Drugs);
        Assert.Null(r.Drills);
        Assert.Null(r.Traffic);
        Assert.Null(r.ElectronicId);
        Assert.Null(r.Campaigns);
        Assert.Empty(r.IllustrativeSections);
        Assert.Equal("Bình Dương (74, 63-unit edition), first 10 months of 2023 (15/12/2022–14/10/2023)", r.ToString());
    }

    [Fact]
    public void Create_IllustrativeSections_AreOrderedWithoutRepeats()
    {
        var r = ProvincialReport.Create(BinhDuong, Window, Window.SamePeriodPreviousYear(), [FigureRecord()], campaigns: Campaigns(), cases: CaseTally.Empty, illustrativeSections: [ReportSection.Campaigns, ReportSection.Crime, ReportSection.Campaigns]);

        Assert.Equal([ReportSection.Crime, ReportSection.Campaigns], r.IllustrativeSections);
        Assert.Equal([FigureRecord()], r.FiguresFor("crime.clearanceRate"));
        Assert.Empty(r.FiguresFor("drugs.cases"));
        Assert.Throws<ArgumentNullException>(() => r.FiguresFor(null!));
    }

    [Fact]
    public void Create_ComparisonOverlappingThePeriod_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvincialReport.Create(BinhDuong, Window, Vn.Quarter(2023, 3), []));

        Assert.Equal("comparisonPeriod", ex.ParamName);
        Assert.Contains("must not overlap the period (first 10 months of 2023 (15/12/2022–14/10/2023)); it was Q3 2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TallyOfAnotherEdition_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvincialReport.Create(BinhDuong, Window, null, [], campaigns: Campaigns(HoChiMinh34)));

        Assert.Equal("campaigns", ex.ParamName);
        Assert.Contains("The campaigns tally must be of the province's edition (63-unit edition); it was of the 34-unit edition.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_IllustrativeSectionWithoutTally_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvincialReport.Create(BinhDuong, Window, null, [], illustrativeSections: [ReportSection.Drugs]));

        Assert.Equal("illustrativeSections", ex.ParamName);
        Assert.Contains("must have a tally; the Drugs section has none", ex.Message, StringComparison.Ordinal);
        Assert.Equal("illustrativeSections", Assert.Throws<ArgumentOutOfRangeException>(() => ProvincialReport.Create(BinhDuong, Window, null, [], illustrativeSections: [(ReportSection)9])).ParamName);
    }

    [Fact]
    public void Create_NullArguments_Throw()
    {
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => ProvincialReport.Create(null!, Window, null, [])).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => ProvincialReport.Create(BinhDuong, null!, null, [])).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => ProvincialReport.Create(BinhDuong, Window, null, null!)).ParamName);
        Assert.Equal("figures", Assert.Throws<ArgumentNullException>(() => ProvincialReport.Create(BinhDuong, Window, null, [null!])).ParamName);
    }

    [Fact]
    public void Deserialize_ReportBreakingARule_ThrowsJsonExceptionNamingTheMember()
    {
        var json = StatsJson.Serialize(ProvincialReport.Create(BinhDuong, Window, Window.SamePeriodPreviousYear(), [], campaigns: Campaigns()));

        var overlap = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ProvincialReport>(json.Replace("\"year\":2022", "\"year\":2023", StringComparison.Ordinal).Replace("2021-12-15", "2022-12-15", StringComparison.Ordinal).Replace("2022-10-14", "2023-10-14", StringComparison.Ordinal)));
        var illustrative = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ProvincialReport>(json.Replace("\"illustrativeSections\":[]", "\"illustrativeSections\":[\"drugs\"]", StringComparison.Ordinal)));
        var missing = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ProvincialReport>("{}"));
        var nullFigure = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ProvincialReport>(json.Replace("\"figures\":[]", "\"figures\":[null]", StringComparison.Ordinal)));

        Assert.Contains("ProvincialReport: invalid member 'comparisonPeriod': The comparison period must not overlap the period", overlap.Message, StringComparison.Ordinal);
        Assert.Contains("ProvincialReport: invalid member 'illustrativeSections': An illustrative section must have a tally; the Drugs section has none.", illustrative.Message, StringComparison.Ordinal);
        Assert.Contains("ProvincialReport: 4 required members are missing: 'province', 'period', 'figures', 'illustrativeSections'", missing.Message, StringComparison.Ordinal);
        Assert.Contains("invalid member 'figures': The figures must not contain null.", nullFigure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_InvalidNestedTally_ThrowsWithItsPath()
    {
        var json = StatsJson.Serialize(ProvincialReport.Create(BinhDuong, Window, null, [], campaigns: Campaigns()));

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ProvincialReport>(json.Replace("\"peakCrackdown\":7", "\"peakCrackdown\":-7", StringComparison.Ordinal)));

        Assert.Contains("CampaignTally.entries[0]: invalid member 'peakCrackdown': The peakCrackdown must not be negative; it was -7.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.campaigns", ex.Path);
    }

    [Fact]
    public void Equals_SameMembers_AreEqual()
    {
        var a = ProvincialReport.Create(BinhDuong, Window, null, [FigureRecord()], campaigns: Campaigns());
        var b = ProvincialReport.Create(BinhDuong, Window, null, [FigureRecord()], campaigns: Campaigns());

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ProvincialReport.Create(BinhDuong, Window, null, [FigureRecord()]));
        Assert.False(a.Equals(null));
    }
}
