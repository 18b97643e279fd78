using static PublicSecurity.Stats.Tests.Testing.Samples;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests;

public sealed class PublishedFigureTests
{
    [Fact]
    public void Create_OverNinetyPercent_KeepsTheQualifierNotAFalseExactNumber()
    {
        var f = FigureRecord();

        Assert.Equal("crime.clearanceRate", f.Measure);
        Assert.Equal(90m, f.Value);
        Assert.Equal(FigureQualifier.Over, f.Qualifier);
        Assert.Equal("%", f.Unit);
        Assert.Equal(Vn.FirstMonths(2023, 10), f.Period);
        Assert.Null(f.AsOf);
        Assert.Equal("điều tra làm rõ đạt trên 90% các vụ phạm pháp hình sự", f.Quote);
        Assert.Null(f.Note);
        Assert.Equal("over 90%", f.ToString());
        Assert.Equal("trên 90%", f.ToString(Language.Vietnamese));
    }

    [Theory]
    [InlineData(1000, FigureQualifier.Over, "classes", "over 1,000 classes", "trên 1.000 classes")]
    [InlineData(20, FigureQualifier.About, "kg", "about 20 kg", "khoảng 20 kg")]
    [InlineData(90000, FigureQualifier.About, "attendances", "about 90,000 attendances", "khoảng 90.000 attendances")]
    [InlineData(87.44, FigureQualifier.Exact, "%", "87.44%", "87,44%")]
    [InlineData(-47, FigureQualifier.Exact, "accidents", "\u221247 accidents", "\u221247 accidents")]
    [InlineData(0, FigureQualifier.Under, "deaths", "under 0 deaths", "dưới 0 deaths")]
    [InlineData(1400000, FigureQualifier.About, "accounts", "about 1,400,000 accounts", "khoảng 1.400.000 accounts")]
    public void ToString_BothLanguages_UseExplicitSeparatorsAndQualifiers(double value, FigureQualifier qualifier, string unit, string english, string vietnamese)
    {
        var f = PublishedFigure.Create("m", (decimal)value, qualifier, unit, "s");

        Assert.Equal(english, f.ToString());
        Assert.Equal(english, f.ToString(Language.English));
        Assert.Equal(vietnamese, f.ToString(Language.Vietnamese));
    }

    [Fact]
    public void ToString_UndefinedLanguage_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FigureRecord().ToString((Language)5));

        Assert.Equal("language", ex.ParamName);
        Assert.Contains("English or Vietnamese; it was 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StockWithAsOfDate_IsAllowed()
    {
        var f = PublishedFigure.Create("electronicId.level2.accountsActivated", 1_400_000, FigureQualifier.About, "accounts", "s", asOf: D(14, 11, 2023), note: "rounded");

        Assert.Equal(D(14, 11, 2023), f.AsOf);
        Assert.Null(f.Period);
        Assert.Equal("rounded", f.Note);
    }

    [Fact]
    public void Create_PeriodAndAsOfTogether_ThrowsNamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => PublishedFigure.Create("m", 1, FigureQualifier.Exact, "u", "s", Vn.Month(2023, 5), D(14, 5, 2023)));

        Assert.Equal("asOf", ex.ParamName);
        Assert.Contains("not both; the as-of date was 14/05/2023 with the period May 2023", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "u", "s", "measure")]
    [InlineData("m", " ", "s", "unit")]
    [InlineData("m", "u", "\t", "source")]
    public void Create_BlankTexts_ThrowNamingTheMember(string measure, string unit, string source, string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => PublishedFigure.Create(measure, 1, FigureQualifier.Exact, unit, source));

        Assert.Equal(name, ex.ParamName);
        Assert.Contains("must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BlankQuoteOrNoteOrUndefinedQualifier_Throw()
    {
        Assert.Equal("quote", Assert.Throws<ArgumentException>(() => PublishedFigure.Create("m", 1, FigureQualifier.Exact, "u", "s", quote: "")).ParamName);
        Assert.Equal("note", Assert.Throws<ArgumentException>(() => PublishedFigure.Create("m", 1, FigureQualifier.Exact, "u", "s", note: " ")).ParamName);
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Create("m", 1, (FigureQualifier)4, "u", "s")).ParamName);
        Assert.Equal("measure", Assert.Throws<ArgumentNullException>(() => PublishedFigure.Create(null!, 1, FigureQualifier.Exact, "u", "s")).ParamName);
    }

    [Fact]
    public void Equals_SameMembers_AreEqual()
    {
        var first = FigureRecord();
        var second = FigureRecord();
        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(FigureRecord(), PublishedFigure.Create("crime.clearanceRate", 90, FigureQualifier.Exact, "%", "Ngày Nay, 14/11/2023", Vn.FirstMonths(2023, 10), quote: "điều tra làm rõ đạt trên 90% các vụ phạm pháp hình sự"));
    }
}
