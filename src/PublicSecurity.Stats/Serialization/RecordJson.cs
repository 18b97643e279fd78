using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// The JSON of the foundation's values, the domain records and the provincial report: for each, its wire DTO and one
/// registration that reads it through the same public factory callers use; and the wire forms of the embedded samples.
/// </summary>
/// <remarks>
/// A registration's read function takes every required member through <see cref="WireMembers"/> and calls the
/// factory; optional members pass through as they are. Missing members are reported before any rule the factory
/// checks (<see cref="WireMembers.Build{T}"/>).
/// </remarks>
internal static class RecordJson
{
    public static void Register(ConverterMap map) => map
        .Validated<Province, ProvinceWire>(
            static (w, m) => ProvinceCatalog.Find(m.Required(w.Edition, "edition"), m.RequiredRef(w.Code, "code")),
            static v => new(v.Edition, v.Code),
            ProvinceJson.TryRead)
        .Validated<ReportingPeriod, ReportingPeriodWire>(ReadPeriod, static v => new(
            v.Start, v.End, v.Calendar?.CutoffDay, v.Calendar is null ? null : v.Unit, v.Year, v.Index))
        .Validated<DataCoverage, DataCoverageWire>(
            static (w, m) => DataCoverage.Create(m.Required(w.From, "from"), m.Required(w.AsOf, "asOf")),
            static v => new(v.From, v.AsOf))
        .Validated<PublishedFigure, PublishedFigureWire>(
            static (w, m) => PublishedFigure.Create(
                m.RequiredRef(w.Measure, "measure"), m.Required(w.Value, "value"),
                m.Required(w.Qualifier, "qualifier"), m.RequiredRef(w.Unit, "unit"),
                m.RequiredRef(w.Source, "source"), w.Period, w.AsOf, w.Quote, w.Note),
            static v => new(v.Measure, v.Value, v.Qualifier, v.Unit, v.Period, v.AsOf, v.Source, v.Quote, v.Note))
        .Validated<CriminalCase, CriminalCaseWire>(
            static (w, m) => CriminalCase.Create(
                m.RequiredRef(w.Id, "id"), m.RequiredRef(w.Province, "province"),
                m.Required(w.OffenceGroup, "offenceGroup"), m.Required(w.Severity, "severity"),
                m.Required(w.RecordedOn, "recordedOn"), m.Required(w.Outcome, "outcome"), w.OutcomeOn, w.OccurredOn,
                w.IccsSection),
            static v => new(v.Id, v.Province, v.OffenceGroup, v.IccsSection, v.Severity, v.RecordedOn, v.OccurredOn, v.Outcome, v.OutcomeOn),
            CriminalCaseJson.TryRead)
        .Validated<DrugQuantity, DrugQuantityWire>(
            static (w, m) => DrugQuantity.Create(m.Required(w.Kind, "kind"), m.Required(w.Amount, "amount"), m.Required(w.Unit, "unit")),
            static v => new(v.Kind, v.Amount, v.Unit))
        .Validated<DrugSeizure, DrugSeizureWire>(
            static (w, m) => DrugSeizure.Create(
                m.RequiredRef(w.Province, "province"), m.Required(w.SeizedOn, "seizedOn"),
                m.Required(w.Suspects, "suspects"), m.RequiredRef(w.Substances, "substances"),
                m.Required(w.Guns, "guns"), m.Required(w.Rounds, "rounds")),
            static v => new(v.Province, v.SeizedOn, v.Suspects, [.. v.Substances], v.Guns, v.Rounds))
        .Validated<Drill, DrillWire>(
            static (w, m) => Drill.Create(m.Required(w.Kind, "kind"), m.RequiredRef(w.Province, "province"), m.Required(w.HeldOn, "heldOn"), m.Required(w.Attendances, "attendances")),
            static v => new(v.Kind, v.Province, v.HeldOn, v.Attendances))
        .Validated<ElectronicIdActivation, ElectronicIdActivationWire>(
            static (w, m) => ElectronicIdActivation.Create(
                m.RequiredRef(w.Province, "province"), m.Required(w.Level, "level"), m.Required(w.AsOf, "asOf"),
                w.RecordsReceived, m.Required(w.AccountsActivated, "accountsActivated"), w.Target),
            static v => new(v.Province, v.Level, v.AsOf, v.RecordsReceived, v.AccountsActivated, v.Target))
        .Validated<ChipIdCardIssuance, ChipIdCardIssuanceWire>(
            static (w, m) => ChipIdCardIssuance.Create(
                m.RequiredRef(w.Province, "province"), m.Required(w.AsOf, "asOf"), m.Required(w.CardsIssued, "cardsIssued"), m.Required(w.EligibleResidents, "eligibleResidents")),
            static v => new(v.Province, v.AsOf, v.CardsIssued, v.EligibleResidents))
        .Validated<OnlineServiceProvision, OnlineServiceProvisionWire>(
            static (w, m) => OnlineServiceProvision.Create(
                m.RequiredRef(w.Province, "province"), m.Required(w.AsOf, "asOf"), m.Required(w.ServicesInFull, "servicesInFull"), m.Required(w.ServicesRequired, "servicesRequired")),
            static v => new(v.Province, v.AsOf, v.ServicesInFull, v.ServicesRequired))
        .Validated<TrafficAccident, TrafficAccidentWire>(
            static (w, m) => TrafficAccident.Create(m.RequiredRef(w.Province, "province"), m.Required(w.OccurredOn, "occurredOn"), m.Required(w.Deaths, "deaths"), m.Required(w.Injured, "injured")),
            static v => new(v.Province, v.OccurredOn, v.Deaths, v.Injured))
        .Validated<CrackdownCampaign, CrackdownCampaignWire>(
            static (w, m) => CrackdownCampaign.Create(m.Required(w.Kind, "kind"), m.RequiredRef(w.Province, "province"), w.Start, w.End),
            static v => new(v.Kind, v.Province, v.Start, v.End))
        .Validated<ProvincialReport, ProvincialReportWire>(
            static (w, m) => ProvincialReport.Create(
                m.RequiredRef(w.Province, "province"), m.RequiredRef(w.Period, "period"), w.ComparisonPeriod,
                m.RequiredRef(w.Figures, "figures"), w.Cases, w.Drugs, w.Drills, w.Traffic, w.ElectronicId,
                w.Campaigns, m.RequiredRef(w.IllustrativeSections, "illustrativeSections")),
            static v => new(
                v.Province, v.Period, v.ComparisonPeriod, [.. v.Figures], v.Cases, v.Drugs, v.Drills, v.Traffic, v.ElectronicId, v.Campaigns, [.. v.IllustrativeSections]));

    /// <summary>A calendar period is rebuilt from its calendar, unit, year and index, and must match its dates.</summary>
    private static ReportingPeriod ReadPeriod(ReportingPeriodWire wire, WireMembers members)
    {
        var start = members.Required(wire.Start, "start");
        var end = members.Required(wire.End, "end");
        var unit = wire.Unit ?? PeriodUnit.Custom;
        if (unit != PeriodUnit.Custom)
        {
            members.Required(wire.CutoffDay, "cutoffDay");
            members.Required(wire.Year, "year");
            members.Required(wire.Index, "index");
        }

        members.ThrowIfMissing();
        if (unit == PeriodUnit.Custom)
        {
            if (wire.CutoffDay is not null || wire.Year is not null || wire.Index is not null)
            {
                throw new JsonException(
                    "ReportingPeriod: an ad-hoc period (unit absent or 'custom') must not have 'cutoffDay', 'year' or 'index'.");
            }

            return AtMember(null, () => ReportingPeriod.Create(start, end));
        }

        var calendar = AtMember("cutoffDay", () => ReportingCalendar.WithCutoffDay(wire.CutoffDay!.Value));
        var period = AtMember(null, () => calendar.Rebuild(unit, wire.Year!.Value, wire.Index!.Value));
        if (period.Start != start || period.End != end)
        {
            throw new JsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"ReportingPeriod: the dates {ReportingPeriod.Format(start)}–{ReportingPeriod.Format(end)} do not match {unit} {wire.Index} of {wire.Year} under cut-off day {wire.CutoffDay}, which is {ReportingPeriod.Format(period.Start)}–{ReportingPeriod.Format(period.End)}."));
        }

        return period;
    }

    /// <summary>
    /// Runs a rule of a reporting period and names the JSON member it concerns, with that member's path: the rule's own
    /// parameter (<c>day</c>, <c>quarter</c>, <c>month</c>) is the calendar's word, not the member's.
    /// </summary>
    /// <param name="member">The member; null to take it from the parameter (<c>start</c>, <c>end</c>, <c>year</c>, <c>unit</c>; any other is the period's <c>index</c>).</param>
    /// <param name="rule">The call that checks the rule.</param>
    private static T AtMember<T>(string? member, Func<T> rule)
    {
        try
        {
            return rule();
        }
        catch (ArgumentException ex)
        {
            member ??= ex.ParamName is "start" or "end" or "year" or "unit" ? ex.ParamName : "index";
            throw WireMembers.Invalid(nameof(ReportingPeriod), member, ex);
        }
    }
}

/// <summary>The wire form of a <see cref="Province"/>: its edition and code.</summary>
internal sealed record ProvinceWire(ProvinceEdition? Edition, string? Code);

/// <summary>The wire form of a <see cref="ReportingPeriod"/>: its dates, and for a calendar period how to rebuild it.</summary>
internal sealed record DataCoverageWire(DateOnly? From, DateOnly? AsOf);

internal sealed record ReportingPeriodWire(
    DateOnly? Start, DateOnly? End,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? CutoffDay,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PeriodUnit? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Year,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Index);

/// <summary>The wire form of a <see cref="PublishedFigure"/>.</summary>
internal sealed record PublishedFigureWire(
    string? Measure, decimal? Value, FigureQualifier? Qualifier, string? Unit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReportingPeriod? Period,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? AsOf, string? Source,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Quote,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note);

/// <summary>The wire form of a <see cref="CriminalCase"/>.</summary>
internal sealed record CriminalCaseWire(
    string? Id, Province? Province, OffenceGroup? OffenceGroup,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IccsSection? IccsSection,
    Severity? Severity, DateOnly? RecordedOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? OccurredOn,
    CaseOutcome? Outcome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? OutcomeOn);

/// <summary>The wire form of a <see cref="DrugQuantity"/>.</summary>
internal sealed record DrugQuantityWire(DrugKind? Kind, decimal? Amount, DrugUnit? Unit);

/// <summary>The wire form of a <see cref="DrugSeizure"/>.</summary>
internal sealed record DrugSeizureWire(Province? Province, DateOnly? SeizedOn, long? Suspects, List<DrugQuantity>? Substances, long? Guns, long? Rounds);

/// <summary>The wire form of a <see cref="Drill"/>.</summary>
internal sealed record DrillWire(DrillKind? Kind, Province? Province, DateOnly? HeldOn, long? Attendances);

/// <summary>The wire form of an <see cref="ElectronicIdActivation"/>.</summary>
internal sealed record ElectronicIdActivationWire(
    Province? Province, ElectronicIdLevel? Level, DateOnly? AsOf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? RecordsReceived,
    long? AccountsActivated, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Target);

/// <summary>The wire form of a <see cref="ChipIdCardIssuance"/>.</summary>
internal sealed record ChipIdCardIssuanceWire(Province? Province, DateOnly? AsOf, long? CardsIssued, long? EligibleResidents);

/// <summary>The wire form of an <see cref="OnlineServiceProvision"/>.</summary>
internal sealed record OnlineServiceProvisionWire(Province? Province, DateOnly? AsOf, long? ServicesInFull, long? ServicesRequired);

/// <summary>The wire form of a <see cref="TrafficAccident"/>.</summary>
internal sealed record TrafficAccidentWire(Province? Province, DateOnly? OccurredOn, long? Deaths, long? Injured);

/// <summary>The wire form of a <see cref="CrackdownCampaign"/>.</summary>
internal sealed record CrackdownCampaignWire(
    CampaignKind? Kind, Province? Province,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? Start,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateOnly? End);

/// <summary>The wire form of a <see cref="ProvincialReport"/>.</summary>
internal sealed record ProvincialReportWire(
    Province? Province, ReportingPeriod? Period, ReportingPeriod? ComparisonPeriod, List<PublishedFigure>? Figures,
    CaseTally? Cases, DrugSeizureTally? Drugs, DrillTally? Drills, TrafficTally? Traffic,
    ElectronicIdTally? ElectronicId, CampaignTally? Campaigns, List<ReportSection>? IllustrativeSections);

/// <summary>The wire form of the embedded sample report file (the seed's published figures and illustrative cases).</summary>
internal sealed record SampleReportWire(
    string? Description, Province? Province, ReportingPeriod? Period, ReportingPeriod? ComparisonPeriod,
    List<PublishedFigure>? Figures, IllustrativeCasesWire? IllustrativeCases);

/// <summary>The illustrative cases of the embedded sample report.</summary>
internal sealed record IllustrativeCasesWire(bool? Illustrative, string? Note, List<CriminalCase>? Records);

/// <summary>The wire form of the embedded e-ID sample file.</summary>
internal sealed record ElectronicIdSampleWire(string? Description, string? DescriptionVi, DateOnly? AsOf, string? Level, List<ElectronicIdSampleRowWire>? Rows);

/// <summary>One row of the embedded e-ID sample file.</summary>
internal sealed record ElectronicIdSampleRowWire(Province? Province, long? AccountsActivated, long? Target, bool? Illustrative, string? Source);
