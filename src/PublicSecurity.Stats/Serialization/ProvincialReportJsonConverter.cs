using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Reporting;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="ProvincialReport"/>; absent tallies are <c>null</c>.</summary>
internal sealed class ProvincialReportWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public ReportingPeriod? ComparisonPeriod { get; set; }

    public List<PublishedFigure?>? Figures { get; set; }

    public CaseTally? Cases { get; set; }

    public DrugSeizureTally? Drugs { get; set; }

    public DrillTally? Drills { get; set; }

    public TrafficTally? Traffic { get; set; }

    public ElectronicIdTally? ElectronicId { get; set; }

    public CampaignTally? Campaigns { get; set; }

    public List<ReportSection>? IllustrativeSections { get; set; }
}

/// <summary>Reads a <see cref="ProvincialReport"/> through <see cref="ProvincialReport.Create"/>; nested values run their own converters.</summary>
internal sealed class ProvincialReportJsonConverter : ValidatingConverter<ProvincialReport, ProvincialReportWire>
{
    protected override JsonTypeInfo<ProvincialReportWire> WireTypeInfo => WireJsonContext.Default.ProvincialReportWire;

    protected override ProvincialReport FromWire(ProvincialReportWire wire, WireMembers members)
    {
        var province = members.RequiredRef(wire.Province, "province");
        var period = members.RequiredRef(wire.Period, "period");
        var figures = members.RequiredRef(wire.Figures, "figures");
        var illustrative = members.RequiredRef(wire.IllustrativeSections, "illustrativeSections");
        members.ThrowIfMissing();
        return ProvincialReport.Create(
            province,
            period,
            wire.ComparisonPeriod,
            figures.Cast<PublishedFigure>(),
            wire.Cases,
            wire.Drugs,
            wire.Drills,
            wire.Traffic,
            wire.ElectronicId,
            wire.Campaigns,
            illustrative);
    }

    protected override ProvincialReportWire ToWire(ProvincialReport value) => new()
    {
        Province = value.Province,
        Period = value.Period,
        ComparisonPeriod = value.ComparisonPeriod,
        Figures = [.. value.Figures],
        Cases = value.Cases,
        Drugs = value.Drugs,
        Drills = value.Drills,
        Traffic = value.Traffic,
        ElectronicId = value.ElectronicId,
        Campaigns = value.Campaigns,
        IllustrativeSections = [.. value.IllustrativeSections],
    };
}

/// <summary>The illustrative records of the embedded sample: flagged, explained, never published data.</summary>
internal sealed class IllustrativeCasesWire
{
    public bool? Illustrative { get; set; }

    public string? Note { get; set; }

    public List<CriminalCase>? Records { get; set; }
}

/// <summary>The embedded sample <c>Data/binh-duong-2023.json</c>: the seed report's figures with sources, plus illustrative case records.</summary>
internal sealed class SampleReportWire
{
    public string? Description { get; set; }

    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public ReportingPeriod? ComparisonPeriod { get; set; }

    public List<PublishedFigure>? Figures { get; set; }

    public IllustrativeCasesWire? IllustrativeCases { get; set; }
}
