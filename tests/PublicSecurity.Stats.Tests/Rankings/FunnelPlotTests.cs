using System.Globalization;
using PublicSecurity.Stats.Rankings;
using PublicSecurity.Stats.Tests.Testing;

namespace PublicSecurity.Stats.Tests.Rankings;

public sealed class FunnelPlotTests
{
    /// <summary>
    /// The worked example of ReferenceData/rankings/generate_funnel.py: 12 units' clearances x of n against a target of
    /// 0.8, computed step by step with numpy from Spiegelhalter (2005)'s formulas, independently of this library.
    /// </summary>
    private static readonly (long X, long N)[] Example =
        [(150, 200), (420, 500), (95, 130), (820, 1000), (310, 370), (66, 90), (1400, 1800), (230, 260), (510, 600), (48, 70), (720, 850), (905, 1100)];

    private static Dictionary<string, double> Header()
    {
        var line = File.ReadLines(ReferenceCsv.PathOf("rankings/funnel_overdispersion.csv")).First().TrimStart('#', ' ');
        return line.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture));
    }

    private static IReadOnlyList<ReferenceRow> Rows()
    {
        var lines = File.ReadLines(ReferenceCsv.PathOf("rankings/funnel_overdispersion.csv")).Skip(1).ToArray();
        var temp = Path.Combine(Path.GetTempPath(), $"funnel-od-{Environment.ProcessId}-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(temp, lines);
        try
        {
            return ReferenceCsv.ReadFile(temp);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static FunnelPlot<int> Build(OverdispersionAdjustment adjustment, double? target = 0.8) =>
        FunnelPlot.Proportions(Example.Select((u, i) => new ProportionUnit<int>(i, u.X, u.N)), target, adjustment);

    [Fact]
    public void WorkedExample_PhiTauAndTest_MatchTheIndependentComputation()
    {
        var expected = Header();

        var plot = Build(OverdispersionAdjustment.Additive);

        Tolerance.Close(expected["phi"], plot.Phi, 1e-12, 0, "phi");
        Tolerance.Close(expected["tau2"], plot.Tau2, 1e-11, 0, "tau2");
        Tolerance.Close(expected["chi2_95"], plot.ChiSquareCritical, 1e-10, 0, "chi2 95%");
        Assert.True(plot.IsOverdispersed);
        Assert.Equal(OverdispersionAdjustment.Additive, plot.Applied);
        Assert.Equal(12 * plot.Phi, plot.TestStatistic, 12);
    }

    [Theory]
    [InlineData(OverdispersionAdjustment.Multiplicative, "mult")]
    [InlineData(OverdispersionAdjustment.Additive, "add")]
    public void WorkedExample_AdjustedLimitsOfEveryUnit_Match(OverdispersionAdjustment adjustment, string prefix)
    {
        var plot = Build(adjustment);

        foreach (var row in Rows())
        {
            var unit = plot.Units[row.GetInt("unit")];
            Tolerance.Close(row.GetDouble("z"), unit.ZScore, 1e-12, 1e-14, "z");
            Tolerance.Close(row.GetDouble($"{prefix}_lower_95"), unit.Limits[0].Lower, 1e-12, 1e-14, $"{prefix} lower 95");
            Tolerance.Close(row.GetDouble($"{prefix}_upper_95"), unit.Limits[0].Upper, 1e-12, 1e-14, $"{prefix} upper 95");
            Tolerance.Close(row.GetDouble($"{prefix}_lower_998"), unit.Limits[1].Lower, 1e-12, 1e-14, $"{prefix} lower 99.8");
            Tolerance.Close(row.GetDouble($"{prefix}_upper_998"), unit.Limits[1].Upper, 1e-12, 1e-14, $"{prefix} upper 99.8");
        }
    }

    [Theory]
    [InlineData(OverdispersionAdjustment.Multiplicative)]
    [InlineData(OverdispersionAdjustment.Additive)]
    [InlineData(OverdispersionAdjustment.None)]
    public void AdjustedZScore_WorkedExample_IsTheZTheLimitsUse(OverdispersionAdjustment adjustment)
    {
        var expected = Header();
        var plot = Build(adjustment);

        foreach (var row in Rows())
        {
            var unit = plot.Units[row.GetInt("unit")];
            var z = row.GetDouble("z");
            var s = 1 / (2 * Math.Sqrt(row.GetDouble("n")));
            var adjusted = adjustment switch
            {
                // θ₀ ± z_p·√φ̂·s: the deviation over √φ̂·s.
                OverdispersionAdjustment.Multiplicative => z / Math.Sqrt(expected["phi"]),

                // θ₀ ± z_p·√(s² + τ̂²): the deviation z·s over √(s² + τ̂²).
                OverdispersionAdjustment.Additive => z * s / Math.Sqrt((s * s) + expected["tau2"]),
                _ => z,
            };
            Tolerance.Close(adjusted, unit.AdjustedZScore, 1e-11, 1e-14, "adjusted z");
            if (adjustment != OverdispersionAdjustment.None)
            {
                // On the transformed scale the 95% limits are exactly |adjusted z| ≤ 1.959964 (no unit reaches 0 or 1).
                Assert.Equal(Math.Abs(unit.AdjustedZScore) <= 1.959963984540054, unit.Positions[0] == FunnelPosition.Within);
            }
        }
    }

    [Theory]
    [InlineData("en", "z (unadjusted)", "z (adjusted)", "−0.98")]
    [InlineData("vi", "z (chưa điều chỉnh)", "z (đã điều chỉnh)", "−0,98")]
    public void ToString_Overdispersed_ShowsTheZTheLimitsUseBesideTheUnadjustedZ(string lang, string unadjusted, string adjusted, string firstAdjusted)
    {
        // Unit 0: z = −1.6957 (reference), s = 1/(2√200) = 0.035355, τ̂² = 0.0024787:
        // −1.6957 × 0.035355 / √(0.035355² + 0.0024787) = −1.6957 × 0.035355 / 0.061063 = −0.982.
        var text = Build(OverdispersionAdjustment.Additive).ToString(lang == "vi" ? Stats.Text.Language.Vietnamese : Stats.Text.Language.English);
        var lines = text.Split('\n');

        Assert.Contains(unadjusted, lines[1], StringComparison.Ordinal);
        Assert.Contains(adjusted, lines[1], StringComparison.Ordinal);
        Assert.Contains(" " + firstAdjusted + " ", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NotOverdispersed_ShowsOneZ()
    {
        var text = FunnelPlot.Proportions([new ProportionUnit<int>(0, 80, 100), new ProportionUnit<int>(1, 160, 200), new ProportionUnit<int>(2, 41, 50)], 0.8).ToString();

        Assert.DoesNotContain("adjusted", text.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "the units' values vary about 5.8 times more than chance alone would make them", "so the limits were widened")]
    [InlineData("vi", "giá trị của các đơn vị dao động gấp khoảng 5,8 lần mức riêng yếu tố ngẫu nhiên tạo ra", "nên các giới hạn đã được nới rộng")]
    public void ToString_Overdispersed_SaysWhatPhiMeansInPlainWords(string lang, string ratio, string consequence)
    {
        // φ̂ = 5.839 (reference header): the mean squared z, i.e. the variance against chance's variance of 1.
        var text = Build(OverdispersionAdjustment.Additive).ToString(lang == "vi" ? Stats.Text.Language.Vietnamese : Stats.Text.Language.English);

        Assert.Contains(ratio, text, StringComparison.Ordinal);
        Assert.Contains(consequence, text, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkedExample_PositionsFollowTheLimits()
    {
        var plot = Build(OverdispersionAdjustment.Additive);

        foreach (var unit in plot.Units)
        {
            for (var j = 0; j < plot.Levels.Count; j++)
            {
                var expected = unit.Value > unit.Limits[j].Upper ? FunnelPosition.Above
                    : unit.Value < unit.Limits[j].Lower ? FunnelPosition.Below
                    : FunnelPosition.Within;
                Assert.Equal(expected, unit.Positions[j]);
            }
        }

        // Unit 7 (230/260 = 88.5%) is far above 0.8 even after widening: z ≈ 3.4 on the arcsine scale.
        Assert.Equal(FunnelPosition.Above, plot.Units[7].Positions[0]);
    }

    [Fact]
    public void NotOverdispersed_UsesExactLimitsAndSaysNoAdjustmentWasApplied()
    {
        // Units close to the target: I·φ̂ stays below the χ² point.
        var plot = FunnelPlot.Proportions(
            [new ProportionUnit<string>("a", 80, 100), new("b", 160, 200), new("c", 395, 500), new("d", 41, 50)],
            0.8,
            OverdispersionAdjustment.Multiplicative);

        Assert.False(plot.IsOverdispersed);
        Assert.Equal(OverdispersionAdjustment.Multiplicative, plot.Requested);
        Assert.Equal(OverdispersionAdjustment.None, plot.Applied);
        Assert.Equal(0, plot.Tau2);
        Assert.Equal(FunnelLimits.Proportion(0.8, 200, 0.95, FunnelMethod.ExactInterpolated), plot.Units[1].Limits[0]);
        Assert.Equal(FunnelLimits.Proportion(0.8, 200, 0.95, FunnelMethod.ExactInterpolated), plot.LimitsAt(200, 0.95));
    }

    [Fact]
    public void NoTarget_UsesThePooledRate()
    {
        var plot = FunnelPlot.Proportions([new ProportionUnit<string>("a", 30, 100), new("b", 50, 100)], null, OverdispersionAdjustment.None);

        Assert.True(plot.TargetIsPooled);
        Assert.Equal(0.4, plot.Target, 15);
    }

    [Fact]
    public void Rates_LogScaleWithZeroCount_UsesHalfAndFlags()
    {
        var plot = FunnelPlot.Rates(
            [new CountUnit<string>("a", 0, 4.0), new("b", 30, 10.0), new("c", 12, 11.5), new("d", 98, 100.0)],
            OverdispersionAdjustment.None,
            [0.95]);

        Assert.Equal(Math.Log(0.5 / 4.0) * Math.Sqrt(4.0), plot.Units[0].ZScore, 12);
        Assert.Equal(FunnelPosition.Above, plot.Units[1].Positions[0]);
        Assert.Equal(FunnelLimits.Rate(10.0, 0.95, FunnelMethod.ExactInterpolated), plot.Units[1].Limits[0]);
        Assert.Equal(1, plot.Target);
    }

    [Fact]
    public void WinsorisedPhi_ReplacesTheExtremesByTheNearestRemainingValues()
    {
        // 10 values, share 0.1: the smallest (−9) becomes −1 and the largest (9) becomes 2.
        double[] z = [-9, -1, 0, 0, 0, 1, 1, 1, 2, 9];

        var phi = FunnelPlot<int>.WinsorisedPhi(z, 0.1);

        Assert.Equal((1 + 1 + 0 + 0 + 0 + 1 + 1 + 1 + 4 + 4) / 10.0, phi, 15);
    }

    [Fact]
    public void Proportions_BadInputs_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => FunnelPlot.Proportions<string>(null!));
        Assert.Contains("at least 2 units; there were 1", Assert.Throws<ArgumentException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 1, 2)])).Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", -1, 2), new("b", 1, 2)]));
        Assert.Contains("Unit 0 (a): the numerator must be finite and not negative; it was -1", negative.Message, StringComparison.Ordinal);
        var over = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 3, 2), new("b", 1, 2)]));
        Assert.Contains("at least the numerator (3); it was 2", over.Message, StringComparison.Ordinal);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 1, 2), new("b", 1, 2)], 1.5)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 1, 2), new("b", 1, 2)], 0.5, OverdispersionAdjustment.None, [1.2])).ParamName);
        Assert.Equal("share", Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 1, 2), new("b", 1, 2)], 0.5, OverdispersionAdjustment.None, null, 0.5)).ParamName);
        Assert.Equal("adjustment", Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 1, 2), new("b", 1, 2)], 0.5, (OverdispersionAdjustment)7)).ParamName);
        var pooled = Assert.Throws<ArgumentException>(() => FunnelPlot.Proportions([new ProportionUnit<string>("a", 0, 2), new("b", 0, 2)]));
        Assert.Contains("pooled proportion must be strictly between 0 and 1", pooled.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rates_BadExpected_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FunnelPlot.Rates([new CountUnit<string>("a", 1, 0), new("b", 1, 2)]));

        Assert.Contains("Unit 0 (a): the expected count must be finite and positive; it was 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LimitsAt_BadArguments_Throw()
    {
        var plot = Build(OverdispersionAdjustment.Additive);

        Assert.Equal("denominator", Assert.Throws<ArgumentOutOfRangeException>(() => plot.LimitsAt(0.5, 0.95)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => plot.LimitsAt(100, 1)).ParamName);
    }
}
