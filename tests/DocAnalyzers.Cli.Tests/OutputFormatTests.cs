using System.Linq;
using System.Text.Json;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary>The machine-readable formats of <c>check</c>, parsed as their consumers parse them.</summary>
public sealed class OutputFormatTests
{
    [Fact]
    public void Json_lists_each_finding_with_its_place_and_the_counts()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        JsonElement root = json.RootElement;
        Assert.Equal("library", root.GetProperty("plan").GetString());
        Assert.Equal(new[] { "README.md" }, root.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        JsonElement[] findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(new[] { "DOC200", "DOC200", "DOC202", "DOC201" }, findings.Select(f => f.GetProperty("id").GetString()));
        JsonElement empty = findings[3];
        Assert.Equal("warning", empty.GetProperty("severity").GetString());
        Assert.Equal("Section 'Usage' is empty", empty.GetProperty("message").GetString());
        Assert.Equal("README.md", empty.GetProperty("path").GetString());
        Assert.Equal((9, 1), (empty.GetProperty("line").GetInt32(), empty.GetProperty("column").GetInt32()));
        Assert.EndsWith("/docs/rules/DOC201.md", empty.GetProperty("helpUri").GetString());
        JsonElement summary = root.GetProperty("summary");
        Assert.Equal((0, 4, 4), (summary.GetProperty("errors").GetInt32(), summary.GetProperty("warnings").GetInt32(), summary.GetProperty("total").GetInt32()));
    }

    [Fact]
    public void Sarif_is_what_GitHub_code_scanning_reads()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme).With("docs/guide.md", "# Guide\n\n## Usage\n");

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--format", "sarif");

        Assert.Equal(1, result.ExitCode);
        using JsonDocument json = JsonDocument.Parse(result.Output);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        JsonElement run = json.RootElement.GetProperty("runs").EnumerateArray().Single();
        JsonElement driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("DocAnalyzers", driver.GetProperty("name").GetString());
        JsonElement[] rules = driver.GetProperty("rules").EnumerateArray().ToArray();
        Assert.Contains(rules, r => r.GetProperty("id").GetString() == "DOC201" && r.GetProperty("name").GetString() == "DocumentationSectionIsEmpty");
        Assert.All(rules, rule =>
        {
            Assert.NotEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()!);
            Assert.NotEmpty(rule.GetProperty("help").GetProperty("text").GetString()!);
            Assert.StartsWith("https://", rule.GetProperty("helpUri").GetString());
        });
        Assert.StartsWith("file:///", run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());

        JsonElement finding = run.GetProperty("results").EnumerateArray().Single();
        Assert.Equal("DOC201", finding.GetProperty("ruleId").GetString());
        Assert.Equal("DOC201", rules[finding.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", finding.GetProperty("level").GetString());
        Assert.Equal("Section 'Usage' is empty", finding.GetProperty("message").GetProperty("text").GetString());
        JsonElement location = finding.GetProperty("locations").EnumerateArray().Single().GetProperty("physicalLocation");
        Assert.Equal("docs/guide.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        Assert.Equal((3, 1), (location.GetProperty("region").GetProperty("startLine").GetInt32(), location.GetProperty("region").GetProperty("startColumn").GetInt32()));
        Assert.Matches("^[0-9a-f]{16}:1$", finding.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString());
    }

    [Fact]
    public void Sarif_fingerprint_follows_the_finding_when_lines_are_added_above_it()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme).With("docs/guide.md", "# Guide\n\n## Usage\n");
        string before = Fingerprint(Tool.Run(repository.Root, "check", "--plan", "library", "--format", "sarif").Output);

        repository.With("docs/guide.md", "# Guide\n\nAn introduction.\n\n## Usage\n");
        string after = Fingerprint(Tool.Run(repository.Root, "check", "--plan", "library", "--format", "sarif").Output);

        Assert.Equal(before, after);
    }

    [Fact]
    public void GitHub_format_writes_one_escaped_annotation_per_finding()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme).With("docs/notes, v2 50%.md", "# Notes\n\n## Usage\n");

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--format", "github");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("::warning file=docs/notes%2C v2 50%25.md,line=3,col=1,endLine=3,endColumn=9,title=DOC201::Section 'Usage' is empty\n", result.Output);
    }

    [Fact]
    public void GitHub_format_keeps_commas_in_messages()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--format", "github");

        Assert.Contains("::warning file=README.md,line=1,col=1,endLine=1,endColumn=10,title=DOC200::Required section 'Project' is missing, with its subsections 'Change Log', 'Contributing' and 'Support'\n", result.Output);
    }

    private static string Fingerprint(string sarif)
    {
        using JsonDocument json = JsonDocument.Parse(sarif);
        return json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!;
    }
}
