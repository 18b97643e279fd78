using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class CountComparisonTests
{
    [Fact]
    public void Compare_TwelveToNineDeaths_IsMinus25PercentButWithinChance()
    {
        // DOMAIN.md §5: 12 → 9 deaths is −25% but RR 0.75, exact 95% CI 0.279–1.939, p = 0.664.
        var c = CountComparison.Compare(9, 12);

        Assert.Equal(-3, c.AbsoluteChange);
        Assert.Equal(-0.25, c.PercentChange);
        Assert.Equal(0.75, c.RateRatio, 12);
        Assert.Equal(0.279, c.ExactInterval.Lower, 3);
        Assert.Equal(1.939, c.ExactInterval.Upper, 3);
        Assert.Equal(0.664, c.ExactPValue, 3);
        Assert.Equal(ChangeKind.Decrease, c.Kind);
        Assert.False(c.IsSignificant);
        Assert.True(c.IsSmallCount);
    }

    [Fact]
    public void Compare_TenEventsIn31DaysAgainst21In30_TwoSidedPAndIntervalCanDisagree()
    {
        // The example: with unequal exposures, R's two-sided p is 0.047 while the exact interval 0.194–1.022
        // includes 1; the verdict follows the interval (one-sided p at α/2).
        var c = CountComparison.Compare(10, 21, 31, 30);

        Assert.Equal(0.047, c.ExactPValue, 3);
        Assert.Equal(0.194, c.ExactInterval.Lower, 3);
        Assert.Equal(1.022, c.ExactInterval.Upper, 3);
        Assert.False(c.IsSignificant);
        Assert.True(c.ExactPValueDecrease >= 0.025);
    }

    [Fact]
    public void Compare_ZeroBaseline_IsNewFromZeroWithNoPercentChangeAndUnboundedUpperLimit()
    {
        var c = CountComparison.Compare(3, 0);

        Assert.Equal(ChangeKind.NewFromZero, c.Kind);
        Assert.Null(c.PercentChange);
        Assert.Equal(3, c.AbsoluteChange);
        Assert.True(double.IsPositiveInfinity(c.RateRatio));
        Assert.True(double.IsPositiveInfinity(c.RateChange));
        Assert.True(double.IsPositiveInfinity(c.ExactInterval.Upper));
        Assert.True(double.IsPositiveInfinity(c.MidPInterval.Upper));
        Assert.True(c.ExactInterval.Lower > 0);
    }

    [Fact]
    public void Compare_ZeroCurrent_HasRateRatioZeroAndLowerLimitZero()
    {
        var c = CountComparison.Compare(0, 5);

        Assert.Equal(ChangeKind.Decrease, c.Kind);
        Assert.Equal(0, c.RateRatio);
        Assert.Equal(-1, c.RateChange);
        Assert.Equal(0, c.ExactInterval.Lower);
        Assert.Equal(0, c.MidPInterval.Lower);
        Assert.Equal(-1, c.PercentChange);
    }

    [Fact]
    public void Compare_BothZero_TestIsUndefinedAndItsMembersThrow()
    {
        var c = CountComparison.Compare(0, 0);

        Assert.Equal(ChangeKind.BothZero, c.Kind);
        Assert.False(c.IsTestDefined);
        Assert.Null(c.PercentChange);
        Assert.False(c.IsSignificant);
        foreach (var read in new Func<object>[]
        {
            () => c.RateRatio, () => c.RateChange, () => c.ExactInterval, () => c.MidPInterval,
            () => c.ExactPValue, () => c.MidPPValue, () => c.ExactPValueDecrease, () => c.ExactPValueIncrease,
        })
        {
            var ex = Assert.Throws<InvalidOperationException>(read);
            Assert.Contains("undefined: both counts are 0", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Compare_EqualRatesWithDifferentCounts_IsNoChangeFollowingTheRates()
    {
        var c = CountComparison.Compare(20, 10, 62, 31);

        Assert.Equal(ChangeKind.NoChange, c.Kind);
        Assert.Equal(1, c.RateRatio, 12);
        Assert.Equal(10, c.AbsoluteChange);
        Assert.Equal(1.0, c.PercentChange);
    }

    [Fact]
    public void Compare_MoreEventsButLongerPeriod_KindFollowsTheRates()
    {
        var c = CountComparison.Compare(31, 30, 31, 29);

        Assert.Equal(ChangeKind.Decrease, c.Kind);
        Assert.True(c.RateRatio < 1);
        Assert.True(c.AbsoluteChange > 0);
    }

    [Theory]
    [InlineData(9, 10, true)]
    [InlineData(10, 10, false)]
    [InlineData(100, 10, false)]
    public void IsSmallCount_BelowThreshold_IsFlagged(long current, long baseline, bool expected)
    {
        Assert.Equal(expected, CountComparison.Compare(current, baseline).IsSmallCount);
    }

    [Fact]
    public void IsSmallCount_CustomThreshold_IsUsed()
    {
        var c = CountComparison.Compare(40, 45, 1, 1, 0.95, 50);

        Assert.True(c.IsSmallCount);
        Assert.Equal(50, c.SmallCountThreshold);
    }

    [Fact]
    public void ExactInterval_OneSidedPValues_AgreeWithTheInterval()
    {
        // Clopper–Pearson limits invert the one-sided tests at α/2: the upper limit is below 1 exactly when
        // P(X ≤ k1) < α/2.
        foreach (var (k1, k2) in new[] { (97L, 144L), (46L, 73L), (78L, 103L), (196L, 241L), (154L, 137L), (9L, 12L) })
        {
            var c = CountComparison.Compare(k1, k2);
            Assert.Equal(c.ExactInterval.Upper < 1, c.ExactPValueDecrease < 0.025);
            Assert.Equal(c.ExactInterval.Lower > 1, c.ExactPValueIncrease < 0.025);
        }
    }

    [Theory]
    [InlineData(-1, 5, "current", "current count must not be negative", "-1")]
    [InlineData(5, -2, "baseline", "baseline count must not be negative", "-2")]
    public void Compare_NegativeCount_ThrowsNamingValueAndRule(long current, long baseline, string parameter, string rule, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(current, baseline));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-3.0, "-3")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void Compare_BadExposure_ThrowsNamingValueAndRule(double exposure, string value)
    {
        var ex1 = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2, exposure, 1));
        var ex2 = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2, 1, exposure));

        Assert.Equal("currentExposure", ex1.ParamName);
        Assert.Equal("baselineExposure", ex2.ParamName);
        Assert.Contains("must be finite and positive", ex1.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex1.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex2.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.0, "1")]
    [InlineData(1.5, "1.5")]
    [InlineData(double.NaN, "NaN")]
    public void Compare_BadConfidence_ThrowsNamingValueAndRule(double confidence, string value)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2, confidence));

        Assert.Equal("confidence", ex.ParamName);
        Assert.Contains("strictly between 0 and 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was {value}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NegativeSmallCountThreshold_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2, 1, 1, 0.95, -1));

        Assert.Equal("smallCountThreshold", ex.ParamName);
        Assert.Contains("must not be negative; it was -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_NullMetric_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CountComparison.Compare(1, 2).Describe(null!, Language.English));
    }

    [Fact]
    public void ToString_UndefinedLanguage_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CountComparison.Compare(1, 2).ToString((Language)9));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("it was 9", ex.Message, StringComparison.Ordinal);
    }

    private static CountComparison Named() =>
        CountComparison.Compare(97, 144).WithGroups(LocalizedName.Create("Q1 2023", "Quý I/2023"), LocalizedName.Create("Q1 2022", "Quý I/2022"));

    [Fact]
    public void WithGroups_NamesThePeriods_KeepsEveryValue()
    {
        var plain = CountComparison.Compare(97, 144);
        var named = Named();

        Assert.Null(plain.CurrentName);
        Assert.Null(plain.BaselineName);
        Assert.Equal("Q1 2023", named.CurrentName!.English);
        Assert.Equal("Quý I/2022", named.BaselineName!.Vietnamese);
        Assert.Equal(plain.ExactInterval, named.ExactInterval);
        Assert.Equal(plain.MidPInterval, named.MidPInterval);
        Assert.Equal(plain.ExactPValue, named.ExactPValue);
        Assert.Equal(plain.MidPPValue, named.MidPPValue);
        Assert.Equal(plain.ExactPValueDecrease, named.ExactPValueDecrease);
        Assert.Equal(plain.ExactPValueIncrease, named.ExactPValueIncrease);
        Assert.Equal((plain.Kind, plain.RateRatio, plain.SmallCountThreshold), (named.Kind, named.RateRatio, named.SmallCountThreshold));
    }

    [Fact]
    public void WithGroups_BothZero_KeepsTheTestUndefined()
    {
        var named = CountComparison.Compare(0, 0).WithGroups(LocalizedName.Create("a", "a"), LocalizedName.Create("b", "b"));

        Assert.False(named.IsTestDefined);
        Assert.Throws<InvalidOperationException>(() => named.RateRatio);
    }

    [Fact]
    public void WithGroups_NullName_Throws()
    {
        var c = CountComparison.Compare(9, 12);

        Assert.Equal("current", Assert.Throws<ArgumentNullException>(() => c.WithGroups(null!, LocalizedName.Create("b", "b"))).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentNullException>(() => c.WithGroups(LocalizedName.Create("a", "a"), null!)).ParamName);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_NamedPeriods_MatchesSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var c = Named();
        Assert.Contains(lang == "vi" ? "97 (Quý I/2023) so với 144 (Quý I/2022)" : "97 (Q1 2023) against 144 (Q1 2022)", c.ToString(language), StringComparison.Ordinal);
        Snapshot.Verify(c.ToMarkdown(language) + "\n" + c.ToHtml(language), "md", lang);
    }

    [Fact]
    public void Json_NamedPeriods_WritesTheNames()
    {
        var json = StatsJson.Serialize(Named());

        Assert.Contains("\"currentName\":{\"english\":\"Q1 2023\"", json, StringComparison.Ordinal);
        Assert.Contains("\"baselineName\":{\"english\":\"Q1 2022\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("currentName", StatsJson.Serialize(CountComparison.Compare(97, 144)), StringComparison.Ordinal);
    }
}
