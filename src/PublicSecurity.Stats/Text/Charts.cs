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

/// <summary>The three charts of a report, as inline SVG: period changes with intervals, rank intervals and a funnel plot.</summary>
internal static class Charts
{
    private const double LabelWidth = 170;
    private const double PlotWidth = 380;
    private const double NoteWidth = 260;
    private const double Top = 44;

    /// <summary>
    /// A forest-style chart of rate ratios with their intervals on a log scale, a reference line at 1 (no change), and
    /// each row's note (percent change, p-value) on the right. Open-ended intervals end in an arrow.
    /// </summary>
    public static string Changes(string title, string axisLabel, IReadOnlyList<ChangeRow> rows, Language language)
    {
        const double RowHeight = 30;
        var height = Top + (rows.Count * RowHeight) + 52;
        var width = Math.Max(LabelWidth + PlotWidth + NoteWidth, TitleWidth(title));
        var svg = new Svg(width, height, title, axisLabel);
        svg.Text(8, 22, title, size: 14, bold: true);

        var finite = rows.SelectMany(r => new[] { r.Estimate, r.Lower, r.Upper }).Where(v => v > 0 && double.IsFinite(v)).ToList();
        finite.Add(1);
        var min = Math.Log10(finite.Min()) - 0.08;
        var max = Math.Log10(finite.Max()) + 0.08;
        double X(double v) => LabelWidth + ((Math.Log10(v) - min) / (max - min) * PlotWidth);
        var bottom = Top + (rows.Count * RowHeight);

        foreach (var tick in LogTicks(Math.Pow(10, min), Math.Pow(10, max)))
        {
            svg.Line(X(tick), Top - 6, X(tick), bottom, 1, "2 3", 0.25);
            svg.Text(X(tick), bottom + 16, NumberText.Decimal(tick, tick < 1 ? 2 : tick % 1 == 0 ? 0 : 1, language), "middle", 11);
        }

        svg.Line(X(1), Top - 6, X(1), bottom, 1.2, "5 3", 0.8);
        svg.Line(LabelWidth, bottom, LabelWidth + PlotWidth, bottom, 1);
        svg.Text(LabelWidth + (PlotWidth / 2), bottom + 36, axisLabel, "middle", 11, italic: true);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            svg.Text(LabelWidth - 8, y + 4, row.Label, "end", 12, bold: row.Significant);
            var left = row.Lower > 0 ? X(row.Lower) : LabelWidth;
            var right = double.IsFinite(row.Upper) ? X(row.Upper) : LabelWidth + PlotWidth;
            svg.Line(left, y, right, y, 2);
            if (row.Lower <= 0)
            {
                svg.Arrow(left, y, right: false);
            }

            if (!double.IsFinite(row.Upper))
            {
                svg.Arrow(right, y, right: true);
            }

            if (row.Estimate > 0 && double.IsFinite(row.Estimate))
            {
                if (row.Significant)
                {
                    svg.Square(X(row.Estimate), y, 5, row.Note);
                }
                else
                {
                    svg.Circle(X(row.Estimate), y, 5, filled: false, row.Note);
                }
            }

            svg.Text(LabelWidth + PlotWidth + 10, y + 4, row.Note, size: 11);
        }

        return svg.ToString();
    }

    /// <summary>
    /// A caterpillar chart of rank intervals: one row per unit in order of rank, a bar from the lower to the upper
    /// rank and a dot at the rank; the highlighted unit is bold with a filled marker.
    /// </summary>
    public static string RankIntervals(string title, string axisLabel, IReadOnlyList<RankRow> rows, int unitCount, Language language)
    {
        const double RowHeight = 13;
        var height = Top + (rows.Count * RowHeight) + 52;
        var width = Math.Max(LabelWidth + PlotWidth + 40, TitleWidth(title));
        var svg = new Svg(width, height, title, axisLabel);
        svg.Text(8, 22, title, size: 14, bold: true);
        double X(double rank) => LabelWidth + ((rank - 0.5) / unitCount * PlotWidth);
        var bottom = Top + (rows.Count * RowHeight);

        foreach (var tick in RankTicks(unitCount))
        {
            svg.Line(X(tick), Top - 4, X(tick), bottom, 1, "2 3", 0.25);
            svg.Text(X(tick), bottom + 16, NumberText.Integer(tick, language), "middle", 11);
        }

        svg.Line(LabelWidth, bottom, LabelWidth + PlotWidth, bottom, 1);
        svg.Text(LabelWidth + (PlotWidth / 2), bottom + 36, axisLabel, "middle", 11, italic: true);

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            if (row.Highlight)
            {
                svg.Band(LabelWidth, y - (RowHeight / 2), PlotWidth, RowHeight, 0.12);
            }

            svg.Text(LabelWidth - 8, y + 4, row.Label, "end", 10, bold: row.Highlight);
            svg.Line(X(row.Lower), y, X(row.Upper), y, row.Highlight ? 3 : 1.5, opacity: row.Highlight ? 1 : 0.7);
            svg.Circle(X(row.Rank), y, row.Highlight ? 4 : 2.5, filled: true, $"{row.Label}: {NumberText.Decimal(row.Rank, 1, language)} [{NumberText.Integer(row.Lower, language)}–{NumberText.Integer(row.Upper, language)}]");
        }

        return svg.ToString();
    }

    /// <summary>
    /// A funnel plot: the target line, the 95% (dashed) and 99.8% (dotted) control limits against the denominator on a
    /// log axis, and each unit as a hollow circle (within), a filled circle (outside 95%) or a filled diamond (outside
    /// 99.8%), flagged units labelled.
    /// </summary>
    public static string Funnel(
        string title, string xLabel, string yLabel, double target, IReadOnlyList<FunnelPoint> points, IReadOnlyList<FunnelLimitPoint> limits, Language language, int valueDecimals)
    {
        var width = Math.Max(720, TitleWidth(title));
        const double Height = 460;
        const double Left = 70;
        const double Right = 150;
        const double Bottom = 60;
        var svg = new Svg(width, Height, title, $"{yLabel} / {xLabel}");
        svg.Text(8, 22, title, size: 14, bold: true);
        var plotW = 720 - Left - Right;
        var plotH = Height - Top - Bottom;

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
        var pad = (yMax - yMin) * 0.05;
        yMin -= pad;
        yMax += pad;
        double X(double v) => Left + ((Math.Log10(v) - xMin) / (xMax - xMin) * plotW);
        double Y(double v) => Top + plotH - ((v - yMin) / (yMax - yMin) * plotH);

        foreach (var tick in LinearTicks(yMin, yMax, 6))
        {
            svg.Line(Left, Y(tick), Left + plotW, Y(tick), 1, "2 3", 0.2);
            svg.Text(Left - 6, Y(tick) + 4, NumberText.Decimal(tick, valueDecimals, language), "end", 11);
        }

        foreach (var tick in LogTicks(Math.Pow(10, xMin), Math.Pow(10, xMax)))
        {
            svg.Line(X(tick), Top, X(tick), Top + plotH, 1, "2 3", 0.2);
            svg.Text(X(tick), Top + plotH + 16, Compact(tick, language), "middle", 11);
        }

        svg.Line(Left, Top + plotH, Left + plotW, Top + plotH, 1);
        svg.Line(Left, Top, Left, Top + plotH, 1);
        svg.Text(Left + (plotW / 2), Height - 14, xLabel, "middle", 11, italic: true);
        svg.Text(16, Top + (plotH / 2), yLabel, "middle", 11, italic: true, rotate: -90);

        svg.Line(Left, Y(target), Left + plotW, Y(target), 1.5);
        var clipped = limits.Where(l => l.Denominator > 0).OrderBy(l => l.Denominator).ToList();
        Curve(svg, clipped, l => l.Lower95, X, Y, yMin, yMax, "6 4");
        Curve(svg, clipped, l => l.Upper95, X, Y, yMin, yMax, "6 4");
        Curve(svg, clipped, l => l.Lower998, X, Y, yMin, yMax, "2 3");
        Curve(svg, clipped, l => l.Upper998, X, Y, yMin, yMax, "2 3");

        foreach (var p in points)
        {
            var tooltip = $"{p.Label}: {NumberText.Decimal(p.Value, valueDecimals, language)}";
            switch (p.Flag)
            {
                case FunnelPointFlag.Outside998:
                    svg.Diamond(X(p.Denominator), Y(p.Value), 5.5, tooltip);
                    svg.Text(X(p.Denominator) + 7, Y(p.Value) - 5, p.Label, size: 10);
                    break;
                case FunnelPointFlag.Outside95:
                    svg.Circle(X(p.Denominator), Y(p.Value), 4, filled: true, tooltip);
                    svg.Text(X(p.Denominator) + 6, Y(p.Value) - 5, p.Label, size: 10);
                    break;
                default:
                    svg.Circle(X(p.Denominator), Y(p.Value), 3.5, filled: false, tooltip);
                    break;
            }
        }

        // Legend: line styles and marker shapes, no colours.
        var lx = Left + plotW + 14;
        var ly = Top + 10;
        var vi = language == Language.Vietnamese;
        svg.Line(lx, ly, lx + 22, ly, 1.5).Text(lx + 28, ly + 4, vi ? "mục tiêu" : "target", size: 10);
        svg.Line(lx, ly + 18, lx + 22, ly + 18, 1, "6 4").Text(lx + 28, ly + 22, vi ? "giới hạn 95%" : "95% limits", size: 10);
        svg.Line(lx, ly + 36, lx + 22, ly + 36, 1, "2 3").Text(lx + 28, ly + 40, vi ? "giới hạn 99,8%" : "99.8% limits", size: 10);
        svg.Circle(lx + 11, ly + 56, 3.5, filled: false).Text(lx + 28, ly + 60, vi ? "trong giới hạn" : "within", size: 10);
        svg.Circle(lx + 11, ly + 74, 4, filled: true).Text(lx + 28, ly + 78, vi ? "ngoài 95%" : "outside 95%", size: 10);
        svg.Diamond(lx + 11, ly + 92, 5.5).Text(lx + 28, ly + 96, vi ? "ngoài 99,8%" : "outside 99.8%", size: 10);
        return svg.ToString();
    }

    /// <summary>A generous estimate of a 14px bold title's width, so that no title is clipped.</summary>
    private static double TitleWidth(string title) => 16 + (title.Length * 8.2);

    internal static IReadOnlyList<double> LogTicks(double min, double max)
    {
        var ticks = LogTicks(min, max, [1, 2, 5]);
        return ticks.Count >= 3 ? ticks : LogTicks(min, max, [1, 2, 3, 4, 5, 6, 7, 8, 9]);
    }

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

    private static string Compact(double value, Language language) => value switch
    {
        >= 1e6 => NumberText.Decimal(value / 1e6, value % 1e6 == 0 ? 0 : 1, language) + (language == Language.Vietnamese ? " tr" : "M"),
        >= 1e3 => NumberText.Decimal(value / 1e3, value % 1e3 == 0 ? 0 : 1, language) + (language == Language.Vietnamese ? " nghìn" : "k"),
        _ => NumberText.Decimal(value, value % 1 == 0 ? 0 : 2, language),
    };

    private static void Curve(
        Svg svg, IReadOnlyList<FunnelLimitPoint> limits, Func<FunnelLimitPoint, double> select, Func<double, double> x, Func<double, double> y, double yMin, double yMax, string dash)
    {
        var points = limits
            .Select(l => (l.Denominator, Value: select(l)))
            .Where(p => double.IsFinite(p.Value) && p.Value >= yMin && p.Value <= yMax)
            .Select(p => (x(p.Denominator), y(p.Value)))
            .ToList();
        svg.Polyline(points, 1, dash, 0.9);
    }
}
