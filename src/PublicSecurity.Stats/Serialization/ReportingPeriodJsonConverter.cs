using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of a <see cref="ReportingPeriod"/>: start and end, plus the calendar coordinates when present.</summary>
internal sealed class ReportingPeriodWire
{
    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? CutoffDay { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PeriodUnit? Unit { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Year { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Index { get; set; }
}

/// <summary>Reads a <see cref="ReportingPeriod"/> and checks that its dates agree with its calendar coordinates.</summary>
internal sealed class ReportingPeriodJsonConverter : ValidatingConverter<ReportingPeriod, ReportingPeriodWire>
{
    protected override JsonTypeInfo<ReportingPeriodWire> WireTypeInfo => WireJsonContext.Default.ReportingPeriodWire;

    protected override ReportingPeriod FromWire(ReportingPeriodWire wire, WireMembers members)
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

            return ReportingPeriod.Create(start, end);
        }

        var calendar = ReportingCalendar.WithCutoffDay(wire.CutoffDay!.Value);
        var period = calendar.Rebuild(unit, wire.Year!.Value, wire.Index!.Value);
        if (period.Start != start || period.End != end)
        {
            throw new JsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"ReportingPeriod: the dates {ReportingPeriod.Format(start)}–{ReportingPeriod.Format(end)} do not match {unit} {wire.Index} of {wire.Year} under cut-off day {wire.CutoffDay}, which is {ReportingPeriod.Format(period.Start)}–{ReportingPeriod.Format(period.End)}."));
        }

        return period;
    }

    protected override ReportingPeriodWire ToWire(ReportingPeriod value) => new()
    {
        Start = value.Start,
        End = value.End,
        CutoffDay = value.Calendar?.CutoffDay,
        Unit = value.Calendar is null ? null : value.Unit,
        Year = value.Year,
        Index = value.Index,
    };
}
