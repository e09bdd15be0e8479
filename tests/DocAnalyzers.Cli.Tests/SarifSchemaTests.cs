using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>check --format sarif</c> validated by Microsoft's SARIF Multitool against the SARIF 2.1.0 schema and rules.</summary>
public sealed class SarifSchemaTests
{
    [Fact]
    public void The_log_of_a_repository_with_findings_of_every_repository_rule_validates()
    {
        using var repository = new TestRepository();
        repository
            .With("README.md", Samples.PartialLibraryReadme + "\nSee [the guide](docs/missing.md).\n")
            .With("docs/guide.md", "# Guide\n\n## Usage\n");
        string log = Path.Combine(repository.Root, "results.sarif");

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--format", "sarif", "--output", log);

        Assert.Equal(1, result.ExitCode);
        using (JsonDocument written = JsonDocument.Parse(File.ReadAllText(log)))
        {
            string[] ids = written.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()!).Distinct().ToArray();
            Assert.Superset(new[] { "DOC200", "DOC201", "DOC202", "DOC205" }.ToHashSet(), ids.ToHashSet());
        }

        Assert.Empty(Problems(SarifMultitool.Validate(log)));
    }

    [Fact]
    public void The_validator_reports_a_log_that_breaks_the_schema()
    {
        // Without this, an empty answer from the validator could mean it read nothing.
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);
        string log = Path.Combine(repository.Root, "results.sarif");
        Assert.Equal(1, Tool.Run(repository.Root, "check", "--plan", "library", "--format", "sarif", "--output", log).ExitCode);
        JsonNode broken = JsonNode.Parse(File.ReadAllText(log))!;
        Assert.True(broken["runs"]![0]!["tool"]!["driver"]!.AsObject().Remove("name"));
        File.WriteAllText(log, broken.ToJsonString());

        // JSON1002: a property the schema requires is missing.
        Assert.Contains(Problems(SarifMultitool.Validate(log)), problem => problem.StartsWith("JSON1002", System.StringComparison.Ordinal));
    }

    /// <summary>The validator's errors and warnings, as "RULE: arguments"; its notes are suggestions, not problems.</summary>
    private static string[] Problems(string validation)
    {
        using JsonDocument json = JsonDocument.Parse(validation);
        return json.RootElement.GetProperty("runs")[0].TryGetProperty("results", out JsonElement results)
            ? results.EnumerateArray()
                .Where(r => r.GetProperty("level").GetString() is "error" or "warning")
                .Select(r => r.GetProperty("ruleId").GetString() + ": " + r.GetProperty("message").GetRawText())
                .ToArray()
            : System.Array.Empty<string>();
    }
}
