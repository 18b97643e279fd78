using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class ChangeVerdictTests
{
    /// <summary>DOMAIN.md §5: a holiday report, accidents 241 → 196, deaths 138 → 94, injured 137 → 154.</summary>
    internal static ChangeVerdict Holiday() => ChangeVerdict.TrafficCriteria(
        CountComparison.Compare(196, 241), CountComparison.Compare(94, 138), CountComparison.Compare(154, 137));

    /// <summary>Bình Dương, Q1 2023 against Q1 2022 (binh-duong-2023-sources.md §4): 97/46/78 against 144/73/103, 90 days each.</summary>
    internal static ChangeVerdict BinhDuongQ1()
    {
        var q1 = ReportingCalendar.VietnamStatistical.Quarter(2023, 1);
        var q1Before = q1.SamePeriodPreviousYear();
        return ChangeVerdict.TrafficCriteria(
            CountComparison.Compare(97, 144, q1.Days, q1Before.Days),
            CountComparison.Compare(46, 73, q1.Days, q1Before.Days),
            CountComparison.Compare(78, 103, q1.Days, q1Before.Days));
    }

    [Fact]
    public void Holiday_TwoOfThreeDecreased_InjuredIncreasedNotSignificantly()
    {
        var v = Holiday();

        Assert.Equal(-0.1867, v.Metrics[0].Comparison.PercentChange!.Value, 4);
        Assert.Equal(-0.3188, v.Metrics[1].Comparison.PercentChange!.Value, 4);
        Assert.Equal(0.1241, v.Metrics[2].Comparison.PercentChange!.Value, 4);
        Assert.Equal(0.035, v.Metrics[0].Comparison.ExactPValue, 3);
        Assert.Equal(0.005, v.Metrics[1].Comparison.ExactPValue, 3);
        Assert.Equal(0.35, v.Metrics[2].Comparison.ExactPValue, 2);
        Assert.Equal(2, v.DecreasedCount);
        Assert.Equal(1, v.IncreasedCount);
        Assert.False(v.AllDecreased);
        Assert.False(v.AllDecreasedSignificantly);
        Assert.Empty(v.SignificantlyIncreased);
        Assert.Equal([Metric.TrafficAccidents, Metric.TrafficDeaths], v.SignificantlyDecreased);
        Assert.StartsWith("Tai nạn giao thông giảm 2/3 tiêu chí:", v.ToString(Language.Vietnamese), StringComparison.Ordinal);
        Assert.DoesNotContain("cả 3", v.ToString(Language.Vietnamese), StringComparison.Ordinal);
        Assert.DoesNotContain("all 3", v.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BinhDuongQ1_AllThreeDecreasedButNotAllSignificantly()
    {
        var v = BinhDuongQ1();

        Assert.Equal(0.0030, v.Metrics[0].Comparison.ExactPValue, 4);
        Assert.Equal(0.0168, v.Metrics[1].Comparison.ExactPValue, 4);
        Assert.Equal(0.0741, v.Metrics[2].Comparison.ExactPValue, 4);
        Assert.True(v.AllDecreased);
        Assert.False(v.AllDecreasedSignificantly);
        Assert.Equal(3, v.DecreasedCount);
        Assert.Equal([Metric.TrafficAccidents, Metric.TrafficDeaths], v.SignificantlyDecreased);
        Assert.True(v.IntersectionUnionPValue >= 0.025);
        Assert.Contains("giảm cả 3 tiêu chí, nhưng chỉ 2/3 tiêu chí giảm có ý nghĩa thống kê", v.ToString(Language.Vietnamese), StringComparison.Ordinal);
        Assert.Contains("decreased on all 3 criteria, but only 2 of 3 significantly", v.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AllDecreasedSignificantly_PassesTheIntersectionUnionTest()
    {
        var v = ChangeVerdict.TrafficCriteria(CountComparison.Compare(100, 200), CountComparison.Compare(40, 90), CountComparison.Compare(60, 130));

        Assert.True(v.AllDecreasedSignificantly);
        Assert.True(v.IntersectionUnionPValue < 0.025);
        Assert.Contains("decreased on all 3 criteria, all 3 significantly", v.ToString(), StringComparison.Ordinal);
    }

    private static Metric Cases(string english, string vietnamese) =>
        Metric.Create(LocalizedName.Create(english, vietnamese), LocalizedName.Create("cases", "vụ"));

    [Fact]
    public void Evaluate_TwoModestIncreases_AreNotSignificantAfterHolm()
    {
        // Each one-sided p is below α/2 = 0.025 (each interval excludes 1) but above α/2/2 = 0.0125, the first Holm
        // threshold, so the step-down stops at once: "some metric increased" is not established.
        var weak = CountComparison.Compare(132, 100);
        Assert.True(weak.ExactPValueIncrease < 0.025);
        Assert.True(weak.ExactPValueIncrease > 0.0125);
        Assert.True(weak.IsSignificant);

        var v = ChangeVerdict.Evaluate(
            LocalizedName.Create("Crime", "Tội phạm"),
            [MetricComparison.Create(Cases("thefts", "trộm cắp"), weak), MetricComparison.Create(Cases("robberies", "cướp"), weak)]);

        Assert.Empty(v.SignificantlyIncreased);
        Assert.DoesNotContain("Holm", v.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StrongThenModestIncrease_HolmStepsDownToBoth()
    {
        var strong = CountComparison.Compare(200, 100);
        var weak = CountComparison.Compare(132, 100);
        Assert.True(strong.ExactPValueIncrease < 0.0125);

        var v = ChangeVerdict.Evaluate(
            LocalizedName.Create("Crime", "Tội phạm"),
            [MetricComparison.Create(Cases("robberies", "cướp"), weak), MetricComparison.Create(Cases("thefts", "trộm cắp"), strong)]);

        Assert.Equal(["robberies", "thefts"], v.SignificantlyIncreased.Select(m => m.Name.English));
        Assert.Contains("significant increase (Holm): robberies, thefts", v.ToString(), StringComparison.Ordinal);
        Assert.Contains("tăng có ý nghĩa thống kê (Holm): cướp, trộm cắp", v.ToString(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ThreeIncreases_HolmRejectsOnlyWhileThePValuesClearTheirThresholds()
    {
        var strong = CountComparison.Compare(200, 100);
        var weak = CountComparison.Compare(132, 100);
        var none = CountComparison.Compare(101, 100);

        var v = ChangeVerdict.Evaluate(
            LocalizedName.Create("Crime", "Tội phạm"),
            [MetricComparison.Create(Cases("a", "a"), none), MetricComparison.Create(Cases("b", "b"), weak), MetricComparison.Create(Cases("c", "c"), strong)]);

        // Thresholds 0.025/3, 0.025/2, 0.025/1: strong passes the first; weak (≈0.021) fails 0.0125 and stops the procedure.
        Assert.Equal(["c"], v.SignificantlyIncreased.Select(m => m.Name.English));
    }

    public static TheoryData<string, long[], string, string> Openings() => new()
    {
        // Issue 16, item 10: "Criminal cases decreased on 0 of 2 criteria; significant increase (Holm): …" led with a
        // decrease that did not happen. The sentence leads with what did.
        { "both up", [200, 100, 132, 100], "Crime increased on all 2 criteria; significant increase (Holm): robberies, thefts: ", "Tội phạm tăng cả 2 tiêu chí; tăng có ý nghĩa thống kê (Holm): cướp, trộm cắp: " },
        { "one up, one level", [200, 100, 100, 100], "Crime increased on 1 of 2 criteria; significant increase (Holm): robberies: ", "Tội phạm tăng 1/2 tiêu chí; tăng có ý nghĩa thống kê (Holm): cướp: " },
        { "both level", [100, 100, 7, 7], "Crime neither decreased nor increased on any of 2 criteria: ", "Tội phạm không giảm, không tăng ở tiêu chí nào trong 2 tiêu chí: " },
        { "one down, one up", [80, 100, 150, 100], "Crime decreased on 1 of 2 criteria; significant increase (Holm): thefts: ", "Tội phạm giảm 1/2 tiêu chí; tăng có ý nghĩa thống kê (Holm): trộm cắp: " },
        { "up and zero", [200, 100, 0, 0], "Crime increased on 1 of 2 criteria; significant increase (Holm): robberies; no test (zero in both periods): thefts: ", "Tội phạm tăng 1/2 tiêu chí; tăng có ý nghĩa thống kê (Holm): cướp; không kiểm định được (cả hai kỳ bằng 0): trộm cắp: " },
    };

    [Theory]
    [MemberData(nameof(Openings))]
    public void ToString_NoDecrease_LeadsWithWhatHappened(string what, long[] counts, string english, string vietnamese)
    {
        var v = ChangeVerdict.Evaluate(
            LocalizedName.Create("Crime", "Tội phạm"),
            [
                MetricComparison.Create(Cases("robberies", "cướp"), CountComparison.Compare(counts[0], counts[1])),
                MetricComparison.Create(Cases("thefts", "trộm cắp"), CountComparison.Compare(counts[2], counts[3])),
            ]);

        Assert.True(v.ToString().StartsWith(english, StringComparison.Ordinal), $"{what}: {v}");
        Assert.True(v.ToString(Language.Vietnamese).StartsWith(vietnamese, StringComparison.Ordinal), $"{what}: {v.ToString(Language.Vietnamese)}");
    }

    [Fact]
    public void Evaluate_BothZeroMetric_MakesAllDecreasedFalseAndIsNamed()
    {
        var v = ChangeVerdict.TrafficCriteria(CountComparison.Compare(5, 9), CountComparison.Compare(0, 0), CountComparison.Compare(3, 8));

        Assert.False(v.AllDecreased);
        Assert.Equal(2, v.DecreasedCount);
        Assert.Equal(2, v.DefinedCount);
        Assert.Equal([Metric.TrafficDeaths], v.UndefinedMetrics);
        Assert.Contains("no test (zero in both periods): deaths", v.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EmptyMetrics_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChangeVerdict.Evaluate(LocalizedName.Create("x", "y"), []));

        Assert.Equal("metrics", ex.ParamName);
        Assert.Contains("must not be empty; there were 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RepeatedMetric_Throws()
    {
        var c = CountComparison.Compare(1, 2);
        var ex = Assert.Throws<ArgumentException>(() => ChangeVerdict.Evaluate(
            LocalizedName.Create("x", "y"),
            [MetricComparison.Create(Metric.TrafficDeaths, c), MetricComparison.Create(Metric.TrafficDeaths, c)]));

        Assert.Equal("metrics", ex.ParamName);
        Assert.Contains("'deaths' appeared 2 times", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MixedConfidence_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ChangeVerdict.TrafficCriteria(
            CountComparison.Compare(1, 2, 0.95), CountComparison.Compare(1, 2, 0.9), CountComparison.Compare(1, 2, 0.95)));

        Assert.Equal("metrics", ex.ParamName);
        Assert.Contains("one confidence level (0.95); 'deaths' had 0.9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ChangeVerdict.Evaluate(null!, []));
        Assert.Throws<ArgumentNullException>(() => ChangeVerdict.Evaluate(LocalizedName.Create("x", "y"), null!));
        Assert.Throws<ArgumentNullException>(() => ChangeVerdict.Evaluate(LocalizedName.Create("x", "y"), [null!]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Sentences_WorkedExamples_MatchSnapshot(string lang)
    {
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var text = string.Join(
            "\n",
            CountComparison.Compare(9, 12).Describe(Metric.TrafficDeaths, language),
            CountComparison.Compare(9, 12).ToString(language),
            Holiday().ToString(language),
            BinhDuongQ1().ToString(language)) + "\n";

        Snapshot.Verify(text, "txt", lang);
    }

    [Fact]
    public void Json_BinhDuongQ1Verdict_MatchesSnapshot()
    {
        Snapshot.Verify(StatsJson.Serialize(BinhDuongQ1(), indented: true) + "\n", "json");
    }

    [Fact]
    public void Json_BothZeroComparison_WritesNullsNotNamedFloats()
    {
        var json = StatsJson.Serialize(CountComparison.Compare(0, 0));

        Assert.Contains("\"rateRatio\":null", json, StringComparison.Ordinal);
        Assert.Contains("\"isTestDefined\":false", json, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_NewFromZero_WritesUnboundedAsNullWithFlag()
    {
        var json = StatsJson.Serialize(CountComparison.Compare(3, 0));

        Assert.Contains("\"rateRatio\":null,\"rateRatioUnbounded\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"upper\":null,\"upperUnbounded\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"percentChange\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ReadingAComputedResult_IsNotSupported()
    {
        var json = StatsJson.Serialize(CountComparison.Compare(3, 4));

        var ex = Assert.Throws<NotSupportedException>(() => StatsJson.Deserialize<CountComparison>(json));
        Assert.Contains("computed result", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_ProportionComparison_MatchesSnapshot()
    {
        Snapshot.Verify(StatsJson.Serialize(ProportionComparison.Compare(56, 70, 48, 80), indented: true) + "\n", "json");
    }
}
