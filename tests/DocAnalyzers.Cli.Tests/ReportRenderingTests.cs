using System;
using System.Linq;
using System.Xml.Linq;
using DocAnalyzers.Cli.Reporting;

namespace DocAnalyzers.Cli.Tests;

/// <summary>The HTML, markdown and JSON renderings of one report model: escaping, order and round trip.</summary>
public sealed class ReportRenderingTests
{
    private static ReportModel Model(string message = "Section 'Usage' is empty") => new(
        ReportModel.CurrentSchemaVersion,
        "docanalyzers",
        "0.1.0",
        new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        "Shop <&> \"Co\"",
        "library",
        new CoverageCount(40, 10),
        new[]
        {
            new ProjectCoverage("Core", "src/Core/Core.csproj", new CoverageCount(30, 3), new[] { new NamespaceCoverage("Shop.Core", new CoverageCount(20, 1)), new NamespaceCoverage("Shop.Core.Data", new CoverageCount(10, 2)) }),
            new ProjectCoverage("Web", "src/Web/Web.csproj", new CoverageCount(10, 7), new[] { new NamespaceCoverage(NamespaceCoverage.GlobalNamespace, new CoverageCount(10, 7)) }),
        },
        new[]
        {
            new PlanSectionEntry(new[] { "Installation" }, PlanSectionStatus.Placeholder, "README.md", 5),
            new PlanSectionEntry(new[] { "Usage" }, PlanSectionStatus.Empty, "README.md", 9),
            new PlanSectionEntry(new[] { "Project" }, PlanSectionStatus.Missing, "README.md", 1),
            new PlanSectionEntry(new[] { "Project", "Change Log" }, PlanSectionStatus.Missing, null, 0),
            new PlanSectionEntry(new[] { "License" }, PlanSectionStatus.Present, null, 0),
        },
        new[]
        {
            new ReportFinding("DOC201", "warning", message, "docs/a|b.md", 9, 1, "Documentation section is empty", "https://example.com/DOC201.md"),
            new ReportFinding("DOC202", "error", "Section 'Installation' holds only placeholder text ('TODO')", "README.md", 5, 1, "Placeholder", "https://example.com/DOC202.md"),
            new ReportFinding("DOC001", "error", "no file", null, 0, 0, "Configuration", "javascript:alert(1)"),
        });

    [Fact]
    public void Html_escapes_a_finding_message_that_holds_a_script()
    {
        string html = HtmlReport.Render(Model("Heading <script>alert('x')</script> & more"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Heading &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more", html);
        Assert.Contains("Shop &lt;&amp;&gt; &quot;Co&quot;", html);
        Assert.DoesNotContain("javascript:", html);
    }

    [Fact]
    public void Html_is_self_contained()
    {
        string html = HtmlReport.Render(Model());

        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("url(http", html);
        Assert.Contains("<style>", html);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html);
    }

    [Fact]
    public void Html_lists_projects_and_namespaces_from_the_least_covered_and_findings_by_file()
    {
        string html = HtmlReport.Render(Model());

        Assert.True(html.IndexOf(">Web<", StringComparison.Ordinal) < html.IndexOf(">Core<", StringComparison.Ordinal));
        Assert.True(html.IndexOf(">Shop.Core.Data<", StringComparison.Ordinal) < html.IndexOf(">Shop.Core<", StringComparison.Ordinal));
        Assert.True(html.IndexOf("<h3>README.md</h3>", StringComparison.Ordinal) < html.IndexOf("<h3>docs/a|b.md</h3>", StringComparison.Ordinal));
        Assert.True(html.IndexOf("<h3>docs/a|b.md</h3>", StringComparison.Ordinal) < html.IndexOf("<h3>(no file)</h3>", StringComparison.Ordinal));
        Assert.Contains("75%", html);
    }

    [Fact]
    public void Markdown_tables_hold_the_statuses_and_escape_cells()
    {
        string markdown = MarkdownReport.Render(Model("A <b>bold</b> | piped *claim*"));

        Assert.Contains("| **Installation** | 📝 placeholder | README.md:5 |", markdown);
        Assert.Contains("| **Usage** | ⬜ empty | README.md:9 |", markdown);
        Assert.Contains("| &nbsp;&nbsp;&nbsp;&nbsp;Change Log | ❌ missing |  |", markdown);
        Assert.Contains("| **License** | ✅ present |  |", markdown);
        Assert.Contains("A &lt;b&gt;bold&lt;/b&gt; \\| piped \\*claim\\*", markdown);
        Assert.Contains("| docs/a\\|b.md | 9 |", markdown);
        Assert.Contains("**API documentation coverage: 75%** (30 of 40 members documented)", markdown);
    }

    [Fact]
    public void Json_round_trips()
    {
        string json = JsonReport.Render(Model());

        ReportModel read = JsonReport.Read(json)!;

        Assert.Equal(json, JsonReport.Render(read));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), read.Generated);
        Assert.Equal(PlanSectionStatus.Empty, read.Sections[1].Status);
        Assert.Equal(new CoverageCount(40, 10), read.Coverage);
    }

    [Fact]
    public void Json_names_are_the_documented_ones()
    {
        using var json = System.Text.Json.JsonDocument.Parse(JsonReport.Render(Model()));
        System.Text.Json.JsonElement root = json.RootElement;

        Assert.Equal(
            new[] { "schemaVersion", "tool", "version", "generated", "repository", "plan", "coverage", "projects", "sections", "findings", "sectionCounts", "findingCounts" },
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(75, root.GetProperty("coverage").GetProperty("percent").GetDouble());
        Assert.Equal("empty", root.GetProperty("sections")[1].GetProperty("status").GetString());
        Assert.Equal(1, root.GetProperty("sectionCounts").GetProperty("empty").GetInt32());
        Assert.Equal(2, root.GetProperty("findingCounts").GetProperty("error").GetInt32());
    }
}
