using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using PublicSecurity.Stats.Estimation;

namespace PublicSecurity.Stats.Tests.Estimation;

public sealed class ClearanceSummaryTests
{
    private static readonly ReportingCalendar Vn = ReportingCalendar.VietnamStatistical;
    private static readonly Province BinhDuong = ProvinceCatalog.Find(ProvinceEdition.Provinces63, "74");

    /// <summary>
    /// Hand-checked: Q1 2023 records 5 cases (2 very/especially serious), 1 unfounded; cleared in Q1: 3 (one of them
    /// recorded in Q4 2022); by the end of Q2 one more Q1 case is cleared.
    /// </summary>
    private static CaseTally Tally()
    {
        var q4 = Vn.Quarter(2022, 4);
        var q1 = Vn.Quarter(2023, 1);
        var q2 = Vn.Quarter(2023, 2);
        var n = 0;
        CriminalCase Case(Severity severity, DateOnly recorded, CaseOutcome outcome, DateOnly? on) =>
            CriminalCase.Create($"K{++n}", BinhDuong, OffenceGroup.SocialOrder, severity, recorded, outcome, on);
        CriminalCase[] records =
        [
            Case(Severity.Serious, new DateOnly(2022, 11, 1), CaseOutcome.ClearedByArrest, new DateOnly(2023, 1, 3)),
            Case(Severity.VerySerious, new DateOnly(2022, 12, 20), CaseOutcome.ClearedByArrest, new DateOnly(2023, 1, 10)),
            Case(Severity.EspeciallySerious, new DateOnly(2023, 1, 2), CaseOutcome.ClearedByArrest, new DateOnly(2023, 2, 1)),
            Case(Severity.LessSerious, new DateOnly(2023, 1, 3), CaseOutcome.ClearedExceptionally, new DateOnly(2023, 3, 1)),
            Case(Severity.LessSerious, new DateOnly(2023, 2, 3), CaseOutcome.Unfounded, new DateOnly(2023, 2, 10)),
            Case(Severity.Serious, new DateOnly(2023, 3, 1), CaseOutcome.ClearedByArrest, new DateOnly(2023, 4, 20)),
        ];
        return CaseTally.Tally(records, [q4, q1, q2]);
    }

    [Fact]
    public void PeriodBasis_HandChecked_OverallAndSeriousAgainstTargets()
    {
        var s = ClearanceSummary.PeriodBasis(Tally(), BinhDuong, Vn.Quarter(2023, 1));

        // Q1 window (15/12/2022–14/03/2023): recorded K2..K6 = 5, unfounded 1 -> occurred 4; cleared in window: K1, K2, K3, K4 = 4.
        Assert.Equal(4, s.Overall.Occurred);
        Assert.Equal(4, s.Overall.Cleared);
        Assert.Equal(1.0, s.Overall.Rate);
        Assert.Equal(0.75, s.Overall.Target);
        Assert.True(s.Overall.MeetsTarget);
        Assert.Null(s.Overall.Interval);

        // Very or especially serious: K2 (recorded 20/12/2022, in Q1) and K3 -> 2 occurred, 2 cleared.
        Assert.Equal(2, s.VeryOrEspeciallySerious.Occurred);
        Assert.Equal(2, s.VeryOrEspeciallySerious.Cleared);
        Assert.Equal(0.90, s.VeryOrEspeciallySerious.Target);
    }

    [Fact]
    public void CohortBasis_HandChecked_RunOffToTheEndOfTheNextQuarter()
    {
        var q1 = Vn.Quarter(2023, 1);

        var atEnd = ClearanceSummary.CohortBasis(Tally(), BinhDuong, q1, q1, ClearanceTargets.Create(0.5, 0.5));
        var later = ClearanceSummary.CohortBasis(Tally(), BinhDuong, q1, Vn.Quarter(2023, 2));

        // Cohort of Q1: K2, K3, K4, K6 occurred (K5 unfounded); by 14/03/2023 K2, K3, K4 cleared; by 14/06/2023 also K6.
        Assert.Equal(3, atEnd.Overall.Cleared);
        Assert.Equal(4, atEnd.Overall.Occurred);
        Assert.Equal(0.5, atEnd.Overall.Target);
        Assert.Equal(4, later.Overall.Cleared);
        Assert.Equal(new DateOnly(2023, 6, 14), later.Overall.EvaluatedAt);
        Assert.NotNull(later.Overall.Interval);
        Assert.False(later.Overall.IsImmature);
    }

    [Fact]
    public void CohortBasis_EvaluationPeriodNotInTheTally_Throws()
    {
        var q1 = Vn.Quarter(2023, 1);

        var ex = Assert.Throws<ArgumentException>(() => ClearanceSummary.CohortBasis(Tally(), BinhDuong, q1, Vn.Quarter(2023, 3)));

        Assert.Equal("evaluationPeriod", ex.ParamName);
    }

    [Fact]
    public void PeriodBasis_MissingEntry_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => ClearanceSummary.PeriodBasis(Tally(), BinhDuong, Vn.Quarter(2023, 4)));
    }

    [Fact]
    public void Targets_OutOfRange_Throw()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceTargets.Create(0.75, 1.2));

        Assert.Equal("veryOrEspeciallySerious", ex.ParamName);
        Assert.Contains("between 0 and 1; it was 1.2", ex.Message, StringComparison.Ordinal);
        Assert.Equal("overall", Assert.Throws<ArgumentOutOfRangeException>(() => ClearanceTargets.Create(double.NaN, 0.9)).ParamName);
    }
}
