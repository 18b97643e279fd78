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
    [InlineData(1000, FigureQualifier.Over, "classes", "over 1,000 classes", "trên 1.000 lớp")]
    [InlineData(20, FigureQualifier.About, "kg", "about 20 kg", "khoảng 20 kg")]
    [InlineData(20, FigureQualifier.Nearly, "kg", "nearly 20 kg", "gần 20 kg")]
    [InlineData(90000, FigureQualifier.About, "participant-attendances", "about 90,000 participant-attendances", "khoảng 90.000 lượt người")]
    [InlineData(90000, FigureQualifier.About, "lượt tham gia", "about 90,000 lượt tham gia", "khoảng 90.000 lượt tham gia")]
    [InlineData(87.44, FigureQualifier.Exact, "%", "87.44%", "87,44%")]
    [InlineData(-47, FigureQualifier.Exact, "accidents", "\u221247 accidents", "\u221247 vụ")]
    [InlineData(0, FigureQualifier.Under, "deaths", "decreased (size not stated)", "giảm (không nêu số liệu)")]
    [InlineData(1400000, FigureQualifier.About, "accounts", "about 1,400,000 accounts", "khoảng 1.400.000 tài khoản")]
    [InlineData(2, FigureQualifier.Exact, "rank of 63", "2nd of 63", "thứ 2/63")]
    [InlineData(11, FigureQualifier.Exact, "rank of 63", "11th of 63", "thứ 11/63")]
    [InlineData(23, FigureQualifier.Exact, "rank of 34", "23rd of 34", "thứ 23/34")]
    [InlineData(3, FigureQualifier.About, "rank of 63", "about 3rd of 63", "khoảng thứ 3/63")]
    public void ToString_BothLanguages_UseExplicitSeparatorsAndQualifiers(double value, FigureQualifier qualifier, string unit, string english, string vietnamese)
    {
        var f = PublishedFigure.Create("m", (decimal)value, qualifier, unit, "s");

        Assert.Equal(english, f.ToString());
        Assert.Equal(english, f.ToString(Language.English));
        Assert.Equal(vietnamese, f.ToString(Language.Vietnamese));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void ToString_EverySampleFigure_ReadsAsTheReportTableWritesIt(string lang)
    {
        // Issue 16, bug 2: "trên 1.000 classes", "dưới 0 accidents" and "2 rank of 63" in the Vietnamese (and English) text.
        var language = lang == "vi" ? Language.Vietnamese : Language.English;
        var figures = PublicSecurity.Stats.Samples.SampleReports.BinhDuong10Months2023().Figures;
        string Text(string measure) => figures.First(f => f.Measure == measure).ToString(language);

        var expected = lang == "vi"
            ? new[] { "trên 1.000 lớp", "gần 90.000 lượt người", "giảm (không nêu số liệu)", "thứ 2/63", "472 vụ", "974 đối tượng" }
            : new[] { "over 1,000 classes", "nearly 90,000 participant-attendances", "decreased (size not stated)", "2nd of 63", "472 cases", "974 suspects" };
        Assert.Equal(
            expected,
            new[] { Text("fireRescue.trainingClasses"), Text("fireRescue.trainingAttendances"), Text("traffic.accidents.change"), Text("electronicId.level2.rankNationwide"), Text("drugs.cases"), Text("drugs.suspects") });
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
        Assert.Equal("qualifier", Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigure.Create("m", 1, (FigureQualifier)5, "u", "s")).ParamName);
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
