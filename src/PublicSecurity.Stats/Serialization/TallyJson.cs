using System.Text.Json.Serialization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// The JSON of the eight tallies: one shape for all — <c>{"outside": n, "entries": [{"province", "period", …counts}]}</c>,
/// with <c>"periods"</c> when a requested period has no key and <c>"coverage"</c> when declared
/// — read and written by <see cref="ConverterMap.Tally{TTally, TEntry, TWire, TEntryWire}"/>; each registration says
/// only how one entry's counts read and write.
/// </summary>
internal static class TallyJson
{
    public static void Register(ConverterMap map) => map
        .Tally<CampaignTally, CampaignEntry, TallyWire<CampaignTallyEntryWire>, CampaignTallyEntryWire>(
            static (_, table) => new CampaignTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, _, m) => CampaignEntry.Create(m.Required(e?.PeakCrackdown, "peakCrackdown"), m.Required(e?.FugitiveArrestAndSurrender, "fugitiveArrestAndSurrender")),
            static (k, v) => new(k.Province, k.Period, v.PeakCrackdown, v.FugitiveArrestAndSurrender))
        .Tally<TrafficTally, TrafficCounts, TallyWire<TrafficTallyEntryWire>, TrafficTallyEntryWire>(
            static (_, table) => new TrafficTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, _, m) => TrafficCounts.Create(m.Required(e?.Accidents, "accidents"), m.Required(e?.Deaths, "deaths"), m.Required(e?.Injured, "injured")),
            static (k, v) => new(k.Province, k.Period, v.Accidents, v.Deaths, v.Injured))
        .Tally<DrugSeizureTally, DrugSeizureCounts, TallyWire<DrugSeizureTallyEntryWire>, DrugSeizureTallyEntryWire>(
            static (_, table) => new DrugSeizureTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, _, m) => DrugSeizureCounts.Create(
                m.Required(e?.Cases, "cases"), m.Required(e?.Suspects, "suspects"),
                m.RequiredRef(e?.Quantities, "quantities"), m.Required(e?.Guns, "guns"),
                m.Required(e?.Rounds, "rounds")),
            static (k, v) => new(k.Province, k.Period, v.Cases, v.Suspects, [.. v.Quantities], v.Guns, v.Rounds))
        .Tally<DrillTally, DrillEntry, TallyWire<DrillTallyEntryWire>, DrillTallyEntryWire>(
            static (_, table) => new DrillTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            ReadDrills,
            static (k, v) => new(k.Province, k.Period, [.. Enum.GetValues<DrillKind>()
                .Where(kind => v.Of(kind) != default)
                .Select(kind => (DrillCountsWire?)new DrillCountsWire(kind, v.Of(kind).Count, v.Of(kind).Attendances))]))
        .Tally<ElectronicIdTally, ElectronicIdCounts, ElectronicIdTallyWire, ElectronicIdTallyEntryWire>(
            static (wire, table) => new ElectronicIdTally(wire.Level is ElectronicIdLevel level ? Preconditions.Defined(level, nameof(level)) : null, table),
            static (tally, entries) => new(tally.Level, entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, period, m) =>
            {
                var activated = m.Required(e?.AccountsActivated, "accountsActivated");
                var earliest = m.Required(e?.EarliestAsOf, "earliestAsOf");
                var latest = m.Required(e?.LatestAsOf, "latestAsOf");
                m.ThrowIfMissing();
                return ElectronicIdCounts.Create(activated, e!.RecordsReceived, e.Target, earliest, latest, period);
            },
            static (k, v) => new(k.Province, k.Period, v.AccountsActivated, v.RecordsReceived, v.Target, v.EarliestAsOf, v.LatestAsOf),
            static (wire, m) =>
            {
                if (wire.Entries is { Count: > 0 })
                {
                    m.Required(wire.Level, "level");
                }
            })
        .Tally<ChipIdCardTally, ShareSnapshot, TallyWire<ChipIdCardTallyEntryWire>, ChipIdCardTallyEntryWire>(
            static (_, table) => new ChipIdCardTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, period, m) => ReadShare(m, period, (e?.CardsIssued, "cardsIssued"), (e?.EligibleResidents, "eligibleResidents"), e?.EarliestAsOf, e?.LatestAsOf, ChipIdCardIssuance.CheckCounts),
            static (k, v) => new(k.Province, k.Period, v.Share.Part, v.Share.Whole, v.EarliestAsOf, v.LatestAsOf))
        .Tally<OnlineServiceTally, ShareSnapshot, TallyWire<OnlineServiceTallyEntryWire>, OnlineServiceTallyEntryWire>(
            static (_, table) => new OnlineServiceTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            static (e, period, m) => ReadShare(m, period, (e?.ServicesInFull, "servicesInFull"), (e?.ServicesRequired, "servicesRequired"), e?.EarliestAsOf, e?.LatestAsOf, OnlineServiceProvision.CheckCounts),
            static (k, v) => new(k.Province, k.Period, v.Share.Part, v.Share.Whole, v.EarliestAsOf, v.LatestAsOf))
        .Tally<CaseTally, CaseEntry, TallyWire<CaseTallyEntryWire>, CaseTallyEntryWire>(
            static (_, table) => new CaseTally(table),
            static (_, entries) => new(entries.Outside, entries.Periods, entries.Coverage, entries.List),
            ReadCases,
            static (k, v) => new(k.Province, k.Period, [.. v.EvaluatedAt], [.. Enumerable.Range(0, CaseEntry.Cells)
                .Where(c => !v.IsZero(c))
                .Select(c => (CaseTallyCellWire?)new CaseTallyCellWire(
                    CaseEntry.SeverityOf(c), CaseEntry.GroupOf(c), v.Recorded[c], v.Unfounded[c], v.ClearedInPeriod[c], [.. v.ClearedByOf(c)]))]));

    /// <summary>A share entry: its part and whole under the kind's member names and rules, and its as-of dates within the period.</summary>
    private static ShareSnapshot ReadShare(
        WireMembers members, ReportingPeriod period, (long? Value, string Member) part, (long? Value, string Member) whole,
        DateOnly? earliestAsOf, DateOnly? latestAsOf, Action<long, long> checkCounts)
    {
        var p = members.Required(part.Value, part.Member);
        var w = members.Required(whole.Value, whole.Member);
        var earliest = members.Required(earliestAsOf, "earliestAsOf");
        var latest = members.Required(latestAsOf, "latestAsOf");
        members.ThrowIfMissing();
        return ShareSnapshot.Create(p, w, checkCounts, earliest, latest, period);
    }

    /// <summary>A drill entry lists the kinds held, each at most once; kinds not listed had none.</summary>
    private static DrillEntry ReadDrills(DrillTallyEntryWire? entry, ReportingPeriod period, WireMembers members)
    {
        var kinds = members.RequiredRef(entry?.Kinds, "kinds");
        members.ThrowIfMissing();
        var byKind = new DrillCounts?[3];
        for (var k = 0; k < kinds.Count; k++)
        {
            var item = kinds[k];
            var (kind, counts) = WireMembers.Build($"{members.Scope}.kinds[{k}]", km =>
            {
                var kind = km.Required(item?.Kind, "kind");
                var count = km.Required(item?.Count, "count");
                var attendances = km.Required(item?.Attendances, "attendances");
                km.ThrowIfMissing();
                Preconditions.Defined(kind, nameof(kind));
                WireMembers.Unique(byKind[(int)kind] is not null, "kind", kind.ToString(), "kind");
                return (kind, DrillCounts.Create(count, attendances));
            });
            byKind[(int)kind] = counts;
        }

        return new DrillEntry(byKind[0] ?? default, byKind[1] ?? default, byKind[2] ?? default);
    }

    /// <summary>A case entry lists its non-zero (severity, offence group) cells, each at most once, with the run-off at its evaluation dates.</summary>
    private static CaseEntry ReadCases(CaseTallyEntryWire? wire, ReportingPeriod period, WireMembers members)
    {
        var evaluatedAt = members.RequiredRef(wire?.EvaluatedAt, "evaluatedAt");
        var cells = members.RequiredRef(wire?.Cells, "cells");
        members.ThrowIfMissing();
        var entry = CaseEntry.Zero(CaseEntry.CheckEvaluatedAt(evaluatedAt, period));
        var seen = new bool[CaseEntry.Cells];
        for (var c = 0; c < cells.Count; c++)
        {
            var item = cells[c];
            WireMembers.Build($"{members.Scope}.cells[{c}]", cm =>
            {
                var severity = cm.Required(item?.Severity, "severity");
                var group = cm.Required(item?.OffenceGroup, "offenceGroup");
                var recorded = cm.Required(item?.Recorded, "recorded");
                var unfounded = cm.Required(item?.Unfounded, "unfounded");
                var cleared = cm.Required(item?.ClearedInPeriod, "clearedInPeriod");
                var clearedBy = cm.RequiredRef(item?.ClearedBy, "clearedBy");
                cm.ThrowIfMissing();
                Preconditions.Defined(severity, nameof(severity));
                Preconditions.Defined(group, "offenceGroup");
                var cell = CaseEntry.Cell(severity, group);
                WireMembers.Unique(seen[cell], "severity", $"({severity}, {group})", "(severity, offence group) cell");
                seen[cell] = true;
                entry.SetCell(cell, recorded, unfounded, cleared, clearedBy);
                return cell;
            });
        }

        return entry;
    }
}

/// <summary>The members every tally's wire form has.</summary>
/// <typeparam name="TEntryWire">The wire form of one key.</typeparam>
internal interface ITallyWire<TEntryWire>
{
    long? Outside { get; }

    /// <summary>Gets the requested periods, written only when some have no key.</summary>
    List<ReportingPeriod?>? Periods { get; }

    /// <summary>Gets the declared coverage, written only when declared.</summary>
    DataCoverage? Coverage { get; }

    List<TEntryWire?>? Entries { get; }
}

/// <summary>The key members every tally entry's wire form has.</summary>
internal interface ITallyEntryWire
{
    Province? Province { get; }

    ReportingPeriod? Period { get; }
}

/// <summary>A tally's entries as written: the outside count and one wire entry a key, ordered.</summary>
/// <typeparam name="TEntryWire">The wire form of one key.</typeparam>
internal readonly record struct TallyEntries<TEntryWire>(long Outside, List<ReportingPeriod?>? Periods, DataCoverage? Coverage, List<TEntryWire?> List);

/// <summary>The wire form of a tally with no member beyond its entries.</summary>
/// <typeparam name="TEntryWire">The wire form of one key.</typeparam>
internal sealed record TallyWire<TEntryWire>(
    long? Outside,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<ReportingPeriod?>? Periods,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DataCoverage? Coverage,
    List<TEntryWire?>? Entries) : ITallyWire<TEntryWire>;

/// <summary>The wire form of an <see cref="ElectronicIdTally"/>: the level counted, then the entries.</summary>
internal sealed record ElectronicIdTallyWire(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ElectronicIdLevel? Level,
    long? Outside,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] List<ReportingPeriod?>? Periods,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DataCoverage? Coverage,
    List<ElectronicIdTallyEntryWire?>? Entries) : ITallyWire<ElectronicIdTallyEntryWire>;

/// <summary>One key of a <see cref="CampaignTally"/>.</summary>
internal sealed record CampaignTallyEntryWire(Province? Province, ReportingPeriod? Period, long? PeakCrackdown, long? FugitiveArrestAndSurrender) : ITallyEntryWire;

/// <summary>One key of a <see cref="TrafficTally"/>.</summary>
internal sealed record TrafficTallyEntryWire(Province? Province, ReportingPeriod? Period, long? Accidents, long? Deaths, long? Injured) : ITallyEntryWire;

/// <summary>One key of a <see cref="DrugSeizureTally"/>.</summary>
internal sealed record DrugSeizureTallyEntryWire(
    Province? Province, ReportingPeriod? Period, long? Cases, long? Suspects, List<DrugQuantity>? Quantities, long? Guns, long? Rounds) : ITallyEntryWire;

/// <summary>One key of a <see cref="DrillTally"/>: the kinds held.</summary>
internal sealed record DrillTallyEntryWire(Province? Province, ReportingPeriod? Period, List<DrillCountsWire?>? Kinds) : ITallyEntryWire;

/// <summary>The counts of one kind within a <see cref="DrillTally"/> entry.</summary>
internal sealed record DrillCountsWire(DrillKind? Kind, long? Count, long? Attendances);

/// <summary>One key of an <see cref="ElectronicIdTally"/>.</summary>
internal sealed record ElectronicIdTallyEntryWire(
    Province? Province, ReportingPeriod? Period, long? AccountsActivated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? RecordsReceived,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Target, DateOnly? EarliestAsOf,
    DateOnly? LatestAsOf) : ITallyEntryWire;

/// <summary>One key of a <see cref="ChipIdCardTally"/>.</summary>
internal sealed record ChipIdCardTallyEntryWire(
    Province? Province, ReportingPeriod? Period, long? CardsIssued, long? EligibleResidents, DateOnly? EarliestAsOf, DateOnly? LatestAsOf) : ITallyEntryWire;

/// <summary>One key of an <see cref="OnlineServiceTally"/>.</summary>
internal sealed record OnlineServiceTallyEntryWire(
    Province? Province, ReportingPeriod? Period, long? ServicesInFull, long? ServicesRequired, DateOnly? EarliestAsOf, DateOnly? LatestAsOf) : ITallyEntryWire;

/// <summary>One key of a <see cref="CaseTally"/>: the run-off's evaluation dates and the non-zero cells.</summary>
internal sealed record CaseTallyEntryWire(Province? Province, ReportingPeriod? Period, List<DateOnly>? EvaluatedAt, List<CaseTallyCellWire?>? Cells) : ITallyEntryWire;

/// <summary>One (severity, offence group) cell of a <see cref="CaseTally"/> entry.</summary>
internal sealed record CaseTallyCellWire(Severity? Severity, OffenceGroup? OffenceGroup, long? Recorded, long? Unfounded, long? ClearedInPeriod, List<long>? ClearedBy);
