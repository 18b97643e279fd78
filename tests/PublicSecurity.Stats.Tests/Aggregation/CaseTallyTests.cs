using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Aggregation.HandCheckedCases;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class CaseTallyTests
{
    private static CaseTally Tally() => CaseTally.Tally(Cases(), [Jan, Feb, Mar]);

    [Fact]
    public void Recorded_Unfounded_Occurred_January_AreHandCheckedCounts()
    {
        var t = Tally();

        Assert.Equal(5, t.Recorded(BinhDuong, Jan));
        Assert.Equal(1, t.Unfounded(BinhDuong, Jan));
        Assert.Equal(4, t.Occurred(BinhDuong, Jan));
        Assert.Equal(2, t.Recorded(BinhDuong, Feb));
        Assert.Equal(0, t.Recorded(BinhDuong, Mar));
    }

    [Fact]
    public void ClearedInPeriod_CountsByOutcomeDateWheneverRecorded()
    {
        var t = Tally();

        Assert.Equal(2, t.ClearedInPeriod(BinhDuong, Jan)); // A and G (G recorded in November)
        Assert.Equal(2, t.ClearedInPeriod(BinhDuong, Feb)); // B and F
        Assert.Equal(1, t.ClearedInPeriod(BinhDuong, Mar)); // C
    }

    [Fact]
    public void ClearedByEndOf_JanuaryCohort_IsARunOffTriangle()
    {
        var t = Tally();

        Assert.Equal([D(14, 1, 2023), D(14, 2, 2023), D(14, 3, 2023)], t.EvaluationDates(BinhDuong, Jan));
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Jan, Jan));
        Assert.Equal(2, t.ClearedByEndOf(BinhDuong, Jan, Feb));
        Assert.Equal(3, t.ClearedByEndOf(BinhDuong, Jan, Mar));
        Assert.Equal([D(14, 2, 2023), D(14, 3, 2023)], t.EvaluationDates(BinhDuong, Feb));
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Feb, Feb));
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Feb, Mar)); // I is cleared on 20/03, after March ends on 14/03
        Assert.Equal([D(14, 3, 2023)], t.EvaluationDates(BinhDuong, Mar));
        Assert.Equal(0, t.ClearedByEndOf(BinhDuong, Mar, Mar));
    }

    [Fact]
    public void ClearedByEndOf_AnyPeriodEndingOnATrackedDate_IsAccepted()
    {
        // The first quarter ends on 14/03/2023 like March: the cohort count at that date is the same.
        Assert.Equal(3, Tally().ClearedByEndOf(BinhDuong, Jan, Vn.Quarter(2023, 1)));
    }

    [Fact]
    public void Filters_SeverityGroupAndOffenceGroup_SelectCells()
    {
        var t = Tally();

        Assert.Equal(1, t.Recorded(BinhDuong, Jan, SeverityGroup.VeryOrEspeciallySerious));
        Assert.Equal(0, t.ClearedByEndOf(BinhDuong, Jan, Feb, SeverityGroup.VeryOrEspeciallySerious));
        Assert.Equal(1, t.ClearedByEndOf(BinhDuong, Jan, Mar, SeverityGroup.VeryOrEspeciallySerious));
        Assert.Equal(1, t.Recorded(BinhDuong, Feb, SeverityGroup.EspeciallySerious));
        Assert.Equal(2, t.Recorded(BinhDuong, Jan, SeverityGroup.Serious));
        Assert.Equal(2, t.Recorded(BinhDuong, Jan, SeverityGroup.LessSerious));
        Assert.Equal(1, t.Recorded(BinhDuong, Jan, SeverityGroup.VerySerious));
        Assert.Equal(1, t.Recorded(BinhDuong, Jan, offenceGroup: OffenceGroup.Drugs));
        Assert.Equal(0, t.ClearedByEndOf(BinhDuong, Jan, Mar, offenceGroup: OffenceGroup.Drugs));
        Assert.Equal(1, t.Occurred(BinhDuong, Jan, SeverityGroup.LessSerious, OffenceGroup.Drugs));
        Assert.Equal(0, t.Occurred(BinhDuong, Jan, SeverityGroup.LessSerious, OffenceGroup.SocialOrder));
        Assert.Equal(1, t.Unfounded(BinhDuong, Jan, SeverityGroup.LessSerious, OffenceGroup.SocialOrder));
        Assert.Equal(1, t.ClearedInPeriod(BinhDuong, Feb, SeverityGroup.EspeciallySerious));
    }

    [Fact]
    public void Outside_CaseThatCountsNowhere_IsCountedNotDropped()
    {
        var t = Tally();

        Assert.Equal(1, t.Outside); // H only: G counts as cleared in January
        Assert.Equal([Jan, Feb, Mar], t.Periods);
        Assert.Equal(ProvinceEdition.Provinces63, t.Edition);
        Assert.Equal(3, t.Keys.Count);
        Assert.Equal("Case tally: 3 keys, 1 outside", t.ToString());
    }

    [Fact]
    public void Merge_TalliesOfRowPartitions_EqualsTheTallyOfAllRows()
    {
        var cases = Cases();
        var left = CaseTally.Tally(cases.Where((_, i) => i % 2 == 0), [Jan, Feb, Mar]);
        var right = CaseTally.Tally(cases.Where((_, i) => i % 2 == 1), [Jan, Feb, Mar]);

        Assert.Equal(Tally(), left.Merge(right));
        Assert.Equal(Tally(), right.Merge(left));
    }

    [Fact]
    public void Merge_Empty_IsTheIdentity()
    {
        var t = Tally();

        Assert.Same(t, t.Merge(CaseTally.Empty));
        Assert.Same(t, CaseTally.Empty.Merge(t));
        Assert.Null(CaseTally.Empty.Edition);
        Assert.Empty(CaseTally.Empty.Keys);
        Assert.Equal(0, CaseTally.Empty.Outside);
    }

    [Fact]
    public void Merge_DifferentEvaluationDates_KeepsOnlyTheDatesBothHave()
    {
        var full = CaseTally.Tally(Cases().Take(3), [Jan, Feb, Mar]);
        var shorter = CaseTally.Tally(Cases().Skip(3), [Jan, Feb]);

        var merged = full.Merge(shorter);

        Assert.Equal([D(14, 1, 2023), D(14, 2, 2023)], merged.EvaluationDates(BinhDuong, Jan));
        Assert.Equal(2, merged.ClearedByEndOf(BinhDuong, Jan, Feb));
        var ex = Assert.Throws<ArgumentException>(() => merged.ClearedByEndOf(BinhDuong, Jan, Mar));
        Assert.Equal("evaluationPeriod", ex.ParamName);
        Assert.Contains("must end on a date the cohort's clearances were counted at (14/01/2023, 14/02/2023); it was March 2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentEditions_ThrowsNamingBoth()
    {
        var old = Tally();
        var current = CaseTally.Tally([C("N", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), province: HoChiMinh34)], [Jan]);

        var ex = Assert.Throws<ArgumentException>(() => old.Merge(current));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("this one is of the 63-unit edition, the other of the 34-unit edition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_MonthAndItsQuarter_ThrowsBecauseTheyOverlapWithoutBeingEqual()
    {
        var quarterly = CaseTally.Tally(Cases(), [Vn.Quarter(2023, 1)]);

        var ex = Assert.Throws<ArgumentException>(() => Tally().Merge(quarterly));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("must be equal or disjoint", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Q1 2023 (15/12/2022–14/03/2023)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_DifferentCalendars_Throws()
    {
        var june = CaseTally.Tally([C("J", Severity.Serious, OffenceGroup.SocialOrder, D(10, 6, 2023))], [ReportingCalendar.Gregorian.Month(2023, 6)]);
        var april = CaseTally.Tally([C("K", Severity.Serious, OffenceGroup.SocialOrder, D(10, 4, 2023))], [ReportingPeriod.Create(D(1, 4, 2023), D(30, 4, 2023))]);

        var gregorian = Assert.Throws<ArgumentException>(() => Tally().Merge(june));
        var adHoc = Assert.Throws<ArgumentException>(() => Tally().Merge(april));

        Assert.Contains("must all be of one calendar", gregorian.Message, StringComparison.Ordinal);
        Assert.Contains("Vietnam statistical calendar (cut-off day 14)", gregorian.Message, StringComparison.Ordinal);
        Assert.Contains("Gregorian calendar (cut-off day 31)", gregorian.Message, StringComparison.Ordinal);
        Assert.Contains("no calendar (ad hoc)", adHoc.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_NothingInThePeriods_CountsEverythingOutside()
    {
        var t = CaseTally.Tally(Cases(), [ReportingCalendar.Gregorian.Month(2023, 6)]);

        Assert.Empty(t.Keys);
        Assert.Equal(9, t.Outside);
        Assert.Null(t.Edition);
    }

    [Fact]
    public void Get_MissingKey_ThrowsBecauseMissingIsNotZero()
    {
        var t = Tally();

        var period = Assert.Throws<ArgumentException>(() => t.Recorded(BinhDuong, Vn.Month(2023, 4)));
        var province = Assert.Throws<ArgumentException>(() => t.Occurred(HaNoi63, Jan));

        Assert.Equal("period", period.ParamName);
        Assert.Contains("a missing entry is not zero", period.Message, StringComparison.Ordinal);
        Assert.Contains("none for Bình Dương (74, 63-unit edition) in April 2023", period.Message, StringComparison.Ordinal);
        Assert.Equal("province", province.ParamName);
        Assert.False(t.Contains(HaNoi63, Jan));
        Assert.True(t.Contains(BinhDuong, Jan));
    }

    [Fact]
    public void Accessors_UndefinedFiltersOrNulls_Throw()
    {
        var t = Tally();

        Assert.Equal("severity", Assert.Throws<ArgumentOutOfRangeException>(() => t.Recorded(BinhDuong, Jan, (SeverityGroup)9)).ParamName);
        Assert.Equal("offenceGroup", Assert.Throws<ArgumentOutOfRangeException>(() => t.Recorded(BinhDuong, Jan, offenceGroup: (OffenceGroup)9)).ParamName);
        Assert.Throws<ArgumentNullException>(() => t.Recorded(null!, Jan));
        Assert.Throws<ArgumentNullException>(() => t.ClearedByEndOf(BinhDuong, Jan, null!));
        Assert.Throws<ArgumentNullException>(() => t.Merge(null!));
        Assert.Throws<ArgumentNullException>(() => CaseTally.Tally(null!, [Jan]));
    }

    [Fact]
    public void Builder_ProvincesGiven_HaveZeroKeysForEveryPeriod()
    {
        var t = new CaseTallyBuilder([Jan, Feb], [HaNoi63]).Build();

        Assert.Equal(2, t.Keys.Count);
        Assert.Equal(0, t.Recorded(HaNoi63, Jan));
        Assert.Equal(0, t.ClearedByEndOf(HaNoi63, Jan, Feb));
        Assert.Equal([Jan, Feb], new CaseTallyBuilder([Feb, Jan, Feb]).Periods);
    }

    [Fact]
    public void Builder_InvalidPeriods_ThrowNamingTheRule()
    {
        var empty = Assert.Throws<ArgumentException>(() => new CaseTallyBuilder([]));
        var overlap = Assert.Throws<ArgumentException>(() => new CaseTallyBuilder([Feb, Vn.Quarter(2023, 1)]));
        var calendars = Assert.Throws<ArgumentException>(() => new CaseTallyBuilder([Jan, ReportingCalendar.Gregorian.Month(2023, 6)]));

        Assert.Equal("periods", empty.ParamName);
        Assert.Contains("at least one period; it was empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("equal or disjoint; Q1 2023 (15/12/2022–14/03/2023) overlaps February 2023", overlap.Message, StringComparison.Ordinal);
        Assert.Contains("one calendar", calendars.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => new CaseTallyBuilder(null!));
        Assert.Throws<ArgumentNullException>(() => new CaseTallyBuilder([null!]));
        Assert.Throws<ArgumentNullException>(() => new CaseTallyBuilder([Jan], [null!]));
    }

    [Fact]
    public void Builder_MixedEditions_Throws()
    {
        var builder = new CaseTallyBuilder([Jan]).Add(Cases()[0]);

        var ex = Assert.Throws<ArgumentException>(() => builder.Add(C("N", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), province: HoChiMinh34)));

        Assert.Equal("record", ex.ParamName);
        Assert.Contains("one edition (63-unit edition, as Bình Dương (74, 63-unit edition)); it was Hồ Chí Minh (79, 34-unit edition)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => builder.Add(null!));
    }

    [Fact]
    public void RebaseTo34_AllPredecessors_SumsIntoTheNewUnit()
    {
        var cases = new List<CriminalCase>
        {
            C("1", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), CaseOutcome.ClearedByArrest, D(6, 1, 2023), BinhDuong),
            C("2", Severity.Serious, OffenceGroup.SocialOrder, D(5, 1, 2023), CaseOutcome.NotCleared, null, BaRiaVungTau),
            C("3", Severity.VerySerious, OffenceGroup.SocialOrder, D(5, 1, 2023), CaseOutcome.ClearedByArrest, D(7, 1, 2023), HoChiMinh63),
            C("4", Severity.Serious, OffenceGroup.Drugs, D(5, 1, 2023), CaseOutcome.Unfounded, D(7, 1, 2023), HoChiMinh63),
        };
        var t = CaseTally.Tally(cases, [Jan]);

        var rebased = t.RebaseTo34();

        Assert.Equal(ProvinceEdition.Provinces34, rebased.Edition);
        Assert.Equal(4, rebased.Recorded(HoChiMinh34, Jan));
        Assert.Equal(3, rebased.Occurred(HoChiMinh34, Jan));
        Assert.Equal(2, rebased.ClearedByEndOf(HoChiMinh34, Jan, Jan));
        Assert.Equal(t.Recorded(BinhDuong, Jan) + t.Recorded(BaRiaVungTau, Jan) + t.Recorded(HoChiMinh63, Jan), rebased.Recorded(HoChiMinh34, Jan));
        Assert.Same(rebased, rebased.RebaseTo34());
        Assert.Same(CaseTally.Empty, CaseTally.Empty.RebaseTo34());
    }

    [Fact]
    public void RebaseTo34_MissingPredecessor_ThrowsNamingIt()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Tally().RebaseTo34());

        Assert.Contains("needs every predecessor of Hồ Chí Minh (79, 34-unit edition) in January 2023", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing: Bà Rịa - Vũng Tàu (77, 63-unit edition), Hồ Chí Minh (79, 63-unit edition)", ex.Message, StringComparison.Ordinal);
    }
}
