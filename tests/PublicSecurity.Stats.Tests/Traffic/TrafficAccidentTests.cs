using PublicSecurity.Stats.Traffic;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Traffic;

public sealed class TrafficAccidentTests
{
    [Fact]
    public void Create_ValidAccident_KeepsEveryMember()
    {
        var a = AccidentRecord();

        Assert.Equal(BinhDuong, a.Province);
        Assert.Equal(D(30, 4, 2023), a.OccurredOn);
        Assert.Equal(1, a.Deaths);
        Assert.Equal(1, a.Injured);
        Assert.Equal(a, AccidentRecord());
        Assert.Equal(a.GetHashCode(), AccidentRecord().GetHashCode());
        Assert.Equal("Bình Dương (74, 63-unit edition), 30/04/2023: 1 deaths, 1 injured", a.ToString());
    }

    [Theory]
    [InlineData(-1, 0, "deaths")]
    [InlineData(0, -3, "injured")]
    public void Create_NegativeCount_ThrowsNamingMemberRuleAndValue(long deaths, long injured, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TrafficAccident.Create(BinhDuong, D(1, 1, 2023), deaths, injured));

        Assert.Equal(name, ex.ParamName);
        Assert.Contains($"The {name} must not be negative; it was {Math.Min(deaths, injured)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullProvince_ThrowsArgumentNull()
    {
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => TrafficAccident.Create(null!, D(1, 1, 2023), 0, 0)).ParamName);
    }
}
