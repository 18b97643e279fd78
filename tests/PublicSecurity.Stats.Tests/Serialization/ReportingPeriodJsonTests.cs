using System.Text.Json;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Serialization;

public sealed class ReportingPeriodJsonTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;

    public static TheoryData<string> Periods => new()
    {
        "month", "quarter", "half", "year", "first10", "gregorian", "cutoff15", "adhoc",
    };

    private static ReportingPeriod Make(string name) => name switch
    {
        "month" => Vn.Month(2023, 5),
        "quarter" => Vn.Quarter(2023, 1),
        "half" => Vn.HalfYear(2023, 2),
        "year" => Vn.Year(2024),
        "first10" => Vn.FirstMonths(2023, 10),
        "gregorian" => ReportingCalendar.Gregorian.Month(2024, 2),
        "cutoff15" => ReportingCalendar.WithCutoffDay(15).Month(2018, 5),
        _ => ReportingPeriod.Create(new DateOnly(2023, 7, 25), new DateOnly(2023, 9, 25)),
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void RoundTrip_EachKindOfPeriod_IsEqual(string name)
    {
        var period = Make(name);

        var back = StatsJson.Deserialize<ReportingPeriod>(StatsJson.Serialize(period));

        Assert.Equal(period, back);
        Assert.Equal(period.Year, back.Year);
        Assert.Equal(period.Index, back.Index);
    }

    [Fact]
    public void RoundTrip_ThroughTheContextDirectly_IsEqual()
    {
        var period = Vn.FirstMonths(2023, 10);

        var json = JsonSerializer.Serialize(period, StatsJsonContext.Default.ReportingPeriod);
        var back = JsonSerializer.Deserialize(json, StatsJsonContext.Default.ReportingPeriod);

        Assert.Equal(period, back);
    }

    [Fact]
    public void Serialize_SeedWindowAndAdHoc_MatchSnapshot()
    {
        var text = StatsJson.Serialize(Vn.FirstMonths(2023, 10), indented: true) + "\n"
            + StatsJson.Serialize(Make("adhoc"), indented: true) + "\n";

        Snapshot.Verify(text, "json");
    }

    [Fact]
    public void Deserialize_MissingStartAndEnd_NamesBothMembers()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>("{}"));

        Assert.Contains("2 required members are missing: 'start', 'end'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$", ex.Path);
    }

    [Fact]
    public void Deserialize_CalendarPeriodWithoutIndex_NamesTheMissingMember()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            """{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14,"unit":"month","year":2023}"""));

        Assert.Contains("the required member 'index' is missing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EndBeforeStart_ThrowsJsonExceptionNamingMemberRuleValueAndPath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            "{\n  \"start\": \"2023-05-02\",\n  \"end\": \"2023-05-01\"\n}"));

        Assert.Contains("invalid member 'end'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must not be before the start (02/05/2023)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was 01/05/2023", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.end", ex.Path); // issue 20, class 11: the member's path (it was "$")
        Assert.Contains("line 4", ex.Message, StringComparison.Ordinal);
        Assert.IsType<ArgumentOutOfRangeException>(ex.InnerException?.InnerException);
    }

    [Fact]
    public void Deserialize_NestedInvalidPeriod_FillsPathThroughSystemTextJson()
    {
        // Reading through the context directly (not StatsJson) shows the Path that System.Text.Json fills in.
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(
            """[{"start":"2023-01-01","end":"2023-01-31"},{"start":"2023-05-02","end":"2023-05-01"}]""",
            ArrayInfo()));

        Assert.Equal("$[1]", ex.Path);
        Assert.Contains("invalid member 'end'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_DatesThatDoNotMatchTheCalendarUnit_Throws()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            """{"start":"2023-04-01","end":"2023-05-14","cutoffDay":14,"unit":"month","year":2023,"index":5}"""));

        Assert.Contains("do not match Month 5 of 2023 under cut-off day 14, which is 15/04/2023–14/05/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_CutoffOutOfRange_ThrowsNamingMemberAndValue()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            """{"start":"2023-04-15","end":"2023-05-14","cutoffDay":32,"unit":"month","year":2023,"index":5}"""));

        // Issue 20, class 11: this named the calendar's parameter 'day' at path $ before; now the member and its path.
        Assert.Contains("invalid member 'cutoffDay'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("between 1 and 31; it was 32", ex.Message, StringComparison.Ordinal);
        Assert.Equal("$.cutoffDay", ex.Path);
    }

    [Fact]
    public void Deserialize_IndexOutOfRange_ThrowsNamingValue()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            """{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14,"unit":"quarter","year":2023,"index":5}"""));

        Assert.Contains("between 1 and 4; it was 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_AdHocWithCalendarMembers_Throws()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(
            """{"start":"2023-04-15","end":"2023-05-14","cutoffDay":14}"""));

        Assert.Contains("ad-hoc period", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","unit":"Monthly","cutoffDay":14,"year":2023,"index":5}""", "$.unit")]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","unit":1,"cutoffDay":14,"year":2023,"index":5}""", "$.unit")]
    [InlineData("""{"start":"15/04/2023","end":"2023-05-14"}""", "$.start")]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","cutoffDay":"14","unit":"month","year":2023,"index":5}""", "$.cutoffDay")]
    [InlineData("""{"start":"2023-04-15","end":"2023-05-14","days":30}""", "$")]
    public void Deserialize_WrongTypesAndUnknownMembers_ThrowJsonExceptionWithPath(string json, string innerPath)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>(json));

        Assert.Contains("Path: $", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        if (innerPath != "$")
        {
            Assert.Contains(innerPath[2..], ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Deserialize_Null_ThrowsJsonException()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>("null"));

        Assert.Contains("null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Malformed_ThrowsJsonExceptionWithLine()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<ReportingPeriod>("{\n\"start\": \"2023-01-01\",\n\"end\": }"));

        Assert.Contains("line 3", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_FromStreamAndBytes_ReadTheSamePeriod()
    {
        var json = StatsJson.Serialize(Vn.Quarter(2023, 1));
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        using var stream = new MemoryStream(bytes);

        Assert.Equal(Vn.Quarter(2023, 1), StatsJson.Deserialize<ReportingPeriod>(stream));
        Assert.Equal(Vn.Quarter(2023, 1), StatsJson.Deserialize<ReportingPeriod>(bytes.AsSpan()));
    }

    [Fact]
    public void Serialize_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => StatsJson.Serialize<ReportingPeriod>(null!));
    }

    [Fact]
    public void Serialize_TypeNotInContext_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => StatsJson.Serialize(new Uri("https://example.org")));

        Assert.Contains("not a model registered in StatsJsonContext", ex.Message, StringComparison.Ordinal);
    }

    private static System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportingPeriod[]> ArrayInfo()
    {
        var options = StatsJson.Configure(new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() });
        return (System.Text.Json.Serialization.Metadata.JsonTypeInfo<ReportingPeriod[]>)options.GetTypeInfo(typeof(ReportingPeriod[]));
    }
}
