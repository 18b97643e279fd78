using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Drugs;
using PublicSecurity.Stats.Serialization;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Comparisons;

public sealed class PeriodComparisonTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;
    private static readonly ReportingPeriod Q1 = Vn.Quarter(2023, 1);
    private static readonly ReportingPeriod Q1Before = Vn.Quarter(2022, 1);
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");
    private static readonly Province BaRiaVungTau = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "77");
    private static readonly Province HoChiMinh63 = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "79");
    private static readonly Province HoChiMinh34 = ProvinceCatalog.Find(ProvinceEdition.Provinces34, "79");
    private static readonly DateOnly AsOf = new(2023, 11, 14);

    private static TrafficTally Traffic() => new TrafficTallyBuilder([Q1, Q1Before])
        .Add(BinhDuong, Q1, 97, 46, 78)
        .Add(BinhDuong, Q1Before, 144, 73, 103)
        .Add(BaRiaVungTau, Q1, 60, 30, 40)
        .Add(BaRiaVungTau, Q1Before, 70, 35, 45)
        .Add(HoChiMinh63, Q1, 500, 150, 300)
        .Add(HoChiMinh63, Q1Before, 520, 160, 330)
        .Build();

    [Fact]
    public void Traffic_BinhDuongQ1_GivesTheWorkedExampleVerdictWithDayExposures()
    {
        var c = PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1.SamePeriodPreviousYear(), AsOf);

        Assert.Equal(90, c.CurrentExposureDays);
        Assert.Equal(90, c.BaselineExposureDays);
        Assert.False(c.IsCurrentPartial);
        Assert.False(c.WasRebased);
        Assert.True(c.Verdict.AllDecreased);
        Assert.False(c.Verdict.AllDecreasedSignificantly);
        Assert.Equal(0.0030, c.Verdict.Metrics[0].Comparison.ExactPValue, 4);
        Assert.Equal(0.0741, c.Verdict.Metrics[2].Comparison.ExactPValue, 4);
    }

    [Fact]
    public void Traffic_CurrentPeriodIncomplete_IsRefusedByDefault()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, new DateOnly(2023, 2, 28)));

        Assert.Equal("dataAsOf", ex.ParamName);
        Assert.Contains("is not complete as of the data's as-of date (28/02/2023)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("partial-period policy", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_ObservedDaysPolicy_UsesTheObservedDaysAsExposure()
    {
        var c = PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, new DateOnly(2023, 2, 28), PartialPeriodPolicy.ObservedDays);

        // 15/12/2022 to 28/02/2023 inclusive.
        Assert.Equal(76, c.CurrentExposureDays);
        Assert.True(c.IsCurrentPartial);
        Assert.Equal(76, c.Verdict.Metrics[0].Comparison.CurrentExposure);
        Assert.Equal(90, c.Verdict.Metrics[0].Comparison.BaselineExposure);
        Assert.Contains("compared per observed day up to 28/02/2023", c.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_AsOfBeforeTheCurrentStart_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, new DateOnly(2022, 12, 1), PartialPeriodPolicy.ObservedDays));

        Assert.Equal("dataAsOf", ex.ParamName);
        Assert.Contains("must not be before the current period's start (15/12/2022); it was 01/12/2022", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_IncompleteBaseline_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, new DateOnly(2022, 3, 1), PartialPeriodPolicy.ObservedDays));

        Assert.Equal("dataAsOf", ex.ParamName);
        Assert.Contains("baseline period must be complete", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_DifferentUnits_AreNotComparable()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Vn.Month(2022, 3), AsOf));

        Assert.Equal("baseline", ex.ParamName);
        Assert.Contains("same unit and calendar", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Quarter under cut-off day 14", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Month under cut-off day 14", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_DifferentCalendars_AreNotComparable()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, ReportingCalendar.Gregorian.Quarter(2022, 1), AsOf));

        Assert.Contains("cut-off day 31", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cases_FirstMonthsOfDifferentLength_AreNotComparable()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Cases(
            CaseTally.Empty, BinhDuong, Vn.FirstMonths(2023, 10), Vn.FirstMonths(2022, 9), AsOf));

        Assert.Equal("baseline", ex.ParamName);
        Assert.Contains("FirstMonths", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_OverlappingPeriods_Throw()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1, AsOf));

        Assert.Contains("must not overlap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_ProvinceOf34UnitsWith63UnitTally_RebasesBySummingCounts()
    {
        var c = PeriodComparison.Traffic(Traffic(), HoChiMinh34, Q1, Q1Before, AsOf);

        Assert.True(c.WasRebased);
        Assert.Equal(97 + 60 + 500, c.Verdict.Metrics[0].Comparison.Current);
        Assert.Equal(144 + 70 + 520, c.Verdict.Metrics[0].Comparison.Baseline);
        Assert.Equal(78 + 40 + 300, c.Verdict.Metrics[2].Comparison.Current);
        Assert.Contains("re-based onto the 34 units", c.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_ProvinceOf63UnitsWith34UnitTally_Throws()
    {
        var tally34 = Traffic().RebaseTo34();

        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Traffic(tally34, BinhDuong, Q1, Q1Before, AsOf));

        Assert.Equal("province", ex.ParamName);
        Assert.Contains("must be of the tally's edition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Traffic_MissingEntry_ThrowsRatherThanReadingZero()
    {
        var other = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "01");

        Assert.ThrowsAny<ArgumentException>(() => PeriodComparison.Traffic(Traffic(), other, Q1, Q1Before, AsOf));
    }

    [Fact]
    public void Traffic_BadPolicyOrConfidence_Throws()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, AsOf, (PartialPeriodPolicy)5)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, AsOf, PartialPeriodPolicy.Refuse, 0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => PeriodComparison.Traffic(null!, BinhDuong, Q1, Q1Before, AsOf));
    }

    [Fact]
    public void Cases_HandCheckedRecords_CompareOccurredAndClearedInPeriod()
    {
        var records = new List<CriminalCase>();
        var n = 0;
        void Add(DateOnly recorded, CaseOutcome outcome, DateOnly? outcomeOn) =>
            records.Add(CriminalCase.Create($"C{++n}", BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, recorded, outcome, outcomeOn));

        // Q1 2023: 4 recorded, 1 unfounded -> 3 occurred; 2 cleared in Q1 (one recorded in Q1 2022's quarter? no: same quarter).
        Add(new DateOnly(2023, 1, 2), CaseOutcome.ClearedByArrest, new DateOnly(2023, 1, 20));
        Add(new DateOnly(2023, 1, 5), CaseOutcome.ClearedExceptionally, new DateOnly(2023, 2, 1));
        Add(new DateOnly(2023, 2, 5), CaseOutcome.NotCleared, null);
        Add(new DateOnly(2023, 2, 6), CaseOutcome.Unfounded, new DateOnly(2023, 2, 10));

        // Q1 2022: 5 recorded, all occurred; 1 cleared in Q1 2022.
        for (var i = 0; i < 5; i++)
        {
            Add(new DateOnly(2022, 1, 10 + i), i == 0 ? CaseOutcome.ClearedByArrest : CaseOutcome.NotCleared, i == 0 ? new DateOnly(2022, 2, 1) : null);
        }

        var tally = CaseTally.Tally(records, [Q1, Q1Before]);

        var c = PeriodComparison.Cases(tally, BinhDuong, Q1, Q1Before, AsOf);

        Assert.Equal(3, c.Verdict.Metrics[0].Comparison.Current);
        Assert.Equal(5, c.Verdict.Metrics[0].Comparison.Baseline);
        Assert.Equal(2, c.Verdict.Metrics[1].Comparison.Current);
        Assert.Equal(1, c.Verdict.Metrics[1].Comparison.Baseline);
    }

    [Fact]
    public void Drugs_CasesAndSuspects_AreCompared()
    {
        var tally = new DrugSeizureTallyBuilder([Q1, Q1Before])
            .Add(BinhDuong, Q1, 120, 250, [], 2, 5)
            .Add(BinhDuong, Q1Before, 100, 240, [], 0, 0)
            .Build();

        var c = PeriodComparison.Drugs(tally, BinhDuong, Q1, Q1Before, AsOf);

        Assert.Equal(120, c.Verdict.Metrics[0].Comparison.Current);
        Assert.Equal(240, c.Verdict.Metrics[1].Comparison.Baseline);
        Assert.Contains("số đối tượng tăng 10 đối tượng", c.ToString(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void ToString_BinhDuongQ1_MatchesSnapshot(string lang)
    {
        var c = PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, AsOf);

        Snapshot.Verify(c.ToString(lang == "vi" ? Language.Vietnamese : Language.English) + "\n", "txt", lang);
    }

    [Fact]
    public void Json_BinhDuongQ1_MatchesSnapshot()
    {
        var c = PeriodComparison.Traffic(Traffic(), BinhDuong, Q1, Q1Before, AsOf);

        Snapshot.Verify(StatsJson.Serialize(c, indented: true) + "\n", "json");
    }
}
