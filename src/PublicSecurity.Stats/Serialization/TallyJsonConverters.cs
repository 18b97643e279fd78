using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of one key of a <see cref="CampaignTally"/>.</summary>
internal sealed class CampaignTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public long? PeakCrackdown { get; set; }

    public long? FugitiveArrestAndSurrender { get; set; }
}

/// <summary>The wire form of a <see cref="CampaignTally"/>.</summary>
internal sealed class CampaignTallyWire
{
    public long? Outside { get; set; }

    public List<CampaignTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads a <see cref="CampaignTally"/>, validating every entry and the tally's rules.</summary>
internal sealed class CampaignTallyJsonConverter : ValidatingConverter<CampaignTally, CampaignTallyWire>
{
    protected override JsonTypeInfo<CampaignTallyWire> WireTypeInfo => WireJsonContext.Default.CampaignTallyWire;

    protected override CampaignTally FromWire(CampaignTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        members.ThrowIfMissing();
        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(CampaignTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var peak = m.Required(e?.PeakCrackdown, "peakCrackdown");
            var fugitive = m.Required(e?.FugitiveArrestAndSurrender, "fugitiveArrestAndSurrender");
            m.ThrowIfMissing();
            return KeyValuePair.Create(new TallyKey(province, period), CampaignEntry.Create(peak, fugitive));
        })).ToList();
        return new CampaignTally(TallyTable<CampaignEntry>.Create(read, outside, "entries"));
    }

    protected override CampaignTallyWire ToWire(CampaignTally value) => new()
    {
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new CampaignTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            PeakCrackdown = e.Value.PeakCrackdown,
            FugitiveArrestAndSurrender = e.Value.FugitiveArrestAndSurrender,
        }).ToList(),
    };
}

/// <summary>The wire form of the counts of one kind within a <see cref="DrillTally"/> entry.</summary>
internal sealed class DrillCountsWire
{
    public DrillKind? Kind { get; set; }

    public long? Count { get; set; }

    public long? Attendances { get; set; }
}

/// <summary>The wire form of one key of a <see cref="DrillTally"/>: the kinds held (kinds not listed had none).</summary>
internal sealed class DrillTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public List<DrillCountsWire?>? Kinds { get; set; }
}

/// <summary>The wire form of a <see cref="DrillTally"/>.</summary>
internal sealed class DrillTallyWire
{
    public long? Outside { get; set; }

    public List<DrillTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads a <see cref="DrillTally"/>, validating every entry and the tally's rules.</summary>
internal sealed class DrillTallyJsonConverter : ValidatingConverter<DrillTally, DrillTallyWire>
{
    protected override JsonTypeInfo<DrillTallyWire> WireTypeInfo => WireJsonContext.Default.DrillTallyWire;

    protected override DrillTally FromWire(DrillTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        members.ThrowIfMissing();
        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(DrillTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var kinds = m.RequiredRef(e?.Kinds, "kinds");
            m.ThrowIfMissing();
            var byKind = new DrillCounts?[3];
            for (var k = 0; k < kinds.Count; k++)
            {
                var item = kinds[k];
                var (kind, counts) = TallyWireEntries.Read($"{nameof(DrillTally)}.entries[{i}]", "kinds", k, km =>
                {
                    var kind = km.Required(item?.Kind, "kind");
                    var count = km.Required(item?.Count, "count");
                    var attendances = km.Required(item?.Attendances, "attendances");
                    km.ThrowIfMissing();
                    Require.Defined(kind, nameof(kind));
                    TallyWireEntries.Unique(byKind[(int)kind] is not null, "kind", kind.ToString(), "kind");

                    return (kind, DrillCounts.Create(count, attendances));
                });
                byKind[(int)kind] = counts;
            }

            return KeyValuePair.Create(
                new TallyKey(province, period),
                new DrillEntry(byKind[0] ?? default, byKind[1] ?? default, byKind[2] ?? default));
        })).ToList();
        return new DrillTally(TallyTable<DrillEntry>.Create(read, outside, "entries"));
    }

    protected override DrillTallyWire ToWire(DrillTally value) => new()
    {
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new DrillTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            Kinds = Enum.GetValues<DrillKind>()
                .Where(k => e.Value.Of(k) != default)
                .Select(k => (DrillCountsWire?)new DrillCountsWire { Kind = k, Count = e.Value.Of(k).Count, Attendances = e.Value.Of(k).Attendances })
                .ToList(),
        }).ToList(),
    };
}

/// <summary>The wire form of one key of a <see cref="DrugSeizureTally"/>.</summary>
internal sealed class DrugSeizureTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public long? Cases { get; set; }

    public long? Suspects { get; set; }

    public List<DrugQuantity>? Quantities { get; set; }

    public long? Guns { get; set; }

    public long? Rounds { get; set; }
}

/// <summary>The wire form of a <see cref="DrugSeizureTally"/>.</summary>
internal sealed class DrugSeizureTallyWire
{
    public long? Outside { get; set; }

    public List<DrugSeizureTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads a <see cref="DrugSeizureTally"/>, validating every entry and the tally's rules.</summary>
internal sealed class DrugSeizureTallyJsonConverter : ValidatingConverter<DrugSeizureTally, DrugSeizureTallyWire>
{
    protected override JsonTypeInfo<DrugSeizureTallyWire> WireTypeInfo => WireJsonContext.Default.DrugSeizureTallyWire;

    protected override DrugSeizureTally FromWire(DrugSeizureTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        members.ThrowIfMissing();
        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(DrugSeizureTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var cases = m.Required(e?.Cases, "cases");
            var suspects = m.Required(e?.Suspects, "suspects");
            var quantities = m.RequiredRef(e?.Quantities, "quantities");
            var guns = m.Required(e?.Guns, "guns");
            var rounds = m.Required(e?.Rounds, "rounds");
            m.ThrowIfMissing();
            return KeyValuePair.Create(new TallyKey(province, period), DrugSeizureCounts.Create(cases, suspects, quantities, guns, rounds));
        })).ToList();
        return new DrugSeizureTally(TallyTable<DrugSeizureCounts>.Create(read, outside, "entries"));
    }

    protected override DrugSeizureTallyWire ToWire(DrugSeizureTally value) => new()
    {
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new DrugSeizureTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            Cases = e.Value.Cases,
            Suspects = e.Value.Suspects,
            Quantities = [.. e.Value.Quantities],
            Guns = e.Value.Guns,
            Rounds = e.Value.Rounds,
        }).ToList(),
    };
}

/// <summary>The wire form of one key of an <see cref="ElectronicIdTally"/>.</summary>
internal sealed class ElectronicIdTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public long? AccountsActivated { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? RecordsReceived { get; set; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Target { get; set; }

    public DateOnly? EarliestAsOf { get; set; }

    public DateOnly? LatestAsOf { get; set; }
}

/// <summary>The wire form of an <see cref="ElectronicIdTally"/>; the level is absent only when there are no entries.</summary>
internal sealed class ElectronicIdTallyWire
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ElectronicIdLevel? Level { get; set; }

    public long? Outside { get; set; }

    public List<ElectronicIdTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads an <see cref="ElectronicIdTally"/>, validating every entry and the tally's rules.</summary>
internal sealed class ElectronicIdTallyJsonConverter : ValidatingConverter<ElectronicIdTally, ElectronicIdTallyWire>
{
    protected override JsonTypeInfo<ElectronicIdTallyWire> WireTypeInfo => WireJsonContext.Default.ElectronicIdTallyWire;

    protected override ElectronicIdTally FromWire(ElectronicIdTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        if (entries is { Count: > 0 })
        {
            members.Required(wire.Level, "level");
        }

        members.ThrowIfMissing();
        if (wire.Level is ElectronicIdLevel level)
        {
            Require.Defined(level, nameof(level));
        }

        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(ElectronicIdTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var activated = m.Required(e?.AccountsActivated, "accountsActivated");
            var earliest = m.Required(e?.EarliestAsOf, "earliestAsOf");
            var latest = m.Required(e?.LatestAsOf, "latestAsOf");
            m.ThrowIfMissing();
            return KeyValuePair.Create(
                new TallyKey(province, period),
                ElectronicIdCounts.Create(activated, e!.RecordsReceived, e.Target, earliest, latest, period));
        })).ToList();
        return new ElectronicIdTally(wire.Level, TallyTable<ElectronicIdCounts>.Create(read, outside, "entries"));
    }

    protected override ElectronicIdTallyWire ToWire(ElectronicIdTally value) => new()
    {
        Level = value.Level,
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new ElectronicIdTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            AccountsActivated = e.Value.AccountsActivated,
            RecordsReceived = e.Value.RecordsReceived,
            Target = e.Value.Target,
            EarliestAsOf = e.Value.EarliestAsOf,
            LatestAsOf = e.Value.LatestAsOf,
        }).ToList(),
    };
}

/// <summary>The wire form of one (severity, offence group) cell of a <see cref="CaseTally"/> entry.</summary>
internal sealed class CaseTallyCellWire
{
    public Severity? Severity { get; set; }

    public OffenceGroup? OffenceGroup { get; set; }

    public long? Recorded { get; set; }

    public long? Unfounded { get; set; }

    public long? ClearedInPeriod { get; set; }

    public List<long>? ClearedBy { get; set; }
}

/// <summary>The wire form of one key of a <see cref="CaseTally"/>: evaluation dates and the non-zero cells (cells not listed are zero).</summary>
internal sealed class CaseTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public List<DateOnly>? EvaluatedAt { get; set; }

    public List<CaseTallyCellWire?>? Cells { get; set; }
}

/// <summary>The wire form of a <see cref="CaseTally"/>.</summary>
internal sealed class CaseTallyWire
{
    public long? Outside { get; set; }

    public List<CaseTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads a <see cref="CaseTally"/>, validating every cell against the cohort rules and the tally's rules.</summary>
internal sealed class CaseTallyJsonConverter : ValidatingConverter<CaseTally, CaseTallyWire>
{
    protected override JsonTypeInfo<CaseTallyWire> WireTypeInfo => WireJsonContext.Default.CaseTallyWire;

    protected override CaseTally FromWire(CaseTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        members.ThrowIfMissing();
        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(CaseTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var evaluatedAt = m.RequiredRef(e?.EvaluatedAt, "evaluatedAt");
            var cells = m.RequiredRef(e?.Cells, "cells");
            m.ThrowIfMissing();
            var entry = CaseEntry.Zero(CaseEntry.CheckEvaluatedAt(evaluatedAt, period));
            var seen = new bool[CaseEntry.Cells];
            for (var c = 0; c < cells.Count; c++)
            {
                var item = cells[c];
                TallyWireEntries.Read($"{nameof(CaseTally)}.entries[{i}]", "cells", c, cm =>
                {
                    var severity = cm.Required(item?.Severity, "severity");
                    var group = cm.Required(item?.OffenceGroup, "offenceGroup");
                    var recorded = cm.Required(item?.Recorded, "recorded");
                    var unfounded = cm.Required(item?.Unfounded, "unfounded");
                    var cleared = cm.Required(item?.ClearedInPeriod, "clearedInPeriod");
                    var clearedBy = cm.RequiredRef(item?.ClearedBy, "clearedBy");
                    cm.ThrowIfMissing();
                    Require.Defined(severity, nameof(severity));
                    Require.Defined(group, "offenceGroup");
                    var cell = CaseEntry.Cell(severity, group);
                    TallyWireEntries.Unique(seen[cell], "severity", $"({severity}, {group})", "(severity, offence group) cell");

                    seen[cell] = true;
                    entry.SetCell(cell, recorded, unfounded, cleared, clearedBy);
                    return cell;
                });
            }

            return KeyValuePair.Create(new TallyKey(province, period), entry);
        })).ToList();
        return new CaseTally(TallyTable<CaseEntry>.Create(read, outside, "entries"));
    }

    protected override CaseTallyWire ToWire(CaseTally value) => new()
    {
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new CaseTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            EvaluatedAt = [.. e.Value.EvaluatedAt],
            Cells = Enumerable.Range(0, CaseEntry.Cells)
                .Where(c => !e.Value.IsZero(c))
                .Select(c => (CaseTallyCellWire?)new CaseTallyCellWire
                {
                    Severity = CaseEntry.SeverityOf(c),
                    OffenceGroup = CaseEntry.GroupOf(c),
                    Recorded = e.Value.Recorded[c],
                    Unfounded = e.Value.Unfounded[c],
                    ClearedInPeriod = e.Value.ClearedInPeriod[c],
                    ClearedBy = [.. e.Value.ClearedByOf(c)],
                })
                .ToList(),
        }).ToList(),
    };
}
