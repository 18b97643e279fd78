using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.FireRescue;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class DrillTallyTests
{
    private static readonly ReportingPeriod Window = Vn.FirstMonths(2023, 10);

    [Fact]
    public void Tally_Drills_CountAndSumAttendancesPerKind()
    {
        var t = DrillTally.Tally(
        [
            Drill.Create(DrillKind.FirefightingPlanDrill, BinhDuong, D(1, 2, 2023), 40),
            Drill.Create(DrillKind.FirefightingPlanDrill, BinhDuong, D(2, 2, 2023), 60),
            Drill.Create(DrillKind.TrainingClass, BinhDuong, D(3, 2, 2023), 90),
            Drill.Create(DrillKind.RescuePlanDrill, BinhDuong, D(1, 12, 2023), 10),
        ],
            [Window]);

        Assert.Equal(2, t.Get(BinhDuong, Window, DrillKind.FirefightingPlanDrill).Count);
        Assert.Equal(100, t.Get(BinhDuong, Window, DrillKind.FirefightingPlanDrill).Attendances);
        Assert.Equal(default, t.Get(BinhDuong, Window, DrillKind.RescuePlanDrill));
        Assert.Equal("1 held, 90 attendances", t.Get(BinhDuong, Window, DrillKind.TrainingClass).ToString());
        Assert.Equal(1, t.Outside);
    }

    [Fact]
    public void Builder_PublishedCounts_AddPerKind()
    {
        var t = new DrillTallyBuilder([Window])
            .Add(BinhDuong, Window, DrillKind.FirefightingPlanDrill, 286, 0)
            .Add(BinhDuong, Window, DrillKind.RescuePlanDrill, 502, 0)
            .Build();

        Assert.Equal(286, t.Get(BinhDuong, Window, DrillKind.FirefightingPlanDrill).Count);
        Assert.Equal(502, t.Get(BinhDuong, Window, DrillKind.RescuePlanDrill).Count);
        Assert.Equal(0, t.Get(BinhDuong, Window, DrillKind.TrainingClass).Count);
        Assert.Equal("Drill tally: 1 keys, 0 outside", t.ToString());
    }

    [Fact]
    public void Builder_AttendancesWithoutADrill_ThrowsNamingRuleAndValue()
    {
        var builder = new DrillTallyBuilder([Window]);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, DrillKind.TrainingClass, 0, 90_000));

        Assert.Equal("count", ex.ParamName);
        Assert.Contains("must be positive when there are attendances (90000); it was 0", ex.Message, StringComparison.Ordinal);
        Assert.Equal("attendances", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, DrillKind.TrainingClass, 1, -1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(BinhDuong, Window, (DrillKind)5, 1, 1)).ParamName);
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build().Get(BinhDuong, Window, (DrillKind)5)).ParamName);
    }

    [Fact]
    public void MergeAndRebase_SumPerKind()
    {
        var a = new DrillTallyBuilder([Window]).Add(BinhDuong, Window, DrillKind.TrainingClass, 3, 30).Build();
        var b = new DrillTallyBuilder([Window]).Add(BinhDuong, Window, DrillKind.TrainingClass, 2, 20).Add(BaRiaVungTau, Window, DrillKind.RescuePlanDrill, 1, 5).Add(HoChiMinh63, Window, DrillKind.TrainingClass, 4, 40).Build();

        var merged = a.Merge(b);
        var rebased = merged.RebaseTo34();

        Assert.Equal(5, merged.Get(BinhDuong, Window, DrillKind.TrainingClass).Count);
        Assert.Equal(50, merged.Get(BinhDuong, Window, DrillKind.TrainingClass).Attendances);
        Assert.Equal(9, rebased.Get(HoChiMinh34, Window, DrillKind.TrainingClass).Count);
        Assert.Equal(90, rebased.Get(HoChiMinh34, Window, DrillKind.TrainingClass).Attendances);
        Assert.Equal(1, rebased.Get(HoChiMinh34, Window, DrillKind.RescuePlanDrill).Count);
        Assert.Same(a, a.Merge(DrillTally.Empty));
        Assert.True(a.Get(BinhDuong, Window, DrillKind.TrainingClass) != default);
    }
}
