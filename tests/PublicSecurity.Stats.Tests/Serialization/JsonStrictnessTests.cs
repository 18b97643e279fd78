using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Serialization;

namespace PublicSecurity.Stats.Tests.Serialization;

/// <summary>
/// Issue 20, the JSON classes: (1) enums are exact camelCase names only; (6) a repeated member is an error on every
/// type and read path; (9) a type the context does not serve is an <see cref="ArgumentException"/>; (10) a UTF-8 BOM is
/// skipped alike by every overload; (11) a reporting period's rule names its member and the member's path.
/// </summary>
public sealed class JsonStrictnessTests
{
    private static readonly ReadPath[] Paths = Enum.GetValues<ReadPath>();

    // ---- class 1: enums ----------------------------------------------------------------------------------------

    /// <summary>Every public enum the library's converters serve, with its exact camelCase names.</summary>
    private static readonly (Type Type, string[] Names)[] Enums =
    [
        .. typeof(Province).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && new ModelConverters().CanConvert(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (t, Enum.GetNames(t).Select(n => char.ToLowerInvariant(n[0]) + n[1..]).ToArray())),
    ];

    [Fact]
    public void Enums_TheConvertersServe_AreMany()
    {
        // The list below is not empty by accident: the models' enums are all registered (CONTRIBUTING.md, JSON).
        Assert.True(Enums.Length >= 30, $"{Enums.Length} enums");
        Assert.Contains(Enums, e => e.Type == typeof(CaseOutcome));
        Assert.Contains(Enums, e => e.Type == typeof(Severity));
    }

    /// <summary>The texts that are not one exact name of an enum: case variants, flag lists, numbers, spaces.</summary>
    private static IEnumerable<string> NotNames(string[] names, int i)
    {
        var n = names[i];
        var other = names[(i + 1) % names.Length];
        yield return n.ToUpperInvariant();
        yield return char.ToUpperInvariant(n[0]) + n[1..];
        yield return n.ToLowerInvariant();
        yield return n + ", " + other;
        yield return n + "," + other;
        yield return other + ", " + n;
        yield return n + ", " + n;
        yield return " " + n;
        yield return n + " ";
        yield return i.ToString(CultureInfo.InvariantCulture);
        yield return "-1";
        yield return string.Empty;
    }

    [Fact]
    public void EnumConverter_EveryEnumAndVariant_AcceptsOnlyTheExactCamelCaseName()
    {
        var failures = new List<string>();
        foreach (var (type, names) in Enums)
        {
            for (var i = 0; i < names.Length; i++)
            {
                var exact = ReadEnum(type, Quote(names[i]));
                if (!Equals(exact.Value, Enum.Parse(type, Enum.GetNames(type)[i])))
                {
                    failures.Add($"{type.Name} \"{names[i]}\": {exact.Error?.GetType().Name ?? exact.Value?.ToString()}");
                }

                var variants = NotNames(names, i).Where(v => !names.Contains(v, StringComparer.Ordinal)).Select(Quote)
                    .Concat([i.ToString(CultureInfo.InvariantCulture), "1.5", "true", "null", "{}", "[]"]);
                foreach (var json in variants)
                {
                    var read = ReadEnum(type, json);
                    if (read.Error is not JsonException)
                    {
                        failures.Add($"{type.Name} {json}: {read.Error?.GetType().Name ?? "read as " + read.Value}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs were not read as the rule says, e.g.:\n" + string.Join("\n", failures.Take(25)));
    }

    [Fact]
    public void EnumConverter_AnEscapedExactName_IsTheName()
    {
        var read = ReadEnum(typeof(CaseOutcome), "\"\\u0063learedByArrest\"");

        Assert.Equal(CaseOutcome.ClearedByArrest, read.Value);
    }

    [Fact]
    public void EnumConverter_UnknownName_NamesTheValueTheAllowedNamesAndThePath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(
            StatsJson.Serialize(Testing.Samples.CaseRecord()).Replace("\"outcome\":\"clearedByArrest\"", "\"outcome\":\"clearedByArrest, clearedExceptionally\"", StringComparison.Ordinal)));

        Assert.Contains("'clearedByArrest, clearedExceptionally'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CaseOutcome", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'unfounded'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'clearedExceptionally'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.outcome", ex.Path);
    }

    [Fact]
    public void EnumConverter_WritingAnUndefinedValue_Throws()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = StatsJsonContext.Default };
        var info = JsonMetadataServices.CreateValueInfo<CaseOutcome>(options, (JsonConverter<CaseOutcome>)new ModelConverters().CreateConverter(typeof(CaseOutcome), options)!);

        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize((CaseOutcome)99, info));

        Assert.Contains("99", ex.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property EnumConverter_AnyTextBuiltFromNames_IsReadOnlyWhenItIsOneExactName() => Prop.ForAll(
        (from e in Gen.Choose(0, Enums.Length - 1)
         from i in Gen.Choose(0, 1000)
         from j in Gen.Choose(0, 1000)
         from sep in Gen.Elements(string.Empty, ",", ", ", " ", "|", " ,")
         from flips in Gen.ListOf(Gen.Choose(0, 40))
         from two in Gen.Elements(true, false)
         select (e, i, j, sep, flips, two)).ToArbitrary(),
        t =>
        {
            var (type, names) = Enums[t.e];
            var text = names[t.i % names.Length] + (t.two ? t.sep + names[t.j % names.Length] : t.sep);
            var chars = text.ToCharArray();
            foreach (var f in t.flips.Where(f => f < chars.Length))
            {
                chars[f] = char.IsUpper(chars[f]) ? char.ToLowerInvariant(chars[f]) : char.ToUpperInvariant(chars[f]);
            }

            text = new string(chars);
            var read = ReadEnum(type, Quote(text));
            var index = Array.IndexOf(names, text);
            return index >= 0
                ? Equals(read.Value, Enum.Parse(type, Enum.GetNames(type)[index]))
                : read.Error is JsonException;
        });

    [Fact]
    public void Models_EveryEnumMemberAndVariant_ThrowOnEveryReadPath()
    {
        var failures = new List<string>();
        var tried = 0;
        foreach (var doc in ModelDocuments.All)
        {
            foreach (var member in JsonMember.All(doc.Json))
            {
                var value = doc.Json[(member.Start + member.Name.Length + 3)..member.End];
                if (value.Length < 2 || value[0] != '"' || EnumOf(value[1..^1]) is not { } e)
                {
                    continue;
                }

                // A free-text member whose value happens to be an enum's name (a figure's unit "campaigns") is no enum.
                var junk = string.Concat(doc.Json.AsSpan(0, member.End - value.Length), "\"notAName\"", doc.Json.AsSpan(member.End));
                if (Catch(() => doc.Read(ReadPath.Text, junk)) is null)
                {
                    continue;
                }

                var i = Array.IndexOf(e.Names, value[1..^1]);
                foreach (var variant in NotNames(e.Names, i).Where(v => !e.Names.Contains(v, StringComparer.Ordinal)).Select(Quote).Append(i.ToString(CultureInfo.InvariantCulture)))
                {
                    var json = string.Concat(doc.Json.AsSpan(0, member.End - value.Length), variant, doc.Json.AsSpan(member.End));
                    foreach (var path in Paths)
                    {
                        tried++;
                        var error = Catch(() => doc.Read(path, json));
                        if (error is not JsonException)
                        {
                            failures.Add($"{doc.Name} {path} {member.Path}={variant}: {error?.GetType().Name ?? "read"}");
                        }
                    }
                }
            }
        }

        Assert.True(tried > 1000, $"{tried} inputs");
        Assert.True(failures.Count == 0, $"{failures.Count} of {tried} inputs were read, e.g.:\n" + string.Join("\n", failures.Take(25)));
    }

    [Theory]
    [InlineData("\"outcome\":\"clearedByArrest\"", "\"outcome\":\"clearedByArrest, clearedExceptionally\"")]
    [InlineData("\"severity\":\"verySerious\"", "\"severity\":\"serious, verySerious\"")]
    [InlineData("\"severity\":\"verySerious\"", "\"severity\":\"SERIOUS\"")]
    public void JsonLinesRead_ACaseWithAFlagListOrCaseVariant_IsARejectedLine(string good, string bad)
    {
        var line = StatsJson.Serialize(Testing.Samples.CaseRecord()).Replace(good, bad, StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(line + "\n"));
        var rejected = new List<RejectedLine>();

        var read = JsonLines.Read<CriminalCase>(stream, rejected).ToList();

        Assert.Empty(read);
        Assert.Equal(1L, Assert.Single(rejected).LineNumber);
    }

    // ---- class 6: duplicate members ----------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ModelDocuments.Names), MemberType = typeof(ModelDocuments))]
    public void Deserialize_AnyMemberWrittenTwice_ThrowsNamingTheMemberAndItsPathOnEveryReadPath(string name)
    {
        var doc = ModelDocuments.Get(name);
        var failures = new List<string>();
        var members = JsonMember.All(doc.Json);
        foreach (var member in members)
        {
            var json = member.Repeated(doc.Json);
            foreach (var path in Paths)
            {
                var error = Catch(() => doc.Read(path, json));
                var ok = error is JsonException ex && ex.Message.Contains($"'{member.Name}'", StringComparison.Ordinal) && path switch
                {
                    ReadPath.Text or ReadPath.Span or ReadPath.Stream => ex.Path == member.Path,
                    ReadPath.JsonLines or ReadPath.JsonLinesRejected => ex.Message.Contains($"Path: {member.Path},", StringComparison.Ordinal),
                    _ => true,
                };
                if (!ok)
                {
                    failures.Add($"{path} {member.Path}: {error?.GetType().Name ?? "read"} {(error as JsonException)?.Path} {error?.Message}");
                }
            }
        }

        Assert.NotEmpty(members);
        Assert.True(failures.Count == 0, $"{failures.Count} of {members.Count * Paths.Length} inputs, e.g.:\n" + string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("criminalCase")]
    [InlineData("province")]
    public void DirectReader_AnyMemberWrittenTwice_Declines(string name)
    {
        var doc = ModelDocuments.Get(name);
        Assert.True(Direct(name, doc.Json), "the direct reader reads the document itself");
        var read = JsonMember.All(doc.Json).Where(m => Direct(name, m.Repeated(doc.Json))).Select(m => m.Path).ToList();

        Assert.Empty(read);
    }

    [Fact]
    public void Deserialize_IdWrittenTwiceWithAnotherValue_Throws()
    {
        var json = StatsJson.Serialize(Testing.Samples.CaseRecord()).Replace("\"id\":\"BD-2023-0042\"", "\"id\":\"C1\",\"id\":\"C2\"", StringComparison.Ordinal);

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<CriminalCase>(json));

        Assert.Contains("'id'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("twice", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.id", ex.Path);
    }

    [Fact]
    public void Deserialize_CutoffDayZeroOverwrittenByAValidOne_Throws()
    {
        var json = """{"start":"2023-04-15","end":"2023-05-14","cutoffDay":0,"cutoffDay":14,"unit":"month","year":2023,"index":5}""";

        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(json));

        Assert.Contains("'cutoffDay'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.cutoffDay", ex.Path);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesRead_ALineWithARepeatedMember_IsRejectedAndTheOthersRead()
    {
        var good = StatsJson.Serialize(Testing.Samples.CaseRecord());
        var bad = good.Replace("\"id\":\"BD-2023-0042\"", "\"id\":\"C1\",\"id\":\"C2\"", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(good + "\n" + bad + "\n" + good + "\n"));
        var rejected = new List<RejectedLine>();

        var read = JsonLines.Read<CriminalCase>(stream, rejected).ToList();

        Assert.Equal(2, read.Count);
        var line = Assert.Single(rejected);
        Assert.Equal(2L, line.LineNumber);
        Assert.Contains("'id'", line.Reason, StringComparison.Ordinal);
        Assert.Contains("Path: $.id,", line.Reason, StringComparison.Ordinal);
    }

    // ---- class 9: types the context does not serve --------------------------------------------------------------

    public static TheoryData<string> Unserved => ["object", "list", "int", "string", "date", "dictionary", "array", "element"];

    private static (Type Type, Action Serialize, Action[] Read) Unserved1(string name) => name switch
    {
        "object" => Calls<object>(new object()),
        "list" => Calls<List<CriminalCase>>([Testing.Samples.CaseRecord()]),
        "int" => Calls(42),
        "string" => Calls("text"),
        "date" => Calls(new DateOnly(2023, 1, 1)),
        "dictionary" => Calls(new Dictionary<string, int> { ["a"] = 1 }),
        "array" => Calls(new[] { Testing.Samples.BinhDuong }),
        _ => Calls(JsonDocument.Parse("{}").RootElement),
    };

    private static (Type, Action, Action[]) Calls<T>(T value)
    {
        var json = "{}";
        return (typeof(T), () => StatsJson.Serialize(value), [
            () => StatsJson.Deserialize<T>(json),
            () => StatsJson.Deserialize<T>(Encoding.UTF8.GetBytes(json).AsSpan()),
            () => StatsJson.Deserialize<T>(new MemoryStream(Encoding.UTF8.GetBytes(json))),
            () => _ = JsonLines.Read<T>(new MemoryStream(Encoding.UTF8.GetBytes(json))).ToList(),
            () => _ = JsonLines.Read<T>(new MemoryStream(Encoding.UTF8.GetBytes(json)), new List<RejectedLine>()).ToList(),
            () => JsonLines.Write(new MemoryStream(), [value]),
            () => StatsJson.Serialize(value, indented: true),
        ]);
    }

    [Theory]
    [MemberData(nameof(Unserved))]
    public void SerializeAndDeserialize_ATypeTheContextDoesNotServe_ThrowArgumentExceptionNamingTheType(string name)
    {
        var (type, serialize, reads) = Unserved1(name);
        var failures = new List<string>();
        foreach (var (call, i) in reads.Prepend(serialize).Select((c, i) => (c, i)))
        {
            var error = Catch(call);
            if (error is not ArgumentException { ParamName: "T" } ex || ex.GetType() != typeof(ArgumentException)
                || !ex.Message.Contains(type.Name, StringComparison.Ordinal) || !ex.Message.Contains("StatsJsonContext", StringComparison.Ordinal))
            {
                failures.Add($"call {i}: {error?.GetType().Name ?? "no exception"}: {error?.Message}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Serialize_ObjectHoldingAModel_ThrowsArgumentException()
    {
        object boxed = Testing.Samples.CaseRecord();

        var ex = Assert.Throws<ArgumentException>(() => StatsJson.Serialize(boxed));

        Assert.Equal("T", ex.ParamName);
        Assert.Contains("System.Object", ex.Message, StringComparison.Ordinal);
    }

    // ---- class 10: the UTF-8 byte order mark --------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(ModelDocuments.Names), MemberType = typeof(ModelDocuments))]
    public void Deserialize_DocumentAfterAByteOrderMark_IsReadAlikeByEveryOverload(string name)
    {
        var doc = ModelDocuments.Get(name);
        var failures = new List<string>();
        foreach (var prefix in new[] { "\uFEFF", "\uFEFF ", "\uFEFF\n" })
        {
            foreach (var path in new[] { ReadPath.Text, ReadPath.Span, ReadPath.Stream })
            {
                var json = prefix + doc.Json;
                var error = Catch(() => Assert.Equal(doc.Value, doc.Read(path, json)));
                if (error is not null)
                {
                    failures.Add($"{path} {Escape(prefix)}: {error.GetType().Name}: {error.Message}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("\uFEFF\uFEFF")]
    [InlineData(" \uFEFF")]
    public void Deserialize_AByteOrderMarkNotAtTheStartOrTwice_ThrowsOnEveryOverload(string prefix)
    {
        var doc = ModelDocuments.Get("criminalCase");

        foreach (var path in new[] { ReadPath.Text, ReadPath.Span, ReadPath.Stream })
        {
            Assert.IsType<JsonException>(Catch(() => doc.Read(path, prefix + doc.Json)));
        }
    }

    // ---- class 11: a reporting period's members and their paths -------------------------------------------------

    [Property(MaxTest = 200)]
    public Property Deserialize_CutoffDayOutOfRange_NamesCutoffDayAndItsPath() => Prop.ForAll(
        Gen.OneOf(Gen.Choose(-1000, 0), Gen.Choose(32, 100_000)).ToArbitrary(),
        day =>
        {
            var json = $$"""{"start":"2023-04-15","end":"2023-05-14","cutoffDay":{{day.ToString(CultureInfo.InvariantCulture)}},"unit":"month","year":2023,"index":5}""";
            var ex = Catch(() => StatsJson.Deserialize<ReportingPeriod>(json)) as JsonException;
            return ex is not null && ex.Path == "$.cutoffDay"
                && ex.Message.Contains("invalid member 'cutoffDay'", StringComparison.Ordinal)
                && ex.Message.Contains($"it was {day.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal)
                && !ex.Message.Contains("'day'", StringComparison.Ordinal);
        });

    [Property(MaxTest = 200)]
    public Property Deserialize_IndexOutOfRangeForItsUnit_NamesIndexAndItsPath() => Prop.ForAll(
        (from unit in Gen.Elements(("month", 12), ("quarter", 4), ("halfYear", 2), ("year", 1), ("firstMonths", 12))
         from index in Gen.OneOf(Gen.Choose(-50, 0), Gen.Choose(unit.Item2 + 1, 500))
         select (unit.Item1, index)).ToArbitrary(),
        t =>
        {
            var json = $$"""{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14,"unit":"{{t.Item1}}","year":2023,"index":{{t.index.ToString(CultureInfo.InvariantCulture)}}}""";
            var ex = Catch(() => StatsJson.Deserialize<ReportingPeriod>(json)) as JsonException;
            return (ex is not null && ex.Path == "$.index"
                && ex.Message.Contains("invalid member 'index'", StringComparison.Ordinal)
                && ex.Message.Contains($"it was {t.index.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal))
                .Label($"{ex?.Path}: {ex?.Message}");
        });

    [Theory]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14,"unit":"month","year":0,"index":5}""", "year", "$.year")]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14,"unit":"month","year":10000,"index":5}""", "year", "$.year")]
    [InlineData("""{"start":"2023-05-02","end":"2023-05-01"}""", "end", "$.end")]
    public void Deserialize_PeriodRuleBroken_NamesTheMemberAndItsPath(string json, string member, string path)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(json));

        Assert.Contains($"ReportingPeriod: invalid member '{member}'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(path, ex.Path);
    }

    [Theory]
    [MemberData(nameof(ModelDocuments.Names), MemberType = typeof(ModelDocuments))]
    public void Deserialize_NestedPeriodWithABadCalendarMember_NamesTheMemberAndItsFullPath(string name)
    {
        var doc = ModelDocuments.Get(name);
        var failures = new List<string>();
        var members = JsonMember.All(doc.Json).Where(m => m.Name is "cutoffDay" or "index").ToList();
        foreach (var member in members)
        {
            foreach (var bad in new[] { "0", "32", "-7" })
            {
                var json = string.Concat(doc.Json.AsSpan(0, member.Start + member.Name.Length + 3), bad, doc.Json.AsSpan(member.End));
                foreach (var path in new[] { ReadPath.Text, ReadPath.Span, ReadPath.Stream, ReadPath.JsonLines })
                {
                    var error = Catch(() => doc.Read(path, json));
                    var ok = error is JsonException ex && ex.Message.Contains($"invalid member '{member.Name}'", StringComparison.Ordinal)
                        && (path == ReadPath.JsonLines ? ex.Message.Contains($"Path: {member.Path},", StringComparison.Ordinal) : ex.Path == member.Path);
                    if (!ok)
                    {
                        failures.Add($"{path} {member.Path}={bad}: {error?.GetType().Name ?? "read"} {(error as JsonException)?.Path} {error?.Message}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {members.Count * 12} inputs, e.g.:\n" + string.Join("\n", failures.Take(20)));
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static string Quote(string text) => JsonSerializer.Serialize(text, StatsJsonContextForStrings.Default.String);

    private static string Escape(string text) => text.Replace("\uFEFF", "BOM", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    private static (Type Type, string[] Names)? EnumOf(string name)
    {
        foreach (var e in Enums)
        {
            if (e.Names.Contains(name, StringComparer.Ordinal))
            {
                return e;
            }
        }

        return null;
    }

    private static Exception? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    private static Exception? Catch(Func<object?> read) => Catch(() => { _ = read(); });

    /// <summary>Reads an enum's JSON through the library's registered converter, as System.Text.Json calls it.</summary>
    private static (object? Value, Exception? Error) ReadEnum(Type type, string json) =>
        ((object? Value, Exception? Error))typeof(JsonStrictnessTests)
            .GetMethod(nameof(ReadEnumOf), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type).Invoke(null, [json])!;

    private static (object? Value, Exception? Error) ReadEnumOf<TEnum>(string json)
        where TEnum : struct, Enum
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = StatsJsonContext.Default };
        var converter = (JsonConverter<TEnum>)new ModelConverters().CreateConverter(typeof(TEnum), options)!;
        var info = JsonMetadataServices.CreateValueInfo<TEnum>(options, converter);
        try
        {
            return (JsonSerializer.Deserialize(json, info), null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }

    private static bool Direct(string name, string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return name == "province" ? ProvinceJson.TryRead(ref reader, out _) : CriminalCaseJson.TryRead(ref reader, out _);
    }
}

/// <summary>Writes test strings as JSON string tokens (escaped as System.Text.Json escapes them).</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class StatsJsonContextForStrings : JsonSerializerContext
{
}
