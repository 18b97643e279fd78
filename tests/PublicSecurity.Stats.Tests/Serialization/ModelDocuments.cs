using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Serialization;

/// <summary>Every way the library reads one JSON document of a model.</summary>
public enum ReadPath
{
    /// <summary><see cref="StatsJson.Deserialize{T}(string)"/>.</summary>
    Text,

    /// <summary><see cref="StatsJson.Deserialize{T}(ReadOnlySpan{byte})"/>.</summary>
    Span,

    /// <summary><see cref="StatsJson.Deserialize{T}(Stream)"/>.</summary>
    Stream,

    /// <summary><see cref="JsonLines.Read{T}(Stream)"/>, the document as its one line.</summary>
    JsonLines,

    /// <summary><see cref="JsonLines.Read{T}(Stream, ICollection{RejectedLine})"/>: a rejected line is thrown here as a <see cref="JsonException"/>.</summary>
    JsonLinesRejected,

    /// <summary><see cref="JsonSerializer"/> with the source-generated <see cref="StatsJsonContext"/> directly.</summary>
    Context,
}

/// <summary>One model's compact JSON document and a reader of each <see cref="ReadPath"/>.</summary>
/// <param name="Name">The model's name in test output.</param>
/// <param name="Json">The document, compact (one line), as the library writes it.</param>
/// <param name="Value">The value it was written from.</param>
/// <param name="Read">Reads a document through a path (JSON Lines: the one value of a one-line document, else the list of values).</param>
/// <param name="ReadBytes">Reads bytes (which need not be UTF-8) through <see cref="StatsJson.Deserialize{T}(ReadOnlySpan{byte})"/>.</param>
public sealed record ModelDocument(string Name, string Json, object Value, Func<ReadPath, string, object?> Read, Func<byte[], object?> ReadBytes)
{
    public override string ToString() => Name;
}

/// <summary>A document of every readable model, with the library's own values (not typed by hand).</summary>
internal static class ModelDocuments
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    public static IReadOnlyList<ModelDocument> All { get; } =
    [
        Of("province", ProvinceCatalog.Find(ProvinceEdition.Provinces34, "24")),
        Of("reportingPeriod", Vn.FirstMonths(2023, 10)),
        Of("reportingPeriodMonth", ReportingCalendar.WithCutoffDay(15).Month(2018, 5)),
        Of("reportingPeriodAdHoc", ReportingPeriod.Create(new DateOnly(2023, 7, 25), new DateOnly(2023, 9, 25))),
        Of("dataCoverage", DataCoverage.Create(D(1, 1, 2023), D(14, 11, 2023))),
        Of("interval", Interval.Create(0.25, 0.75)),
        Of("intervalUnbounded", Interval.Create(2, double.PositiveInfinity)),
        Of("figure", FigureRecord()),
        Of("criminalCase", CaseRecord()),
        Of("drugQuantity", DrugQuantity.Create(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram)),
        Of("drugSeizure", SeizureRecord()),
        Of("drill", DrillRecord()),
        Of("electronicIdActivation", ActivationRecord()),
        Of("chipIdCardIssuance", ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000)),
        Of("onlineServiceProvision", OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25)),
        Of("trafficAccident", AccidentRecord()),
        Of("crackdownCampaign", CampaignRecord()),
        Of("caseTally", CaseTally.Tally(
            [CaseRecord(), CriminalCase.Create("BD-2023-0043", BinhDuong, OffenceGroup.Drugs, Severity.Serious, D(20, 3, 2023), CaseOutcome.Unfounded, D(1, 4, 2023))],
            [Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3), Vn.Month(2023, 4)])),
        Of("drugSeizureTally", DrugSeizureTally.Tally([SeizureRecord()], [Window])),
        Of("drillTally", new DrillTallyBuilder([Window]).Add(BinhDuong, Window, DrillKind.FirefightingPlanDrill, 286, 0).Add(DrillRecord()).Build()),
        Of("trafficTally", new TrafficTallyBuilder([Vn.Quarter(2022, 1), Vn.Quarter(2023, 1)]).Add(BinhDuong, Vn.Quarter(2023, 1), 97, 46, 78).Add(BinhDuong, Vn.Quarter(2022, 1), 144, 73, 103).Build()),
        Of("electronicIdTally", ElectronicIdTally.Tally([ActivationRecord()], [Vn.Year(2024)])),
        Of("campaignTally", new CampaignTallyBuilder([Window]).Add(BinhDuong, Window, CampaignKind.PeakCrackdown, 7).Add(BinhDuong, Window, CampaignKind.FugitiveArrestAndSurrender, 3).Build()),
        Of("chipIdCardTally", ChipIdCardTally.Tally(
            [ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000), ChipIdCardIssuance.Create(BaRiaVungTau, D(31, 5, 2023), 850_000, 900_000)], [Vn.Year(2023), Vn.Year(2024)])),
        Of("onlineServiceTally", OnlineServiceTally.Tally([OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25)], [Window])),
        Of("provincialReport", SampleReports.BinhDuong10Months2023()),
    ];

    public static ModelDocument Get(string name) => All.Single(d => d.Name == name);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var d in All)
        {
            data.Add(d.Name);
        }

        return data;
    }

    private static ModelDocument Of<T>(string name, T value)
        where T : notnull => new(name, StatsJson.Serialize(value), value, (path, json) => Read<T>(path, json), bytes => StatsJson.Deserialize<T>(bytes.AsSpan()));

    /// <summary>Reads a document of <typeparamref name="T"/> through one path.</summary>
    public static object? Read<T>(ReadPath path, string json)
    {
        switch (path)
        {
            case ReadPath.Text:
                return StatsJson.Deserialize<T>(json);
            case ReadPath.Span:
                return StatsJson.Deserialize<T>(Encoding.UTF8.GetBytes(json).AsSpan());
            case ReadPath.Stream:
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json)))
                {
                    return StatsJson.Deserialize<T>(stream);
                }

            case ReadPath.JsonLines:
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json + "\n")))
                {
                    var values = JsonLines.Read<T>(stream).ToList();
                    return values.Count == 1 ? values[0] : values;
                }

            case ReadPath.JsonLinesRejected:
                using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(json + "\n")))
                {
                    var rejected = new List<RejectedLine>();
                    var values = JsonLines.Read<T>(stream, rejected).ToList();
                    return rejected.Count > 0 ? throw new JsonException(rejected[0].Reason) : values.Count == 1 ? values[0] : values;
                }

            default:
                return JsonSerializer.Deserialize(json, (JsonTypeInfo<T>)StatsJsonContext.Default.GetTypeInfo(typeof(T))!);
        }
    }
}

/// <summary>Where each member of a JSON document is: its JSON path and the bytes of <c>"name": value</c>.</summary>
/// <param name="Path">The member's path, as System.Text.Json writes paths (<c>$.entries[0].province</c>).</param>
/// <param name="Name">The member's name.</param>
/// <param name="Start">The offset of the member's name (its opening quote).</param>
/// <param name="End">The offset just past the member's value.</param>
internal sealed record JsonMember(string Path, string Name, int Start, int End)
{
    /// <summary>Lists every member of a document, at every depth, in document order.</summary>
    public static List<JsonMember> All(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var members = new List<JsonMember>();
        var frames = new List<(bool Array, int Index, string? Name)>();
        var reader = new Utf8JsonReader(utf8);
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    frames[^1] = (false, -1, name);
                    var value = reader;
                    value.Read();
                    value.Skip();
                    members.Add(new JsonMember(PathOf(frames) + "." + name, name, Chars(utf8, (int)reader.TokenStartIndex), Chars(utf8, (int)value.BytesConsumed)));
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    Count(frames);
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    break;
                default:
                    Count(frames);
                    break;
            }
        }

        return members;
    }

    /// <summary>The document with this member written a second time, right after itself.</summary>
    public string Repeated(string json) => string.Concat(json.AsSpan(0, End), ",", json.AsSpan(Start, End - Start), json.AsSpan(End));

    private static void Count(List<(bool Array, int Index, string? Name)> frames)
    {
        if (frames.Count > 0 && frames[^1].Array)
        {
            frames[^1] = (true, frames[^1].Index + 1, null);
        }
    }

    // The path of the innermost container: each enclosing container adds its member name or its index.
    private static string PathOf(List<(bool Array, int Index, string? Name)> frames)
    {
        var path = new StringBuilder("$");
        for (var i = 0; i < frames.Count - 1; i++)
        {
            path.Append(frames[i].Array ? "[" + frames[i].Index.ToString(CultureInfo.InvariantCulture) + "]" : "." + frames[i].Name);
        }

        return path.ToString();
    }

    private static int Chars(byte[] utf8, int bytes) => Encoding.UTF8.GetCharCount(utf8, 0, bytes);
}
