using PublicSecurity.Stats.Reporting;
using PublicSecurity.Stats.Tests.Testing;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Reporting;

public sealed class TextTableTests
{
    private static TextTable Sample(int rows)
    {
        var table = new TextTable("Drug seizures | 10 months", new TableColumn("Item"), new TableColumn("Value", CellAlign.Right));
        for (var i = 0; i < rows; i++)
        {
            table.Row($"row <{i}>", NumberText.Integer(1000 * i, Language.Vietnamese));
        }

        return table.Note("Source: seed & sources.md");
    }

    [Fact]
    public void ToText_AlignsColumns_MatchesSnapshot() => Snapshot.Verify(Sample(3).ToText(), "txt");

    [Fact]
    public void ToMarkdown_EscapesPipes_MatchesSnapshot() => Snapshot.Verify(Sample(3).ToMarkdown(), "md");

    [Fact]
    public void ToHtml_RowLimit_SaysHowManyRowsWereLeftOut()
    {
        var html = Sample(5).ToHtml(maxRows: 2);

        Assert.Contains("… 3 more rows not shown (row limit 2)", html, StringComparison.Ordinal);
        Assert.Contains("row &lt;1&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("row &lt;2&gt;", html, StringComparison.Ordinal);
        Snapshot.Verify(html, "html");
    }

    [Fact]
    public void Row_WrongCellCount_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Sample(0).Row("only one"));

        Assert.Contains("must have 2 cells; it had 1", ex.Message, StringComparison.Ordinal);
    }
}
