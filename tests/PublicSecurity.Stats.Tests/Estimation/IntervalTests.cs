using System.Text;
using System.Text.Json;
using PublicSecurity.Stats.Estimation;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class IntervalTests
{
    private static readonly Interval[] Samples =
    [
        ProportionInterval.Wilson(5, 10),
        ProportionInterval.ClopperPearson(3178, 3954),
        ProportionInterval.Jeffreys(0, 10_000_000),
        PoissonInterval.Exact(12_345),
        Interval.Create(-0.0421, 0.0135),
        Interval.Create(0.5, double.PositiveInfinity),
        Interval.Create(0, 0),
        default,
    ];

    [Fact]
    public void Default_IsZeroToZero()
    {
        var interval = default(Interval);

        Assert.Equal(0.0, interval.Lower);
        Assert.Equal(0.0, interval.Upper);
        Assert.Equal(Interval.Create(0, 0), interval);
    }

    [Fact]
    public void Create_NegativeAndUnboundedLimits_AreAllowed()
    {
        var difference = Interval.Create(-0.25, 0.1);
        var ratio = Interval.Create(0.3, double.PositiveInfinity);

        Assert.Equal(0.35, difference.Width, 1e-15);
        Assert.True(ratio.IsUpperUnbounded);
        Assert.Equal(double.PositiveInfinity, ratio.Width);
        Assert.False(difference.IsUpperUnbounded);
    }

    [Fact]
    public void Contains_ClosedAtBothEndsAndFalseForNaN()
    {
        var interval = Interval.Create(0.2, 0.4);

        Assert.True(interval.Contains(0.2));
        Assert.True(interval.Contains(0.4));
        Assert.True(interval.Contains(0.3));
        Assert.False(interval.Contains(0.41));
        Assert.False(interval.Contains(double.NaN));
        Assert.True(Interval.Create(1, double.PositiveInfinity).Contains(1e300));
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Create_NonFiniteLower_ThrowsNamingRuleAndValue(double lower, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Create(lower, 1.0));

        Assert.Equal("lower", ex.ParamName);
        Assert.Contains($"The lower limit must be a finite number; it was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NaNUpper_ThrowsNamingRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Create(0.1, double.NaN));

        Assert.Equal("upper", ex.ParamName);
        Assert.Contains("The upper limit must be a number or +∞; it was NaN.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.2, "0.2")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Create_UpperBelowLower_ThrowsNamingBothLimits(double upper, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Interval.Create(0.3, upper));

        Assert.Equal("upper", ex.ParamName);
        Assert.Contains($"The upper limit must not be less than the lower limit (0.3); it was {shown}.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesBothLimits()
    {
        Assert.Equal(Interval.Create(0.1, 0.2), Interval.Create(0.1, 0.2));
        Assert.True(Interval.Create(0.1, 0.2) == Interval.Create(0.1, 0.2));
        Assert.True(Interval.Create(0.1, 0.2) != Interval.Create(0.1, 0.3));
        Assert.Equal(Interval.Create(-0.0, 0.0), default);
        Assert.Equal(Interval.Create(0.1, 0.2).GetHashCode(), Interval.Create(0.1, 0.2).GetHashCode());
        Assert.False(Interval.Create(0.1, 0.2).Equals((object)"[0.1, 0.2]"));
    }

    [Fact]
    public void ToString_PropTestExample_IsTheREdition()
    {
        // R: prop.test(5, 10, correct = FALSE)$conf.int is 0.2365931 0.7634069.
        Assert.Equal("[0.2366, 0.7634]", ProportionInterval.Wilson(5, 10).ToString());
        Assert.Equal("[0,2366; 0,7634]", ProportionInterval.Wilson(5, 10).ToString(Language.Vietnamese));
    }

    [Fact]
    public void ToString_UndefinedLanguage_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => default(Interval).ToString((Language)7));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("The language must be English or Vietnamese; it was 7.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_BothLanguages_MatchSnapshot()
    {
        var text = new StringBuilder();
        foreach (var interval in Samples)
        {
            text.Append(interval.ToString()).Append("  |  ").Append(interval.ToString(Language.Vietnamese)).Append('\n');
        }

        Snapshot.Verify(text.ToString(), "txt");
    }

    [Fact]
    public void Serialize_BoundedAndUnbounded_MatchSnapshot()
    {
        var text = new StringBuilder();
        foreach (var interval in Samples)
        {
            text.Append(StatsJson.Serialize(interval)).Append('\n');
        }

        text.Append(StatsJson.Serialize(IntervalMethod.WilsonContinuityCorrected)).Append('\n');
        text.Append(StatsJson.Serialize(Interval.Create(0.5, double.PositiveInfinity), indented: true)).Append('\n');
        Snapshot.Verify(text.ToString(), "json");
    }

    [Fact]
    public void Serialize_Unbounded_WritesNullAndFlagNeverALiteral()
    {
        var json = StatsJson.Serialize(Interval.Create(2.5, double.PositiveInfinity));

        Assert.Equal("{\"lower\":2.5,\"upper\":null,\"upperUnbounded\":true}", json);
    }

    [Fact]
    public void RoundTrip_EverySample_IsEqual()
    {
        foreach (var interval in Samples)
        {
            Assert.Equal(interval, StatsJson.Deserialize<Interval>(StatsJson.Serialize(interval)));
        }
    }

    [Theory]
    [InlineData("{\"lower\":0.5,\"upper\":0.2}", "invalid member 'upper': The upper limit must not be less than the lower limit (0.5); it was 0.2.")]
    [InlineData("{\"upper\":0.2}", "the required member 'lower' is missing")]
    [InlineData("{\"lower\":0.1}", "the required member 'upper' is missing")]
    [InlineData("{}", "2 required members are missing: 'lower', 'upper'")]
    [InlineData("{\"lower\":0.1,\"upper\":null}", "'upper' is null, which means an unbounded upper limit only together with \"upperUnbounded\": true")]
    [InlineData("{\"lower\":0.1,\"upper\":0.3,\"upperUnbounded\":true}", "\"upperUnbounded\" is true, so the member 'upper' must be null; it was 0.3.")]
    [InlineData("{\"lower\":0.1,\"upper\":0.3,\"width\":0.2}", "the member 'width' is not known")]
    [InlineData("{\"lower\":\"NaN\",\"upper\":0.3}", "the member 'lower' must be a number; found String.")]
    [InlineData("{\"lower\":0.1,\"upper\":\"Infinity\"}", "the member 'upper' must be a number; found String.")]
    [InlineData("{\"lower\":0.1,\"upper\":null,\"upperUnbounded\":1}", "the member 'upperUnbounded' must be true or false; found Number.")]
    [InlineData("[0.1, 0.2]", "Expected a JSON object for Interval; found StartArray.")]
    public void Deserialize_Invalid_ThrowsJsonExceptionNamingMemberAndRule(string json, string expected)
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Interval>(json));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Path: $", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Nested_ReportsThePath()
    {
        var ex = Assert.Throws<JsonException>(() => StatsJson.Deserialize<Interval>("{\n  \"lower\": 0.9,\n  \"upper\": 0.1\n}"));

        Assert.Contains("line", ex.Message, StringComparison.Ordinal);
        Assert.Contains("The upper limit must not be less than the lower limit", ex.Message, StringComparison.Ordinal);
    }
}
