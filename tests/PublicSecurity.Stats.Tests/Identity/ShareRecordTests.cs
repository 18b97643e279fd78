using PublicSecurity.Stats.Identity;
using static PublicSecurity.Stats.Tests.Testing.Samples;

namespace PublicSecurity.Stats.Tests.Identity;

/// <summary>The two Project 06 share records: chip ID cards issued of eligible residents, essential online services provided in full of those required.</summary>
public sealed class ShareRecordTests
{
    [Fact]
    public void ChipIdCards_Create_KeepsEveryMemberAndComparesByValue()
    {
        var a = ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000);

        Assert.Equal(BinhDuong, a.Province);
        Assert.Equal(D(22, 5, 2023), a.AsOf);
        Assert.Equal(2_000_000, a.CardsIssued);
        Assert.Equal(2_000_000, a.EligibleResidents);
        Assert.Equal(a, ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000));
        Assert.Equal(a.GetHashCode(), ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_000, 2_000_000).GetHashCode());
        Assert.NotEqual(a, ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 1_999_999, 2_000_000));
        Assert.False(a.Equals((object?)null));
        Assert.Equal("Bình Dương (74, 63-unit edition) as of 22/05/2023: 2000000 of 2000000 eligible residents issued chip ID cards", a.ToString());
    }

    [Fact]
    public void ChipIdCards_IssuedAboveEligible_IsARuleViolationNamingBothValues()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 2_000_001, 2_000_000));

        Assert.Equal("cardsIssued", ex.ParamName);
        Assert.Contains("The cards issued must not exceed the eligible residents (2000000); it was 2000001.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChipIdCards_NegativeIssuedOrNoEligible_Throw()
    {
        var issued = Assert.Throws<ArgumentOutOfRangeException>(() => ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), -1, 10));
        var eligible = Assert.Throws<ArgumentOutOfRangeException>(() => ChipIdCardIssuance.Create(BinhDuong, D(22, 5, 2023), 0, 0));

        Assert.Equal("cardsIssued", issued.ParamName);
        Assert.Contains("The cards issued must not be negative; it was -1.", issued.Message, StringComparison.Ordinal);
        Assert.Equal("eligibleResidents", eligible.ParamName);
        Assert.Contains("The eligible residents must be positive; it was 0.", eligible.Message, StringComparison.Ordinal);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => ChipIdCardIssuance.Create(null!, D(22, 5, 2023), 1, 1)).ParamName);
    }

    [Fact]
    public void OnlineServices_Create_KeepsEveryMemberAndComparesByValue()
    {
        var a = OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25);

        Assert.Equal(BinhDuong, a.Province);
        Assert.Equal(D(14, 10, 2023), a.AsOf);
        Assert.Equal(25, a.ServicesInFull);
        Assert.Equal(25, a.ServicesRequired);
        Assert.Equal(a, OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25));
        Assert.Equal(a.GetHashCode(), OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25).GetHashCode());
        Assert.NotEqual(a, OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 24, 25));
        Assert.False(a.Equals((object?)"25"));
        Assert.Equal("Bình Dương (74, 63-unit edition) as of 14/10/2023: 25 of 25 essential online services provided in full", a.ToString());
    }

    [Fact]
    public void OnlineServices_InFullAboveRequired_IsARuleViolationNamingBothValues()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 26, 25));

        Assert.Equal("servicesInFull", ex.ParamName);
        Assert.Contains("The services provided in full must not exceed the services required (25); it was 26.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlineServices_NegativeInFullOrNoneRequired_Throw()
    {
        var inFull = Assert.Throws<ArgumentOutOfRangeException>(() => OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), -3, 25));
        var required = Assert.Throws<ArgumentOutOfRangeException>(() => OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 0, -25));

        Assert.Equal("servicesInFull", inFull.ParamName);
        Assert.Contains("The services provided in full must not be negative; it was -3.", inFull.Message, StringComparison.Ordinal);
        Assert.Equal("servicesRequired", required.ParamName);
        Assert.Contains("The services required must be positive; it was -25.", required.Message, StringComparison.Ordinal);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => OnlineServiceProvision.Create(null!, D(14, 10, 2023), 1, 1)).ParamName);
    }

    [Fact]
    public void ShareFigure_PartAndWhole_AreTheKindsCounts_AndKindsNeverCompareEqual()
    {
        ShareFigure chip = ChipIdCardIssuance.Create(BinhDuong, D(14, 10, 2023), 25, 25);
        ShareFigure services = OnlineServiceProvision.Create(BinhDuong, D(14, 10, 2023), 25, 25);

        Assert.Equal((25L, 25L), (chip.Part, chip.Whole));
        Assert.Equal((25L, 25L), (services.Part, services.Whole));
        Assert.NotEqual(chip, services);
        Assert.False(chip.Equals(services));
    }
}
