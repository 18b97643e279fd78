using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using static PublicSecurity.Stats.Tests.Testing.Samples;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Reporting;

public sealed class SampleReportsTests
{
    private static readonly ProvincialReport Report = SampleReports.BinhDuong10Months2023();
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);
    private static readonly string[] Counts = ["traffic.accidents", "traffic.deaths", "traffic.injured"];
    private static readonly string[] Changes = ["traffic.accidents.change", "traffic.deaths.change", "traffic.injured.change"];

    private static PublishedFigure Figure(string measure, ReportingPeriod? period = null) =>
        Assert.Single(Report.FiguresFor(measure), f => f.Period == (period ?? f.Period));

    [Fact]
    public void BinhDuong10Months2023_IsTheSeedWindowAndItsSamePeriodLastYear()
    {
        Assert.Equal(BinhDuong, Report.Province);
        Assert.Equal(Window, Report.Period);
        Assert.Equal(Vn.FirstMonths(2022, 10), Report.ComparisonPeriod);
        Assert.Same(Report, SampleReports.BinhDuong10Months2023());
    }

    [Theory]
    [InlineData("crime.clearanceRate", 90, FigureQualifier.Over, "%")]
    [InlineData("drugs.cases", 472, FigureQualifier.Exact, "cases")]
    [InlineData("drugs.suspects", 974, FigureQualifier.Exact, "suspects")]
    [InlineData("drugs.massOfAllKinds", 20, FigureQualifier.Nearly, "kg")]
    [InlineData("drugs.guns", 7, FigureQualifier.Exact, "guns")]
    [InlineData("drugs.rounds", 18, FigureQualifier.Exact, "rounds")]
    [InlineData("fireRescue.firefightingPlanDrills", 286, FigureQualifier.Exact, "drills")]
    [InlineData("fireRescue.rescuePlanDrills", 502, FigureQualifier.Exact, "drills")]
    [InlineData("fireRescue.trainingClasses", 1000, FigureQualifier.Over, "classes")]
    [InlineData("fireRescue.trainingAttendances", 90000, FigureQualifier.Nearly, "participant-attendances")]
    [InlineData("campaigns.peakCrackdown", 7, FigureQualifier.Exact, "campaigns")]
    [InlineData("campaigns.fugitiveArrestAndSurrender", 3, FigureQualifier.Exact, "campaigns")]
    [InlineData("traffic.accidents.change", 0, FigureQualifier.Under, "accidents")]
    [InlineData("traffic.deaths.change", 0, FigureQualifier.Under, "deaths")]
    [InlineData("traffic.injured.change", 0, FigureQualifier.Under, "injured")]
    public void Figures_SeedFiguresOfTheWindow_AreKeptAsPublishedWithTheirSource(string measure, double value, FigureQualifier qualifier, string unit)
    {
        var f = Figure(measure, Window);

        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(qualifier, f.Qualifier);
        Assert.Equal(unit, f.Unit);
        Assert.Contains("https://ngaynay.vn/doan-cong-tac-cua-bo-cong-an-lam-viec-tai-tinh-binh-duong-post140281.html", f.Source, StringComparison.Ordinal);
        Assert.NotNull(f.Quote);
    }

    [Fact]
    public void Figures_ElectronicId_AreStocksAsOfTheReportDate()
    {
        var activated = Figure("electronicId.level2.accountsActivated");
        var rank = Figure("electronicId.level2.rankNationwide");

        Assert.Equal(1_400_000m, activated.Value);
        Assert.Equal(FigureQualifier.About, activated.Qualifier);
        Assert.Equal(D(14, 11, 2023), activated.AsOf);
        Assert.Null(activated.Period);
        Assert.Equal(2m, rank.Value);
        Assert.Equal("rank of 63", rank.Unit);
        Assert.Contains("not stated", rank.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_Q1Traffic_AreThePublishedAndDerivedCountsWithSources()
    {
        var q1 = Vn.Quarter(2023, 1);
        var q1Before = Vn.Quarter(2022, 1);

        Assert.Equal([97m, 46m, 78m], Counts.Select(m => Figure(m, q1).Value));
        Assert.Equal([144m, 73m, 103m], Counts.Select(m => Figure(m, q1Before).Value));
        Assert.Equal([-47m, -27m, -25m], Changes.Select(m => Figure(m, q1).Value));
        Assert.All(Report.Figures.Where(f => f.Period == q1 || f.Period == q1Before), f => Assert.Contains("https://m.baobinhduong.vn/quy-i-2023-tai-nan-giao-thong-giam-3-tieu-chi-a293158.html", f.Source, StringComparison.Ordinal));
        Assert.Contains("Derived: 97 + 47", Figure("traffic.accidents", q1Before).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_EveryOne_HasASourceAddress()
    {
        Assert.All(Report.Figures, f => Assert.Contains("https://", f.Source, StringComparison.Ordinal));
        Assert.Equal(29, Report.Figures.Count);
    }

    [Fact]
    public void Tallies_AreBuiltFromExactPublishedCountsOnly()
    {
        var q1 = Vn.Quarter(2023, 1);

        Assert.Equal(7, Report.Campaigns!.Count(BinhDuong, Window, CampaignKind.PeakCrackdown));
        Assert.Equal(3, Report.Campaigns.Count(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender));
        Assert.Equal("97 accidents, 46 deaths, 78 injured", Report.Traffic!.Get(BinhDuong, q1).ToString());
        Assert.Equal("144 accidents, 73 deaths, 103 injured", Report.Traffic.Get(BinhDuong, q1.SamePeriodPreviousYear()).ToString());
        Assert.Null(Report.Drugs);
        Assert.Null(Report.Drills);
        Assert.Null(Report.ElectronicId);
    }

    [Fact]
    public void Cases_AreIllustrativeAndLabelledSo()
    {
        var cases = SampleReports.BinhDuong10Months2023IllustrativeCases();

        Assert.Equal([ReportSection.Crime], Report.IllustrativeSections);
        Assert.Equal(12, cases.Count);
        Assert.All(cases, c => Assert.StartsWith("ILLUSTRATIVE-", c.Id, StringComparison.Ordinal));
        Assert.Equal(Report.Cases, CaseTally.Tally(cases, [Window]));
    }

    [Fact]
    public void Cases_HandCheckedCounts_GiveACohortRateAboveNinetyPercent()
    {
        var t = Report.Cases!;

        Assert.Equal(12, t.Recorded(BinhDuong, Window));
        Assert.Equal(1, t.Unfounded(BinhDuong, Window));
        Assert.Equal(11, t.Occurred(BinhDuong, Window));
        Assert.Equal(10, t.ClearedByEndOf(BinhDuong, Window, Window));
        Assert.Equal(10, t.ClearedInPeriod(BinhDuong, Window));
        Assert.True(10m / 11 > 0.90m);
        Assert.Equal(3, t.Occurred(BinhDuong, Window, SeverityGroup.VeryOrEspeciallySerious));
        Assert.Equal(3, t.ClearedByEndOf(BinhDuong, Window, Window, SeverityGroup.VeryOrEspeciallySerious));
        Assert.Equal(0, t.Outside);
    }

    [Fact]
    public void Serialize_BinhDuong10Months2023_MatchesSnapshotAndRoundTrips()
    {
        var json = StatsJson.Serialize(Report, indented: true);

        Snapshot.Verify(json + "\n", "json");
        Assert.Equal(Report, StatsJson.Deserialize<ProvincialReport>(json));
    }
}
