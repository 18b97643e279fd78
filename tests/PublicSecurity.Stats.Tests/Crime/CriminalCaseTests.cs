using PublicSecurity.Stats.Crime;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Crime;

public sealed class CriminalCaseTests
{
    private static CriminalCase Make(
        CaseOutcome outcome = CaseOutcome.NotCleared,
        DateOnly? outcomeOn = null,
        DateOnly? occurredOn = null,
        string id = "X-1",
        Severity severity = Severity.Serious,
        OffenceGroup group = OffenceGroup.SocialOrder,
        IccsSection? iccs = null) =>
        CriminalCase.Create(id, BinhDuong, group, severity, D(10, 3, 2023), outcome, outcomeOn, occurredOn, iccs);

    [Fact]
    public void Create_ValidCase_KeepsEveryMember()
    {
        var c = CaseRecord();

        Assert.Equal("BD-2023-0042", c.Id);
        Assert.Equal(BinhDuong, c.Province);
        Assert.Equal(OffenceGroup.SocialOrder, c.OffenceGroup);
        Assert.Equal(IccsSection.ActsCausingHarm, c.IccsSection);
        Assert.Equal(2, (int)c.IccsSection!.Value);
        Assert.Equal(Severity.VerySerious, c.Severity);
        Assert.Equal(D(3, 2, 2023), c.RecordedOn);
        Assert.Equal(D(2, 2, 2023), c.OccurredOn);
        Assert.Equal(CaseOutcome.ClearedByArrest, c.Outcome);
        Assert.Equal(D(10, 2, 2023), c.OutcomeOn);
        Assert.True(c.IsCleared);
    }

    [Theory]
    [InlineData(CaseOutcome.NotCleared, false)]
    [InlineData(CaseOutcome.ClearedByArrest, true)]
    [InlineData(CaseOutcome.ClearedExceptionally, true)]
    [InlineData(CaseOutcome.Unfounded, false)]
    public void IsCleared_ByOutcome_IsTrueOnlyForArrestOrExceptional(CaseOutcome outcome, bool cleared)
    {
        var c = Make(outcome, outcome == CaseOutcome.NotCleared ? null : D(20, 3, 2023));

        Assert.Equal(cleared, c.IsCleared);
    }

    [Fact]
    public void Create_OutcomeOnTheRecordedDay_IsAllowed()
    {
        Assert.Equal(D(10, 3, 2023), Make(CaseOutcome.ClearedByArrest, D(10, 3, 2023)).OutcomeOn);
        Assert.Equal(D(10, 3, 2023), Make(occurredOn: D(10, 3, 2023)).OccurredOn);
    }

    [Fact]
    public void Create_OutcomeBeforeRecording_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Make(CaseOutcome.ClearedByArrest, D(9, 3, 2023)));

        Assert.Equal("outcomeOn", ex.ParamName);
        Assert.Contains("must not be before the recorded date (10/03/2023); it was 09/03/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_OccurredAfterRecording_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Make(occurredOn: D(11, 3, 2023)));

        Assert.Equal("occurredOn", ex.ParamName);
        Assert.Contains("must not be after the recorded date (10/03/2023); it was 11/03/2023", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NotClearedWithOutcomeDate_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(CaseOutcome.NotCleared, D(20, 3, 2023)));

        Assert.Equal("outcomeOn", ex.ParamName);
        Assert.Contains("not cleared must have no outcome date; it was 20/03/2023", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CaseOutcome.ClearedByArrest)]
    [InlineData(CaseOutcome.ClearedExceptionally)]
    [InlineData(CaseOutcome.Unfounded)]
    public void Create_OutcomeWithoutDate_Throws(CaseOutcome outcome)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(outcome));

        Assert.Equal("outcomeOn", ex.ParamName);
        Assert.Contains($"required when the outcome is {outcome}; it was null", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_BlankId_Throws(string id)
    {
        var ex = Assert.Throws<ArgumentException>(() => Make(id: id));

        Assert.Equal("id", ex.ParamName);
        Assert.Contains($"must not be empty or white space; it was '{id}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NullIdOrProvince_ThrowsArgumentNull()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => Make(id: null!)).ParamName);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => CriminalCase.Create("x", null!, OffenceGroup.Drugs, Severity.Serious, D(1, 1, 2023), CaseOutcome.NotCleared, null)).ParamName);
    }

    [Fact]
    public void Create_UndefinedEnums_ThrowNamingTheValue()
    {
        var severity = Assert.Throws<ArgumentOutOfRangeException>(() => Make(severity: (Severity)9));
        var group = Assert.Throws<ArgumentOutOfRangeException>(() => Make(group: (OffenceGroup)(-1)));
        var outcome = Assert.Throws<ArgumentOutOfRangeException>(() => Make((CaseOutcome)7));
        var iccs = Assert.Throws<ArgumentOutOfRangeException>(() => Make(iccs: (IccsSection)12));

        Assert.Equal("severity", severity.ParamName);
        Assert.Contains("must be one of LessSerious, Serious, VerySerious, EspeciallySerious; it was 9", severity.Message, StringComparison.Ordinal);
        Assert.Contains("it was -1", group.Message, StringComparison.Ordinal);
        Assert.Equal("outcome", outcome.ParamName);
        Assert.Equal("iccsSection", iccs.ParamName);
        Assert.Contains("it was 12", iccs.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Make(iccs: 0));
    }

    [Fact]
    public void IccsSection_Values_AreTheSectionNumbers01To11()
    {
        Assert.Equal(Enumerable.Range(1, 11), Enum.GetValues<IccsSection>().Select(s => (int)s));
        Assert.Equal(6, (int)IccsSection.ControlledDrugs);
        Assert.Equal(10, (int)IccsSection.NaturalEnvironment);
    }

    [Fact]
    public void Equals_SameMembers_AreEqualAndToStringIsReadable()
    {
        var first = CaseRecord();
        var second = CaseRecord();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(CaseRecord(), Make());
        Assert.False(CaseRecord().Equals(null));
        Assert.Equal("BD-2023-0042, Bình Dương (74, 63-unit edition), VerySerious, recorded 03/02/2023, ClearedByArrest on 10/02/2023", CaseRecord().ToString());
    }
}
