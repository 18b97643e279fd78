using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Comparisons;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class ProportionComparisonTests
{
    [Theory]
    [InlineData(-1, 10, 1, 10, "successes1", "successes of group 1 must not be negative", "-1")]
    [InlineData(1, 0, 1, 10, "trials1", "trials of group 1 must be positive", "0")]
    [InlineData(11, 10, 1, 10, "successes1", "must not exceed the trials of group 1 (10)", "11")]
    [InlineData(1, 10, -3, 10, "successes2", "successes of group 2 must not be negative", "-3")]
    [InlineData(1, 10, 1, -5, "trials2", "trials of group 2 must be positive", "-5")]
    [InlineData(1, 10, 12, 10, "successes2", "must not exceed the trials of group 2 (10)", "12")]
    public void Compare_BadCounts_ThrowNamingValueAndRule(long x1, long n1, long x2, long n2, string parameter, string rule, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(x1, n1, x2, n2));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Compare_BadConfidence_Throws(double confidence)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProportionComparison.Compare(1, 10, 2, 10, confidence));

        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains("strictly between 0 and 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_ZeroColumnMargin_ChiSquareIsUndefinedAndFisherIsOne()
    {
        var c = ProportionComparison.Compare(0, 10, 0, 20);

        Assert.Null(c.ChiSquareStatistic);
        Assert.Null(c.ChiSquarePValue);
        Assert.Equal(1, c.FisherPValue);
        Assert.Null(c.RelativeChange);
    }

    [Fact]
    public void NewcombeInterval_ContainsTheDifferenceAndLiesInMinusOneToOne()
    {
        var c = ProportionComparison.Compare(56, 70, 48, 80);

        Assert.True(c.NewcombeInterval.Contains(c.Difference));
        Assert.InRange(c.NewcombeInterval.Lower, -1, 1);
        Assert.InRange(c.NewcombeInterval.Upper, -1, 1);
    }

    private static ProportionComparison Named() =>
        ProportionComparison.Compare(56, 70, 48, 80).WithGroups(LocalizedName.Create("2023", "năm 2023"), LocalizedName.Create("2022", "năm 2022"));

    [Fact]
    public void WithGroups_NamesTheGroups_KeepsEveryValue()
    {
        var plain = ProportionComparison.Compare(56, 70, 48, 80);
        var named = Named();

        Assert.Null(plain.Group1Name);
        Assert.Null(plain.Group2Name);
        Assert.Equal("2023", named.Group1Name!.English);
        Assert.Equal("năm 2022", named.Group2Name!.Vietnamese);
        Assert.Equal(plain.Difference, named.Difference);
        Assert.Equal(plain.NewcombeInterval, named.NewcombeInterval);
        Assert.Equal(plain.FisherPValue, named.FisherPValue);
        Assert.Equal(plain.ChiSquarePValue, named.ChiSquarePValue);
        Assert.Equal((56L, 70L, 48L, 80L, 0.95), (named.Successes1, named.Trials1, named.Successes2, named.Trials2, named.Confidence));
    }

    [Fact]
    public void WithGroups_NullName_Throws()
    {
        var c = ProportionComparison.Compare(56, 70, 48, 80);

        Assert.Equal("group1", Assert.Throws<ArgumentNullException>(() => c.WithGroups(null!, LocalizedName.Create("b", "b"))).ParamName);
        Assert.Equal("group2", Assert.Throws<ArgumentNullException>(() => c.WithGroups(LocalizedName.Create("a", "a"), null!)).ParamName);
    }

    [Theory]
    [InlineData("en", "Group 1")]
    [InlineData("vi", "Nhóm 1")]
    public void ToMarkdown_NamedGroups_UsesTheNamesNotGroupNumbers(string lang, string generic)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var markdown = Named().ToMarkdown(language);

        Assert.DoesNotContain(generic, markdown, StringComparison.Ordinal);
        Assert.Contains(lang == "vi" ? "| năm 2023 |" : "| 2023 |", markdown, StringComparison.Ordinal);
        Assert.Contains(lang == "vi" ? "(năm 2022)" : "(2022)", Named().ToString(language), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_NamedGroups_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var c = Named();
        Snapshot.Verify(c.ToMarkdown(language) + "\n" + c.ToHtml(language), "md", lang);
    }

    [Fact]
    public void Json_NamedGroups_WritesTheNames()
    {
        var json = StatsJson.Serialize(Named());

        Assert.Contains("\"group1Name\":{\"english\":\"2023\",\"vietnamese\":\"năm 2023\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"group2Name\":{\"english\":\"2022\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("group1Name", StatsJson.Serialize(ProportionComparison.Compare(56, 70, 48, 80)), StringComparison.Ordinal);
    }
}
