using System.Text.RegularExpressions;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>The built-in plan is the seed plan: same sections, same nesting, same descriptions.</summary>
public sealed class BuiltInPlanTests
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "technical-documentation-plan.md"));

    [Fact]
    public void Built_in_plan_has_the_seeds_sections_nested_as_in_the_seed()
    {
        // Read the seed independently of the analyzer: "### **Title**:" chapters, "**Title**: text" subsections.
        var expected = new List<(string Title, string? Parent, string Description)>();
        string? chapter = null;
        foreach (string line in Seed.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            Match heading = Regex.Match(line, @"^###\s+\*\*(.+?)\*\*:?\s*$");
            Match label = Regex.Match(line, @"^\*\*(.+?)\*\*:\s*(.*)$");
            if (heading.Success)
            {
                chapter = heading.Groups[1].Value;
                expected.Add((chapter, null, string.Empty));
            }
            else if (label.Success)
            {
                expected.Add((label.Groups[1].Value, chapter, label.Groups[2].Value.Trim()));
            }
        }

        Assert.Equal(7, expected.Count(e => e.Parent is null));
        Assert.Equal(20, expected.Count(e => e.Parent is not null));
        var actual = PlanReader.Default.Sections
            .Select(s => (s.Title, s.Parent?.Title, s.Parent is null ? string.Empty : s.Description))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(new[] { "Architecture Diagram" }, PlanReader.Default.Sections.Where(s => s.IsDiagram).Select(s => s.Title));
        Assert.Equal(new[] { "Performance Metrics" }, PlanReader.Default.Sections.Where(s => s.IsTable).Select(s => s.Title));
        Assert.Equal(new[] { "External Resources", "Change Log" }, PlanReader.Default.Sections.Where(s => s.IsList).Select(s => s.Title));
        Assert.DoesNotContain(PlanReader.Default.Sections, s => s.IsOptional);
    }

    [Fact]
    public async Task The_seed_itself_satisfies_the_plan_but_has_no_diagram()
    {
        string readme = Seed.Replace("**Architecture Diagram**:", "{|#0:**Architecture Diagram**:|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.DiagramMissing).WithLocation(0).WithArguments("Architecture Diagram"))
            .VerifyAsync();
    }
}
