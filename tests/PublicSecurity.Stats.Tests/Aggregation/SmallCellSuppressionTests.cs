using PublicSecurity.Stats.Aggregation;
using PublicSecurity.Stats.Text;

namespace PublicSecurity.Stats.Tests.Aggregation;

public sealed class SmallCellSuppressionTests
{
    // Worked by hand with threshold 5 (rows P1–P3, columns A–C; totals 35, 32, 51 and 30, 29, 59; grand 118):
    //   level 3: P1·B = 3 is primary.
    //   pass 1: row P1 [12, 3*, 20 | 35] has one → its smallest shown cell P1·A = 12; column A [12*, 8, 10 | 30] → P2·A = 8;
    //           column B [3*, 15, 11 | 29] → P3·B = 11.
    //   pass 2: row P2 [8*, 15, 9 | 32] → P2·C = 9; row P3 [10, 11*, 30 | 51] → P3·A = 10; column C [20, 9*, 30 | 59] → P1·C = 20.
    //   pass 3: every row and column has 0 or at least 2 suppressed entries: stable; no total is suppressed.
    private static readonly long?[,] Grid =
    {
        { 12, 3, 20 },
        { 8, 15, 9 },
        { 10, 11, 30 },
    };

    [Fact]
    public void Apply_HandWorkedGrid_SuppressesThePrimaryAndTheNextSmallestInEachLineUntilStable()
    {
        var p = SmallCellSuppression.Create(5).Apply(Grid);

        var expected = new[,]
        {
            { CellSuppression.Secondary, CellSuppression.Primary, CellSuppression.Secondary },
            { CellSuppression.Secondary, CellSuppression.Shown, CellSuppression.Secondary },
            { CellSuppression.Secondary, CellSuppression.Secondary, CellSuppression.Shown },
        };
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                Assert.Equal(expected[r, c], p.Cell(r, c));
            }

            Assert.Equal(CellSuppression.Shown, p.RowTotal(r));
            Assert.Equal(CellSuppression.Shown, p.ColumnTotal(r));
        }

        Assert.Equal(CellSuppression.Shown, p.GrandTotal);
        Assert.Equal(1, p.PrimaryCount);
        Assert.Equal(6, p.SecondaryCount);
        Assert.Equal((3, 3), (p.Rows, p.Columns));
    }

    [Fact]
    public void Apply_OneColumn_HidesTheRowTotalThatEqualsTheCell()
    {
        // Row 0 [2 | 2]: the cell and its total are both 2, both primary. Column 0 [2*, 9 | 11] needs a complement:
        // the cell 9; the totals column [2*, 9 | 11] needs one too: the row total 9 (a total, the only kind there).
        var p = SmallCellSuppression.Create(3).Apply(new long?[,] { { 2 }, { 9 } });

        Assert.Equal(CellSuppression.Primary, p.Cell(0, 0));
        Assert.Equal(CellSuppression.Primary, p.RowTotal(0));
        Assert.Equal(CellSuppression.Secondary, p.Cell(1, 0));
        Assert.Equal(CellSuppression.Secondary, p.RowTotal(1));
        Assert.Equal(CellSuppression.Shown, p.ColumnTotal(0));
        Assert.Equal(CellSuppression.Shown, p.GrandTotal);
    }

    [Fact]
    public void Apply_SmallTotal_IsPrimaryToo_AndZerosAreShownUnlessAsked()
    {
        // The zero at row 0, column 0 is shown by default; column 0 [0, 4 | 4]: 4 is primary in the cell and in the total.
        var shown = SmallCellSuppression.Create(5, SecondarySuppression.None).Apply(new long?[,] { { 0, 7 }, { 4, 6 } });
        var zeros = SmallCellSuppression.Create(5, SecondarySuppression.None, suppressZeros: true).Apply(new long?[,] { { 0, 7 }, { 4, 6 } });

        Assert.Equal(CellSuppression.Shown, shown.Cell(0, 0));
        Assert.Equal(CellSuppression.Primary, shown.Cell(1, 0));
        Assert.Equal(CellSuppression.Primary, shown.ColumnTotal(0));
        Assert.Equal(CellSuppression.Shown, shown.Cell(0, 1));
        Assert.Equal(CellSuppression.Primary, zeros.Cell(0, 0));
        Assert.Equal(2, shown.PrimaryCount);
        Assert.Equal(0, shown.SecondaryCount);
    }

    [Fact]
    public void Apply_MissingCell_LeavesItsLinesUnconstrained()
    {
        // Row 0 has a missing cell: its total is unknown, so 2 alone in it needs no complement there; column 0
        // [2*, 8 | 10] still does.
        var p = SmallCellSuppression.Create(3).Apply(new long?[,] { { 2, null }, { 8, 9 } });

        Assert.Equal(CellSuppression.Primary, p.Cell(0, 0));
        Assert.Equal(CellSuppression.Secondary, p.Cell(1, 0));
        Assert.Equal(CellSuppression.Secondary, p.Cell(1, 1));
        Assert.Equal(CellSuppression.Shown, p.RowTotal(0));
    }

    [Fact]
    public void Create_BadArguments_ThrowNamingRuleAndValue()
    {
        var threshold = Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppression.Create(0));
        var secondary = Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppression.Create(5, (SecondarySuppression)0));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => SmallCellSuppression.Create(5).Apply(new long?[,] { { 1, -2 } }));

        Assert.Equal("threshold", threshold.ParamName);
        Assert.Contains("The threshold must be positive; it was 0.", threshold.Message, StringComparison.Ordinal);
        Assert.Equal("secondary", secondary.ParamName);
        Assert.Equal("counts", negative.ParamName);
        Assert.Contains("The counts must not be negative; the count at row 0, column 1 was -2.", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SmallCellSuppression.Create(5).Apply(null!));
    }

    [Fact]
    public void Pattern_IndexOutsideTheCells_Throws()
    {
        var p = SmallCellSuppression.Create(5).Apply(Grid);

        Assert.Equal("row", Assert.Throws<ArgumentOutOfRangeException>(() => p.Cell(3, 0)).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentOutOfRangeException>(() => p.ColumnTotal(-1)).ParamName);
        Assert.Contains("The row must be from 0 to 2; it was 3.", Assert.Throws<ArgumentOutOfRangeException>(() => p.RowTotal(3)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsPrimary_CountsBelowTheThreshold_ZeroOnlyWhenAsked()
    {
        var rule = SmallCellSuppression.Create(5);

        Assert.Equal([false, true, true, false, false], new long[] { 0, 1, 4, 5, 6 }.Select(rule.IsPrimary));
        Assert.True(SmallCellSuppression.Create(1, suppressZeros: true).IsPrimary(0));
        Assert.False(SmallCellSuppression.Create(1).IsPrimary(0));
    }

    [Fact]
    public void Legend_BothLanguages_SaysTheMarkIsNotZero()
    {
        var rule = SmallCellSuppression.Create(5);

        Assert.Equal("* a suppressed count (the mark does not mean zero): a count from 1 to 4, or a count hidden so that such a count cannot be worked out from the totals.", rule.Legend(Language.English));
        Assert.Equal("* số liệu được ẩn (dấu này không có nghĩa là 0): số từ 1 đến 4, hoặc số được ẩn thêm để không thể suy ra số đó từ các tổng.", rule.Legend(Language.Vietnamese));
        Assert.StartsWith("* a suppressed count (the mark does not mean zero): a count from 0 to 9. No secondary suppression", SmallCellSuppression.Create(10, SecondarySuppression.None, true).Legend(Language.English), StringComparison.Ordinal);
        Assert.Equal("language", Assert.Throws<ArgumentOutOfRangeException>(() => rule.Legend((Language)5)).ParamName);
    }

    [Fact]
    public void Equality_AndText_CompareEveryMember()
    {
        Assert.Equal(SmallCellSuppression.Create(5), SmallCellSuppression.Create(5, SecondarySuppression.NextSmallestInLine, false));
        Assert.NotEqual(SmallCellSuppression.Create(5), SmallCellSuppression.Create(5, suppressZeros: true));
        Assert.Equal(SmallCellSuppression.Create(5).GetHashCode(), SmallCellSuppression.Create(5).GetHashCode());
        Assert.False(SmallCellSuppression.Create(5).Equals((object)5));
        Assert.Equal("counts below 5 suppressed, with secondary suppression (next smallest in line)", SmallCellSuppression.Create(5).ToString());
        Assert.Equal("1 primary and 6 secondary of 16 entries suppressed (counts below 5 suppressed, with secondary suppression (next smallest in line))", SmallCellSuppression.Create(5).Apply(Grid).ToString());
    }
}
