using PublicSecurity.Stats.Drugs;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Drugs;

public sealed class DrugQuantityTests
{
    [Theory]
    [InlineData(DrugUnit.Gram, 1500, 1.5)]
    [InlineData(DrugUnit.Kilogram, 2.25, 2.25)]
    public void Kilograms_MassUnits_ConvertToKilograms(DrugUnit unit, double amount, double kilograms)
    {
        var q = DrugQuantity.Create(DrugKind.Heroin, (decimal)amount, unit);

        Assert.True(q.IsMass);
        Assert.Equal((decimal)kilograms, q.Kilograms);
    }

    [Theory]
    [InlineData(DrugUnit.Tablet)]
    [InlineData(DrugUnit.Block)]
    [InlineData(DrugUnit.Plant)]
    public void Kilograms_CountUnits_IsNull(DrugUnit unit)
    {
        var q = DrugQuantity.Create(DrugKind.Cannabis, 3, unit);

        Assert.False(q.IsMass);
        Assert.Null(q.Kilograms);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2.5)]
    public void Create_NotPositiveAmount_ThrowsNamingRuleAndValue(double amount)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => DrugQuantity.Create(DrugKind.Heroin, (decimal)amount, DrugUnit.Gram));

        Assert.Equal("amount", ex.ParamName);
        Assert.Contains($"must be positive; it was {((decimal)amount).ToString(System.Globalization.CultureInfo.InvariantCulture)}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FractionOfATablet_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => DrugQuantity.Create(DrugKind.Mdma, 2.5m, DrugUnit.Tablet));

        Assert.Equal("amount", ex.ParamName);
        Assert.Contains("in Tablet units must be a whole number; it was 2.5", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2m, DrugQuantity.Create(DrugKind.Mdma, 2.0m, DrugUnit.Tablet).Amount);
    }

    [Fact]
    public void Create_UndefinedKindOrUnit_Throws()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => DrugQuantity.Create((DrugKind)42, 1, DrugUnit.Gram)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => DrugQuantity.Create(DrugKind.Heroin, 1, (DrugUnit)9)).ParamName);
    }

    [Fact]
    public void Equality_AndToString()
    {
        var a = DrugQuantity.Create(DrugKind.Ketamine, 5, DrugUnit.Gram);

        Assert.True(a == DrugQuantity.Create(DrugKind.Ketamine, 5.0m, DrugUnit.Gram));
        Assert.True(a != DrugQuantity.Create(DrugKind.Ketamine, 5, DrugUnit.Kilogram));
        Assert.True(a.Equals((object)DrugQuantity.Create(DrugKind.Ketamine, 5, DrugUnit.Gram)));
        Assert.Equal("5 Gram of Ketamine", a.ToString());
        Assert.Equal(0m, default(DrugQuantity).Amount);
    }

    [Fact]
    public void MassTotal_MixedUnits_SumsMassOnlyAndReportsWhatItLeftOut()
    {
        // 1,250.5 g + 0.75 kg = 2.0005 kg; 120 + 30 MDMA tablets and 2 heroin blocks are left out.
        var total = MassTotal.Sum(
        [
            DrugQuantity.Create(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram),
            DrugQuantity.Create(DrugKind.Mdma, 120, DrugUnit.Tablet),
            DrugQuantity.Create(DrugKind.Heroin, 0.75m, DrugUnit.Kilogram),
            DrugQuantity.Create(DrugKind.Heroin, 2, DrugUnit.Block),
            DrugQuantity.Create(DrugKind.Mdma, 30, DrugUnit.Tablet),
        ]);

        Assert.Equal(2.0005m, total.Kilograms);
        Assert.Equal(3, total.LeftOutCount);
        Assert.Equal([DrugQuantity.Create(DrugKind.Heroin, 2, DrugUnit.Block), DrugQuantity.Create(DrugKind.Mdma, 150, DrugUnit.Tablet)], total.LeftOut);
        Assert.Equal("2.0005 kg (3 quantities in other units left out)", total.ToString());
    }

    [Fact]
    public void MassTotal_MassOnlyOrEmpty_LeavesNothingOut()
    {
        Assert.Equal("0 kg", MassTotal.Sum([]).ToString());
        var one = MassTotal.Sum([DrugQuantity.Create(DrugKind.Opium, 400, DrugUnit.Gram)]);
        Assert.Equal(0.4m, one.Kilograms);
        Assert.Equal(0, one.LeftOutCount);
        Assert.Empty(one.LeftOut);
        Assert.Equal("1 kg (1 quantity in other units left out)", MassTotal.Sum([DrugQuantity.Create(DrugKind.Opium, 1, DrugUnit.Kilogram), DrugQuantity.Create(DrugKind.Opium, 5, DrugUnit.Plant)]).ToString());
        Assert.Throws<ArgumentNullException>(() => MassTotal.Sum(null!));
    }
}
