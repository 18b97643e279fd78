namespace PublicSecurity.Stats.Text;

/// <summary>An axis-aligned box in a chart's user units.</summary>
internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
{
    public bool Intersects(Box other) =>
        Math.Min(Right, other.Right) > Math.Max(Left, other.Left) && Math.Min(Bottom, other.Bottom) > Math.Max(Top, other.Top);

    public bool Contains(Box other) => other.Left >= Left && other.Right <= Right && other.Top >= Top && other.Bottom <= Bottom;

    /// <summary>Whether the segment from (x1, y1) to (x2, y2) crosses the box (Liang–Barsky clipping).</summary>
    public bool HitBy(double x1, double y1, double x2, double y2)
    {
        double t0 = 0, t1 = 1;
        var dx = x2 - x1;
        var dy = y2 - y1;
        foreach (var (p, q) in new[] { (-dx, x1 - Left), (dx, Right - x1), (-dy, y1 - Top), (dy, Bottom - y1) })
        {
            if (p == 0)
            {
                if (q < 0)
                {
                    return false;
                }

                continue;
            }

            var t = q / p;
            if (p < 0)
            {
                if (t > t1)
                {
                    return false;
                }

                t0 = Math.Max(t0, t);
            }
            else
            {
                if (t < t0)
                {
                    return false;
                }

                t1 = Math.Min(t1, t);
            }
        }

        return true;
    }
}

/// <summary>Where a point's label goes: its text position and anchor, and the end of a leader line when it is set apart.</summary>
internal readonly record struct LabelPlacement(double X, double Y, string Anchor, Box Box, (double X, double Y)? LeaderEnd);

/// <summary>
/// Greedy label placement for scatter plots: each label tries candidate positions around its point, nearest first
/// (right, left, above, below, then the diagonals, at growing distances), and takes the first whose box stays inside
/// the plot and touches no marker, no earlier label and no blocked line (limit curves, target, leader lines). A label
/// set beyond the nearest ring gets a leader line; a label with no free place is left out (the table beside the
/// chart carries every value).
/// </summary>
internal sealed class LabelPlacer
{
    private const double Pad = 1.5;
    private static readonly double[] Distances = [3, 10, 20, 32, 46, 62];

    private readonly Box area;
    private readonly List<Box> taken = [];
    private readonly List<(double X1, double Y1, double X2, double Y2)> segments = [];

    public LabelPlacer(Box area)
    {
        this.area = area;
    }

    public void Block(Box box) => taken.Add(box);

    public void Block(IReadOnlyList<(double X, double Y)> polyline)
    {
        for (var i = 1; i < polyline.Count; i++)
        {
            segments.Add((polyline[i - 1].X, polyline[i - 1].Y, polyline[i].X, polyline[i].Y));
        }
    }

    /// <summary>
    /// Places every label, in the given order first; when some find no place, tries again (at most three times) with
    /// those first, and keeps the order that leaves the fewest out. Deterministic.
    /// </summary>
    /// <returns>Each label's placement, in input order, or null when it is left out.</returns>
    public IReadOnlyList<LabelPlacement?> PlaceAll(IReadOnlyList<(double X, double Y, double Radius, string Text)> labels, double size)
    {
        var (fixedBoxes, fixedSegments) = (taken.Count, segments.Count);
        var order = Enumerable.Range(0, labels.Count).ToList();
        List<int>? best = null;
        var bestMissing = int.MaxValue;
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var missing = Attempt(labels, order, size).Select((p, i) => (p, i)).Where(t => t.p is null).Select(t => order[t.i]).ToList();
            if (missing.Count < bestMissing)
            {
                (best, bestMissing) = (order, missing.Count);
            }

            Reset(fixedBoxes, fixedSegments);
            if (missing.Count == 0)
            {
                break;
            }

            order = missing.Concat(order.Where(i => !missing.Contains(i))).ToList();
        }

        var placed = Attempt(labels, best!, size);
        var result = new LabelPlacement?[labels.Count];
        for (var i = 0; i < best!.Count; i++)
        {
            result[best[i]] = placed[i];
        }

        return result;
    }

    public LabelPlacement? Place(double x, double y, double radius, string text, double size)
    {
        var width = TextMeasure.Width(text, size);
        var ascent = 0.95 * size;
        var descent = 0.27 * size;
        for (var ring = 0; ring < Distances.Length; ring++)
        {
            var gap = radius + Distances[ring];
            var diagonal = gap * 0.75;
            var candidates = new (double X, double Y, string Anchor)[]
            {
                (x + gap, y + (0.35 * size), "start"),
                (x - gap, y + (0.35 * size), "end"),
                (x, y - gap - descent, "middle"),
                (x, y + gap + ascent, "middle"),
                (x + diagonal, y - diagonal - descent, "start"),
                (x - diagonal, y - diagonal - descent, "end"),
                (x + diagonal, y + diagonal + ascent, "start"),
                (x - diagonal, y + diagonal + ascent, "end"),
            };
            foreach (var (cx, cy, anchor) in candidates)
            {
                var left = anchor switch
                {
                    "start" => cx,
                    "end" => cx - width,
                    _ => cx - (width / 2),
                };
                var box = new Box(left - Pad, cy - ascent - Pad, left + width + Pad, cy + descent + Pad);
                (double X, double Y)? leader = ring > 0 ? Nearest(box, x, y) : null;
                var leaderStart = leader is { } e ? Along(x, y, e, radius + 2) : default;
                if (!Free(box) || (leader is { } end && Crosses(leaderStart, end)))
                {
                    continue;
                }

                taken.Add(box);
                if (leader is { } drawn)
                {
                    segments.Add((leaderStart.X, leaderStart.Y, drawn.X, drawn.Y));
                }

                return new LabelPlacement(cx, cy, anchor, box, leader);
            }
        }

        return null;
    }

    private List<LabelPlacement?> Attempt(IReadOnlyList<(double X, double Y, double Radius, string Text)> labels, List<int> order, double size) =>
        order.Select(i => Place(labels[i].X, labels[i].Y, labels[i].Radius, labels[i].Text, size)).ToList();

    private void Reset(int boxes, int lines)
    {
        taken.RemoveRange(boxes, taken.Count - boxes);
        segments.RemoveRange(lines, segments.Count - lines);
    }

    private static (double X, double Y) Nearest(Box box, double x, double y) =>
        (Math.Clamp(x, box.Left, box.Right), Math.Clamp(y, box.Top, box.Bottom));

    private static (double X, double Y) Along(double x, double y, (double X, double Y) end, double distance)
    {
        var length = Math.Sqrt(((end.X - x) * (end.X - x)) + ((end.Y - y) * (end.Y - y)));
        return length == 0 ? (x, y) : (x + ((end.X - x) * distance / length), y + ((end.Y - y) * distance / length));
    }

    /// <summary>Whether a leader line would cross a marker or a label already placed.</summary>
    private bool Crosses((double X, double Y) start, (double X, double Y) end)
    {
        foreach (var other in taken)
        {
            if (other.HitBy(start.X, start.Y, end.X, end.Y))
            {
                return true;
            }
        }

        return false;
    }

    private bool Free(Box box)
    {
        if (!area.Contains(box))
        {
            return false;
        }

        foreach (var other in taken)
        {
            if (box.Intersects(other))
            {
                return false;
            }
        }

        foreach (var (x1, y1, x2, y2) in segments)
        {
            if (box.HitBy(x1, y1, x2, y2))
            {
                return false;
            }
        }

        return true;
    }
}
