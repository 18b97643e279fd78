using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="Drill"/>.</summary>
internal sealed class DrillWire
{
    public DrillKind? Kind { get; set; }

    public Province? Province { get; set; }

    public DateOnly? HeldOn { get; set; }

    public long? Attendances { get; set; }
}

/// <summary>Reads a <see cref="Drill"/> through <see cref="Drill.Create"/>.</summary>
internal sealed class DrillJsonConverter : ValidatingConverter<Drill, DrillWire>
{
    protected override JsonTypeInfo<DrillWire> WireTypeInfo => WireJsonContext.Default.DrillWire;

    protected override Drill FromWire(DrillWire wire, WireMembers members)
    {
        var kind = members.Required(wire.Kind, "kind");
        var province = members.RequiredRef(wire.Province, "province");
        var heldOn = members.Required(wire.HeldOn, "heldOn");
        var attendances = members.Required(wire.Attendances, "attendances");
        members.ThrowIfMissing();
        return Drill.Create(kind, province, heldOn, attendances);
    }

    protected override DrillWire ToWire(Drill value) => new()
    {
        Kind = value.Kind,
        Province = value.Province,
        HeldOn = value.HeldOn,
        Attendances = value.Attendances,
    };
}

/// <summary>The wire form of an <see cref="ElectronicIdActivation"/>.</summary>
internal sealed class ElectronicIdActivationWire
{
    public Province? Province { get; set; }

    public ElectronicIdLevel? Level { get; set; }

    public DateOnly? AsOf { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? RecordsReceived { get; set; }

    public long? AccountsActivated { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Target { get; set; }
}

/// <summary>Reads an <see cref="ElectronicIdActivation"/> through <see cref="ElectronicIdActivation.Create"/>.</summary>
internal sealed class ElectronicIdActivationJsonConverter : ValidatingConverter<ElectronicIdActivation, ElectronicIdActivationWire>
{
    protected override JsonTypeInfo<ElectronicIdActivationWire> WireTypeInfo => WireJsonContext.Default.ElectronicIdActivationWire;

    protected override ElectronicIdActivation FromWire(ElectronicIdActivationWire wire, WireMembers members)
    {
        var province = members.RequiredRef(wire.Province, "province");
        var level = members.Required(wire.Level, "level");
        var asOf = members.Required(wire.AsOf, "asOf");
        var activated = members.Required(wire.AccountsActivated, "accountsActivated");
        members.ThrowIfMissing();
        return ElectronicIdActivation.Create(province, level, asOf, wire.RecordsReceived, activated, wire.Target);
    }

    protected override ElectronicIdActivationWire ToWire(ElectronicIdActivation value) => new()
    {
        Province = value.Province,
        Level = value.Level,
        AsOf = value.AsOf,
        RecordsReceived = value.RecordsReceived,
        AccountsActivated = value.AccountsActivated,
        Target = value.Target,
    };
}

/// <summary>The wire form of a <see cref="TrafficAccident"/>.</summary>
internal sealed class TrafficAccidentWire
{
    public Province? Province { get; set; }

    public DateOnly? OccurredOn { get; set; }

    public long? Deaths { get; set; }

    public long? Injured { get; set; }
}

/// <summary>Reads a <see cref="TrafficAccident"/> through <see cref="TrafficAccident.Create"/>.</summary>
internal sealed class TrafficAccidentJsonConverter : ValidatingConverter<TrafficAccident, TrafficAccidentWire>
{
    protected override JsonTypeInfo<TrafficAccidentWire> WireTypeInfo => WireJsonContext.Default.TrafficAccidentWire;

    protected override TrafficAccident FromWire(TrafficAccidentWire wire, WireMembers members)
    {
        var province = members.RequiredRef(wire.Province, "province");
        var occurredOn = members.Required(wire.OccurredOn, "occurredOn");
        var deaths = members.Required(wire.Deaths, "deaths");
        var injured = members.Required(wire.Injured, "injured");
        members.ThrowIfMissing();
        return TrafficAccident.Create(province, occurredOn, deaths, injured);
    }

    protected override TrafficAccidentWire ToWire(TrafficAccident value) => new()
    {
        Province = value.Province,
        OccurredOn = value.OccurredOn,
        Deaths = value.Deaths,
        Injured = value.Injured,
    };
}

/// <summary>The wire form of a <see cref="CrackdownCampaign"/>.</summary>
internal sealed class CrackdownCampaignWire
{
    public CampaignKind? Kind { get; set; }

    public Province? Province { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? Start { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? End { get; set; }
}

/// <summary>Reads a <see cref="CrackdownCampaign"/> through <see cref="CrackdownCampaign.Create"/>.</summary>
internal sealed class CrackdownCampaignJsonConverter : ValidatingConverter<CrackdownCampaign, CrackdownCampaignWire>
{
    protected override JsonTypeInfo<CrackdownCampaignWire> WireTypeInfo => WireJsonContext.Default.CrackdownCampaignWire;

    protected override CrackdownCampaign FromWire(CrackdownCampaignWire wire, WireMembers members)
    {
        var kind = members.Required(wire.Kind, "kind");
        var province = members.RequiredRef(wire.Province, "province");
        members.ThrowIfMissing();
        return CrackdownCampaign.Create(kind, province, wire.Start, wire.End);
    }

    protected override CrackdownCampaignWire ToWire(CrackdownCampaign value) => new()
    {
        Kind = value.Kind,
        Province = value.Province,
        Start = value.Start,
        End = value.End,
    };
}

/// <summary>The wire form of a <see cref="PublishedFigure"/>.</summary>
internal sealed class PublishedFigureWire
{
    public string? Measure { get; set; }

    public decimal? Value { get; set; }

    public FigureQualifier? Qualifier { get; set; }

    public string? Unit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportingPeriod? Period { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? AsOf { get; set; }

    public string? Source { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Quote { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; set; }
}

/// <summary>Reads a <see cref="PublishedFigure"/> through <see cref="PublishedFigure.Create"/>.</summary>
internal sealed class PublishedFigureJsonConverter : ValidatingConverter<PublishedFigure, PublishedFigureWire>
{
    protected override JsonTypeInfo<PublishedFigureWire> WireTypeInfo => WireJsonContext.Default.PublishedFigureWire;

    protected override PublishedFigure FromWire(PublishedFigureWire wire, WireMembers members)
    {
        var measure = members.RequiredRef(wire.Measure, "measure");
        var value = members.Required(wire.Value, "value");
        var qualifier = members.Required(wire.Qualifier, "qualifier");
        var unit = members.RequiredRef(wire.Unit, "unit");
        var source = members.RequiredRef(wire.Source, "source");
        members.ThrowIfMissing();
        return PublishedFigure.Create(measure, value, qualifier, unit, source, wire.Period, wire.AsOf, wire.Quote, wire.Note);
    }

    protected override PublishedFigureWire ToWire(PublishedFigure value) => new()
    {
        Measure = value.Measure,
        Value = value.Value,
        Qualifier = value.Qualifier,
        Unit = value.Unit,
        Period = value.Period,
        AsOf = value.AsOf,
        Source = value.Source,
        Quote = value.Quote,
        Note = value.Note,
    };
}
