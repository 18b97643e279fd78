using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Samples;

/// <summary>Provincial reports built from real published figures, embedded in the package, for samples, notebooks and tests.</summary>
/// <remarks>All members are thread-safe; each call returns the same immutable report.</remarks>
public static class SampleReports
{
    private static readonly Lazy<(ProvincialReport Report, IReadOnlyList<CriminalCase> Cases)> BinhDuong = new(LoadBinhDuong);
    private static readonly Lazy<ElectronicIdSample> ElectronicId = new(LoadElectronicId);

    /// <summary>Gets Bình Dương provincial police's report on the first 10 months of 2023, as published, with clearly labelled illustrative cases.</summary>
    /// <returns>
    /// The report for Bình Dương (74, 63-unit edition), window 15/12/2022–14/10/2023 compared with 15/12/2021–14/10/2022:
    /// <list type="bullet">
    /// <item><description><see cref="ProvincialReport.Figures"/>: every figure of the seed report as published — "trên 90%" clearance, 472 drug
    /// cases, 974 suspects, "gần 20kg", 7 guns, 18 rounds, traffic down on all 3 criteria (unquantified), 286 firefighting and
    /// 502 rescue drills, "hơn 1.000" classes, "gần 90.000" attendances, 7 + 3 campaigns, 1.4 million level-2 e-ID accounts
    /// ranked 2nd nationwide — plus Q1 2023 traffic (97 / 46 / 78 against 144 / 73 / 103 in Q1 2022) and the full-year
    /// 2023 clearance rate of 87.44%, each with its source address and quote;</description></item>
    /// <item><description><see cref="ProvincialReport.Campaigns"/> (7 and 3 in the window) and <see cref="ProvincialReport.Traffic"/> (Q1 2023 and
    /// Q1 2022), built from the exact published counts;</description></item>
    /// <item><description><see cref="ProvincialReport.Cases"/>: built from 12 illustrative case records (<see cref="BinhDuong10Months2023IllustrativeCases"/>),
    /// listed in <see cref="ProvincialReport.IllustrativeSections"/>: no published counts exist behind "trên 90%";</description></item>
    /// <item><description>no drug, drill or e-ID tally: those figures are rounded or qualified, and are kept only as published.</description></item>
    /// </list>
    /// </returns>
    public static ProvincialReport BinhDuong10Months2023() => BinhDuong.Value.Report;

    /// <summary>Gets the 12 illustrative (invented) case records behind the sample report's case tally.</summary>
    /// <returns>The records: 12 recorded in the window, 1 unfounded, 10 of the 11 that occurred cleared by 14/10/2023.</returns>
    /// <remarks>They are not published data; they only show how clearance rates are computed from records.</remarks>
    public static IReadOnlyList<CriminalCase> BinhDuong10Months2023IllustrativeCases() => BinhDuong.Value.Cases;

    /// <summary>Gets level-2 e-ID activations and targets of the 63 provinces as of 14/11/2023: Bình Dương's published, the others illustrative.</summary>
    /// <returns>The sample; see <see cref="ElectronicIdSample"/> for what is published and what is generated.</returns>
    public static ElectronicIdSample ElectronicIdLevel2As14November2023() => ElectronicId.Value;

    /// <summary>Computes Bình Dương's 10-month 2023 report — the library's main sample — as of the report date, 14/11/2023.</summary>
    /// <returns>
    /// <see cref="ProvincialReportAnalysis.Compute"/> of <see cref="BinhDuong10Months2023"/> with the e-ID sample of
    /// <see cref="ElectronicIdLevel2As14November2023"/>, data as of 14/11/2023, Monte-Carlo seed 20231114 and 10,000 draws.
    /// </returns>
    public static ProvincialReportAnalysis BinhDuong10Months2023Analysis() =>
        ProvincialReportAnalysis.Compute(BinhDuong10Months2023(), ElectronicIdLevel2As14November2023(), new DateOnly(2023, 11, 14))
            .WithMonitoring(Monitoring.Farrington.Compute(BinhDuongTrafficDeathsIllustrative(), 10, Monitoring.FarringtonOptions.Create(yearsBack: 3)), isIllustrative: true);

    /// <summary>Gets an illustrative (invented) monthly series of traffic deaths in Bình Dương, January 2018 to October 2023, on the statistical calendar.</summary>
    /// <returns>
    /// 70 months of counts around 20 a month with a mild yearly cycle and a slow decline, and an invented excess in
    /// February 2023; the sample analysis monitors its last 10 months (the first 10 months of 2023) with the improved
    /// Farrington method (b = 3 years, other options at their defaults).
    /// </returns>
    /// <remarks>Not published data: no monthly provincial series was published; it only shows how monitoring works.</remarks>
    public static Monitoring.MonthlySeries BinhDuongTrafficDeathsIllustrative() => Monitoring.MonthlySeries.Create(
        BinhDuong10Months2023().Province,
        Monitoring.MonitoredCriterion.TrafficDeaths,
        ReportingCalendar.VietnamStatistical,
        2018,
        1,
        [
            24, 29, 19, 19, 23, 20, 22, 19, 15, 20, 20, 24, 27, 25, 26, 18, 30, 21, 18, 27, 22, 19, 27, 17,
            23, 26, 22, 23, 12, 17, 13, 17, 25, 23, 15, 17, 33, 15, 20, 15, 14, 16, 24, 14, 24, 12, 17, 28,
            29, 24, 28, 16, 19, 15, 28, 16, 15, 19, 24, 22, 27, 36, 21, 21, 20, 21, 20, 21, 21, 19,
        ]);

    private static (ProvincialReport, IReadOnlyList<CriminalCase>) LoadBinhDuong()
    {
        SampleReportWire wire;
        using (var stream = EmbeddedData.Open("binh-duong-2023.json"))
        {
            wire = JsonSerializer.Deserialize(stream, WireJsonContext.Default.SampleReportWire)
                ?? throw new InvalidOperationException("The embedded sample binh-duong-2023.json is empty.");
        }

        if (wire.IllustrativeCases is not { Illustrative: true, Records: { } records })
        {
            throw new InvalidOperationException("The embedded sample's case records must be marked illustrative.");
        }

        var province = wire.Province!;
        var period = wire.Period!;
        var figures = wire.Figures!;

        var cases = CaseTally.Tally(records, [period]);

        var campaignBuilder = new CampaignTallyBuilder([period]);
        campaignBuilder.Add(province, period, CampaignKind.PeakCrackdown, Exact(figures, "campaigns.peakCrackdown", period));
        campaignBuilder.Add(province, period, CampaignKind.FugitiveArrestAndSurrender, Exact(figures, "campaigns.fugitiveArrestAndSurrender", period));

        var q1 = ReportingCalendar.VietnamStatistical.Quarter(2023, 1);
        var q1Before = q1.SamePeriodPreviousYear();
        var trafficBuilder = new TrafficTallyBuilder([q1Before, q1]);
        foreach (var quarter in new[] { q1Before, q1 })
        {
            trafficBuilder.Add(
                province,
                quarter,
                Exact(figures, "traffic.accidents", quarter),
                Exact(figures, "traffic.deaths", quarter),
                Exact(figures, "traffic.injured", quarter));
        }

        var report = ProvincialReport.Create(
            province,
            period,
            wire.ComparisonPeriod,
            figures,
            cases: cases,
            traffic: trafficBuilder.Build(),
            campaigns: campaignBuilder.Build(),
            illustrativeSections: [ReportSection.Crime]);
        return (report, records.AsReadOnly());
    }

    private static long Exact(IEnumerable<PublishedFigure> figures, string measure, ReportingPeriod period)
    {
        var figure = figures.Single(f => f.Measure == measure && f.Period == period && f.Qualifier == FigureQualifier.Exact);
        return (long)figure.Value;
    }

    private static ElectronicIdSample LoadElectronicId()
    {
        ElectronicIdSampleWire wire;
        using (var stream = EmbeddedData.Open("electronic-id-2023.json"))
        {
            wire = JsonSerializer.Deserialize(stream, WireJsonContext.Default.ElectronicIdSampleWire)
                ?? throw new InvalidOperationException("The embedded sample electronic-id-2023.json is empty.");
        }

        var asOf = wire.AsOf ?? throw new InvalidOperationException("The embedded e-ID sample has no asOf date.");
        var activations = new List<ElectronicIdActivation>();
        var illustrative = new HashSet<Province>();
        var sources = new Dictionary<Province, string>();
        foreach (var row in wire.Rows ?? throw new InvalidOperationException("The embedded e-ID sample has no rows."))
        {
            var province = row.Province ?? throw new InvalidOperationException("An e-ID sample row has no province.");
            var accounts = row.AccountsActivated ?? throw new InvalidOperationException($"The embedded e-ID sample row of {province.Name} has no accountsActivated.");
            activations.Add(ElectronicIdActivation.Create(province, ElectronicIdLevel.Level2, asOf, null, accounts, row.Target));
            if (row.Illustrative != false)
            {
                illustrative.Add(province);
            }

            sources.Add(province, row.Source ?? string.Empty);
        }

        var english = wire.Description ?? throw new InvalidOperationException("The embedded e-ID sample has no description.");
        var vietnamese = wire.DescriptionVi ?? throw new InvalidOperationException("The embedded e-ID sample has no descriptionVi.");
        return new ElectronicIdSample(english, vietnamese, asOf, activations.AsReadOnly(), illustrative, sources);
    }
}
