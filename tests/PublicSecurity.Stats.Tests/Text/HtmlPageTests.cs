using PublicSecurity.Stats.Comparisons;
using PublicSecurity.Stats.Samples;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Text;

public sealed class HtmlPageTests
{
    private static Language L(string lang) => lang == "vi" ? Language.Vietnamese : Language.English;

    internal static HtmlPage Sample(Language language) => new HtmlPage(language == Language.Vietnamese ? "Kết quả của tôi" : "My results", language)
        .AddHeading(language == Language.Vietnamese ? "Tai nạn giao thông" : "Traffic accidents", 1)
        .AddParagraph(language == Language.Vietnamese ? "Quý I/2023 so với cùng kỳ." : "Q1 2023 against Q1 2022.")
        .Add(CountComparison.Compare(97, 144));

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void Render_HeadingsParagraphsAndItems_MatchesSnapshot(string lang) =>
        Snapshot.Verify(Sample(L(lang)).Render(), "html", lang);

    [Fact]
    public void Render_CallerText_IsEscaped()
    {
        var html = new HtmlPage("<script>alert(1)</script> & co", Language.English)
            .AddHeading("R&D <b>")
            .AddParagraph("=HYPERLINK(\"http://x\") & <script>")
            .Render();

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>R&amp;D &lt;b&gt;</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<p>=HYPERLINK(&quot;http://x&quot;) &amp; &lt;script&gt;</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_IsImmutable_EachAddReturnsANewPage()
    {
        var empty = new HtmlPage("Title");
        var one = empty.AddParagraph("text");

        Assert.Equal(0, empty.Count);
        Assert.Equal(1, one.Count);
        Assert.DoesNotContain("<p>text</p>", empty.Render(), StringComparison.Ordinal);
        Assert.Contains("<p>text</p>", one.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("vi")]
    public void SampleReport_ToHtmlDocument_UsesThePageTemplateAndStylesheet(string lang)
    {
        var report = SampleReports.BinhDuong10Months2023Analysis().ToHtmlDocument(L(lang));
        var own = new HtmlPage("x", L(lang)).Render();

        static string Head(string html) => html[html.IndexOf("<style>", StringComparison.Ordinal)..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Equal(Head(own), Head(report));
        Assert.Contains($"<html lang=\"{lang}\">", own, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", own, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankTitle_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new HtmlPage(" "));
        Assert.Equal("title", ex.ParamName);
        Assert.Contains("must not be blank", ex.Message, StringComparison.Ordinal);
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => new HtmlPage(null!)).ParamName);
    }

    [Fact]
    public void Add_BadArguments_Throw()
    {
        var page = new HtmlPage("t");

        Assert.Equal("item", Assert.Throws<ArgumentNullException>(() => page.Add(null!)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => page.AddParagraph(null!)).ParamName);
        var level = Assert.Throws<ArgumentOutOfRangeException>(() => page.AddHeading("h", 7));
        Assert.Equal("level", level.ParamName);
        Assert.Contains("from 1 to 6; it was 7", level.Message, StringComparison.Ordinal);
        var language = Assert.Throws<ArgumentOutOfRangeException>(() => new HtmlPage("t", (Language)5));
        Assert.Equal("language", language.ParamName);
        var rows = Assert.Throws<ArgumentOutOfRangeException>(() => page.Render(0));
        Assert.Equal("maxRows", rows.ParamName);
        Assert.Contains("at least 1; it was 0", rows.Message, StringComparison.Ordinal);
    }
}
