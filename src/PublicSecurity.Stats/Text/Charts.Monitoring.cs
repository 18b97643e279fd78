namespace PublicSecurity.Stats.Text;

/// <summary>One month of a monitored series chart: its label, count, and (for monitored months) expectation, threshold and alarm.</summary>
internal readonly record struct MonitoredPoint(string Label, bool Major, long Observed, double? Expected, double? Threshold, bool Alarm);

/// <content>The monitored series chart.</content>
internal static partial class Charts
{
    /// <summary>
    /// A monthly series: the counts (blue line, circles), the expected count (dashed) and the upper threshold
    /// (vermillion, dotted) of the monitored months, the band between them shaded, and each alarm a vermillion diamond.
    /// Months before the monitored ones show their counts only.
    /// </summary>
    public static string MonitoredSeries(string title, string yLabel, string expectedName, string thresholdName, IReadOnlyList<MonitoredPoint> points, Language language)
    {
        var vi = language == Language.Vietnamese;
        var hasThreshold = points.Any(p => p.Threshold is not null);
        var (svg, top) = Begin(title, yLabel, hasThreshold
            ? Cells.Lang(
                language,
                "Monthly counts (blue line, circles); for the monitored months the " + expectedName + " (dashed line), the " + thresholdName + " (dotted line) and the band between them (shaded); alarms are diamonds. The table beside the chart gives every value.",
                "Số đếm theo tháng (đường xanh, hình tròn); với các tháng được giám sát: " + expectedName + " (nét đứt), " + thresholdName + " (chấm) và dải giữa chúng (tô nhạt); cảnh báo là hình thoi. Bảng bên cạnh biểu đồ có đủ mọi giá trị.")
            : Cells.Lang(
                language,
                "Monthly counts (blue line, circles); for the monitored months the " + expectedName + " (dashed line); alarms are diamonds. The table beside the chart gives every value.",
                "Số đếm theo tháng (đường xanh, hình tròn); với các tháng được giám sát: " + expectedName + " (nét đứt); cảnh báo là hình thoi. Bảng bên cạnh biểu đồ có đủ mọi giá trị."));
        var legend = new List<(string Text, Action<double, double> Draw)>
        {
            (vi ? "số quan sát" : "observed", (x, y) => svg.Line(x, y, x + 24, y, 2, colour: Palette.Blue).Circle(x + 12, y, 3, filled: true, colour: Palette.Blue)),
            (expectedName, (x, y) => svg.Line(x, y, x + 24, y, 1.5, "6 4")),
        };
        if (hasThreshold)
        {
            legend.Add((thresholdName, (x, y) => svg.Line(x, y, x + 24, y, 2, "2 3", colour: Palette.Vermillion)));
            legend.Add((vi ? "dải giữa hai đường" : "band between them", (x, y) => svg.Band(x, y - 6, 24, 12, 0.18, Palette.Blue)));
        }

        legend.Add((vi ? "cảnh báo" : "alarm", (x, y) => svg.Diamond(x + 12, y, 6, colour: Palette.Vermillion)));
        const double Left = 70;
        const double PlotHeight = 300;
        var plotW = ChartWidth - Left - 24;
        var lx = Left;
        var ly = top + 4;
        foreach (var (text, draw) in legend)
        {
            var width = 30 + TextMeasure.Width(text, MinTextSize) + 24;
            if (lx + width > ChartWidth - 8)
            {
                lx = Left;
                ly += 22;
            }

            draw(lx, ly);
            svg.Text(lx + 30, ly + 4.5, text, size: MinTextSize);
            lx += width;
        }

        top = ly + 24;
        var yMax = 1.0;
        foreach (var p in points)
        {
            yMax = Math.Max(yMax, Math.Max(p.Observed, Math.Max(p.Expected ?? 0, p.Threshold ?? 0)));
        }

        yMax *= 1.08;
        var n = points.Count;
        var step = n > 1 ? plotW / (n - 1) : 0;
        double X(int i) => n > 1 ? Left + (i * step) : Left + (plotW / 2);
        double Y(double v) => top + PlotHeight - (v / yMax * PlotHeight);

        foreach (var tick in LinearTicks(0, yMax, 5))
        {
            if (tick % 1 != 0)
            {
                continue; // counts: whole-number ticks only
            }

            svg.Line(Left, Y(tick), Left + plotW, Y(tick), 1, "2 3", 0.2);
            svg.Text(Left - 8, Y(tick) + 4.5, NumberText.Decimal(tick, 0, language), "end", MinTextSize);
        }

        var half = Math.Max(step / 2, 3);
        for (var i = 0; i < n; i++)
        {
            if (points[i].Expected is double e && points[i].Threshold is double t && t > e)
            {
                svg.Band(Math.Max(Left, X(i) - half), Y(t), Math.Min(Left + plotW, X(i) + half) - Math.Max(Left, X(i) - half), Y(e) - Y(t), 0.18, Palette.Blue);
            }
        }

        Piecewise(svg, points, p => p.Expected, X, Y, 1.5, "6 4", Palette.Ink);
        Piecewise(svg, points, p => p.Threshold, X, Y, 2, "2 3", Palette.Vermillion);
        svg.Polyline(points.Select((p, i) => (X(i), Y(p.Observed))).ToList(), 2, null, 1, Palette.Blue);
        for (var i = 0; i < n; i++)
        {
            var p = points[i];
            var tip = $"{p.Label}: {NumberText.Integer(p.Observed, language)}";
            if (p.Alarm)
            {
                svg.Diamond(X(i), Y(p.Observed), 6, tip, Palette.Vermillion, "ps-mark");
            }
            else
            {
                svg.Circle(X(i), Y(p.Observed), 3, filled: true, tip, Palette.Blue, "ps-mark");
            }
        }

        svg.Line(Left, top + PlotHeight, Left + plotW, top + PlotHeight, 1);
        svg.Line(Left, top, Left, top + PlotHeight, 1);
        TickLabels(svg, points.Select((p, i) => (X(i), p.Label, p.Major)), top + PlotHeight + 18);
        svg.Text(16, top + (PlotHeight / 2), TextMeasure.Fit(yLabel, PlotHeight, MinTextSize), "middle", MinTextSize, italic: true, rotate: -90, tooltip: yLabel);
        var end = Caption(svg, vi ? "tháng" : "month", Left, plotW, top + PlotHeight + 40);
        return svg.Resize(end).ToString();
    }

    private static void Piecewise(Svg svg, IReadOnlyList<MonitoredPoint> points, Func<MonitoredPoint, double?> value, Func<int, double> x, Func<double, double> y, double width, string dash, string colour)
    {
        var run = new List<(double X, double Y)>();
        for (var i = 0; i <= points.Count; i++)
        {
            if (i < points.Count && value(points[i]) is double v)
            {
                run.Add((x(i), y(v)));
                continue;
            }

            if (run.Count == 1)
            {
                svg.Line(run[0].X - 3, run[0].Y, run[0].X + 3, run[0].Y, width, dash, 1, colour);
            }
            else
            {
                svg.Polyline(run, width, dash, 1, colour);
            }

            run.Clear();
        }
    }
}
