using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Text;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

/// <summary>
/// Issue 16, traps 7 and 8: a requested period with no case vanished from a tally, and data starting after the
/// baseline started were compared as if complete. Every requested period is listed; inside the declared coverage a
/// period with no case is a zero, outside it a missing entry; comparisons refuse a period the data do not cover.
/// </summary>
public sealed class CoverageTests
{
    private static readonly ReportingCalendar Gregorian = ReportingCalendar.Gregorian;
    private static readonly ReportingPeriod Jan = Gregorian.Month(2023, 1);
    private static readonly ReportingPeriod Feb = Gregorian.Month(2023, 2);
    private static readonly ReportingPeriod Mar = Gregorian.Month(2023, 3);

    private static CriminalCase Case(string id, DateOnly recorded) =>
        CriminalCase.Create(id, BinhDuong, OffenceGroup.SocialOrder, Severity.Serious, recorded, CaseOutcome.NotCleared, null);

    private static readonly CriminalCase[] JanuaryAndMarch = [Case("A", D(5, 1, 2023)), Case("B", D(9, 3, 2023)), Case("C", D(20, 3, 2023))];

    [Fact]
    public void Tally_RequestedPeriodWithNoCase_IsListedAndReadsAsMissingNamingTheCoverage()
    {
        var tally = CaseTally.Tally(JanuaryAndMarch, [Jan, Feb, Mar]);

        Assert.Equal([Jan, Feb, Mar], tally.Periods);
        Assert.Null(tally.Coverage);
        Assert.False(tally.Contains(BinhDuong, Feb));
        var ex = Assert.Throws<ArgumentException>(() => tally.Occurred(BinhDuong, Feb));
        Assert.Equal("period", ex.ParamName);
        Assert.Contains("no coverage was declared", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Covering", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_InsideTheDeclaredCoverage_AMonthWithNoCaseIsZero()
    {
        var coverage = DataCoverage.Create(Jan.Start, Mar.End);

        var tally = new CaseTallyBuilder([Jan, Feb, Mar]).Covering(coverage).AddRange(JanuaryAndMarch).Build();

        Assert.Equal(coverage, tally.Coverage);
        Assert.Equal([1L, 0L, 2L], new[] { Jan, Feb, Mar }.Select(p => tally.Occurred(BinhDuong, p)));
    }

    [Fact]
    public void Tally_PeriodStartingBeforeTheCoverage_IsMissingNotZero()
    {
        var coverage = DataCoverage.Create(D(15, 2, 2023), Mar.End);

        var tally = new CaseTallyBuilder([Feb, Mar]).Covering(coverage).AddRange(JanuaryAndMarch.Skip(1)).Build();

        Assert.Equal(2, tally.Occurred(BinhDuong, Mar));
        var ex = Assert.Throws<ArgumentException>(() => tally.Occurred(BinhDuong, Feb));
        Assert.Contains("outside the data's coverage (data from 15/02/2023 to 31/03/2023)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregator_WithCoverage_GivesTheBuildersZeros()
    {
        var coverage = DataCoverage.Create(Jan.Start, Mar.End);
        var options = TallyOptions.Default.WithCoverage(coverage);

        var dense = CaseAggregator.Tally(JanuaryAndMarch, [Jan, Feb, Mar], options);
        var built = new CaseTallyBuilder([Jan, Feb, Mar]).Covering(coverage).AddRange(JanuaryAndMarch).Build();

        Assert.Equal(coverage, options.Coverage);
        Assert.Equal(0, dense.Occurred(BinhDuong, Feb));
        Assert.Equal(built, dense);
        Assert.Equal(coverage, dense.Coverage);
    }

    [Fact]
    public void Merge_Coverages_SpanBoth()
    {
        var first = new CaseTallyBuilder([Jan]).Covering(DataCoverage.Create(Jan.Start, Jan.End)).Add(JanuaryAndMarch[0]).Build();
        var second = new CaseTallyBuilder([Mar]).Covering(DataCoverage.Create(Mar.Start, Mar.End)).Add(JanuaryAndMarch[1]).Build();

        var merged = first.Merge(second);

        Assert.Equal(DataCoverage.Create(Jan.Start, Mar.End), merged.Coverage);
        Assert.Equal([Jan, Mar], merged.Periods);
        Assert.Equal(merged, CaseTally.Empty.Merge(merged));
    }

    private static readonly ReportingPeriod TenMonths2023 = ReportingCalendar.VietnamStatistical.FirstMonths(2023, 10);
    private static readonly ReportingPeriod TenMonths2022 = TenMonths2023.SamePeriodPreviousYear();

    private static CaseTally FromJanuary2022()
    {
        var cases = Enumerable.Range(0, 600).Select(i => Case("K" + i, D(1, 1, 2022).AddDays(i % 660)));
        return new CaseTallyBuilder([TenMonths2022, TenMonths2023]).Covering(DataCoverage.Create(D(1, 1, 2022), D(14, 11, 2023))).AddRange(cases).Build();
    }

    [Fact]
    public void Compare_BaselineStartingBeforeTheData_IsRefusedByDefault()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Cases(FromJanuary2022(), BinhDuong, TenMonths2023, TenMonths2022, D(14, 11, 2023)));

        Assert.Equal("baseline", ex.ParamName);
        Assert.Equal(
            "The baseline period first 10 months of 2022 (15/12/2021–14/10/2022) starts before the data's coverage (data from 01/01/2022 to 14/11/2023): 17 of its 304 days have no data; comparing it as complete would understate it. Name a partial-period policy (ObservedDays) to compare rates per covered day. (Parameter 'baseline')",
            ex.Message);
    }

    [Fact]
    public void Compare_BaselineStartingBeforeTheData_ObservedDaysComparesPerCoveredDay()
    {
        var c = PeriodComparison.Cases(FromJanuary2022(), BinhDuong, TenMonths2023, TenMonths2022, D(14, 11, 2023), policy: PartialPeriodPolicy.ObservedDays);

        Assert.True(c.IsBaselinePartial);
        Assert.False(c.IsCurrentPartial);
        Assert.Equal(304 - 17, c.BaselineExposureDays);
        Assert.Equal(304, c.CurrentExposureDays);
        Assert.Equal(304 - 17, c.Verdict.Metrics[0].Comparison.BaselineExposure);
        Assert.Equal(DataCoverage.Create(D(1, 1, 2022), D(14, 11, 2023)), c.Coverage);
        Assert.Contains("baseline period incomplete, compared per observed day from 01/01/2022", c.ToString(), StringComparison.Ordinal);
        Assert.Contains("kỳ so sánh chưa đủ dữ liệu, tính theo số ngày có dữ liệu từ 01/01/2022", c.ToString(Language.Vietnamese), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_AsOfAfterTheCoverage_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => PeriodComparison.Cases(FromJanuary2022(), BinhDuong, TenMonths2023, TenMonths2022, D(30, 11, 2023), policy: PartialPeriodPolicy.ObservedDays));

        Assert.Equal("dataAsOf", ex.ParamName);
        Assert.Contains("must not be after the end of the tally's coverage (14/11/2023); it was 30/11/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataCoverage_Rules()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DataCoverage.Create(D(2, 1, 2022), D(1, 1, 2022)));
        Assert.Equal("The as-of date must not be before the first day covered (02/01/2022); it was 01/01/2022. (Parameter 'asOf')", ex.Message);

        var c = DataCoverage.Create(D(1, 1, 2022), D(14, 11, 2023));
        Assert.Equal("data from 01/01/2022 to 14/11/2023", c.ToString());
        Assert.Equal("dữ liệu từ 01/01/2022 đến 14/11/2023", c.ToString(Language.Vietnamese));
        Assert.False(c.Covers(TenMonths2022));
        Assert.True(c.Covers(TenMonths2023));
        Assert.Equal(304 - 17, c.CoveredDays(TenMonths2022));
        Assert.Equal(0, c.CoveredDays(ReportingCalendar.Gregorian.Month(2021, 5)));
        Assert.Equal(683, c.Days);
        Assert.Throws<ArgumentNullException>("period", () => c.Covers(null!));
        Assert.Throws<ArgumentNullException>("period", () => c.CoveredDays(null!));
        Assert.Throws<ArgumentNullException>("other", () => c.Span(null!));
        Assert.Throws<ArgumentNullException>("coverage", () => new CaseTallyBuilder([Jan]).Covering(null!));
        Assert.Throws<ArgumentNullException>("coverage", () => TallyOptions.Default.WithCoverage(null!));
    }

    [Fact]
    public void DataCoverage_Json_RoundTripsAndRefusesBadInput()
    {
        var c = DataCoverage.Create(D(1, 1, 2022), D(14, 11, 2023));

        var json = PublicSecurity.Stats.Serialization.StatsJson.Serialize(c);

        Assert.Equal("""{"from":"2022-01-01","asOf":"2023-11-14"}""", json);
        Assert.Equal(c, PublicSecurity.Stats.Serialization.StatsJson.Deserialize<DataCoverage>(json));
        var missing = Assert.Throws<System.Text.Json.JsonException>(() => PublicSecurity.Stats.Serialization.StatsJson.Deserialize<DataCoverage>("""{"from":"2022-01-01"}"""));
        Assert.Contains("asOf", missing.Message, StringComparison.Ordinal);
        var reversed = Assert.Throws<System.Text.Json.JsonException>(() => PublicSecurity.Stats.Serialization.StatsJson.Deserialize<DataCoverage>("""{"from":"2022-01-02","asOf":"2022-01-01"}"""));
        Assert.Contains("must not be before the first day covered (02/01/2022); it was 01/01/2022", reversed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WithCoverage_JsonCarriesIt()
    {
        var c = PeriodComparison.Cases(FromJanuary2022(), BinhDuong, TenMonths2023, TenMonths2022, D(14, 11, 2023), policy: PartialPeriodPolicy.ObservedDays);

        var json = PublicSecurity.Stats.Serialization.StatsJson.Serialize(c);

        Assert.Contains("\"coverage\":{\"from\":\"2022-01-01\",\"asOf\":\"2023-11-14\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"isBaselinePartial\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"baselineExposureDays\":287", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_TallyWithAnEmptyPeriodAndCoverage_RoundTripsBoth()
    {
        var coverage = DataCoverage.Create(D(15, 2, 2023), Mar.End);
        var tally = new CaseTallyBuilder([Feb, Mar]).Covering(coverage).Add(JanuaryAndMarch[1]).Build();

        var json = PublicSecurity.Stats.Serialization.StatsJson.Serialize(tally);
        var back = PublicSecurity.Stats.Serialization.StatsJson.Deserialize<CaseTally>(json);

        Assert.Contains("\"coverage\":{\"from\":\"2023-02-15\",\"asOf\":\"2023-03-31\"}", json, StringComparison.Ordinal);
        Assert.Equal(tally, back);
        Assert.Equal([Feb, Mar], back.Periods);
        Assert.Equal(coverage, back.Coverage);
        var plain = CaseTally.Tally(JanuaryAndMarch, [Jan, Mar]);
        Assert.DoesNotContain("\"periods\"", PublicSecurity.Stats.Serialization.StatsJson.Serialize(plain), StringComparison.Ordinal);
        var nullPeriod = Assert.Throws<System.Text.Json.JsonException>(() => PublicSecurity.Stats.Serialization.StatsJson.Deserialize<CaseTally>("""{"outside":0,"periods":[null],"entries":[]}"""));
        Assert.Contains("periods", nullPeriod.Message, StringComparison.Ordinal);
    }
}
