using PublicSecurity.Stats.Text;
using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class ClearanceTests
{
    private static readonly ReportingPeriod Jan = Vn.Month(2023, 1);
    private static readonly ReportingPeriod Feb = Vn.Month(2023, 2);
    private static readonly ReportingPeriod Mar = Vn.Month(2023, 3);

    private static CriminalCase C(string id, Province province, DateOnly recorded, CaseOutcome outcome = CaseOutcome.NotCleared, DateOnly? on = null, Severity severity = Severity.Serious) =>
        CriminalCase.Create(id, province, OffenceGroup.SocialOrder, severity, recorded, outcome, on);

    /// <summary>Bình Dương: January cohort of 4 (1 cleared in January, 1 in February, 1 unfounded, 1 open); G recorded in December, cleared in January. Hà Nội: one open case in February.</summary>
    internal static CaseTally Tally() => CaseAggregator.Tally(
        [
            C("A", BinhDuong, D(20, 12, 2022), CaseOutcome.ClearedByArrest, D(10, 1, 2023), Severity.VerySerious),
            C("B", BinhDuong, D(5, 1, 2023), CaseOutcome.ClearedExceptionally, D(20, 1, 2023)),
            C("C", BinhDuong, D(6, 1, 2023), CaseOutcome.Unfounded, D(7, 1, 2023)),
            C("D", BinhDuong, D(7, 1, 2023)),
            C("E", BinhDuong, D(8, 1, 2023)),
            C("G", BinhDuong, D(1, 12, 2022), CaseOutcome.ClearedByArrest, D(20, 12, 2022)),
            C("H", HaNoi63, D(1, 2, 2023)),
        ],
        [Jan, Feb, Mar]);

    [Fact]
    public void PeriodClearance_CountsClearancesInThePeriodOverOccurred()
    {
        var january = Tally().PeriodClearance(BinhDuong, Jan);

        Assert.Equal(2, january.Cleared);   // A and G (recorded in December)
        Assert.Equal(4, january.Occurred);  // A, B, D, E (C unfounded)
        Assert.Equal(0.5, january.Rate);
        Assert.Equal(ClearanceBasis.Period, january.Basis);
        Assert.Equal("2 of 4 cleared (50.00%, period basis)", january.ToString());
        Assert.Equal(1.0, Tally().PeriodClearance(BinhDuong, Jan, SeverityGroup.VeryOrEspeciallySerious).Rate); // A
    }

    [Fact]
    public void CohortClearance_AtEachLaterPeriodEnd_Matures()
    {
        var t = Tally();

        Assert.Equal(new ClearanceCount(1, 4, ClearanceBasis.Cohort), t.CohortClearance(BinhDuong, Jan, Jan)); // A
        Assert.Equal(new ClearanceCount(2, 4, ClearanceBasis.Cohort), t.CohortClearance(BinhDuong, Jan, Feb)); // A, B
        Assert.Equal("2 of 4 cleared (50.00%, cohort basis)", t.CohortClearance(BinhDuong, Jan, Mar).ToString());
        Assert.Equal("evaluationPeriod", Assert.Throws<ArgumentException>(() => t.CohortClearance(BinhDuong, Feb, Jan)).ParamName);
    }

    [Fact]
    public void Rate_NothingOccurred_IsUndefinedAndThrows()
    {
        var february = Tally().PeriodClearance(BinhDuong, Feb);

        Assert.Equal(0, february.Occurred);
        Assert.False(february.IsRateDefined);
        var ex = Assert.Throws<InvalidOperationException>(() => february.Rate);
        Assert.Contains("undefined when no case occurred (1 cleared of 0)", ex.Message, StringComparison.Ordinal); // B was cleared in February
        Assert.Equal("1 of 0 cleared (rate undefined, period basis)", february.ToString());
        Assert.False(default(ClearanceCount).IsRateDefined);
    }

    [Fact]
    public void Add_SameBasis_SumsCountsNeverRates()
    {
        var t = Tally();
        var sum = t.PeriodClearance(BinhDuong, Jan).Add(t.PeriodClearance(HaNoi63, Feb));

        Assert.Equal(new ClearanceCount(2, 5, ClearanceBasis.Period), sum);
        Assert.Equal(0.4, sum.Rate);
        Assert.True(sum == new ClearanceCount(2, 5, ClearanceBasis.Period));
        Assert.True(sum != new ClearanceCount(2, 5, ClearanceBasis.Cohort));
        Assert.True(sum.Equals((object)new ClearanceCount(2, 5, ClearanceBasis.Period)));
        Assert.Equal(sum.GetHashCode(), new ClearanceCount(2, 5, ClearanceBasis.Period).GetHashCode());
        var ex = Assert.Throws<ArgumentException>(() => sum.Add(t.CohortClearance(BinhDuong, Jan, Jan)));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("this one is on the period basis; the other was on the cohort basis", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToClearanceTable_PeriodBasis_IsProvinceByMonthWithMissingCellsNull()
    {
        var table = Tally().ToClearanceTable();

        Assert.Equal([HaNoi63, BinhDuong], table.Provinces);
        Assert.Equal([Jan, Feb, Mar], table.Periods); // March was requested: listed, with no record in it (issue 16, trap 7)
        Assert.Null(table[BinhDuong, Mar]); // no coverage declared: an empty period is missing, not zero
        Assert.Equal(new ClearanceCount(2, 4, ClearanceBasis.Period), table[BinhDuong, Jan]);
        Assert.Equal(new ClearanceCount(1, 0, ClearanceBasis.Period), table[1, 1]);
        Assert.Null(table[HaNoi63, Jan]); // Hà Nội has no key for January: missing, not zero
        Assert.Equal(new ClearanceCount(0, 1, ClearanceBasis.Period), table[0, 1]);
        Assert.Equal("Clearance table (period basis): 2 provinces × 3 periods", table.ToString());
        Assert.Equal(SeverityGroup.All, table.Severity);
        Assert.Null(table.OffenceGroup);
        Assert.Null(table.EvaluationPeriod);
    }

    [Fact]
    public void ToClearanceTable_CohortBasis_AtOwnEndsOrAtOneEvaluationPeriod()
    {
        var t = Tally();

        var own = t.ToClearanceTable(ClearanceBasis.Cohort);
        var byFeb = t.ToClearanceTable(ClearanceBasis.Cohort, Feb, SeverityGroup.All, OffenceGroup.SocialOrder);

        Assert.Equal(new ClearanceCount(1, 4, ClearanceBasis.Cohort), own[BinhDuong, Jan]);
        Assert.Equal(new ClearanceCount(2, 4, ClearanceBasis.Cohort), byFeb[BinhDuong, Jan]);
        Assert.Equal(new ClearanceCount(0, 1, ClearanceBasis.Cohort), byFeb[HaNoi63, Feb]);
        Assert.Equal("Clearance table (cohort basis, each at its period's end): 2 provinces × 3 periods", own.ToString());
        Assert.Equal("Clearance table (cohort basis, by the end of February 2023 (15/01/2023–14/02/2023)): 2 provinces × 3 periods", byFeb.ToString());
        var byJan = t.ToClearanceTable(ClearanceBasis.Cohort, Jan);
        Assert.Null(byJan[BinhDuong, Feb]); // the February cohort was never counted at January's end
    }

    [Fact]
    public void ToClearanceTable_InvalidArguments_Throw()
    {
        var t = Tally();
        var table = t.ToClearanceTable();

        Assert.Equal("evaluationPeriod", Assert.Throws<ArgumentException>(() => t.ToClearanceTable(ClearanceBasis.Period, Jan)).ParamName);
        Assert.Equal("basis", Assert.Throws<ArgumentOutOfRangeException>(() => t.ToClearanceTable((ClearanceBasis)7)).ParamName);
        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => t.ToClearanceTable(severity: (SeverityGroup)9)).ParamName);
        Assert.Equal("offenceGroup", Assert.Throws<ArgumentOutOfRangeException>(() => t.ToClearanceTable(offenceGroup: (OffenceGroup)9)).ParamName);
        var row = Assert.Throws<ArgumentOutOfRangeException>(() => table[2, 0]);
        Assert.Equal("row", row.ParamName);
        Assert.Contains("The row must be from 0 to 1 (the provinces); it was 2.", row.Message, StringComparison.Ordinal);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => table[0, -1]).ParamName);
        var province = Assert.Throws<ArgumentException>(() => table[HoChiMinh63, Jan]);
        Assert.Equal("province", province.ParamName);
        Assert.Contains("must be a row of the table (2 provinces of the tally); it was Hồ Chí Minh (79, 63-unit edition)", province.Message, StringComparison.Ordinal);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => table[BinhDuong, ReportingCalendar.VietnamStatistical.Month(2023, 4)]).ParamName);
        Assert.Throws<ArgumentNullException>(() => table[null!, Jan]);
        Assert.Throws<ArgumentNullException>(() => table[BinhDuong, null!]);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => t.PeriodClearance(BinhDuong, Mar)).ParamName);
    }

    [Theory]
    [InlineData(10, 11, ClearanceBasis.Period, Language.English, "10 of 11 cleared (90.91%, period basis)")]
    [InlineData(10, 11, ClearanceBasis.Period, Language.Vietnamese, "làm rõ 10/11 vụ (90,91%, theo kỳ)")]
    [InlineData(3178, 3954, ClearanceBasis.Cohort, Language.English, "3,178 of 3,954 cleared (80.37%, cohort basis)")]
    [InlineData(3178, 3954, ClearanceBasis.Cohort, Language.Vietnamese, "làm rõ 3.178/3.954 vụ (80,37%, theo nhóm án)")]
    [InlineData(1, 0, ClearanceBasis.Period, Language.Vietnamese, "làm rõ 1/0 vụ (tỷ lệ không xác định, theo kỳ)")]
    public void ToString_Language_FormatsCountsAndRate(long cleared, long occurred, ClearanceBasis basis, Language language, string expected) =>
        Assert.Equal(expected, new ClearanceCount(cleared, occurred, basis).ToString(language));

    [Fact]
    public void ToString_UndefinedLanguage_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ClearanceCount(1, 2, ClearanceBasis.Period).ToString((Language)9));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("it was 9", ex.Message, StringComparison.Ordinal);
    }
}
