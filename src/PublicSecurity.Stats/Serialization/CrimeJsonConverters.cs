using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Crime;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="CriminalCase"/>.</summary>
internal sealed class CriminalCaseWire
{
    public string? Id { get; set; }

    public Province? Province { get; set; }

    public OffenceGroup? OffenceGroup { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IccsSection? IccsSection { get; set; }

    public Severity? Severity { get; set; }

    public DateOnly? RecordedOn { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? OccurredOn { get; set; }

    public CaseOutcome? Outcome { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateOnly? OutcomeOn { get; set; }
}

/// <summary>Reads a <see cref="CriminalCase"/> through <see cref="CriminalCase.Create"/>.</summary>
internal sealed class CriminalCaseJsonConverter : ValidatingConverter<CriminalCase, CriminalCaseWire>
{
    protected override JsonTypeInfo<CriminalCaseWire> WireTypeInfo => WireJsonContext.Default.CriminalCaseWire;

    protected override CriminalCase FromWire(CriminalCaseWire wire, WireMembers members)
    {
        var id = members.RequiredRef(wire.Id, "id");
        var province = members.RequiredRef(wire.Province, "province");
        var group = members.Required(wire.OffenceGroup, "offenceGroup");
        var severity = members.Required(wire.Severity, "severity");
        var recorded = members.Required(wire.RecordedOn, "recordedOn");
        var outcome = members.Required(wire.Outcome, "outcome");
        members.ThrowIfMissing();
        return CriminalCase.Create(id, province, group, severity, recorded, outcome, wire.OutcomeOn, wire.OccurredOn, wire.IccsSection);
    }

    protected override CriminalCaseWire ToWire(CriminalCase value) => new()
    {
        Id = value.Id,
        Province = value.Province,
        OffenceGroup = value.OffenceGroup,
        IccsSection = value.IccsSection,
        Severity = value.Severity,
        RecordedOn = value.RecordedOn,
        OccurredOn = value.OccurredOn,
        Outcome = value.Outcome,
        OutcomeOn = value.OutcomeOn,
    };
}
