using System;
using System.Globalization;
using System.Net;
using System.Text;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// A shields.io-style flat badge, "docs coverage | 87%", coloured as interrogate colours its badge: 95% and up
/// bright green, 90% green, 75% yellow-green, 60% yellow, 40% orange, below that red; grey without a coverage.
/// </summary>
internal static class CoverageBadge
{
    public const string Label = "docs coverage";

    /// <summary>The colour of a badge without a coverage (no project loaded).</summary>
    public const string UnknownColour = "#9f9f9f";

    /// <summary>interrogate's colour for a coverage in percent (as the report shows it, rounded down to one decimal).</summary>
    public static string Colour(double percent) => percent switch
    {
        >= 95 => "#4c1",
        >= 90 => "#97CA00",
        >= 75 => "#a4a61d",
        >= 60 => "#dfb317",
        >= 40 => "#fe7d37",
        _ => "#e05d44",
    };

    /// <summary>The badge as an SVG document; "n/a" in grey for a null coverage.</summary>
    public static string Svg(double? percent)
    {
        string value = percent is { } p ? CoverageCount.Format(p) : "n/a";
        string colour = percent is { } q ? Colour(q) : UnknownColour;
        int left = TextWidth(Label) + 10;
        int right = TextWidth(value) + 14;
        int width = left + right;
        string label = WebUtility.HtmlEncode(Label);
        string text = WebUtility.HtmlEncode(value);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"20\" role=\"img\" aria-label=\"{label}: {text}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{label}: {text}</title>");
        svg.Append("<linearGradient id=\"docs-coverage-shine\" x2=\"0\" y2=\"100%\"><stop offset=\"0\" stop-color=\"#bbb\" stop-opacity=\".1\"/><stop offset=\"1\" stop-opacity=\".1\"/></linearGradient>");
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"docs-coverage-round\"><rect width=\"{width}\" height=\"20\" rx=\"3\" fill=\"#fff\"/></clipPath>");
        svg.Append("<g clip-path=\"url(#docs-coverage-round)\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{left}\" height=\"20\" fill=\"#555\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left}\" width=\"{right}\" height=\"20\" fill=\"{colour}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"20\" fill=\"url(#docs-coverage-shine)\"/>");
        svg.Append("</g>");
        svg.Append("<g fill=\"#fff\" text-anchor=\"middle\" font-family=\"Verdana,Geneva,DejaVu Sans,sans-serif\" font-size=\"11\">");
        AppendText(svg, left / 2.0, label);
        AppendText(svg, left + (right / 2.0), text);
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static void AppendText(StringBuilder svg, double x, string text)
    {
        string at = x.ToString("0.#", CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at}\" y=\"15\" fill=\"#010101\" fill-opacity=\".3\">{text}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at}\" y=\"14\">{text}</text>");
    }

    // Verdana at 11px, roughly: shields measures each glyph; an estimate keeps the badge free of font files.
    private static int TextWidth(string text)
    {
        double width = 0;
        foreach (char c in text)
        {
            width += c switch
            {
                ' ' => 3.9,
                '.' or ',' or ':' or 'i' or 'l' or 'j' or 'f' or 't' or 'r' or '/' => 4.3,
                '%' => 11.8,
                >= '0' and <= '9' => 7.3,
                'm' or 'w' => 10.9,
                >= 'A' and <= 'Z' => 8,
                _ => 7,
            };
        }

        return (int)Math.Ceiling(width);
    }
}
