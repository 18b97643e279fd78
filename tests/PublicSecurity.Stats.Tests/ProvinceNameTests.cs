namespace PublicSecurity.Stats.Tests;

public sealed class ProvinceNameTests
{
    private const ProvinceEdition Old = ProvinceEdition.Provinces63;
    private const ProvinceEdition New = ProvinceEdition.Provinces34;

    [Theory]
    [InlineData("Hòa Bình", "17")]                          // NFC, tone on o
    [InlineData("Hoà Bình", "17")]                          // NFC, tone on a (old placement)
    [InlineData("Ho\u0300a Bi\u0300nh", "17")]              // NFD
    [InlineData("Hoa\u0300 Bi\u0300nh", "17")]              // NFD, tone on a
    [InlineData("HÒA BÌNH", "17")]                          // upper case
    [InlineData("tỉnh Hòa Bình", "17")]                     // prefix
    [InlineData("Khánh Hoà", "56")]
    [InlineData("Thanh Hoá", "38")]
    [InlineData("Bà Rịa - Vũng Tàu", "77")]                 // as in the data
    [InlineData("Bà Rịa–Vũng Tàu", "77")]                   // en dash, no spaces
    [InlineData("Bà Rịa — Vũng Tàu", "77")]                 // em dash
    [InlineData("Bà Rịa-Vũng Tàu", "77")]
    [InlineData("  Bà   Rịa -  Vũng Tàu ", "77")]           // extra spaces
    [InlineData("Ba Ria - Vung Tau", "77")]                 // ASCII
    [InlineData("ba ria–vung tau", "77")]
    [InlineData("Thành phố Hồ Chí Minh", "79")]
    [InlineData("TP. Hồ Chí Minh", "79")]
    [InlineData("TP.Hồ Chí Minh", "79")]
    [InlineData("TP Hồ Chí Minh", "79")]
    [InlineData("Tp. HCM", "79")]
    [InlineData("TP.HCM", "79")]
    [InlineData("TPHCM", "79")]
    [InlineData("HCMC", "79")]
    [InlineData("Hồ Chí Minh", "79")]
    [InlineData("Ho Chi Minh City", "79")]
    [InlineData("Thành phố Hà Nội", "01")]
    [InlineData("Hanoi", "01")]
    [InlineData("TP Cần Thơ", "92")]
    [InlineData("Tỉnh Bình Dương", "74")]
    [InlineData("Binh Duong", "74")]
    [InlineData("BÌNH DƯƠNG", "74")]
    [InlineData("Bi\u0300nh Du\u031Bo\u031Bng", "74")]      // NFD with horn marks
    [InlineData("Đắk Lắk", "66")]
    [InlineData("Đa\u0306\u0301k La\u0306\u0301k", "66")]    // NFD: breve then acute
    [InlineData("Dak Lak", "66")]
    [InlineData("Thừa Thiên Huế", "46")]
    [InlineData("Thừa Thiên - Huế", "46")]
    [InlineData("Huế", "46")]
    [InlineData("Thành phố Huế", "46")]
    [InlineData("Hue", "46")]
    [InlineData("Bạc Liêu", "95")]
    [InlineData("Bắc Kạn", "06")]
    [InlineData("Nghe\u0323\u0302 An", "40")]               // NFD canonical order: dot below before circumflex
    public void FindByName_Variants_FindTheUnitIn63UnitEdition(string name, string code)
    {
        Assert.Equal(code, ProvinceCatalog.FindByName(Old, name).Code);
    }

    [Theory]
    [InlineData("Huế", "46")]
    [InlineData("Thừa Thiên Huế", "46")]
    [InlineData("TPHCM", "79")]
    [InlineData("Thành phố Hồ Chí Minh", "79")]
    [InlineData("Bắc Ninh", "24")]
    [InlineData("Tây Ninh", "80")]
    [InlineData("Khánh Hoà", "56")]
    [InlineData("Thanh Hoá", "38")]
    [InlineData("Dak Lak", "66")]
    public void FindByName_Variants_FindTheUnitIn34UnitEdition(string name, string code)
    {
        Assert.Equal(code, ProvinceCatalog.FindByName(New, name).Code);
    }

    [Fact]
    public void FindByName_EveryUnitsOwnNames_FindTheUnitItself()
    {
        foreach (var edition in new[] { Old, New })
        {
            foreach (var unit in ProvinceCatalog.All(edition))
            {
                Assert.Same(unit, ProvinceCatalog.FindByName(edition, unit.Name));
                Assert.Same(unit, ProvinceCatalog.FindByName(edition, unit.AsciiName));
                Assert.Same(unit, ProvinceCatalog.FindByName(edition, unit.Name.ToUpperInvariant()));
                foreach (var other in unit.OtherNames)
                {
                    Assert.Same(unit, ProvinceCatalog.FindByName(edition, other));
                }
            }
        }
    }

    [Fact]
    public void FindByName_DistinctUnits_NeverShareANameKey()
    {
        // Each unit keeps a distinct Vietnamese key and a distinct ASCII key, so no variant can find two units.
        foreach (var edition in new[] { Old, New })
        {
            var units = ProvinceCatalog.All(edition);
            Assert.Equal(units.Count, units.Select(u => ProvinceNameKey.Of(u.Name).Vietnamese).Distinct(StringComparer.Ordinal).Count());
            Assert.Equal(units.Count, units.Select(u => ProvinceNameKey.Of(u.AsciiName).Ascii).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void FindByName_HueNames_BothFindCode46InBothEditions()
    {
        var old = ProvinceCatalog.FindByName(Old, "Huế");
        var current = ProvinceCatalog.FindByName(New, "Thừa Thiên Huế");

        Assert.Equal("Thừa Thiên Huế", old.Name);
        Assert.Equal(["Huế"], old.OtherNames);
        Assert.Equal("Huế", current.Name);
        Assert.Equal(["Thừa Thiên Huế"], current.OtherNames);
        Assert.Equal(current, ProvinceCatalog.Successor(old));
    }

    [Theory]
    [InlineData("Bạc Ninh")]        // wrong vowel mark: never folded onto Bắc Ninh
    [InlineData("Bắc Liêu")]
    [InlineData("Hà Nôi")]          // wrong tone
    [InlineData("Sài Gòn")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("TP")]
    [InlineData("Tỉnh")]
    [InlineData("Hòà Bình")]        // two tones on one syllable
    public void FindByName_UnknownOrWronglyAccentedName_Throws(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.FindByName(Old, name));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains($"must name one of the 63 units of the 63-unit edition; it was '{name}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ProvinceCatalog.TryFindByName(Old, name, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void FindByName_UnitOfTheOtherEdition_ThrowsAndSaysWhereItIs()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.FindByName(New, "Bình Dương"));

        Assert.Contains("one of the 34 units of the 34-unit edition; it was 'Bình Dương'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("It names Bình Dương (74, 63-unit edition) in the other edition", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindByName_Null_ThrowsArgumentNullAndTryReturnsFalse()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.FindByName(Old, null!)).ParamName);
        Assert.False(ProvinceCatalog.TryFindByName(Old, null, out _));
    }

    [Fact]
    public void TryFindByName_UndefinedEdition_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.TryFindByName((ProvinceEdition)2, "Hà Nội", out _));
    }
}
