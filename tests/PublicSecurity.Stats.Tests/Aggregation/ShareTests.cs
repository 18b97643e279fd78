using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class ShareTests
{
    [Fact]
    public void Create_TenOfEleven_ExposesPartWholeAndFraction()
    {
        var s = Share.Create(10, 11);

        Assert.Equal(10, s.Part);
        Assert.Equal(11, s.Whole);
        Assert.True(s.IsDefined);
        Assert.False(s.IsWhole);
        Assert.Equal(10.0 / 11.0, s.Fraction);
        Assert.Equal("10 of 11 (90.91%)", s.ToString());
        Assert.Equal("10/11 (90,91%)", s.ToString(Language.Vietnamese));
    }

    [Fact]
    public void IsWhole_OnlyWhenEveryOneIsCounted_NotWhenTheRoundedPercentIs100()
    {
        // 1,999,999 / 2,000,000 = 99.99995%, which 2-decimal rounding would print as 100.00%.
        var almost = Share.Create(1_999_999, 2_000_000);
        var all = Share.Create(25, 25);

        Assert.False(almost.IsWhole);
        Assert.Equal("1,999,999 of 2,000,000 (> 99.99%)", almost.ToString());
        Assert.Equal("1.999.999/2.000.000 (> 99,99%)", almost.ToString(Language.Vietnamese));
        Assert.True(all.IsWhole);
        Assert.Equal(1.0, all.Fraction);
        Assert.Equal("25 of 25 (100.00%)", all.ToString());
    }

    [Fact]
    public void Default_IsZeroOfZero_UndefinedNeverNaN()
    {
        var s = default(Share);

        Assert.False(s.IsDefined);
        Assert.False(s.IsWhole);
        Assert.Equal(Share.Create(0, 0), s);
        var ex = Assert.Throws<InvalidOperationException>(() => s.Fraction);
        Assert.Contains("undefined when the whole is 0 (0 of 0)", ex.Message, StringComparison.Ordinal);
        Assert.Equal("0 of 0 (share undefined)", s.ToString());
        Assert.Equal("0/0 (tỷ lệ không xác định)", s.ToString(Language.Vietnamese));
    }

    [Fact]
    public void Create_BrokenRules_ThrowNamingRuleAndValue()
    {
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => Share.Create(12, 10));
        var part = Assert.Throws<ArgumentOutOfRangeException>(() => Share.Create(-1, 10));
        var whole = Assert.Throws<ArgumentOutOfRangeException>(() => Share.Create(0, -10));

        Assert.Equal("part", above.ParamName);
        Assert.Contains("The part must not exceed the whole (10); it was 12.", above.Message, StringComparison.Ordinal);
        Assert.Equal("part", part.ParamName);
        Assert.Contains("The part must not be negative; it was -1.", part.Message, StringComparison.Ordinal);
        Assert.Equal("whole", whole.ParamName);
        Assert.Contains("The whole must not be negative; it was -10.", whole.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_ComparesBothCounts()
    {
        Assert.True(Share.Create(1, 2) == Share.Create(1, 2));
        Assert.True(Share.Create(1, 2) != Share.Create(2, 4));
        Assert.False(Share.Create(1, 2).Equals((object)"1/2"));
        Assert.Equal(Share.Create(1, 2).GetHashCode(), Share.Create(1, 2).GetHashCode());
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => Share.Create(1, 2).ToString((Language)7)).ParamName);
    }
}
