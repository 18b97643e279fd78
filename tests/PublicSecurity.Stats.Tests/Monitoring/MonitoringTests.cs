using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Monitoring;
using PublicSecurity.Stats.Samples;

namespace PublicSecurity.Stats.Tests.Monitoring;

/// <summary>Series from tallies (zero months present, missing months refused), properties of the detectors, and every documented exception.</summary>
public sealed class MonitoringTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
    private static readonly Province HaNoi = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "01");

    private static readonly double[] Alphas = [0.001, 0.01, 0.05, 0.1, 0.2];

    private static readonly double[] Thresholds = [0.5, 1.0, 2.0, 3.0, 5.0, 8.0];

    private static MonthlySeries Sample => SampleReports.BinhDuongTrafficDeathsIllustrative();

    private static CaseTally JanuaryAndFebruaryCovered() => new CaseTallyBuilder([Vn.Month(2023, 1), Vn.Month(2023, 2), Vn.Month(2023, 3)])
        .Covering(DataCoverage.Create(new DateOnly(2022, 12, 15), new DateOnly(2023, 2, 14)))
        .Add(CriminalCase.Create("a", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, new DateOnly(2023, 1, 5), CaseOutcome.NotCleared, null))
        .Add(CriminalCase.Create("b", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, new DateOnly(2022, 12, 20), CaseOutcome.NotCleared, null))
        .Build();

    [Fact]
    public void FromTally_CoveredMonthWithoutRecords_IsAZeroMonth()
    {
        // January 2023 on the statistical calendar is 15/12/2022–14/01/2023: both cases; February: none, but covered.
        var series = MonthlySeries.FromTally(JanuaryAndFebruaryCovered(), BinhDuong, Vn, 2023, 1, 2);

        Assert.Equal([2L, 0L], series.Counts);
        Assert.Equal(MonitoredCriterion.Cases, series.Criterion);
        Assert.Equal(Vn.Month(2023, 2), series.Months[1]);
    }

    [Fact]
    public void FromTally_MonthOutsideTheCoverage_IsRefusedNotReadAsZero()
    {
        var e = Assert.Throws<ArgumentException>(() => MonthlySeries.FromTally(JanuaryAndFebruaryCovered(), BinhDuong, Vn, 2023, 1, 3));

        Assert.Equal("tally", e.ParamName);
        Assert.Contains("missing is not zero", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTally_TrafficCriteria_ReadTheirOwnCounts()
    {
        var tally = new TrafficTallyBuilder([Vn.Month(2023, 1), Vn.Month(2023, 2)])
            .Add(BinhDuong, Vn.Month(2023, 1), 9, 4, 7).Add(BinhDuong, Vn.Month(2023, 2), 0, 0, 0).Build();

        Assert.Equal([9L, 0L], MonthlySeries.FromTally(tally, MonitoredCriterion.TrafficAccidents, BinhDuong, Vn, 2023, 1, 2).Counts);
        Assert.Equal([4L, 0L], MonthlySeries.FromTally(tally, MonitoredCriterion.TrafficDeaths, BinhDuong, Vn, 2023, 1, 2).Counts);
        Assert.Equal([7L, 0L], MonthlySeries.FromTally(tally, MonitoredCriterion.TrafficInjured, BinhDuong, Vn, 2023, 1, 2).Counts);
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromTally(tally, MonitoredCriterion.Cases, BinhDuong, Vn, 2023, 1, 2));
    }

    [Fact]
    public void FromTally_DrugTallyWithoutEntries_IsRefused()
    {
        var tally = DrugSeizureTally.Tally([], [Vn.Month(2023, 1)]);

        Assert.Throws<ArgumentException>(() => MonthlySeries.FromTally(tally, BinhDuong, Vn, 2023, 1, 1));
    }

    [Fact]
    public void Create_SpansYears_MonthsFollowTheCalendar()
    {
        var series = MonthlySeries.Create(BinhDuong, MonitoredCriterion.DrugCases, Vn, 2022, 11, [1, 2, 3]);

        Assert.Equal(Vn.Month(2023, 1), series.Months[2]);
        Assert.Equal("Bình Dương, drug cases, 11/2022–01/2023", series.ToString());
        Assert.Equal(3, series.Length);
    }

    /// <summary>Alarms are monotone in the threshold: a smaller α (a higher threshold) never alarms where a larger one does not.</summary>
    [Theory]
    [InlineData("F001")]
    [InlineData("F010")]
    [InlineData("F030")]
    [InlineData("F050")]
    [InlineData("F075")]
    [InlineData("F120")]
    [InlineData("F150")]
    [InlineData("F190")]
    public void Farrington_SmallerAlpha_AlarmsAreASubsetAndThresholdsHigher(string id)
    {
        var (series, o, monitored, population) = FarringtonReferenceTests.Input(id);
        FarringtonResult At(double alpha) => Farrington.Compute(series, monitored, FarringtonOptions.Create(
            o.YearsBack, o.HalfWindow, o.SeasonalPeriods, o.ExcludedRecentMonths, o.Reweight, o.ReweightThreshold, o.Trend, o.TrendPValueThreshold,
            o.Threshold, alpha, o.Transform, o.MinimumCases, o.MinimumCasesMonths, o.Offset), population);
        var results = Alphas.Select(At).ToList();
        for (var k = 1; k < results.Count; k++)
        {
            for (var j = 0; j < monitored; j++)
            {
                var strict = results[k - 1].Months[j];
                var loose = results[k].Months[j];
                Assert.True(!strict.Alarm || loose.Alarm, $"{id} month {j}: alarm at the higher threshold only");
                if (strict.UpperBound is double high && loose.UpperBound is double low)
                {
                    Assert.True(high >= low - 1e-9, $"{id} month {j}: threshold {high} below {low}");
                }
            }
        }
    }

    /// <summary>The GLR statistic does not depend on the threshold until the first alarm, so a higher threshold never alarms earlier.</summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.1)]
    public void Glr_HigherThreshold_FirstAlarmNoEarlier(double alpha)
    {
        var first = new List<int>();
        foreach (var c in Thresholds)
        {
            var r = GlrDetector.Compute(Sample, 30, Enumerable.Repeat(18.0, 30).ToList(), GlrOptions.Create(threshold: c, alpha: alpha));
            var index = r.Months.ToList().FindIndex(m => m.Alarm);
            first.Add(index < 0 ? int.MaxValue : index);
        }

        for (var k = 1; k < first.Count; k++)
        {
            Assert.True(first[k] >= first[k - 1], string.Join(", ", first));
        }
    }

    [Fact]
    public void Farrington_ExcessMonth_RaisesTheSampleAlarm()
    {
        // The invented excess of February 2023 (36 deaths against about 21 expected) is the sample's one alarm.
        var r = Farrington.Compute(Sample, 10, FarringtonOptions.Create(yearsBack: 3));

        Assert.Equal(1, r.AlarmCount);
        Assert.True(r.Months[1].Alarm);
        Assert.Equal(Vn.Month(2023, 2), r.Months[1].Period);
    }

    [Fact]
    public void Farrington_AllZeroSeries_NoThresholdNoAlarm()
    {
        var zeros = MonthlySeries.Create(BinhDuong, MonitoredCriterion.TrafficDeaths, Vn, 2018, 1, new long[84]);

        var r = Farrington.Compute(zeros, 12);

        Assert.All(r.Months, m => Assert.False(m.Alarm));
        Assert.All(r.Months, m => Assert.Null(m.UpperBound));
    }

    [Fact]
    public void Farrington_DayOffset_IsTheDefault()
    {
        Assert.Equal(MonitoringOffset.Days, FarringtonOptions.Default.Offset);
        Assert.Equal(5, FarringtonOptions.Default.YearsBack);
        Assert.Equal(FarringtonThreshold.Delta, FarringtonOptions.Default.Threshold);
    }

    // ----- documented exceptions -----

    [Fact]
    public void MonthlySeriesCreate_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.Create(null!, MonitoredCriterion.Cases, Vn, 2023, 1, [1]));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, null!, 2023, 1, [1]));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, Vn, 2023, 1, null!));
        Assert.Equal("firstMonth", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, Vn, 2023, 13, [1])).ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, Vn, 2023, 1, [1, -2]));
        Assert.Contains("-2", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.Create(BinhDuong, (MonitoredCriterion)9, Vn, 2023, 1, [1]));
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => MonthlySeries.Create(BinhDuong, MonitoredCriterion.Cases, Vn, 2023, 1, [])).ParamName);
    }

    [Fact]
    public void MonthlySeriesFromTally_BadArguments_Throw()
    {
        var tally = JanuaryAndFebruaryCovered();
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.FromTally((CaseTally)null!, BinhDuong, Vn, 2023, 1, 1));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.FromTally((DrugSeizureTally)null!, BinhDuong, Vn, 2023, 1, 1));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.FromTally((TrafficTally)null!, MonitoredCriterion.TrafficDeaths, BinhDuong, Vn, 2023, 1, 1));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.FromTally(tally, null!, Vn, 2023, 1, 1));
        Assert.Throws<ArgumentNullException>(() => MonthlySeries.FromTally(tally, BinhDuong, null!, 2023, 1, 1));
        Assert.Equal("length", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromTally(tally, BinhDuong, Vn, 2023, 1, 0)).ParamName);
        Assert.Equal("firstMonth", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlySeries.FromTally(tally, BinhDuong, Vn, 2023, 0, 1)).ParamName);
    }

    [Theory]
    [InlineData("yearsBack")]
    [InlineData("halfWindow")]
    [InlineData("seasonalPeriods")]
    [InlineData("excludedRecentMonths")]
    [InlineData("reweightThreshold")]
    [InlineData("trendPValueThreshold")]
    [InlineData("threshold")]
    [InlineData("alpha")]
    [InlineData("transform")]
    [InlineData("minimumCases")]
    [InlineData("minimumCasesMonths")]
    [InlineData("offset")]
    public void FarringtonOptionsCreate_OutOfRange_ThrowsNamingTheArgument(string name)
    {
        Action create = name switch
        {
            "yearsBack" => () => FarringtonOptions.Create(yearsBack: 0),
            "halfWindow" => () => FarringtonOptions.Create(halfWindow: 6),
            "seasonalPeriods" => () => FarringtonOptions.Create(seasonalPeriods: 13),
            "excludedRecentMonths" => () => FarringtonOptions.Create(excludedRecentMonths: -1),
            "reweightThreshold" => () => FarringtonOptions.Create(reweightThreshold: double.NaN),
            "trendPValueThreshold" => () => FarringtonOptions.Create(trendPValueThreshold: 1.0),
            "threshold" => () => FarringtonOptions.Create(threshold: (FarringtonThreshold)7),
            "alpha" => () => FarringtonOptions.Create(alpha: 0.0),
            "transform" => () => FarringtonOptions.Create(transform: (PowerTransform)7),
            "minimumCases" => () => FarringtonOptions.Create(minimumCases: -1),
            "minimumCasesMonths" => () => FarringtonOptions.Create(minimumCasesMonths: 0),
            _ => () => FarringtonOptions.Create(offset: (MonitoringOffset)7),
        };

        var e = Assert.Throws<ArgumentOutOfRangeException>(create);

        Assert.Equal(name, e.ParamName);
        Assert.Contains("; it was", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FarringtonCompute_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => Farrington.Compute(null!, 1));
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => Farrington.Compute(Sample, 20, FarringtonOptions.Create(yearsBack: 5)));
        Assert.Equal("monitoredMonths", tooMany.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Farrington.Compute(Sample, 0));
        var population = FarringtonOptions.Create(yearsBack: 3, offset: MonitoringOffset.Population);
        Assert.Throws<ArgumentNullException>(() => Farrington.Compute(Sample, 10, population));
        var missingYear = Assert.Throws<ArgumentException>(() => Farrington.Compute(Sample, 10, population, new Dictionary<int, long> { [2018] = 2_400_000 }));
        Assert.Equal("yearlyPopulation", missingYear.ParamName);
    }

    [Fact]
    public void FarringtonCompute_PopulationOffset_UsesTheYearlyPopulations()
    {
        var population = Enumerable.Range(2018, 6).ToDictionary(y => y, y => 2_400_000L + ((y - 2018) * 80_000L));

        var r = Farrington.Compute(Sample, 10, FarringtonOptions.Create(yearsBack: 3, offset: MonitoringOffset.Population), population);

        Assert.All(r.Months, m => Assert.True(m.IsFitted));
    }

    [Fact]
    public void GlrOptionsCreate_BadArguments_Throw()
    {
        Assert.Equal("threshold", Assert.Throws<ArgumentOutOfRangeException>(() => GlrOptions.Create(threshold: 0)).ParamName);
        Assert.Equal("direction", Assert.Throws<ArgumentOutOfRangeException>(() => GlrOptions.Create(direction: (ChangeDirection)5)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentOutOfRangeException>(() => GlrOptions.Create(window: 0)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => GlrOptions.Create(alpha: -0.1)).ParamName);
        Assert.Equal("fixedChange", Assert.Throws<ArgumentOutOfRangeException>(() => GlrOptions.Create(fixedChange: 0.0)).ParamName);
        Assert.Equal("fixedChange", Assert.Throws<ArgumentException>(() => GlrOptions.Create(direction: ChangeDirection.Decrease, fixedChange: 0.4)).ParamName);
        Assert.Equal("fixedChange", Assert.Throws<ArgumentException>(() => GlrOptions.Create(window: 6, fixedChange: 0.4)).ParamName);
        Assert.Equal("returnCases", Assert.Throws<ArgumentException>(() => GlrOptions.Create(alpha: 0.1, returnCases: true)).ParamName);
    }

    [Fact]
    public void GlrBaselineCreate_HarmonicsOutOfRange_Throws() =>
        Assert.Equal("harmonics", Assert.Throws<ArgumentOutOfRangeException>(() => GlrBaseline.Create(harmonics: 7)).ParamName);

    [Fact]
    public void GlrDetectorCompute_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(null!, 1, [1.0], GlrOptions.Default));
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(Sample, 1, [1.0], null!));
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(Sample, 1, GlrBaseline.Create(), null!));
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(Sample, 1, (IReadOnlyList<double>)null!, GlrOptions.Default));
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(null!, 1, GlrBaseline.Create(), GlrOptions.Default));
        Assert.Throws<ArgumentNullException>(() => GlrDetector.Compute(Sample, 1, (GlrBaseline)null!, GlrOptions.Default));
        Assert.Equal("monitoredMonths", Assert.Throws<ArgumentOutOfRangeException>(() => GlrDetector.Compute(Sample, 71, Enumerable.Repeat(1.0, 71).ToList(), GlrOptions.Default)).ParamName);
        Assert.Equal("monitoredMonths", Assert.Throws<ArgumentOutOfRangeException>(() => GlrDetector.Compute(Sample, 69, GlrBaseline.Create(harmonics: 2), GlrOptions.Default)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentException>(() => GlrDetector.Compute(Sample, 3, [1.0, 2.0], GlrOptions.Default)).ParamName);
        Assert.Equal("baseline", Assert.Throws<ArgumentOutOfRangeException>(() => GlrDetector.Compute(Sample, 2, [1.0, 0.0], GlrOptions.Default)).ParamName);
    }

    [Fact]
    public void WithMonitoring_BadArguments_Throw()
    {
        var analysis = SampleReports.BinhDuong10Months2023Analysis();
        Assert.Throws<ArgumentNullException>(() => analysis.WithMonitoring(null!, true));
        var other = Farrington.Compute(MonthlySeries.Create(HaNoi, MonitoredCriterion.Cases, Vn, 2018, 1, Sample.Counts), 10, FarringtonOptions.Create(yearsBack: 3));
        Assert.Equal("monitoring", Assert.Throws<ArgumentException>(() => analysis.WithMonitoring(other, false)).ParamName);
    }

    [Fact]
    public void SampleAnalysis_HasAnIllustrativeMonitoringSection()
    {
        var analysis = SampleReports.BinhDuong10Months2023Analysis();

        Assert.True(analysis.IsMonitoringIllustrative);
        Assert.NotNull(analysis.Monitoring);
        Assert.Contains("Illustrative: the monthly series below is invented", analysis.ToString(), StringComparison.Ordinal);
        Assert.Contains("Minh họa: chuỗi số liệu theo tháng", analysis.ToMarkdown(PublicSecurity.Stats.Text.Language.Vietnamese), StringComparison.Ordinal);
    }
}
