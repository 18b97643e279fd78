using PublicSecurity.Stats.Identity;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Identity;

public sealed class ElectronicIdActivationTests
{
    [Fact]
    public void Create_PublishedBinhDuongFigures_KeepsEveryMember()
    {
        var a = ActivationRecord();

        Assert.Equal(BinhDuong, a.Province);
        Assert.Equal(ElectronicIdLevel.Level2, a.Level);
        Assert.Equal(2, (int)a.Level);
        Assert.Equal(D(15, 1, 2024), a.AsOf);
        Assert.Equal(1_853_482, a.RecordsReceived);
        Assert.Equal(1_638_237, a.AccountsActivated);
        Assert.Equal(1_200_000, a.Target);
        Assert.Equal(a, ActivationRecord());
        Assert.Equal(a.GetHashCode(), ActivationRecord().GetHashCode());
        Assert.Equal("Bình Dương (74, 63-unit edition), Level2 as of 15/01/2024: 1638237 activated", a.ToString());
    }

    [Fact]
    public void Create_UnknownReceivedAndTarget_StayNullNotZero()
    {
        var a = ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level2, D(14, 11, 2023), null, 1_400_000);

        Assert.Null(a.RecordsReceived);
        Assert.Null(a.Target);
    }

    [Fact]
    public void Create_ActivatedAboveReceived_ThrowsNamingRuleAndValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level2, D(1, 1, 2024), 100, 101));

        Assert.Equal("accountsActivated", ex.ParamName);
        Assert.Contains("must not exceed the records received (100); it was 101", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeCountsOrNonPositiveTarget_Throw()
    {
        var received = Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level1, D(1, 1, 2024), -1, 0));
        var activated = Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level1, D(1, 1, 2024), null, -2));
        var target = Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicIdActivation.Create(BinhDuong, ElectronicIdLevel.Level1, D(1, 1, 2024), null, 2, 0));

        Assert.Equal("recordsReceived", received.ParamName);
        Assert.Contains("must not be negative; it was -1", received.Message, StringComparison.Ordinal);
        Assert.Equal("accountsActivated", activated.ParamName);
        Assert.Equal("target", target.ParamName);
        Assert.Contains("must be positive; it was 0", target.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UndefinedLevelOrNullProvince_Throws()
    {
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => ElectronicIdActivation.Create(BinhDuong, 0, D(1, 1, 2024), null, 1));

        Assert.Equal("level", level.ParamName);
        Assert.Contains("must be one of Level1, Level2; it was 0", level.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ElectronicIdActivation.Create(null!, ElectronicIdLevel.Level2, D(1, 1, 2024), null, 1));
    }
}
