using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Drugs;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class DrugSeizureTallyTests
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    private static DrugQuantity Q(DrugKind kind, decimal amount, DrugUnit unit) => DrugQuantity.Create(kind, amount, unit);

    [Fact]
    public void Tally_Seizures_CountCasesAndSumPerKindAndUnit()
    {
        var t = DrugSeizureTally.Tally(
        [
            SeizureRecord(),
            DrugSeizure.Create(BinhDuong, D(1, 6, 2023), 2, [Q(DrugKind.Methamphetamine, 0.5m, DrugUnit.Kilogram), Q(DrugKind.Mdma, 30, DrugUnit.Tablet)], 0, 12),
            DrugSeizure.Create(BinhDuong, D(1, 11, 2023), 9, [Q(DrugKind.Heroin, 9, DrugUnit.Kilogram)], 9, 9),
        ],
            [Window]);

        var c = t.Get(BinhDuong, Window);

        Assert.Equal(2, c.Cases);
        Assert.Equal(5, c.Suspects);
        Assert.Equal(1, c.Guns);
        Assert.Equal(18, c.Rounds);
        Assert.Equal(
            [Q(DrugKind.Heroin, 2, DrugUnit.Block), Q(DrugKind.Methamphetamine, 1250.5m, DrugUnit.Gram), Q(DrugKind.Methamphetamine, 0.5m, DrugUnit.Kilogram), Q(DrugKind.Mdma, 150, DrugUnit.Tablet)],
            c.Quantities);
        Assert.Equal(1.7505m, c.MassOfAllKinds().Kilograms);
        Assert.Equal(2, c.MassOfAllKinds().LeftOutCount);
        Assert.Equal(1, t.Outside);
        Assert.Equal("2 cases, 5 suspects, 1.7505 kg (2 quantities in other units left out), 1 guns, 18 rounds", c.ToString());
    }

    [Fact]
    public void Builder_PublishedCounts_WithoutQuantities()
    {
        var t = new DrugSeizureTallyBuilder([Window]).Add(BinhDuong, Window, 472, 974, [], 7, 18).Build();

        var c = t.Get(BinhDuong, Window);
        Assert.Equal((472L, 974L, 7L, 18L), (c.Cases, c.Suspects, c.Guns, c.Rounds));
        Assert.Empty(c.Quantities);
        Assert.Equal("Drug seizure tally: 1 keys, 0 outside", t.ToString());
    }

    [Fact]
    public void Builder_InvalidCounts_Throw()
    {
        var builder = new DrugSeizureTallyBuilder([Window]);

        Assert.Equal("cases", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, -1, 0, [], 0, 0)).ParamName);
        Assert.Equal("rounds", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, 1, 0, [], 0, -18)).ParamName);
        Assert.Equal("quantities", Assert.Throws<ArgumentException>(() => builder.Add(BinhDuong, Window, 1, 0, [default], 0, 0)).ParamName);
        Assert.Equal("quantities", Assert.Throws<ArgumentNullException>(() => builder.Add(BinhDuong, Window, 1, 0, null!, 0, 0)).ParamName);
    }

    [Fact]
    public void MergeAndRebase_SumQuantitiesPerKindAndUnit()
    {
        var a = new DrugSeizureTallyBuilder([Window]).Add(BinhDuong, Window, 1, 2, [Q(DrugKind.Heroin, 100, DrugUnit.Gram)], 0, 0).Build();
        var b = new DrugSeizureTallyBuilder([Window]).Add(BinhDuong, Window, 2, 3, [Q(DrugKind.Heroin, 50, DrugUnit.Gram)], 1, 0)
            .Add(BaRiaVungTau, Window, 1, 1, [Q(DrugKind.Cannabis, 12, DrugUnit.Plant)], 0, 0)
            .Add(HoChiMinh63, Window, 1, 1, [Q(DrugKind.Heroin, 1, DrugUnit.Kilogram)], 0, 3).Build();

        var merged = a.Merge(b);
        var rebased = merged.RebaseTo34().Get(HoChiMinh34, Window);

        Assert.Equal([Q(DrugKind.Heroin, 150, DrugUnit.Gram)], merged.Get(BinhDuong, Window).Quantities);
        Assert.Equal(5, rebased.Cases);
        Assert.Equal(1.15m, rebased.MassOfAllKinds().Kilograms);
        Assert.Equal([Q(DrugKind.Cannabis, 12, DrugUnit.Plant)], rebased.MassOfAllKinds().LeftOut);
        Assert.Equal(merged, b.Merge(a));
        Assert.Same(a, a.Merge(DrugSeizureTally.Empty));
    }
}
