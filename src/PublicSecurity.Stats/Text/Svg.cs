using System.Globalization;
using System.Text;

namespace PublicSecurity.Stats.Text;

/// <summary>
/// Writes a self-contained inline SVG (no script, no external resource). Every stroke and fill is
/// <c>currentColor</c>, distinguished by opacity, dash and marker shape, so the chart takes the page's text colour and
/// reads in light and dark themes.
/// </summary>
internal sealed class Svg
{
    private readonly StringBuilder body = new();

    public Svg(double width, double height, string title, string description)
    {
        (Width, Height, Title, Description) = (width, height, title, description);
    }

    public double Width { get; }

    public double Height { get; }

    public string Title { get; }

    public string Description { get; }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public Svg Line(double x1, double y1, double x2, double y2, double width = 1, string? dash = null, double opacity = 1)
    {
        body.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append("\" stroke=\"currentColor\" stroke-width=\"").Append(N(width)).Append('"');
        Extras(dash, opacity);
        body.Append("/>\n");
        return this;
    }

    public Svg Polyline(IReadOnlyList<(double X, double Y)> points, double width = 1, string? dash = null, double opacity = 1)
    {
        if (points.Count < 2)
        {
            return this;
        }

        body.Append("<polyline fill=\"none\" stroke=\"currentColor\" stroke-width=\"").Append(N(width)).Append("\" points=\"");
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

    public Svg Circle(double cx, double cy, double r, bool filled, string? tooltip = null)
    {
        body.Append("<circle cx=\"").Append(N(cx)).Append("\" cy=\"").Append(N(cy)).Append("\" r=\"").Append(N(r)).Append('"')
            .Append(filled ? " fill=\"currentColor\"" : " fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.2\"");
        Close("circle", tooltip);
        return this;
    }

    public Svg Diamond(double cx, double cy, double r, string? tooltip = null)
    {
        body.Append("<path d=\"M").Append(N(cx)).Append(',').Append(N(cy - r)).Append(" L").Append(N(cx + r)).Append(',').Append(N(cy))
            .Append(" L").Append(N(cx)).Append(',').Append(N(cy + r)).Append(" L").Append(N(cx - r)).Append(',').Append(N(cy)).Append(" Z\" fill=\"currentColor\"");
        Close("path", tooltip);
        return this;
    }

    public Svg Square(double cx, double cy, double r, string? tooltip = null)
    {
        body.Append("<rect x=\"").Append(N(cx - r)).Append("\" y=\"").Append(N(cy - r)).Append("\" width=\"").Append(N(2 * r)).Append("\" height=\"").Append(N(2 * r))
            .Append("\" fill=\"currentColor\"");
        Close("rect", tooltip);
        return this;
    }

    public Svg Arrow(double x, double y, bool right, double size = 5)
    {
        var d = right ? size : -size;
        body.Append("<path d=\"M").Append(N(x - d)).Append(',').Append(N(y - size)).Append(" L").Append(N(x)).Append(',').Append(N(y))
            .Append(" L").Append(N(x - d)).Append(',').Append(N(y + size)).Append("\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.5\"/>\n");
        return this;
    }

    public Svg Band(double x, double y, double width, double height, double opacity)
    {
        body.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" fill=\"currentColor\" fill-opacity=\"").Append(N(opacity)).Append("\"/>\n");
        return this;
    }

    public Svg Text(double x, double y, string text, string anchor = "start", double size = 12, bool bold = false, bool italic = false, double rotate = 0)
    {
        body.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" font-size=\"").Append(N(size)).Append('"');
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

        body.Append('>').Append(Html.Escape(text)).Append("</text>\n");
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(N(Width)).Append(' ').Append(N(Height))
          .Append("\" width=\"").Append(N(Width)).Append("\" height=\"").Append(N(Height))
          .Append("\" role=\"img\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif\" fill=\"currentColor\" style=\"color:inherit;max-width:100%;height:auto\">\n")
          .Append("<title>").Append(Html.Escape(Title)).Append("</title>\n")
          .Append("<desc>").Append(Html.Escape(Description)).Append("</desc>\n")
          .Append(body)
          .Append("</svg>\n");
        return sb.ToString();
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
