using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Reporting;

namespace PublicSecurity.Stats.Serialization;

/// <summary>
/// Every converter of the library's models, registered with the source-generated contexts
/// (<c>[JsonSourceGenerationOptions(Converters = …)]</c> on <see cref="StatsJsonContext"/> and
/// <see cref="WireJsonContext"/>), so that the models themselves never import Serialization.
/// </summary>
/// <remarks>
/// The converters apply wherever the context's options are used: <see cref="StatsJson"/>,
/// <c>StatsJsonContext.Default</c> and options copied from <c>StatsJsonContext.Default.Options</c>. The map is built
/// once, without reflection (AOT-safe), from the registrations of <see cref="RecordJson"/> and <see cref="TallyJson"/> and
/// the write-only result converters (<see cref="WriteOnlyConverter{T}"/>).
/// </remarks>
internal sealed class ModelConverters : MapConverterFactory
{
    public ModelConverters()
        : base(Map)
    {
    }

    private static FrozenDictionary<Type, JsonConverter> Map { get; } = Build();

    /// <summary>Whether a type is one of the library's models (or enums) with a converter here.</summary>
    public static bool Serves(Type type) => Map.ContainsKey(type);

    private static FrozenDictionary<Type, JsonConverter> Build()
    {
        var map = new ConverterMap(static () => WireJsonContext.Default)
            .Enum<ProvinceEdition>().Enum<Region>().Enum<PeriodUnit>().Enum<FigureQualifier>()
            .Enum<CaseOutcome>().Enum<IccsSection>().Enum<OffenceGroup>().Enum<Severity>().Enum<SeverityGroup>()
            .Enum<DrugKind>().Enum<DrugUnit>().Enum<DrillKind>().Enum<ElectronicIdLevel>().Enum<CampaignKind>()
            .Enum<ClearanceBasis>().Enum<IntervalMethod>().Enum<ChangeKind>().Enum<PartialPeriodPolicy>()
            .Enum<FunnelMethod>().Enum<FunnelPosition>().Enum<MeasureKind>().Enum<MissingValues>()
            .Enum<OverdispersionAdjustment>().Enum<RankOrder>().Enum<TieMethod>().Enum<ReportSection>()
            .Enum<FigureKind>().Enum<ChangeDirection>().Enum<Claims.ClaimStatus>().Enum<Claims.NotCheckableReason>()
            .Enum<SecondarySuppression>().Enum<CellSuppression>()
            .Enum<ExactTwoSidedMethod>().Enum<ExactTestKind>().Enum<RateShrinkage>().Enum<EmpiricalBayesModel>()
            .Add(new EmpiricalBayesRatesJsonConverter())
            .Add(new IntervalJsonConverter())
            .Add(new ExactTestJsonConverter())
            .Add(new ClearanceRateJsonConverter())
            .Add(new ClearanceSummaryJsonConverter())
            .Add(new CountComparisonJsonConverter())
            .Add(new ProportionComparisonJsonConverter())
            .Add(new ChangeVerdictJsonConverter())
            .Add(new PeriodComparisonJsonConverter())
            .Add(new ProvincialReportAnalysisJsonConverter())
            .Enum<Monitoring.MonitoredCriterion>().Enum<Monitoring.FarringtonThreshold>().Enum<Monitoring.PowerTransform>()
            .Enum<Monitoring.MonitoringOffset>()
            .Add(new FarringtonResultJsonConverter())
            .Add(new GlrResultJsonConverter())
            .Enum<Targets.TargetDirection>()
            .Add(new CountProjectionJsonConverter())
            .Add(new ClearanceProjectionJsonConverter())
            .Add(new ClaimCheckJsonConverter())
            .Add(new TauSetJsonConverter())
            .Add(new CountTableJsonConverter())
            .Add(new ClearanceTableJsonConverter())
            .Add(new SmallCellSuppressionJsonConverter());
        RecordJson.Register(map);
        TallyJson.Register(map);
        return map.ToFrozen();
    }
}

/// <summary>A converter factory over a fixed map of converters, one a type (enum converters created for the options).</summary>
/// <param name="map">The converters by type.</param>
internal class MapConverterFactory(FrozenDictionary<Type, JsonConverter> map) : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => map.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        map[typeToConvert] is JsonConverterFactory factory ? factory.CreateConverter(typeToConvert, options) : map[typeToConvert];
}

/// <summary>
/// The registrations of <see cref="ModelConverters"/>: one converter a model type. A record kind defined outside the
/// library (see CONTRIBUTING.md's worked example) registers the same way, with its own wire DTOs' context.
/// </summary>
/// <param name="wireTypes">The source-generated context of the wire DTOs, got lazily (its options may hold these converters).</param>
internal sealed class ConverterMap(Func<JsonSerializerContext> wireTypes)
{
    private readonly Dictionary<Type, JsonConverter> converters = [];

    /// <summary>Adds a converter for its type; a type registered twice is a programming error.</summary>
    public ConverterMap Add<T>(JsonConverter<T> converter)
    {
        converters.Add(typeof(T), converter);
        return this;
    }

    /// <summary>Adds an enum written and read as its camelCase name, integers rejected.</summary>
    public ConverterMap Enum<TEnum>()
        where TEnum : struct, Enum
    {
        converters.Add(typeof(TEnum), new CamelCaseEnumConverter<TEnum>());
        return this;
    }

    /// <summary>Adds a validated type read through its wire DTO (<see cref="WireConverter{T, TWire}"/>).</summary>
    public ConverterMap Validated<T, TWire>(Func<TWire, WireMembers, T> read, Func<T, TWire> write, DirectReader<T>? direct = null)
        where TWire : class => Add(new WireConverter<T, TWire>(wireTypes, read, write, direct));

    /// <summary>
    /// Adds a tally: <c>outside</c> and <c>entries</c> (plus whatever <paramref name="readHeader"/> requires), each
    /// entry read with its key first and named in errors as "<c>Tally.entries[i]</c>", then the table's rules.
    /// </summary>
    /// <param name="create">Builds the tally from its wire form and its checked table.</param>
    /// <param name="toWire">Builds the wire form from the tally and its written entries.</param>
    /// <param name="readCounts">Reads one entry's counts; the key's period is given (null only when it is missing).</param>
    /// <param name="writeEntry">Writes one entry.</param>
    /// <param name="readHeader">Takes the tally's own required members beyond its entries; null for none.</param>
    public ConverterMap Tally<TTally, TEntry, TWire, TEntryWire>(
        Func<TWire, TallyTable<TEntry>, TTally> create,
        Func<TTally, TallyEntries<TEntryWire>, TWire> toWire,
        Func<TEntryWire?, ReportingPeriod, WireMembers, TEntry> readCounts,
        Func<TallyKey, TEntry, TEntryWire> writeEntry,
        Action<TWire, WireMembers>? readHeader = null)
        where TTally : Tally<TTally>
        where TEntry : notnull, ITallyEntry<TEntry>
        where TWire : class, ITallyWire<TEntryWire>
        where TEntryWire : class, ITallyEntryWire
    {
        var name = typeof(TTally).Name;
        return Validated<TTally, TWire>(
            (wire, members) =>
            {
                var outside = members.Required(wire.Outside, "outside");
                var entries = members.RequiredRef(wire.Entries, "entries");
                readHeader?.Invoke(wire, members);
                members.ThrowIfMissing();
                var read = new List<KeyValuePair<TallyKey, TEntry>>(entries.Count);
                for (var i = 0; i < entries.Count; i++)
                {
                    var entry = entries[i];
                    read.Add(WireMembers.Build($"{name}.entries[{i}]", m =>
                    {
                        var province = m.RequiredRef(entry?.Province, "province");
                        var period = m.RequiredRef(entry?.Period, "period");
                        var counts = readCounts(entry, period, m);
                        m.ThrowIfMissing();
                        return KeyValuePair.Create(new TallyKey(province, period), counts);
                    }));
                }

                var periods = wire.Periods;
                if (periods is not null && periods.IndexOf(null) is var missing and >= 0)
                {
                    throw new JsonException($"{name}: invalid member 'periods': element {missing} is null; the periods must not contain null.");
                }

                return create(wire, TallyTable<TEntry>.Create(read, outside, "entries", periods?.ConvertAll(p => p!), wire.Coverage));
            },
            tally =>
            {
                var table = (TallyTable<TEntry>)tally.Content;
                var list = new List<TEntryWire?>(table.Count);
                foreach (var (key, entry) in table.Ordered())
                {
                    list.Add(writeEntry(key, entry));
                }

                // The requested periods are written only when some have no key (the keys list the others).
                var keyed = table.Keys.Select(k => k.Period).Distinct().Count();
                var periods = tally.Periods.Count > keyed ? tally.Periods.Select(p => (ReportingPeriod?)p).ToList() : null;
                return toWire(tally, new TallyEntries<TEntryWire>(tally.Outside, periods, tally.Coverage, list));
            });
    }

    public FrozenDictionary<Type, JsonConverter> ToFrozen() => converters.ToFrozenDictionary();
}
