using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// The chart colours: four of Okabe and Ito's colour-blind-safe palette (2008), each with a contrast of at least 3:1
/// against both a white and a black page, so marks read in light and dark themes. Colour never carries meaning
/// alone: every coloured series also has its own marker shape or dash pattern and a legend or label.
/// </summary>
internal static class Palette
{
    /// <summary>Okabe–Ito blue.</summary>
    public const string Blue = "#0072B2";

    /// <summary>Okabe–Ito vermillion.</summary>
    public const string Vermillion = "#D55E00";

    /// <summary>Okabe–Ito bluish green.</summary>
    public const string Green = "#009E73";

    /// <summary>Okabe–Ito reddish purple.</summary>
    public const string Purple = "#CC79A7";

    /// <summary>The page's text colour, for text, axes and neutral marks.</summary>
    public const string Ink = "currentColor";
}

/// <summary>
/// Writes a self-contained inline SVG (no script, no external resource) that scales to its container: a viewBox,
/// <c>width="100%"</c> and no fixed size. Text, axes and neutral marks are <c>currentColor</c>, so the chart takes the
/// page's text colour; series use <see cref="Palette"/> and are told apart by marker shape and dash as well.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder body = new();

    public Svg(double width, double height, string title, string description)
    {
        (Width, Height, Title, Description) = (width, height, title, description);
    }

    public double Width { get; }

    public double Height { get; private set; }

    public string Title { get; }

    public string Description { get; private set; }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Sets the height once the layout knows it.</summary>
    public Svg Resize(double height)
    {
        Height = height;
        return this;
    }

    /// <summary>Adds a sentence to the description (for example, labels left to the table).</summary>
    public Svg Describe(string sentence)
    {
        Description = Description + " " + sentence;
        return this;
    }

    public Svg Line(double x1, double y1, double x2, double y2, double width = 1, string? dash = null, double opacity = 1, string colour = Palette.Ink, string? cssClass = null)
    {
        body.Append("<line");
        Class(cssClass);
        body.Append(" x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(N(width)).Append('"');
        Extras(dash, opacity);
        body.Append("/>\n");
        return this;
    }

    public Svg Polyline(IReadOnlyList<(double X, double Y)> points, double width = 1, string? dash = null, double opacity = 1, string colour = Palette.Ink, string? cssClass = null)
    {
        if (points.Count < 2)
        {
            return this;
        }

        body.Append("<polyline");
        Class(cssClass);
        body.Append(" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"").Append(N(width)).Append("\" points=\"");
        for (var i = 0; i < points.Count; i++)
        {
            if (i > 0)
            {
                body.Append(' ');
            }

            body.Append(N(points[i].X)).Append(',').Append(N(points[i].Y));
        }

        body.Append('"');
        Extras(dash, opacity);
        body.Append("/>\n");
        return this;
    }

    public Svg Circle(double cx, double cy, double r, bool filled, string? tooltip = null, string colour = Palette.Ink, string? cssClass = null)
    {
        body.Append("<circle");
        Class(cssClass);
        body.Append(" cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r)).Append('"');
        Paint(filled, colour);
        Close("circle", tooltip);
        return this;
    }

    public Svg Diamond(double cx, double cy, double r, string? tooltip = null, string colour = Palette.Ink, string? cssClass = null) =>
        Path($"M{N(cx)},{N(cy - r)} L{N(cx + r)},{N(cy)} L{N(cx)},{N(cy + r)} L{N(cx - r)},{N(cy)} Z", tooltip, colour, cssClass);

    public Svg Triangle(double cx, double cy, double r, string? tooltip = null, string colour = Palette.Ink, string? cssClass = null) =>
        Path($"M{N(cx)},{N(cy - r)} L{N(cx + r)},{N(cy + (r * 0.8))} L{N(cx - r)},{N(cy + (r * 0.8))} Z", tooltip, colour, cssClass);

    public Svg Square(double cx, double cy, double r, string? tooltip = null, string colour = Palette.Ink, string? cssClass = null)
    {
        body.Append("<rect");
        Class(cssClass);
        body.Append(" x=\"").Append(N(cx - r)).Append("\" y=\"").Append(N(cy - r)).Append("\" width=\"").Append(N(2 * r)).Append("\" height=\"").Append(N(2 * r)).Append('"');
        Paint(filled: true, colour);
        Close("rect", tooltip);
        return this;
    }

    public Svg Arrow(double x, double y, bool right, double size = 5, string colour = Palette.Ink)
    {
        var d = right ? size : -size;
        body.Append("<path d=\"M").Append(N(x - d)).Append(',').Append(N(y - size)).Append(" L").Append(N(x)).Append(',').Append(N(y))
            .Append(" L").Append(N(x - d)).Append(',').Append(N(y + size)).Append("\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"1.5\"/>\n");
        return this;
    }

    public Svg Band(double x, double y, double width, double height, double opacity, string colour = Palette.Ink)
    {
        body.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" fill=\"").Append(colour).Append("\" fill-opacity=\"").Append(N(opacity)).Append("\"/>\n");
        return this;
    }

    public Svg Text(
        double x, double y, string text, string anchor = "start", double size = 12, bool bold = false, bool italic = false, double rotate = 0, string? cssClass = null, string? tooltip = null)
    {
        body.Append("<text");
        Class(cssClass);
        body.Append(" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" font-size=\"").Append(N(size)).Append('"');
        if (anchor != "start")
        {
            body.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (bold)
        {
            body.Append(" font-weight=\"bold\"");
        }

        if (italic)
        {
            body.Append(" font-style=\"italic\"");
        }

        if (rotate != 0)
        {
            body.Append(" transform=\"rotate(").Append(N(rotate)).Append(' ').Append(N(x)).Append(' ').Append(N(y)).Append(")\"");
        }

        body.Append('>');
        if (tooltip is not null)
        {
            body.Append("<title>").Append(Html.Escape(tooltip)).Append("</title>");
        }

        body.Append(Html.Escape(text)).Append("</text>\n");
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
          .Append("\" width=\"100%\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif\" fill=\"currentColor\" style=\"color:inherit;display:block;height:auto\">\n")
          .Append("<title>").Append(Html.Escape(Title)).Append("</title>\n")
          .Append("<desc>").Append(Html.Escape(Description)).Append("</desc>\n")
          .Append(body)
          .Append("</svg>\n");
        return sb.ToString();
    }

    private Svg Path(string d, string? tooltip, string colour, string? cssClass)
    {
        body.Append("<path");
        Class(cssClass);
        body.Append(" d=\"").Append(d).Append('"');
        Paint(filled: true, colour);
        Close("path", tooltip);
        return this;
    }

    private void Class(string? cssClass)
    {
        if (cssClass is not null)
        {
            body.Append(" class=\"").Append(cssClass).Append('"');
        }
    }

    private void Paint(bool filled, string colour)
    {
        if (filled)
        {
            body.Append(" fill=\"").Append(colour).Append('"');
        }
        else
        {
            body.Append(" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"1.5\"");
        }
    }

    private void Extras(string? dash, double opacity)
    {
        if (dash is not null)
        {
            body.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        if (opacity < 1)
        {
            body.Append(" stroke-opacity=\"").Append(N(opacity)).Append('"');
        }
    }

    private void Close(string element, string? tooltip)
    {
        if (tooltip is null)
        {
            body.Append("/>\n");
        }
        else
        {
            body.Append("><title>").Append(Html.Escape(tooltip)).Append("</title></").Append(element).Append(">\n");
        }
    }
}
