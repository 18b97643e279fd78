using PublicSecurity.Stats.FireRescue;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.FireRescue;

public sealed class DrillTests
{
    [Fact]
    public void Create_ValidDrill_KeepsEveryMember()
    {
        var d = DrillRecord();

        Assert.Equal(DrillKind.RescuePlanDrill, d.Kind);
        Assert.Equal(BinhDuong, d.Province);
        Assert.Equal(D(10, 3, 2023), d.HeldOn);
        Assert.Equal(120, d.Attendances);
        Assert.Equal(d, DrillRecord());
        Assert.Equal(d.GetHashCode(), DrillRecord().GetHashCode());
        Assert.Equal("RescuePlanDrill, Bình Dương (74, 63-unit edition), 10/03/2023, 120 attendances", d.ToString());
    }

    [Fact]
    public void Create_NegativeAttendances_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Drill.Create(DrillKind.TrainingClass, BinhDuong, D(1, 1, 2023), -5));

        Assert.Equal("attendances", ex.ParamName);
        Assert.Contains("must not be negative; it was -5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedKindOrNullProvince_Throws()
    {
        Assert.Equal("kind", Assert.Throws<ArgumentOutOfRangeException>(() => Drill.Create((DrillKind)3, BinhDuong, D(1, 1, 2023), 0)).ParamName);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => Drill.Create(DrillKind.TrainingClass, null!, D(1, 1, 2023), 0)).ParamName);
    }
}
