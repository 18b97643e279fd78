using PublicSecurity.Stats.Drugs;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Drugs;

public sealed class DrugSeizureTests
{
    [Fact]
    public void Create_ValidSeizure_KeepsEveryMemberInOrder()
    {
        var s = SeizureRecord();

        Assert.Equal(BinhDuong, s.Province);
        Assert.Equal(D(15, 3, 2023), s.SeizedOn);
        Assert.Equal(3, s.Suspects);
        Assert.Equal(1, s.Guns);
        Assert.Equal(6, s.Rounds);
        Assert.Equal([DrugKind.Methamphetamine, DrugKind.Mdma, DrugKind.Heroin], s.Substances.Select(q => q.Kind));
    }

    [Fact]
    public void MassOfAllKinds_SumsGramsAndKilogramsOnly()
    {
        var total = SeizureRecord().MassOfAllKinds();

        Assert.Equal(1.2505m, total.Kilograms);
        Assert.Equal(2, total.LeftOutCount);
    }

    [Theory]
    [InlineData(-1, 0, 0, "suspects")]
    [InlineData(0, -1, 0, "guns")]
    [InlineData(0, 0, -18, "rounds")]
    public void Create_NegativeCount_ThrowsNamingMemberRuleAndValue(long suspects, long guns, long rounds, string name)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DrugSeizure.Create(BinhDuong, D(1, 1, 2023), suspects, [], guns, rounds));

        Assert.Equal(name, ex.ParamName);
        Assert.Contains($"The {name} must not be negative; it was {Math.Min(suspects, Math.Min(guns, rounds))}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DefaultQuantity_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DrugSeizure.Create(BinhDuong, D(1, 1, 2023), 1, [default], 0, 0));

        Assert.Equal("substances", ex.ParamName);
        Assert.Contains("substance 0 had amount 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_Nulls_ThrowArgumentNull()
    {
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => DrugSeizure.Create(null!, D(1, 1, 2023), 1, [], 0, 0)).ParamName);
        Assert.Equal("substances", Assert.Throws<ArgumentNullException>(() => DrugSeizure.Create(BinhDuong, D(1, 1, 2023), 1, null!, 0, 0)).ParamName);
    }

    [Fact]
    public void Create_EmptySubstances_IsAllowed()
    {
        var s = DrugSeizure.Create(BinhDuong, D(1, 1, 2023), 2, [], 0, 0);

        Assert.Empty(s.Substances);
        Assert.Equal(0m, s.MassOfAllKinds().Kilograms);
    }

    [Fact]
    public void Equals_SameMembers_AreEqual()
    {
        var first = SeizureRecord();
        var second = SeizureRecord();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(SeizureRecord(), DrugSeizure.Create(BinhDuong, D(15, 3, 2023), 3, [], 1, 6));
        Assert.Equal("Bình Dương (74, 63-unit edition), 15/03/2023: 3 suspects, 3 substances, 1 guns, 6 rounds", SeizureRecord().ToString());
    }
}
