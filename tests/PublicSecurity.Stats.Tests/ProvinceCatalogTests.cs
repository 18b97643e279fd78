namespace PublicSecurity.Stats.Tests;

public sealed class ProvinceCatalogTests
{
    private const ProvinceEdition Old = ProvinceEdition.Provinces63;
    private const ProvinceEdition New = ProvinceEdition.Provinces34;

    [Fact]
    public void All_Editions_Have63And34UnitsOrderedByCode()
    {
        Assert.Equal(63, ProvinceCatalog.All(Old).Count);
        Assert.Equal(34, ProvinceCatalog.All(New).Count);
        foreach (var edition in new[] { Old, New })
        {
            var codes = ProvinceCatalog.All(edition).Select(p => p.Code).ToList();
            Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
            Assert.Equal(codes.Count, codes.Distinct().Count());
            Assert.All(ProvinceCatalog.All(edition), p => Assert.Equal(edition, p.Edition));
            Assert.All(codes, c => Assert.Matches("^[0-9]{2}$", c));
        }
    }

    [Fact]
    public void Find_KnownCodes_GiveTheOfficialUnits()
    {
        Assert.Equal("Hà Nội", ProvinceCatalog.Find(Old, "01").Name);
        Assert.Equal("Bình Dương", ProvinceCatalog.Find(Old, "74").Name);
        Assert.Equal("Binh Duong", ProvinceCatalog.Find(Old, "74").AsciiName);
        Assert.Equal(Region.Southeast, ProvinceCatalog.Find(Old, "74").Region);
        Assert.Equal("Hồ Chí Minh", ProvinceCatalog.Find(Old, "79").Name);
        Assert.Equal("Hồ Chí Minh", ProvinceCatalog.Find(New, "79").Name);
    }

    [Fact]
    public void Find_ReusedCode24_IsBacGiangThenBacNinh()
    {
        var bacGiang = ProvinceCatalog.Find(Old, "24");
        var bacNinh = ProvinceCatalog.Find(New, "24");

        Assert.Equal("Bắc Giang", bacGiang.Name);
        Assert.Equal("Bắc Ninh", bacNinh.Name);
        Assert.NotEqual(bacGiang, bacNinh);
        Assert.Equal("Long An", ProvinceCatalog.Find(Old, "80").Name);
        Assert.Equal("Tây Ninh", ProvinceCatalog.Find(New, "80").Name);
    }

    [Fact]
    public void Find_UnknownCode_ThrowsNamingTheCodeAndTheRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Find(Old, "03"));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains("one of the 63 units of the 63-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains("it was '03'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_CodeOfTheOtherEditionOnly_Throws()
    {
        // 74 (Bình Dương) was absorbed into Hồ Chí Minh: it is no code of the 34-unit edition.
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Find(New, "74"));

        Assert.Contains("34 units of the 34-unit edition; it was '74'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_UnpaddedCode_Throws()
    {
        Assert.Throws<ArgumentException>(() => ProvinceCatalog.Find(Old, "1"));
    }

    [Fact]
    public void Find_NullCode_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Find(Old, null!));

        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void Find_UndefinedEdition_ThrowsNamingTheValue()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.Find((ProvinceEdition)7, "01"));

        Assert.Equal("edition", ex.ParamName);
        Assert.Contains("Provinces63 or Provinces34; it was 7", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryFind_KnownUnknownAndNull_ReturnTrueOrFalse()
    {
        Assert.True(ProvinceCatalog.TryFind(Old, "77", out var brvt));
        Assert.Equal("Bà Rịa - Vũng Tàu", brvt.Name);
        Assert.False(ProvinceCatalog.TryFind(Old, "99", out var none));
        Assert.Null(none);
        Assert.False(ProvinceCatalog.TryFind(New, null, out _));
    }

    [Theory]
    [InlineData(2025, 6, 30, ProvinceEdition.Provinces63)]
    [InlineData(2025, 7, 1, ProvinceEdition.Provinces34)]
    [InlineData(2025, 1, 1, ProvinceEdition.Provinces63)]
    [InlineData(2023, 10, 14, ProvinceEdition.Provinces63)]
    [InlineData(2030, 1, 1, ProvinceEdition.Provinces34)]
    public void EditionOn_Dates_GiveTheEditionInForce(int year, int month, int day, ProvinceEdition expected)
    {
        Assert.Equal(expected, ProvinceCatalog.EditionOn(new DateOnly(year, month, day)));
        Assert.Equal(new DateOnly(2025, 7, 1), ProvinceCatalog.MergerDate);
    }

    [Fact]
    public void Successor_EveryOldUnit_MapsToExactlyOneNewUnit()
    {
        var successors = ProvinceCatalog.All(Old).Select(ProvinceCatalog.Successor).ToList();

        Assert.All(successors, s => Assert.Equal(New, s.Edition));
        Assert.Equal(34, successors.Distinct().Count());
        foreach (var unit in ProvinceCatalog.All(New))
        {
            var predecessors = ProvinceCatalog.Predecessors(unit);
            Assert.All(predecessors, p => Assert.Equal(unit, ProvinceCatalog.Successor(p)));
            Assert.Equal(successors.Count(s => s == unit), predecessors.Count);
        }
    }

    [Fact]
    public void Predecessors_CountsMatchTheResolution_11UnchangedAnd23MergedFrom52()
    {
        var sizes = ProvinceCatalog.All(New).Select(p => ProvinceCatalog.Predecessors(p).Count).ToList();

        Assert.Equal(11, sizes.Count(n => n == 1));
        Assert.Equal(23, sizes.Count(n => n > 1));
        Assert.Equal(52, sizes.Where(n => n > 1).Sum());
        Assert.Equal(63, sizes.Sum());
    }

    [Fact]
    public void Successor_BinhDuong_IsHoChiMinhWithThreePredecessors()
    {
        var binhDuong = ProvinceCatalog.Find(Old, "74");

        var hcm = ProvinceCatalog.Successor(binhDuong);

        Assert.Equal("79", hcm.Code);
        Assert.Equal("Hồ Chí Minh", hcm.Name);
        Assert.Equal(["74", "77", "79"], ProvinceCatalog.Predecessors(hcm).Select(p => p.Code));
        Assert.Equal(Region.Southeast, hcm.Region);
    }

    [Fact]
    public void Predecessors_NewBacNinh_IsOldBacGiangAndBacNinh()
    {
        Assert.Equal(["Bắc Giang", "Bắc Ninh"], ProvinceCatalog.Predecessors(ProvinceCatalog.Find(New, "24")).Select(p => p.Name));
    }

    [Fact]
    public void Region_SevenNewUnitsSpanSeveralRegions_AndHaveNone()
    {
        var spanning = ProvinceCatalog.All(New).Where(p => p.Region is null).Select(p => p.Code).ToList();

        Assert.Equal(["24", "25", "51", "52", "66", "68", "80"], spanning);
        foreach (var unit in ProvinceCatalog.All(New))
        {
            var regions = ProvinceCatalog.Predecessors(unit).Select(p => p.Region).Distinct().ToList();
            Assert.Equal(regions.Count == 1 ? regions[0] : null, unit.Region);
        }

        Assert.All(ProvinceCatalog.All(Old), p => Assert.NotNull(p.Region));
    }

    [Fact]
    public void Successor_OfANewUnit_ThrowsNamingTheProvince()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Successor(ProvinceCatalog.Find(New, "79")));

        Assert.Equal("province", ex.ParamName);
        Assert.Contains("must be of the 63-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Hồ Chí Minh (79, 34-unit edition)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predecessors_OfAnOldUnit_ThrowsNamingTheProvince()
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Predecessors(ProvinceCatalog.Find(Old, "74")));

        Assert.Equal("province", ex.ParamName);
        Assert.Contains("must be of the 34-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Bình Dương (74, 63-unit edition)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SuccessorAndPredecessors_Null_ThrowArgumentNull()
    {
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Successor(null!)).ParamName);
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Predecessors(null!)).ParamName);
    }

    [Fact]
    public void Rebase_AllOldUnits_SumsEachNewUnitsPredecessors()
    {
        // Re-based population equals the hand-checked sums: HCM = 2,823,430 + 1,187,500 + 9,456,660.
        var population = ProvinceCatalog.All(Old).Select(p => KeyValuePair.Create(p, ProvinceCatalog.Population.PopulationOf(p)));

        var rebased = ProvinceCatalog.Rebase(population);

        Assert.Equal(34, rebased.Count);
        Assert.Equal(13_467_590, rebased[ProvinceCatalog.Find(New, "79")]);
        Assert.Equal(ProvinceCatalog.All(Old).Sum(ProvinceCatalog.Population.PopulationOf), rebased.Values.Sum());
        foreach (var (unit, sum) in rebased)
        {
            Assert.Equal(ProvinceCatalog.Predecessors(unit).Sum(ProvinceCatalog.Population.PopulationOf), sum);
        }
    }

    [Fact]
    public void Rebase_CompleteGroupsOnly_ReturnsOnlyThoseUnits()
    {
        var counts = new[] { ("74", 5L), ("77", 7L), ("79", 11L), ("01", 2L) }
            .Select(t => KeyValuePair.Create(ProvinceCatalog.Find(Old, t.Item1), t.Item2));

        var rebased = ProvinceCatalog.Rebase(counts);

        Assert.Equal(2, rebased.Count);
        Assert.Equal(23, rebased[ProvinceCatalog.Find(New, "79")]);
        Assert.Equal(2, rebased[ProvinceCatalog.Find(New, "01")]);
    }

    [Fact]
    public void Rebase_IncompleteGroup_ThrowsNamingTheMissingPredecessors()
    {
        var counts = new[] { KeyValuePair.Create(ProvinceCatalog.Find(Old, "74"), 5L) };

        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Rebase(counts));

        Assert.Equal("counts", ex.ParamName);
        Assert.Contains("every predecessor of Hồ Chí Minh (79, 34-unit edition)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("missing: Bà Rịa - Vũng Tàu (77, 63-unit edition), Hồ Chí Minh (79, 63-unit edition)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_NegativeCount_ThrowsNamingTheValue()
    {
        var counts = new[] { KeyValuePair.Create(ProvinceCatalog.Find(Old, "01"), -4L) };

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.Rebase(counts));

        Assert.Contains("must not be negative; the count of Hà Nội (01, 63-unit edition) was -4", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebase_NewUnitOrDuplicate_Throws()
    {
        var fromNew = new[] { KeyValuePair.Create(ProvinceCatalog.Find(New, "01"), 4L) };
        var twice = new[] { KeyValuePair.Create(ProvinceCatalog.Find(Old, "01"), 4L), KeyValuePair.Create(ProvinceCatalog.Find(Old, "01"), 1L) };

        Assert.Contains("keyed by units of the 63-unit edition; one was Hà Nội (01, 34-unit edition)", Assert.Throws<ArgumentException>(() => ProvinceCatalog.Rebase(fromNew)).Message, StringComparison.Ordinal);
        Assert.Contains("at most once; Hà Nội (01, 63-unit edition) appears twice", Assert.Throws<ArgumentException>(() => ProvinceCatalog.Rebase(twice)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Rebase(null!));
        Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Rebase([KeyValuePair.Create<Province, long>(null!, 1)]));
    }

    [Fact]
    public void Province_EqualityAndToString_UseEditionAndCode()
    {
        var a = ProvinceCatalog.Find(Old, "74");
        var b = ProvinceCatalog.FindByName(Old, "Bình Dương");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals((object?)null));
        Assert.Equal("Bình Dương (74, 63-unit edition)", a.ToString());
        Assert.NotEqual(ProvinceCatalog.Find(Old, "79"), ProvinceCatalog.Find(New, "79"));
    }

    [Theory]
    [InlineData("74", "74")]
    [InlineData("1", "01")]
    [InlineData("01", "01")]
    [InlineData(" 74 ", "74")]
    [InlineData("\t8\u00A0", "08")]
    [InlineData("Bình Dương", "74")]
    [InlineData("  binh duong ", "74")]
    [InlineData("TP.HCM", "79")]
    public void Parse_CodeInAnySpellingOrName_GivesTheUnit(string text, string code)
    {
        Assert.Equal(ProvinceCatalog.Find(Old, code), ProvinceCatalog.Parse(Old, text));
        Assert.True(ProvinceCatalog.TryParse(Old, text, out var province));
        Assert.Equal(code, province.Code);
    }

    [Theory]
    [InlineData("074")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("7 4")]
    [InlineData("+74")]
    [InlineData("3")]
    [InlineData("99")]
    [InlineData("Atlantis")]
    public void Parse_AmbiguousOrInvalidText_ThrowsFormatNamingTheRuleAndValue(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ProvinceCatalog.Parse(Old, text));

        Assert.StartsWith("The text must be the code (one or two digits) or the name of one of the 63 units of the 63-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"it was '{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ProvinceCatalog.TryParse(Old, text, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Parse_ThreeDigits_SaysThreeDigitCodesAreDistricts()
    {
        var ex = Assert.Throws<FormatException>(() => ProvinceCatalog.Parse(Old, "074"));

        Assert.Contains("three-digit codes are district codes", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CodeOfTheOtherEditionOnly_ThrowsWithAHint()
    {
        var ex = Assert.Throws<FormatException>(() => ProvinceCatalog.Parse(New, " 74"));

        Assert.Contains("34 units of the 34-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains("It is Bình Dương (74, 63-unit edition) in the other edition.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NullAndUndefinedEdition_ThrowArgumentExceptions()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.Parse(Old, null!)).ParamName);
        Assert.False(ProvinceCatalog.TryParse(Old, null, out _));
        Assert.Equal("edition", Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.Parse((ProvinceEdition)7, "01")).ParamName);
        Assert.Equal("edition", Assert.Throws<ArgumentOutOfRangeException>(() => ProvinceCatalog.TryParse((ProvinceEdition)7, "01", out _)).ParamName);
    }

    [Theory]
    [InlineData(1, "01")]
    [InlineData(74, "74")]
    [InlineData(96, "96")]
    public void Find_IntegerCode_GivesTheUnit(int code, string expected)
    {
        Assert.Equal(ProvinceCatalog.Find(Old, expected), ProvinceCatalog.Find(Old, code));
        Assert.True(ProvinceCatalog.TryFind(Old, code, out var province));
        Assert.Equal(expected, province.Code);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3)]
    [InlineData(100)]
    [InlineData(174)]
    public void Find_IntegerNotACode_ThrowsNamingTheCodeAndTheRule(int code)
    {
        var ex = Assert.Throws<ArgumentException>(() => ProvinceCatalog.Find(Old, code));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains("The code must be the code (1–99) of one of the 63 units of the 63-unit edition", ex.Message, StringComparison.Ordinal);
        Assert.Contains(FormattableString.Invariant($"it was {code}."), ex.Message.Replace('\u2212', '-'), StringComparison.Ordinal);
        Assert.False(ProvinceCatalog.TryFind(Old, code, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void IndexOf_EveryUnit_IsItsPositionInAll()
    {
        foreach (var edition in new[] { Old, New })
        {
            var all = ProvinceCatalog.All(edition);
            for (var i = 0; i < all.Count; i++)
            {
                Assert.Equal(i, ProvinceCatalog.IndexOf(all[i]));
            }
        }

        Assert.Equal(0, ProvinceCatalog.IndexOf(ProvinceCatalog.Find(Old, "01")));
        Assert.Equal("province", Assert.Throws<ArgumentNullException>(() => ProvinceCatalog.IndexOf(null!)).ParamName);
    }
}
