using System.Linq;
using System.Xml.Linq;
using DocAnalyzers.Cli.Reporting;

namespace DocAnalyzers.Cli.Tests;

/// <summary>The badge's colours are interrogate's, at each threshold of the issue: ≥95 #4c1, ≥90 #97CA00, ≥75 #a4a61d, ≥60 #dfb317, ≥40 #fe7d37, else #e05d44.</summary>
public sealed class CoverageBadgeTests
{
    [Theory]
    [InlineData(100, "#4c1")]
    [InlineData(95, "#4c1")]
    [InlineData(94.9, "#97CA00")]
    [InlineData(90, "#97CA00")]
    [InlineData(89.9, "#a4a61d")]
    [InlineData(75, "#a4a61d")]
    [InlineData(74.9, "#dfb317")]
    [InlineData(60, "#dfb317")]
    [InlineData(59.9, "#fe7d37")]
    [InlineData(40, "#fe7d37")]
    [InlineData(39.9, "#e05d44")]
    [InlineData(0, "#e05d44")]
    public void Colour_at_each_threshold(double percent, string colour)
    {
        Assert.Equal(colour, CoverageBadge.Colour(percent));
        Assert.Contains($"fill=\"{colour}\"", CoverageBadge.Svg(percent));
    }

    [Fact]
    public void Coverage_just_below_a_threshold_is_not_rounded_up_to_it()
    {
        // 9,499 of 10,000 documented is 94.99%: shown as 94.9%, the colour below 95.
        var coverage = new CoverageCount(10_000, 501);

        Assert.Equal(94.9, coverage.Percent);
        Assert.Equal("#97CA00", CoverageBadge.Colour(coverage.Percent));
    }

    [Fact]
    public void Badge_is_valid_svg_with_the_label_and_the_percentage()
    {
        XDocument svg = XDocument.Parse(CoverageBadge.Svg(87));

        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("docs coverage: 87%", svg.Root.Element(ns + "title")!.Value);
        string[] texts = svg.Descendants(ns + "text").Select(t => t.Value).Distinct().ToArray();
        Assert.Equal(new[] { "docs coverage", "87%" }, texts);
    }

    [Fact]
    public void Badge_without_coverage_says_so_in_grey()
    {
        XDocument svg = XDocument.Parse(CoverageBadge.Svg(null));

        Assert.Contains(svg.Descendants().Attributes("fill"), a => a.Value == CoverageBadge.UnknownColour);
        Assert.Contains(svg.Descendants(XName.Get("text", "http://www.w3.org/2000/svg")), t => t.Value == "n/a");
    }
}
