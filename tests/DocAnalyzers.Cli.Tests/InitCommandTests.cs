using System.Linq;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>docanalyzers init</c>: the plan's skeleton, written by the DOC200 fix, never over what exists.</summary>
public sealed class InitCommandTests
{
    [Fact]
    public void Init_in_an_empty_folder_leaves_only_placeholders_to_write_and_a_second_init_changes_nothing()
    {
        using var repository = new TestRepository();

        ToolResult init = Tool.Run(repository.Root, "init");
        ToolResult check = Tool.Run(repository.Root, "check");
        string written = repository.Read("README.md");
        ToolResult again = Tool.Run(repository.Root, "init");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("Created README.md: added 27 sections: 'Overview', 'System Architecture', 'Architecture Diagram'", init.Output);
        Assert.Equal(1, check.ExitCode);
        string[] findings = check.Output.TrimEnd('\n').Split('\n')[..^1];
        Assert.Equal(27, findings.Length);
        Assert.All(findings, f => Assert.Matches(@"^README\.md\(\d+,1\): warning DOC202: Section '[^']+' holds only placeholder text \('TODO'\)$", f));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal("Nothing to write: every section of the plan is present.\n", again.Output);
        Assert.Equal(written, repository.Read("README.md"));
    }

    [Fact]
    public void Init_adds_only_the_missing_sections_and_keeps_what_is_written()
    {
        using var repository = new TestRepository();
        repository.With("README.md", "# Greeter\n\nGreeter says hello in the languages your users speak.\n\n## Installation\n\nRun `dotnet add package Greeter`.\n");

        ToolResult init = Tool.Run(repository.Root, "init", "--plan", "library");
        string readme = repository.Read("README.md");

        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("Updated README.md: added ", init.Output);
        Assert.DoesNotContain("'Installation'", init.Output);
        Assert.StartsWith("# Greeter\n\nGreeter says hello in the languages your users speak.\n\n## Installation\n\nRun `dotnet add package Greeter`.\n", readme);
        Assert.Contains("\n## Usage\n\nTODO: ", readme);
        Assert.Contains("\n## License\n\nTODO: ", readme);
        Assert.Contains("docanalyzers check --plan library", init.Error);
        string[] findings = Tool.Run(repository.Root, "check", "--plan", "library").Output.TrimEnd('\n').Split('\n')[..^1];
        Assert.All(findings, f => Assert.Contains(" DOC202: ", f));
    }

    [Fact]
    public void An_unknown_plan_is_a_usage_error_and_writes_nothing()
    {
        using var repository = new TestRepository();

        ToolResult init = Tool.Run(repository.Root, "init", "--plan", "agile");

        Assert.Equal(2, init.ExitCode);
        Assert.Contains("technical", init.Error);
        Assert.False(repository.Exists("README.md"));
    }
}
