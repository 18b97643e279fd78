using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Parsing;

public sealed class StatedFigureTests
{
    // Each published wording of the seed (shared/seed) and of the issue, read by hand.
    [Theory]
    [InlineData("trên 90%", FigureKind.Share, 90, FigureQualifier.Over, "%", 1)]
    [InlineData("đạt trên 90%", FigureKind.Share, 90, FigureQualifier.Over, "%", 1)]
    [InlineData("đạt 100%", FigureKind.Share, 100, FigureQualifier.Exact, "%", 1)]
    [InlineData("87,44%", FigureKind.Share, 87.44, FigureQualifier.Exact, "%", 0.01)]
    [InlineData("hơn 1.000 lớp", FigureKind.Count, 1000, FigureQualifier.Over, "classes", 1)]
    [InlineData("gần 20 kg", FigureKind.Mass, 20, FigureQualifier.Nearly, "kg", 1)]
    [InlineData("gần 20kg", FigureKind.Mass, 20, FigureQualifier.Nearly, "kg", 1)]
    [InlineData("khoảng 90.000 lượt", FigureKind.Count, 90000, FigureQualifier.About, "participant-attendances", 1)]
    [InlineData("xấp xỉ 90.000 lượt người", FigureKind.Count, 90000, FigureQualifier.About, "participant-attendances", 1)]
    [InlineData("1,4 triệu tài khoản", FigureKind.Count, 1400000, FigureQualifier.Exact, "accounts", 100000)]
    [InlineData("472 vụ", FigureKind.Count, 472, FigureQualifier.Exact, "cases", 1)]
    [InlineData("974 đối tượng", FigureKind.Count, 974, FigureQualifier.Exact, "suspects", 1)]
    [InlineData("25 dịch vụ công", FigureKind.Count, 25, FigureQualifier.Exact, "dịch vụ công", 1)]
    [InlineData("dưới 5 tấn", FigureKind.Mass, 5, FigureQualifier.Under, "t", 1)]
    [InlineData("over 90%", FigureKind.Share, 90, FigureQualifier.Over, "%", 1)]
    [InlineData("about 20 kg", FigureKind.Mass, 20, FigureQualifier.About, "kg", 1)]
    [InlineData("nearly 20 kg", FigureKind.Mass, 20, FigureQualifier.Nearly, "kg", 1)]
    [InlineData("more than 1,000 classes", FigureKind.Count, 1000, FigureQualifier.Over, "classes", 1)]
    [InlineData("1.4 million accounts", FigureKind.Count, 1400000, FigureQualifier.Exact, "accounts", 100000)]
    [InlineData("12.5 %", FigureKind.Share, 12.5, FigureQualifier.Exact, "%", 0.1)]
    [InlineData("1.000", FigureKind.Count, 1, FigureQualifier.Exact, "", 0.001)]
    public void Parse_Quantity_GivesKindValueQualifierUnitAndResolution(string text, FigureKind kind, double value, FigureQualifier qualifier, string unit, double resolution)
    {
        var f = StatedFigure.Parse(text);

        Assert.Equal(kind, f.Kind);
        Assert.Equal((decimal)value, f.Value);
        Assert.Equal(qualifier, f.Qualifier);
        Assert.Equal(unit, f.Unit);
        Assert.Equal((decimal)resolution, f.Resolution);
        Assert.Null(f.Direction);
        Assert.Equal(text, f.Text);
    }

    [Theory]
    [InlineData("giảm", ChangeDirection.Decrease, null, FigureQualifier.Exact, "")]
    [InlineData("giảm 27 vụ", ChangeDirection.Decrease, 27.0, FigureQualifier.Exact, "cases")]
    [InlineData("giảm 27 người chết", ChangeDirection.Decrease, 27.0, FigureQualifier.Exact, "deaths")]
    [InlineData("giảm hơn 20%", ChangeDirection.Decrease, 20.0, FigureQualifier.Over, "%")]
    [InlineData("tăng 5 vụ", ChangeDirection.Increase, 5.0, FigureQualifier.Exact, "cases")]
    [InlineData("down 47 accidents", ChangeDirection.Decrease, 47.0, FigureQualifier.Exact, "accidents")]
    [InlineData("down by 25 injured", ChangeDirection.Decrease, 25.0, FigureQualifier.Exact, "injured")]
    [InlineData("decreased", ChangeDirection.Decrease, null, FigureQualifier.Exact, "")]
    [InlineData("up 3%", ChangeDirection.Increase, 3.0, FigureQualifier.Exact, "%")]
    public void Parse_Change_GivesDirectionSizeAndUnit(string text, ChangeDirection direction, double? size, FigureQualifier qualifier, string unit)
    {
        var f = StatedFigure.Parse(text);

        Assert.Equal(FigureKind.Change, f.Kind);
        Assert.Equal(direction, f.Direction);
        Assert.Equal((decimal?)size, f.Value);
        Assert.Equal(qualifier, f.Qualifier);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("thứ 2", 2, null, false)]
    [InlineData("thứ hai", 2, null, false)]
    [InlineData("đứng thứ hai toàn quốc", 2, null, true)]
    [InlineData("xếp thứ 2/63", 2, 63, false)]
    [InlineData("hạng nhất cả nước", 1, null, true)]
    [InlineData("đứng đầu toàn quốc", 1, null, true)]
    [InlineData("2nd", 2, null, false)]
    [InlineData("ranked 2nd of 63 nationwide", 2, 63, true)]
    [InlineData("second", 2, null, false)]
    [InlineData("21st", 21, null, false)]
    [InlineData("12th nationwide", 12, null, true)]
    public void Parse_Rank_GivesThePlaceAndScope(string text, int place, int? of, bool nationwide)
    {
        var f = StatedFigure.Parse(text);

        Assert.Equal(FigureKind.Rank, f.Kind);
        Assert.Equal(place, f.Value);
        Assert.Equal(of, f.RankOf);
        Assert.Equal(nationwide, f.Nationwide);
        Assert.Equal("rank", f.Unit);
    }

    [Theory]
    [InlineData("", "it was empty")]
    [InlineData("trên", "with a number where")]
    [InlineData("rất nhiều vụ", "with a number where")]
    [InlineData("1.5 kg trên", "is not written as Vietnamese writes numbers")]
    [InlineData("1,00,000 cases", "is not written as English writes numbers")]
    [InlineData("2rd", "has the wrong suffix (it reads 2nd)")]
    [InlineData("thứ 0", "The place of a rank must be a whole number from 1")]
    [InlineData("thứ 70/63", "must have N at least the place")]
    [InlineData("90% cases", "A percentage takes no unit")]
    public void Parse_BadText_ThrowsFormatNamingThePart(string text, string rule)
    {
        var ex = Assert.Throws<FormatException>(() => StatedFigure.Parse(text));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
        Assert.False(StatedFigure.TryParse(text, out _));
    }

    [Fact]
    public void Parse_LanguageGiven_ReadsSeparatorsOfThatLanguage()
    {
        Assert.Equal(1000m, StatedFigure.Parse("1.000", Language.Vietnamese).Value);
        Assert.Equal(1m, StatedFigure.Parse("1.000", Language.English).Value);
        Assert.Equal(1.4m, StatedFigure.Parse("1,4", Language.Vietnamese).Value);
        Assert.Equal(0.1m, StatedFigure.Parse("1,4", Language.Vietnamese).Resolution);
    }

    [Fact]
    public void Parse_NullOrUndefinedLanguage_Throws()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => StatedFigure.Parse(null!)).ParamName);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.Parse("90%", (Language)7)).ParamName);
        Assert.False(StatedFigure.TryParse(null, out _));
    }

    [Fact]
    public void Parse_NfdText_ReadsAsNfc()
    {
        var f = StatedFigure.Parse("gần 20 kg".Normalize(System.Text.NormalizationForm.FormD));

        Assert.Equal(FigureQualifier.Nearly, f.Qualifier);
        Assert.Equal(20m, f.Value);
    }

    [Theory]
    [InlineData("trên 90%", "over 90%", "trên 90%")]
    [InlineData("1,4 triệu tài khoản", "1,400,000 accounts", "1.400.000 tài khoản")]
    [InlineData("87,44%", "87.44%", "87,44%")]
    [InlineData("gần 20 kg", "nearly 20 kg", "gần 20 kg")]
    [InlineData("giảm 27 vụ", "decrease of 27 cases", "giảm 27 vụ")]
    [InlineData("giảm", "decrease (size not stated)", "giảm (không nêu số liệu)")]
    [InlineData("đứng thứ hai toàn quốc", "2nd nationwide", "thứ 2 toàn quốc")]
    [InlineData("2nd of 63", "2nd of 63", "thứ 2/63")]
    public void ToString_BothLanguages_WritesTheFigure(string text, string en, string vi)
    {
        var f = StatedFigure.Parse(text);

        Assert.Equal(en, f.ToString());
        Assert.Equal(vi, f.ToString(Language.Vietnamese));
    }

    [Fact]
    public void From_SeedFigures_TakesKindDirectionAndResolution()
    {
        var report = PublicSecurity.Stats.Samples.SampleReports.BinhDuong10Months2023();
        var figures = report.Figures.DistinctBy(f => (f.Measure, f.Period?.Unit)).ToDictionary(f => (f.Measure, f.Period?.Unit), f => StatedFigure.From(f));

        var rate = figures[("crime.clearanceRate", PeriodUnit.FirstMonths)];
        Assert.Equal((FigureKind.Share, 90m, FigureQualifier.Over, 1m), (rate.Kind, rate.Value!.Value, rate.Qualifier, rate.Resolution!.Value));
        var mass = figures[("drugs.massOfAllKinds", PeriodUnit.FirstMonths)];
        Assert.Equal((FigureKind.Mass, FigureQualifier.Nearly), (mass.Kind, mass.Qualifier));
        var tenMonths = figures[("traffic.accidents.change", PeriodUnit.FirstMonths)];
        Assert.Equal((FigureKind.Change, ChangeDirection.Decrease, (decimal?)null), (tenMonths.Kind, tenMonths.Direction!.Value, tenMonths.Value));
        var q1 = figures[("traffic.accidents.change", PeriodUnit.Quarter)];
        Assert.Equal((FigureKind.Change, ChangeDirection.Decrease, 47m), (q1.Kind, q1.Direction!.Value, q1.Value!.Value));
        var rank = figures[("electronicId.level2.rankNationwide", null)];
        Assert.Equal((FigureKind.Rank, 2m, 63), (rank.Kind, rank.Value!.Value, rank.RankOf!.Value));
        var rate2023 = figures[("crime.clearanceRate", PeriodUnit.Year)];
        Assert.Equal(0.01m, rate2023.Resolution);
    }

    [Fact]
    public void From_ResolutionGiven_KeepsIt_AndRefusesANonPositiveOne()
    {
        var accounts = PublicSecurity.Stats.Samples.SampleReports.BinhDuong10Months2023().Figures.Single(f => f.Measure == "electronicId.level2.accountsActivated");

        Assert.Equal(100000m, StatedFigure.From(accounts, 100000m).Resolution);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StatedFigure.From(accounts, 0m));
        Assert.Equal("resolution", ex.ParamName);
        Assert.Contains("The resolution must be positive; it was 0.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("figure", Assert.Throws<ArgumentNullException>(() => StatedFigure.From(null!)).ParamName);
    }

    [Fact]
    public void Equality_SameTextSameFigure_DifferentTextDifferentFigure()
    {
        Assert.Equal(StatedFigure.Parse("trên 90%"), StatedFigure.Parse("trên 90%"));
        Assert.Equal(StatedFigure.Parse("trên 90%").GetHashCode(), StatedFigure.Parse("trên 90%").GetHashCode());
        Assert.NotEqual(StatedFigure.Parse("trên 90%"), StatedFigure.Parse("hơn 90%"));
    }
}
