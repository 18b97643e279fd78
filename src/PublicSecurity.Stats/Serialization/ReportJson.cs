using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Reporting;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The JSON of the provincial report model, and the wire forms of the samples embedded in the package.</summary>
internal static class ReportJson
{
    public static void Register(ConverterMap map) => map
        .Validated<ProvincialReport, ProvincialReportWire>(
            static (w, m) => ProvincialReport.Create(
                m.RequiredRef(w.Province, "province"),
                m.RequiredRef(w.Period, "period"),
                w.ComparisonPeriod,
                m.RequiredRef(w.Figures, "figures"),
                w.Cases,
                w.Drugs,
                w.Drills,
                w.Traffic,
                w.ElectronicId,
                w.Campaigns,
                m.RequiredRef(w.IllustrativeSections, "illustrativeSections")),
            static v => new(
                v.Province, v.Period, v.ComparisonPeriod, [.. v.Figures], v.Cases, v.Drugs, v.Drills, v.Traffic, v.ElectronicId, v.Campaigns, [.. v.IllustrativeSections]));
}

/// <summary>The wire form of a <see cref="ProvincialReport"/>.</summary>
internal sealed record ProvincialReportWire(
    Province? Province,
    ReportingPeriod? Period,
    ReportingPeriod? ComparisonPeriod,
    List<PublishedFigure>? Figures,
    CaseTally? Cases,
    DrugSeizureTally? Drugs,
    DrillTally? Drills,
    TrafficTally? Traffic,
    ElectronicIdTally? ElectronicId,
    CampaignTally? Campaigns,
    List<ReportSection>? IllustrativeSections);

/// <summary>The wire form of the embedded sample report file (the seed's published figures and illustrative cases).</summary>
internal sealed record SampleReportWire(
    string? Description,
    Province? Province,
    ReportingPeriod? Period,
    ReportingPeriod? ComparisonPeriod,
    List<PublishedFigure>? Figures,
    IllustrativeCasesWire? IllustrativeCases);

/// <summary>The illustrative cases of the embedded sample report.</summary>
internal sealed record IllustrativeCasesWire(bool? Illustrative, string? Note, List<CriminalCase>? Records);

/// <summary>The wire form of the embedded e-ID sample file.</summary>
internal sealed record ElectronicIdSampleWire(string? Description, DateOnly? AsOf, string? Level, List<ElectronicIdSampleRowWire>? Rows);

/// <summary>One row of the embedded e-ID sample file.</summary>
internal sealed record ElectronicIdSampleRowWire(Province? Province, long? AccountsActivated, long? Target, bool? Illustrative, string? Source);
