using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Aggregation;

namespace PublicSecurity.Stats.Serialization;

/// <summary>The wire form of one key of a <see cref="TrafficTally"/>.</summary>
internal sealed class TrafficTallyEntryWire
{
    public Province? Province { get; set; }

    public ReportingPeriod? Period { get; set; }

    public long? Accidents { get; set; }

    public long? Deaths { get; set; }

    public long? Injured { get; set; }
}

/// <summary>The wire form of a <see cref="TrafficTally"/>.</summary>
internal sealed class TrafficTallyWire
{
    public long? Outside { get; set; }

    public List<TrafficTallyEntryWire>? Entries { get; set; }
}

/// <summary>Reads a <see cref="TrafficTally"/>, validating every entry and the tally's rules.</summary>
internal sealed class TrafficTallyJsonConverter : ValidatingConverter<TrafficTally, TrafficTallyWire>
{
    protected override JsonTypeInfo<TrafficTallyWire> WireTypeInfo => WireJsonContext.Default.TrafficTallyWire;

    protected override TrafficTally FromWire(TrafficTallyWire wire, WireMembers members)
    {
        var outside = members.Required(wire.Outside, "outside");
        var entries = members.RequiredRef(wire.Entries, "entries");
        members.ThrowIfMissing();
        var read = entries.Select((e, i) => TallyWireEntries.Read(nameof(TrafficTally), "entries", i, m =>
        {
            var province = m.RequiredRef(e?.Province, "province");
            var period = m.RequiredRef(e?.Period, "period");
            var accidents = m.Required(e?.Accidents, "accidents");
            var deaths = m.Required(e?.Deaths, "deaths");
            var injured = m.Required(e?.Injured, "injured");
            m.ThrowIfMissing();
            return KeyValuePair.Create(new TallyKey(province, period), TrafficCounts.Create(accidents, deaths, injured));
        })).ToList();
        return new TrafficTally(TallyTable<TrafficCounts>.Create(read, outside, "entries"));
    }

    protected override TrafficTallyWire ToWire(TrafficTally value) => new()
    {
        Outside = value.Outside,
        Entries = value.Table.Ordered().Select(e => new TrafficTallyEntryWire
        {
            Province = e.Key.Province,
            Period = e.Key.Period,
            Accidents = e.Value.Accidents,
            Deaths = e.Value.Deaths,
            Injured = e.Value.Injured,
        }).ToList(),
    };
}
