namespace PublicSecurity.Stats.Text;

/// <summary>One row of a change chart: an estimate (a rate ratio) with its interval and a note.</summary>
internal readonly record struct ChangeRow(string Label, double Estimate, double Lower, double Upper, string Note, bool Significant);

/// <summary>One unit of a rank-interval (caterpillar) chart.</summary>
internal readonly record struct RankRow(string Label, double Rank, int Lower, int Upper, bool Highlight);

/// <summary>Where a funnel-plot point lies against the control limits.</summary>
internal enum FunnelPointFlag
{
    Within,
    Outside95,
    Outside998,
}

/// <summary>One unit of a funnel plot: its denominator (x), its value (y) and its flag.</summary>
internal readonly record struct FunnelPoint(string Label, double Denominator, double Value, FunnelPointFlag Flag);

/// <summary>The control limits of a funnel plot at one denominator.</summary>
internal readonly record struct FunnelLimitPoint(double Denominator, double Lower95, double Upper95, double Lower998, double Upper998);

/// <summary>One period of a province's series: cases cleared and occurred, and the clearance rate (null when undefined).</summary>
internal readonly record struct PeriodCounts(long Cleared, long Occurred, double? Rate);

/// <summary>One province's series of a small-multiples chart: a cell per period, null where missing.</summary>
internal readonly record struct ProvinceSeries(string Label, IReadOnlyList<PeriodCounts?> Cells);

/// <summary>
/// The charts of the library, as inline SVG: period changes with intervals, rank intervals, a funnel plot and small
/// multiples of series by period.
/// </summary>
/// <remarks>
/// Every chart is <see cref="ChartWidth"/> units wide and scales to its container; no text is smaller than
/// <see cref="MinTextSize"/> units, so at a page's usual container (about 1,000 px) text renders at 12 px or more.
/// Titles wrap, long row labels are shortened with an ellipsis (the full text in a tooltip; the table beside the chart
/// carries it), tick labels that would collide are left out, and funnel labels are placed so that they overlap neither
/// each other nor the markers and limit lines. The chart geometry test measures all of this in Chromium.
/// </remarks>
internal static partial class Charts
{
    /// <summary>The width of every chart's viewBox.</summary>
    public const double ChartWidth = 960;

    /// <summary>The smallest font size of any chart text, in user units.</summary>
    public const double MinTextSize = 12;

    private const double TitleSize = 15;
    private const double TitleLineHeight = 20;
    private const double LabelSize = 13;
    private const double LineHeight = 16;

    /// <summary>
    /// A forest-style chart of rate ratios with their intervals on a log scale, a reference line at 1 (no change), and
    /// each row's note (percent change, p-value) on the right. Open-ended intervals end in an arrow. Significant
    /// changes are filled blue squares, the others hollow circles.
    /// </summary>
    public static string Changes(string title, string axisLabel, IReadOnlyList<ChangeRow> rows, Language language)
    {
        var (svg, top) = Begin(
            title,
            axisLabel,
            Cells.Lang(
                language,
                "One row per metric: the marker is the estimate and the line its interval; filled squares are significant changes, hollow circles are not. The table beside the chart gives every value.",
                "Mỗi hàng là một tiêu chí: điểm đánh dấu là ước lượng, đoạn thẳng là khoảng tin cậy; hình vuông đặc là thay đổi có ý nghĩa thống kê, hình tròn rỗng là không. Bảng bên cạnh biểu đồ có đủ mọi giá trị."));
        top += 8;
        var labelWidth = LabelColumn(rows.Select(r => TextMeasure.Width(r.Label, LabelSize, r.Significant)), 0.36);
        var labels = rows.Select(r => TextMeasure.Wrap(r.Label, labelWidth - 16, LabelSize, r.Significant)).ToList();
        var twoLines = labels.Any(l => l.Count > 1);
        var rowHeight = twoLines ? 42 : 30;
        var noteWidth = Math.Clamp(rows.Select(r => TextMeasure.Width(r.Note, MinTextSize)).DefaultIfEmpty(0).Max() + 24, 80, ChartWidth * 0.3);
        var plotLeft = labelWidth;
        var plotWidth = ChartWidth - labelWidth - noteWidth;

        var finite = rows.SelectMany(r => new[] { r.Estimate, r.Lower, r.Upper }).Where(v => v > 0 && double.IsFinite(v)).ToList();
        finite.Add(1);
        var min = Math.Log10(finite.Min()) - 0.08;
        var max = Math.Log10(finite.Max()) + 0.08;
        double X(double v) => plotLeft + ((Math.Log10(v) - min) / (max - min) * plotWidth);
        var bottom = top + (rows.Count * rowHeight);

        var ticks = LogTicks(Math.Pow(10, min), Math.Pow(10, max));
        foreach (var tick in ticks)
        {
            svg.Line(X(tick), top - 6, X(tick), bottom, 1, "2 3", 0.25);
        }

        TickLabels(svg, ticks.Select(t => (X(t), NumberText.Decimal(t, t < 1 ? 2 : t % 1 == 0 ? 0 : 1, language), IsPowerOfTen(t))), bottom + 18);
        svg.Line(X(1), top - 6, X(1), bottom, 1.2, "5 3", 0.8);
        svg.Line(plotLeft, bottom, plotLeft + plotWidth, bottom, 1);
        var y = Caption(svg, axisLabel, plotLeft, plotWidth, bottom + 40);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var rowY = top + (i * rowHeight) + (rowHeight / 2);
            var lines = labels[i].Take(2).ToList();
            if (labels[i].Count > 2)
            {
                lines[1] = TextMeasure.Fit(lines[1] + "…", labelWidth - 16, LabelSize, row.Significant);
            }

            for (var l = 0; l < lines.Count; l++)
            {
                var lineY = rowY + 4.5 + ((l - ((lines.Count - 1) / 2.0)) * LineHeight);
                svg.Text(plotLeft - 10, lineY, lines[l], "end", LabelSize, row.Significant, tooltip: lines.Count > 1 ? row.Label : null);
            }

            var left = row.Lower > 0 ? X(row.Lower) : plotLeft;
            var right = double.IsFinite(row.Upper) ? X(row.Upper) : plotLeft + plotWidth;
            var colour = row.Significant ? Palette.Blue : Palette.Ink;
            svg.Line(left, rowY, right, rowY, 2, colour: colour);
            if (row.Lower <= 0)
            {
                svg.Arrow(left, rowY, right: false, colour: colour);
            }

            if (!double.IsFinite(row.Upper))
            {
                svg.Arrow(right, rowY, right: true, colour: colour);
            }

            if (row.Estimate > 0 && double.IsFinite(row.Estimate))
            {
                if (row.Significant)
                {
                    svg.Square(X(row.Estimate), rowY, 5.5, row.Note, Palette.Blue, "ps-mark");
                }
                else
                {
                    svg.Circle(X(row.Estimate), rowY, 5, filled: false, row.Note, cssClass: "ps-mark");
                }
            }

            svg.Text(plotLeft + plotWidth + 12, rowY + 4.5, TextMeasure.Fit(row.Note, noteWidth - 16, MinTextSize), size: MinTextSize, tooltip: row.Note);
        }

        // Legend: the marker shapes, in words.
        var lx = plotLeft;
        svg.Square(lx + 6, y + 2, 5.5, colour: Palette.Blue);
        var significant = Cells.Lang(language, "significant change", "thay đổi có ý nghĩa thống kê");
        svg.Text(lx + 18, y + 6.5, significant, size: MinTextSize);
        lx += 18 + TextMeasure.Width(significant, MinTextSize) + 24;
        svg.Circle(lx + 6, y + 2, 5, filled: false);
        svg.Text(lx + 18, y + 6.5, Cells.Lang(language, "not significant", "không có ý nghĩa thống kê"), size: MinTextSize);
        return svg.Resize(y + 20).ToString();
    }

    /// <summary>
    /// A caterpillar chart of rank intervals: one row per unit in order of rank, a bar from the lower to the upper
    /// rank and a dot at the rank; the highlighted unit is bold, in vermillion, with a thick bar and a shaded row.
    /// </summary>
    public static string RankIntervals(string title, string axisLabel, IReadOnlyList<RankRow> rows, int unitCount, Language language)
    {
        const double RowHeight = 18;
        var (svg, top) = Begin(
            title,
            axisLabel,
            Cells.Lang(language, "One row per unit in order of rank; the table beside the chart gives every value.", "Mỗi hàng là một đơn vị, theo thứ tự hạng; bảng bên cạnh biểu đồ có đủ mọi giá trị."));
        top += 6;
        var labelWidth = LabelColumn(rows.Select(r => TextMeasure.Width(r.Label, MinTextSize, r.Highlight) + 2), 0.42);
        var plotLeft = labelWidth;
        var plotWidth = ChartWidth - labelWidth - 30;
        double X(double rank) => plotLeft + ((rank - 0.5) / unitCount * plotWidth);
        var bottom = top + (rows.Count * RowHeight);

        var ticks = RankTicks(unitCount);
        foreach (var tick in ticks)
        {
            svg.Line(X(tick), top - 4, X(tick), bottom, 1, "2 3", 0.25);
        }

        TickLabels(svg, ticks.Select(t => (X(t), NumberText.Integer(t, language), t == 1 || t == unitCount || t % 10 == 0)), bottom + 18);
        svg.Line(plotLeft, bottom, plotLeft + plotWidth, bottom, 1);
        var end = Caption(svg, axisLabel, plotLeft, plotWidth, bottom + 40);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + (i * RowHeight) + (RowHeight / 2);
            var colour = row.Highlight ? Palette.Vermillion : Palette.Ink;
            if (row.Highlight)
            {
                svg.Band(plotLeft, y - (RowHeight / 2), plotWidth, RowHeight, 0.14, Palette.Vermillion);
            }

            RowLabel(svg, plotLeft - 10, y + 4.2, row.Label, MinTextSize, row.Highlight, plotLeft - 16);
            svg.Line(X(row.Lower), y, X(row.Upper), y, row.Highlight ? 3.5 : 2, opacity: row.Highlight ? 1 : 0.7, colour: colour);
            svg.Circle(X(row.Rank), y, row.Highlight ? 5 : 3, filled: true, $"{row.Label}: {NumberText.Decimal(row.Rank, 1, language)} [{NumberText.Integer(row.Lower, language)}–{NumberText.Integer(row.Upper, language)}]", colour, "ps-mark");
        }

        return svg.Resize(end).ToString();
    }

    /// <summary>
    /// A funnel plot: the target line, the 95% (blue, dashed) and 99.8% (vermillion, dotted) control limits against the
    /// denominator on a log axis, and each unit as a hollow circle (within), a filled blue circle (outside 95%) or a
    /// filled vermillion diamond (outside 99.8%); flagged units are labelled where a free place is found.
    /// </summary>
    public static string Funnel(
        string title, string xLabel, string yLabel, double target, IReadOnlyList<FunnelPoint> points, IReadOnlyList<FunnelLimitPoint> limits, Language language, int valueDecimals)
    {
        var vi = language == Language.Vietnamese;
        var (svg, top) = Begin(title, $"{yLabel} / {xLabel}", Cells.Lang(
            language,
            "Each unit against its denominator on a log axis, with the target line and the 95% (dashed) and 99.8% (dotted) control limits; hollow circles lie within the limits, filled circles outside 95%, diamonds outside 99.8%. The table beside the chart gives every value.",
            "Mỗi đơn vị theo mẫu số trên thang logarit, với đường mục tiêu và giới hạn kiểm soát 95% (nét đứt) và 99,8% (chấm); hình tròn rỗng nằm trong giới hạn, hình tròn đặc ngoài 95%, hình thoi ngoài 99,8%. Bảng bên cạnh biểu đồ có đủ mọi giá trị."));
        top += 8;
        (string Text, Action<double, double> Draw)[] legend =
        [
            (vi ? "mục tiêu" : "target", (x, y) => svg.Line(x, y, x + 24, y, 1.5)),
            (vi ? "giới hạn 95%" : "95% limits", (x, y) => svg.Line(x, y, x + 24, y, 2, "6 4", colour: Palette.Blue)),
            (vi ? "giới hạn 99,8%" : "99.8% limits", (x, y) => svg.Line(x, y, x + 24, y, 2, "2 3", colour: Palette.Vermillion)),
            (vi ? "trong giới hạn" : "within", (x, y) => svg.Circle(x + 12, y, 3.5, filled: false)),
            (vi ? "ngoài 95%" : "outside 95%", (x, y) => svg.Circle(x + 12, y, 4.5, filled: true, colour: Palette.Blue)),
            (vi ? "ngoài 99,8%" : "outside 99.8%", (x, y) => svg.Diamond(x + 12, y, 6, colour: Palette.Vermillion)),
        ];
        var legendWidth = legend.Max(l => TextMeasure.Width(l.Text, MinTextSize)) + 50;
        const double Left = 92;
        const double PlotHeight = 380;
        var plotW = ChartWidth - Left - legendWidth - 16;

        var xs = points.Select(p => p.Denominator).Concat(limits.Select(l => l.Denominator)).Where(v => v > 0).ToList();
        var xMin = Math.Log10(xs.Min());
        var xMax = Math.Log10(xs.Max());
        if (xMax - xMin < 1e-9)
        {
            xMin -= 0.5;
            xMax += 0.5;
        }

        var ys = points.Select(p => p.Value).Concat([target]).Concat(limits.SelectMany(l => new[] { l.Lower998, l.Upper998 })).Where(double.IsFinite).ToList();
        var yMin = ys.Min();
        var yMax = ys.Max();
        // Room above and below the extreme points for their labels.
        var pad = Math.Max((yMax - yMin) * 0.09, 1e-9);
        yMin -= pad;
        yMax += pad;
        double X(double v) => Left + ((Math.Log10(v) - xMin) / (xMax - xMin) * plotW);
        double Y(double v) => top + PlotHeight - ((v - yMin) / (yMax - yMin) * PlotHeight);

        foreach (var tick in LinearTicks(yMin, yMax, 6))
        {
            svg.Line(Left, Y(tick), Left + plotW, Y(tick), 1, "2 3", 0.2);
            svg.Text(Left - 8, Y(tick) + 4.5, NumberText.Decimal(tick, valueDecimals, language), "end", MinTextSize);
        }

        var xTicks = LogTicks(Math.Pow(10, xMin), Math.Pow(10, xMax));
        foreach (var tick in xTicks)
        {
            svg.Line(X(tick), top, X(tick), top + PlotHeight, 1, "2 3", 0.2);
        }

        TickLabels(svg, xTicks.Select(t => (X(t), Compact(t, language), IsPowerOfTen(t))), top + PlotHeight + 18);
        svg.Line(Left, top + PlotHeight, Left + plotW, top + PlotHeight, 1);
        svg.Line(Left, top, Left, top + PlotHeight, 1);
        var end = Caption(svg, xLabel, Left, plotW, top + PlotHeight + 40);
        svg.Text(20, top + (PlotHeight / 2), TextMeasure.Fit(yLabel, PlotHeight, MinTextSize), "middle", MinTextSize, italic: true, rotate: -90, tooltip: yLabel);

        var placer = new LabelPlacer(new Box(Left + 2, top + 2, Left + plotW - 2, top + PlotHeight - 2));
        var targetLine = new[] { (Left, Y(target)), (Left + plotW, Y(target)) };
        svg.Line(Left, Y(target), Left + plotW, Y(target), 1.5, cssClass: "ps-target");
        placer.Block(targetLine);
        var clipped = limits.Where(l => l.Denominator > 0).OrderBy(l => l.Denominator).ToList();
        foreach (var (select, dash, colour) in new (Func<FunnelLimitPoint, double>, string, string)[]
        {
            (l => l.Lower95, "6 4", Palette.Blue),
            (l => l.Upper95, "6 4", Palette.Blue),
            (l => l.Lower998, "2 3", Palette.Vermillion),
            (l => l.Upper998, "2 3", Palette.Vermillion),
        })
        {
            var curve = Curve(clipped, select, X, Y, yMin, yMax);
            svg.Polyline(curve, 1.5, dash, 0.9, colour, "ps-limit");
            placer.Block(curve);
        }

        foreach (var p in points)
        {
            var r = Radius(p.Flag) + 1;
            placer.Block(new Box(X(p.Denominator) - r, Y(p.Value) - r, X(p.Denominator) + r, Y(p.Value) + r));
        }

        foreach (var p in points)
        {
            var tooltip = $"{p.Label}: {NumberText.Decimal(p.Value, valueDecimals, language)}";
            var (x, y) = (X(p.Denominator), Y(p.Value));
            _ = p.Flag switch
            {
                FunnelPointFlag.Outside998 => svg.Diamond(x, y, Radius(p.Flag), tooltip, Palette.Vermillion, "ps-mark"),
                FunnelPointFlag.Outside95 => svg.Circle(x, y, Radius(p.Flag), filled: true, tooltip, Palette.Blue, "ps-mark"),
                _ => svg.Circle(x, y, Radius(p.Flag), filled: false, tooltip, cssClass: "ps-mark"),
            };
        }

        var flagged = points.Where(p => p.Flag != FunnelPointFlag.Within).OrderByDescending(p => p.Flag).ToList();
        var placements = placer.PlaceAll(flagged.Select(p => (X(p.Denominator), Y(p.Value), Radius(p.Flag), p.Label)).ToList(), MinTextSize);
        var unlabelled = new List<string>();
        for (var i = 0; i < flagged.Count; i++)
        {
            var p = flagged[i];
            if (placements[i] is not { } place)
            {
                unlabelled.Add(p.Label);
                continue;
            }

            if (place.LeaderEnd is { } leaderEnd)
            {
                svg.Line(X(p.Denominator), Y(p.Value), leaderEnd.X, leaderEnd.Y, 0.8, opacity: 0.6, cssClass: "ps-leader");
            }

            svg.Text(place.X, place.Y, p.Label, place.Anchor, MinTextSize, cssClass: "ps-label");
        }

        if (unlabelled.Count > 0)
        {
            svg.Describe(Cells.Lang(language, "Not labelled for lack of room: ", "Không ghi tên vì không đủ chỗ: ") + string.Join(", ", unlabelled) + ".");
        }

        var lx = Left + plotW + 16;
        for (var i = 0; i < legend.Length; i++)
        {
            var ly = top + 12 + (i * 22);
            legend[i].Draw(lx, ly);
            svg.Text(lx + 34, ly + 4.5, legend[i].Text, size: MinTextSize);
        }

        return svg.Resize(end).ToString();
    }

    /// <summary>
    /// Small multiples by period: per province, cases occurred (blue, solid, circles) and cleared (vermillion, dashed,
    /// squares) on the left, the clearance rate (green, triangles) on the right. Missing cells and undefined rates are
    /// gaps, never zeros.
    /// </summary>
    public static string CountsAndRates(string title, IReadOnlyList<string> periods, IReadOnlyList<ProvinceSeries> rows, Language language)
    {
        const double PanelHeight = 100;
        const double Gutter = 110;
        const double Left = 62;
        var panelWidth = (ChartWidth - Left - Gutter - 50) / 2;
        var svg = new Svg(ChartWidth, 0, title, Cells.Lang(
            language,
            "Per province: cases occurred and cleared by period (left) and the clearance rate by period (right); gaps are missing periods or undefined rates. The table beside the chart gives every value.",
            "Mỗi tỉnh: số vụ xảy ra và làm rõ theo kỳ (trái) và tỷ lệ điều tra làm rõ theo kỳ (phải); chỗ đứt là kỳ thiếu số liệu hoặc tỷ lệ không xác định. Bảng bên cạnh biểu đồ có đủ mọi giá trị."));
        var y = TitleBlock(svg, title);

        // Legend: colour, line style and marker shape for each series.
        var occurred = Cells.Lang(language, "occurred", "xảy ra");
        var cleared = Cells.Lang(language, "cleared", "làm rõ");
        var rate = Cells.Lang(language, "clearance rate", "tỷ lệ điều tra làm rõ");
        var lx = Left;
        foreach (var (text, draw) in new (string, Action<double>)[]
        {
            (occurred, x => svg.Line(x, y, x + 24, y, 2, colour: Palette.Blue).Circle(x + 12, y, 3.5, filled: true, colour: Palette.Blue)),
            (cleared, x => svg.Line(x, y, x + 24, y, 2, "5 3", colour: Palette.Vermillion).Square(x + 12, y, 3.5, colour: Palette.Vermillion)),
            (rate, x => svg.Line(x, y, x + 24, y, 2, colour: Palette.Green).Triangle(x + 12, y, 4.5, colour: Palette.Green)),
        })
        {
            draw(lx);
            svg.Text(lx + 30, y + 4.5, text, size: MinTextSize);
            lx += 30 + TextMeasure.Width(text, MinTextSize) + 28;
        }

        y += 26;
        var countLeft = Left;
        var rateLeft = Left + panelWidth + Gutter;
        double X(double panelLeft, int column) => panelLeft + (periods.Count == 1 ? panelWidth / 2 : column * panelWidth / (periods.Count - 1));
        foreach (var row in rows)
        {
            svg.Text(8, y + 14, TextMeasure.Fit(row.Label, ChartWidth - 16, LabelSize, bold: true), size: LabelSize, bold: true, tooltip: row.Label);
            var top = y + 28;
            var bottom = top + PanelHeight;
            var maxCount = Math.Max(1, row.Cells.Select(c => c is { } v ? Math.Max(v.Occurred, v.Cleared) : 0).DefaultIfEmpty(0).Max());
            var maxRate = Math.Max(1, row.Cells.Select(c => c?.Rate ?? 0).DefaultIfEmpty(0).Max());
            double YCount(double v) => bottom - (v / maxCount * PanelHeight);
            double YRate(double v) => bottom - (v / maxRate * PanelHeight);
            foreach (var (panelLeft, label, high) in new[] { (countLeft, NumberText.Integer(maxCount, language), 0.0), (rateLeft, NumberText.Percent(maxRate, 0, language), 1.0) })
            {
                svg.Line(panelLeft, bottom, panelLeft + panelWidth, bottom, 1);
                svg.Line(panelLeft, top, panelLeft + panelWidth, top, 1, "2 3", 0.25);
                svg.Text(panelLeft - 6, top + 4.5, label, "end", MinTextSize);
                svg.Text(panelLeft - 6, bottom + 4.5, high == 0 ? NumberText.Integer(0, language) : NumberText.Percent(0, 0, language), "end", MinTextSize);
            }

            Series(svg, row.Cells, c => c.Occurred, i => X(countLeft, i), YCount, Palette.Blue, null, (x, yy) => svg.Circle(x, yy, 3.5, filled: true, colour: Palette.Blue));
            Series(svg, row.Cells, c => c.Cleared, i => X(countLeft, i), YCount, Palette.Vermillion, "5 3", (x, yy) => svg.Square(x, yy, 3.5, colour: Palette.Vermillion));
            Series(svg, row.Cells, c => c.Rate, i => X(rateLeft, i), YRate, Palette.Green, null, (x, yy) => svg.Triangle(x, yy, 4.5, colour: Palette.Green));
            TickLabels(
                svg,
                Enumerable.Range(0, periods.Count).SelectMany(i => new[] { (X(countLeft, i), periods[i], i == 0 || i == periods.Count - 1), (X(rateLeft, i), periods[i], i == 0 || i == periods.Count - 1) }),
                bottom + 18);
            y = bottom + 34;
        }

        return svg.Resize(y).ToString();
    }

    internal static IReadOnlyList<double> LogTicks(double min, double max)
    {
        var ticks = LogTicks(min, max, [1, 2, 5]);
        return ticks.Count >= 3 ? ticks : LogTicks(min, max, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }

    internal static IReadOnlyList<double> LinearTicks(double min, double max, int count)
    {
        var raw = (max - min) / count;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var ticks = new List<double>();
        for (var t = Math.Ceiling(min / step) * step; t <= max + (step * 1e-9); t += step)
        {
            ticks.Add(Math.Round(Math.Round(t / step) * step, 12));
        }

        return ticks;
    }

    internal static IReadOnlyList<int> RankTicks(int unitCount)
    {
        var step = unitCount <= 10 ? 1 : unitCount <= 40 ? 5 : 10;
        var ticks = new List<int> { 1 };
        for (var t = step; t <= unitCount; t += step)
        {
            if (t != 1)
            {
                ticks.Add(t);
            }
        }

        if (ticks[^1] != unitCount)
        {
            ticks.Add(unitCount);
        }

        return ticks;
    }

    /// <summary>Starts a chart: its SVG with the title and a description (<paramref name="lead"/>, then <paramref name="sentences"/>), and the title written.</summary>
    private static (Svg Svg, double Top) Begin(string title, string lead, string sentences)
    {
        var svg = new Svg(ChartWidth, 0, title, lead + ". " + sentences);
        return (svg, TitleBlock(svg, title));
    }

    /// <summary>The width of a column of row labels: the widest label and a gap, at least 90 and at most a share of the chart.</summary>
    private static double LabelColumn(IEnumerable<double> widths, double maxShare) =>
        Math.Clamp(widths.DefaultIfEmpty(0).Max() + 16, 90, ChartWidth * maxShare);

    /// <summary>Writes the title, wrapped to the chart's width; returns the y at which the chart body starts.</summary>
    private static double TitleBlock(Svg svg, string title)
    {
        var lines = TextMeasure.Wrap(title, ChartWidth - 16, TitleSize, bold: true);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(8, 22 + (i * TitleLineHeight), lines[i], size: TitleSize, bold: true);
        }

        return 22 + ((lines.Count - 1) * TitleLineHeight) + 22;
    }

    /// <summary>Writes an axis caption centred under the plot (or under the chart when it is wider), wrapped; returns the y below it.</summary>
    private static double Caption(Svg svg, string text, double plotLeft, double plotWidth, double y)
    {
        var fitsPlot = TextMeasure.Width(text, MinTextSize) <= plotWidth;
        var centre = fitsPlot ? plotLeft + (plotWidth / 2) : ChartWidth / 2;
        var lines = TextMeasure.Wrap(text, fitsPlot ? plotWidth : ChartWidth - 16, MinTextSize);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(centre, y + (i * LineHeight), lines[i], "middle", MinTextSize, italic: true);
        }

        return y + (lines.Count * LineHeight) + 8;
    }

    /// <summary>A right-aligned row label, shortened with an ellipsis when it is wider than the room (the full text in a tooltip).</summary>
    private static void RowLabel(Svg svg, double x, double y, string label, double size, bool bold, double room)
    {
        var shown = TextMeasure.Fit(label, room, size, bold);
        svg.Text(x, y, shown, "end", size, bold, tooltip: shown == label ? null : label);
    }

    /// <summary>
    /// Writes centred tick labels, leaving out any that would touch another: round ticks (a power of ten, or every
    /// tick when none is) are placed first, the others where room is left; a label at the chart's edge moves inward.
    /// </summary>
    private static void TickLabels(Svg svg, IEnumerable<(double X, string Text, bool Major)> ticks, double y)
    {
        var placed = new List<(double Left, double Right)>();
        var all = ticks.ToList();
        foreach (var (tick, text, _) in all.Where(t => t.Major).Concat(all.Where(t => !t.Major)))
        {
            // A label at the chart's edge moves inward rather than leave the viewBox.
            var half = TextMeasure.Width(text, MinTextSize) / 2;
            var x = Math.Clamp(tick, half + 4, ChartWidth - half - 4);
            var (left, right) = (x - half - 3, x + half + 3);
            if (Math.Abs(x - tick) > half || placed.Any(p => left < p.Right && right > p.Left))
            {
                continue;
            }

            svg.Text(x, y, text, "middle", MinTextSize);
            placed.Add((left, right));
        }
    }

    /// <summary>Draws one series as line pieces between defined neighbours, with a marker at every defined value.</summary>
    private static void Series(
        Svg svg, IReadOnlyList<PeriodCounts?> cells, Func<PeriodCounts, double?> value, Func<int, double> x, Func<double, double> y, string colour, string? dash, Action<double, double> marker)
    {
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= cells.Count; i++)
        {
            if (i < cells.Count && cells[i] is { } cell && value(cell) is double v)
            {
                run.Add((x(i), y(v)));
                continue;
            }

            svg.Polyline(run, 2, dash, 1, colour);
            foreach (var (px, py) in run)
            {
                marker(px, py);
            }

            run.Clear();
        }
    }

    private static bool IsPowerOfTen(double value) => Math.Abs(Math.Log10(value) - Math.Round(Math.Log10(value))) < 1e-9;

    private static double Radius(FunnelPointFlag flag) => flag switch
    {
        FunnelPointFlag.Outside998 => 6,
        FunnelPointFlag.Outside95 => 4.5,
        _ => 3.5,
    };

    private static List<double> LogTicks(double min, double max, double[] mantissas)
    {
        var ticks = new List<double>();
        for (var e = (int)Math.Floor(Math.Log10(min)) - 1; e <= (int)Math.Ceiling(Math.Log10(max)) + 1; e++)
        {
            foreach (var m in mantissas)
            {
                var t = Math.Round(m * Math.Pow(10, e), 12);
                if (t >= min && t <= max)
                {
                    ticks.Add(t);
                }
            }
        }

        if (ticks.Count > 8)
        {
            ticks = ticks.Where(t => Math.Abs((t / Math.Pow(10, Math.Floor(Math.Log10(t)))) - 1) < 1e-9).ToList();
        }

        return ticks;
    }

    private static string Compact(double value, Language language) => value switch
    {
        >= 1e6 => NumberText.Decimal(value / 1e6, value % 1e6 == 0 ? 0 : 1, language) + (language == Language.Vietnamese ? " tr" : "M"),
        >= 1e3 => NumberText.Decimal(value / 1e3, value % 1e3 == 0 ? 0 : 1, language) + (language == Language.Vietnamese ? " nghìn" : "k"),
        _ => NumberText.Decimal(value, value % 1 == 0 ? 0 : 2, language),
    };

    private static List<(double X, double Y)> Curve(
        IReadOnlyList<FunnelLimitPoint> limits, Func<FunnelLimitPoint, double> select, Func<double, double> x, Func<double, double> y, double yMin, double yMax) =>
        limits
            .Select(l => (l.Denominator, Value: select(l)))
            .Where(p => double.IsFinite(p.Value) && p.Value >= yMin && p.Value <= yMax)
            .Select(p => (x(p.Denominator), y(p.Value)))
            .ToList();
}
