using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>docanalyzers check</c>, run as a process: exit codes, the text format and where results go.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Complete_documentation_exits_0_with_a_summary_line()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("No findings in 1 documentation file.\n", result.Output);
    }

    [Fact]
    public void Findings_exit_1_one_line_each_relative_to_the_root()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);
        string elsewhere = Directory.GetParent(repository.Root)!.FullName;

        ToolResult result = Tool.Run(elsewhere, "check", repository.Root, "--plan", "library");

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(
            new[]
            {
                "README.md(1,1): warning DOC200: Required section 'License' is missing",
                "README.md(1,1): warning DOC200: Required section 'Project' is missing, with its subsections 'Change Log', 'Contributing' and 'Support'",
                "README.md(5,1): warning DOC202: Section 'Installation' holds only placeholder text ('TODO')",
                "README.md(9,1): warning DOC201: Section 'Usage' is empty",
                "4 warnings in 1 documentation file.",
            },
            lines);
        Assert.DoesNotContain("\u001b[", result.Output);
    }

    [Fact]
    public void Fail_on_error_exits_0_for_warnings()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--fail-on", "error");

        Assert.Equal(0, result.ExitCode);
        Assert.EndsWith("4 warnings in 1 documentation file.\n", result.Output);
    }

    [Fact]
    public void Plan_and_template_come_from_Directory_Build_props()
    {
        using var repository = new TestRepository();
        repository.With("Directory.Build.props", "<Project><PropertyGroup><DocAnalyzersTemplate>eng/plan.md</DocAnalyzersTemplate></PropertyGroup></Project>")
            .With("eng/plan.md", "## Purpose\n\nWhy the project exists.\n\n## Runbook\n\nHow to restart the service.\n")
            .With("README.md", "# Service\n\n## Purpose\n\nIt keeps the lights on.\n");

        ToolResult result = Tool.Run(repository.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("README.md(1,1): warning DOC200: Required section 'Runbook' is missing\n1 warning in 1 documentation file.\n", result.Output);
    }

    [Fact]
    public void Editorconfig_and_globalconfig_severities_apply_as_in_a_build()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme)
            .With(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DOC202.severity = none\ndotnet_diagnostic.DOC201.severity = suggestion\n")
            .With(".globalconfig", "is_global = true\ndotnet_diagnostic.DOC200.severity = error\n");

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library");

        Assert.Equal(1, result.ExitCode);
        string[] lines = result.Output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Count(l => l.Contains(": error DOC200: ", System.StringComparison.Ordinal)));
        Assert.Contains("README.md(9,1): info DOC201: Section 'Usage' is empty", lines);
        Assert.DoesNotContain(lines, l => l.Contains("DOC202", System.StringComparison.Ordinal));
        Assert.Equal("2 errors, 1 info finding in 1 documentation file.", lines[^1]);
    }

    [Fact]
    public void Output_option_writes_the_results_to_the_file_and_nothing_to_standard_output()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);
        string file = Path.Combine(repository.Root, "results.txt");

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "library", "--output", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("README.md(9,1): warning DOC201: Section 'Usage' is empty\n", File.ReadAllText(file));
        Assert.Contains("results.txt", result.Error);
    }

    [Fact]
    public void A_repository_without_documentation_exits_1_with_DOC206()
    {
        using var repository = new TestRepository();
        repository.With("src/Program.cs", "class Program { }\n");

        ToolResult result = Tool.Run(repository.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("warning DOC206: ", result.Output);
        Assert.EndsWith("1 warning in 0 documentation files.\n", result.Output);
    }

    [Fact]
    public void Help_exits_0_and_names_the_installed_command()
    {
        using var repository = new TestRepository();

        ToolResult result = Tool.Run(repository.Root, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("docanalyzers [command] [options]", result.Output);
        Assert.Contains("check <path>", result.Output);
    }

    [Fact]
    public void A_folder_that_does_not_exist_exits_2()
    {
        using var repository = new TestRepository();

        ToolResult result = Tool.Run(repository.Root, "check", "no-such-folder");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains("the folder 'no-such-folder' does not exist", result.Error);
    }

    [Fact]
    public void An_unknown_plan_exits_2_naming_the_built_in_plans()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--plan", "libary");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("DOC001", result.Error);
        Assert.Contains("'libary'; the built-in plans are technical, library, arc42", result.Error);
    }

    [Fact]
    public void A_template_that_is_not_there_exits_2()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.CompleteLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "check", "--template", "eng/plan.md");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("the template 'eng/plan.md'", result.Error);
        Assert.Contains("was not found", result.Error);
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("lint")]
    public void Usage_errors_exit_2(params string[] arguments)
    {
        using var repository = new TestRepository();

        ToolResult result = Tool.Run(repository.Root, arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("docanalyzers: error:", result.Error);
    }
}
