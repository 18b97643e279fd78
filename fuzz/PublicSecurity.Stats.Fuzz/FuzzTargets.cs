using System.Text;
using System.Text.Json;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Campaigns;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.FireRescue;
using PublicSecurity.Stats.Identity;
using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Sources;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Traffic;

namespace PublicSecurity.Stats.Fuzz;

/// <summary>
/// The fuzz targets of the library's readers, one per reader family, selected by the input's first byte (modulo 4):
/// 0 the JSON of the models, 1 JSON Lines, 2 the CSV interchange readers, 3 the text parsers. The second byte picks the
/// model, reader or parser (modulo their number); the rest is the document.
/// </summary>
/// <remarks>
/// A target catches only the exceptions its reader documents for bad input (<see cref="JsonException"/>,
/// <see cref="RowRejectedException"/>, <see cref="FormatException"/>); any other exception escapes and is a crash for
/// afl-fuzz (and a failure for the replay test). Accepted input is checked further, so that a silent wrong answer is a
/// crash too: the string, span and stream overloads must agree, a value read must write and read back to the same JSON,
/// a tally read from CSV must write and read back to the same CSV, and <c>TryParse</c> must agree with <c>Parse</c>.
/// </remarks>
public static class FuzzTargets
{
    /// <summary>The names of the families, by their leading byte: json, jsonl, csv, text.</summary>
    public static readonly string[] Families = ["json", "jsonl", "csv", "text"];

    private static readonly Func<byte[], string?>[] Json =
    [
        JsonOf<ReportingPeriod>, JsonOf<Province>, JsonOf<PublishedFigure>, JsonOf<DataCoverage>,
        JsonOf<CriminalCase>, JsonOf<DrugQuantity>, JsonOf<DrugSeizure>, JsonOf<Drill>,
        JsonOf<ElectronicIdActivation>, JsonOf<ChipIdCardIssuance>, JsonOf<OnlineServiceProvision>,
        JsonOf<TrafficAccident>, JsonOf<CrackdownCampaign>,
        JsonOf<CaseTally>, JsonOf<DrugSeizureTally>, JsonOf<DrillTally>, JsonOf<TrafficTally>,
        JsonOf<ElectronicIdTally>, JsonOf<CampaignTally>, JsonOf<ChipIdCardTally>, JsonOf<OnlineServiceTally>,
        JsonOf<ProvincialReport>,
    ];

    private static readonly Action<byte[]>[] Lines =
    [
        LinesOf<CriminalCase>, LinesOf<DrugSeizure>, LinesOf<Drill>, LinesOf<ElectronicIdActivation>,
        LinesOf<ChipIdCardIssuance>, LinesOf<OnlineServiceProvision>, LinesOf<TrafficAccident>,
        LinesOf<CrackdownCampaign>, LinesOf<ReportingPeriod>, LinesOf<Province>,
    ];

    private static readonly Action<string>[] Csv =
    [
        static text => CsvOf(text, TallyInterchange.ReadCasesCsv, TallyInterchange.WriteCsv),
        static text => CsvOf(text, TallyInterchange.ReadTrafficCsv, TallyInterchange.WriteCsv),
        static text => CsvOf(text, TallyInterchange.ReadDrugSeizuresCsv, TallyInterchange.WriteCsv),
        static text => CsvOf(text, TallyInterchange.ReadDrillsCsv, TallyInterchange.WriteCsv),
        static text => CsvOf(text, TallyInterchange.ReadCampaignsCsv, TallyInterchange.WriteCsv),
        static text => CsvOf(text, TallyInterchange.ReadElectronicIdCsv, TallyInterchange.WriteCsv),
    ];

    private static readonly Action<string>[] Text =
    [
        static text => Documented<FormatException>(() => StatedFigure.Parse(text)),
        static text => Documented<FormatException>(() => StatedFigure.Parse(text, Language.Vietnamese)),
        static text => Documented<FormatException>(() => StatedFigure.Parse(text, Language.English)),
        Calendar,
        static text => Period(text, ReportingCalendar.VietnamStatistical),
        static text => Period(text, ReportingCalendar.Gregorian),
        static text => ProvinceText(text, ProvinceEdition.Provinces63),
        static text => ProvinceText(text, ProvinceEdition.Provinces34),
    ];

    /// <summary>Runs the target the input selects.</summary>
    /// <param name="input">The input: family byte, selector byte, document.</param>
    /// <exception cref="FuzzFindingException">Accepted input gave inconsistent answers (a silent wrong answer).</exception>
    public static void Run(ReadOnlySpan<byte> input)
    {
        if (input.Length < 2)
        {
            return;
        }

        var selector = input[1];
        var document = input[2..].ToArray();
        switch (input[0] % Families.Length)
        {
            case 0:
                Json[selector % Json.Length](document);
                break;
            case 1:
                Lines[selector % Lines.Length](document);
                break;
            case 2:
                Csv[selector % Csv.Length](Decode(document));
                break;
            default:
                Text[selector % Text.Length](Decode(document));
                break;
        }
    }

    /// <summary>Writes the tallies of the JSON seeds in a directory as CSV seeds of the interchange readers.</summary>
    /// <param name="jsonSeeds">The directory of JSON seeds (family byte 0).</param>
    /// <returns>The CSV seeds: file name and content (family byte 2, the reader's selector, the CSV).</returns>
    public static IEnumerable<(string Name, byte[] Content)> CsvSeeds(string jsonSeeds)
    {
        foreach (var path in Directory.GetFiles(jsonSeeds).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var document = bytes.AsSpan(2);
            var writer = new StringWriter { NewLine = "\n" };
            int reader;
            switch (Json[bytes[1] % Json.Length].Method.GetGenericArguments()[0].Name)
            {
                case nameof(CaseTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<CaseTally>(document), writer); reader = 0; break;
                case nameof(TrafficTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<TrafficTally>(document), writer); reader = 1; break;
                case nameof(DrugSeizureTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<DrugSeizureTally>(document), writer); reader = 2; break;
                case nameof(DrillTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<DrillTally>(document), writer); reader = 3; break;
                case nameof(CampaignTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<CampaignTally>(document), writer); reader = 4; break;
                case nameof(ElectronicIdTally): TallyInterchange.WriteCsv(StatsJson.Deserialize<ElectronicIdTally>(document), writer); reader = 5; break;
                default: continue;
            }

            yield return ($"{reader}-{Path.GetFileNameWithoutExtension(path)}.csv", [2, (byte)reader, .. Encoding.UTF8.GetBytes(writer.ToString())]);
        }
    }

    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static string? JsonOf<T>(byte[] document)
    {
        var fromSpan = Attempt(() => StatsJson.Serialize(StatsJson.Deserialize<T>(document.AsSpan())));
        using var stream = new MemoryStream(document, writable: false);
        var fromStream = Attempt(() => StatsJson.Serialize(StatsJson.Deserialize<T>(stream)));
        Agree(fromSpan, fromStream, "span", "stream", typeof(T).Name);
        if (IsValidUtf8(document))
        {
            var fromString = Attempt(() => StatsJson.Serialize(StatsJson.Deserialize<T>(Decode(document))));
            Agree(fromSpan, fromString, "span", "string", typeof(T).Name);
        }

        if (fromSpan is null)
        {
            return null;
        }

        // A value read must write and read back to the same JSON.
        var again = StatsJson.Serialize(StatsJson.Deserialize<T>(fromSpan));
        if (again != fromSpan)
        {
            throw new FuzzFindingException($"{typeof(T).Name}: the JSON read does not round-trip: {fromSpan} became {again}.");
        }

        return fromSpan;
    }

    private static string? Attempt(Func<string> read)
    {
        try
        {
            return read();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Agree(string? a, string? b, string aName, string bName, string type)
    {
        if (a != b)
        {
            throw new FuzzFindingException(
                $"{type}: the {aName} and {bName} overloads disagree: {aName} gave {a ?? "JsonException"}, {bName} gave {b ?? "JsonException"}.");
        }
    }

    private static void LinesOf<T>(byte[] document)
    {
        var rejected = new List<RejectedLine>();
        var good = 0;
        using (var stream = new MemoryStream(document, writable: false))
        {
            foreach (var value in JsonLines.Read<T>(stream, rejected))
            {
                _ = StatsJson.Serialize(value);
                good++;
            }
        }

        // Stopping at the first bad line must read the same good lines before it.
        var strict = 0;
        try
        {
            using var stream = new MemoryStream(document, writable: false);
            foreach (var value in JsonLines.Read<T>(stream))
            {
                strict++;
            }

            if (rejected.Count != 0)
            {
                throw new FuzzFindingException($"{typeof(T).Name}: JSON Lines rejected {rejected.Count} line(s) when collecting, none when strict.");
            }
        }
        catch (JsonException)
        {
            if (rejected.Count == 0)
            {
                throw new FuzzFindingException($"{typeof(T).Name}: JSON Lines stopped when strict but rejected nothing when collecting.");
            }
        }

        if (strict > good)
        {
            throw new FuzzFindingException($"{typeof(T).Name}: strict JSON Lines read {strict} values, collecting read {good}.");
        }
    }

    private static void CsvOf<TTally>(string text, Func<TextReader, TTally> read, Action<TTally, TextWriter> write)
    {
        TTally tally;
        try
        {
            tally = read(new StringReader(text));
        }
        catch (RowRejectedException)
        {
            return;
        }

        // A tally read must write and read back to the same CSV.
        var first = new StringWriter();
        write(tally, first);
        var second = new StringWriter();
        write(read(new StringReader(first.ToString())), second);
        if (first.ToString() != second.ToString())
        {
            throw new FuzzFindingException($"{typeof(TTally).Name}: the CSV read does not round-trip.");
        }
    }

    private static void Documented<TException>(Action parse)
        where TException : Exception
    {
        try
        {
            parse();
        }
        catch (TException)
        {
        }
    }

    private static void Calendar(string text)
    {
        var parsed = ReportingCalendar.TryParse(text, out var calendar);
        try
        {
            var strict = ReportingCalendar.Parse(text);
            if (!parsed || !strict.Equals(calendar))
            {
                throw new FuzzFindingException($"ReportingCalendar: Parse accepted '{text}' but TryParse did not agree.");
            }
        }
        catch (FormatException)
        {
            if (parsed)
            {
                throw new FuzzFindingException($"ReportingCalendar: TryParse accepted '{text}' but Parse refused it.");
            }
        }
    }

    private static void Period(string text, ReportingCalendar calendar) =>
        Documented<FormatException>(() => ReportingPeriod.Parse(text, calendar));

    private static void ProvinceText(string text, ProvinceEdition edition)
    {
        var parsed = ProvinceCatalog.TryParse(edition, text, out var province);
        try
        {
            var strict = ProvinceCatalog.Parse(edition, text);
            if (!parsed || !strict.Equals(province))
            {
                throw new FuzzFindingException($"ProvinceCatalog: Parse accepted '{text}' but TryParse did not agree.");
            }
        }
        catch (FormatException)
        {
            if (parsed)
            {
                throw new FuzzFindingException($"ProvinceCatalog: TryParse accepted '{text}' but Parse refused it.");
            }
        }
    }
}

/// <summary>A fuzz input made a reader give inconsistent answers: a silent wrong answer, reported as a crash.</summary>
public sealed class FuzzFindingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What disagreed.</param>
    public FuzzFindingException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FuzzFindingException()
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What disagreed.</param>
    /// <param name="innerException">The cause.</param>
    public FuzzFindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
