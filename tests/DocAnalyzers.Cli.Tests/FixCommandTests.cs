using System.Linq;
using DocAnalyzers.Cli.Tests.Infrastructure;

namespace DocAnalyzers.Cli.Tests;

/// <summary><c>docanalyzers fix</c>: the package's DOC200, DOC201 and DOC205 fixes, applied from the command line.</summary>
public sealed class FixCommandTests
{
    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "fix", "--plan", "library", "--dry-run");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Samples.PartialLibraryReadme, repository.Read("README.md"));
        Assert.StartsWith("--- a/README.md\n+++ b/README.md\n@@ ", result.Output);
        Assert.Contains("\n+## License\n", result.Output);
        Assert.Contains("\n+TODO: The first working example and the common tasks, with code a reader can copy.\n", result.Output);
        Assert.EndsWith("1 file would change (dry run: nothing written).\n", result.Output);
    }

    [Fact]
    public void Fix_then_check_reports_no_missing_or_empty_section_only_the_prompts_as_placeholders()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);
        string[] before = Findings(Tool.Run(repository.Root, "check", "--plan", "library"));

        ToolResult fix = Tool.Run(repository.Root, "fix", "--plan", "library");
        string[] after = Findings(Tool.Run(repository.Root, "check", "--plan", "library"));

        Assert.Equal(0, fix.ExitCode);
        Assert.StartsWith("Updated README.md: added ", fix.Output);
        Assert.Contains("'License'", fix.Output);
        // The fixable findings are gone; what is left is what was there (Installation's TODO) and the prompts the fix wrote.
        Assert.Equal(3, before.Count(IsFixable));
        Assert.DoesNotContain(after, IsFixable);
        Assert.All(after, f => Assert.Contains(" warning DOC202: ", f));
        Assert.Contains(after, f => f.EndsWith("warning DOC202: Section 'License' holds only placeholder text ('TODO')", System.StringComparison.Ordinal));
        Assert.Contains(after, f => f.EndsWith("warning DOC202: Section 'Usage' holds only placeholder text ('TODO')", System.StringComparison.Ordinal));
        Assert.Contains("## Installation\n\nTODO\n", repository.Read("README.md"));
    }

    [Fact]
    public void Diagnostics_option_applies_only_the_fixes_it_names()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult fix = Tool.Run(repository.Root, "fix", "--plan", "library", "--diagnostics", "DOC201");
        string[] after = Findings(Tool.Run(repository.Root, "check", "--plan", "library"));

        Assert.Equal("Updated README.md: added 1 TODO prompt\n1 file changed.\n", fix.Output);
        Assert.Equal(2, after.Count(f => f.Contains("DOC200", System.StringComparison.Ordinal)));
        Assert.DoesNotContain(after, f => f.Contains("DOC201", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Diagnostics_without_a_markdown_fix_exit_2()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme);

        ToolResult result = Tool.Run(repository.Root, "fix", "--diagnostics", "DOC200,DOC204");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'DOC204', which has no markdown fix here; the fixable rules are DOC200, DOC201, DOC205", result.Error);
        Assert.Equal(Samples.PartialLibraryReadme, repository.Read("README.md"));
    }

    [Fact]
    public void A_broken_link_with_one_close_match_is_corrected_and_check_no_longer_reports_it()
    {
        using var repository = new TestRepository();
        repository.With("README.md", Samples.PartialLibraryReadme + "\nSee [the setup guide](docs/setup.md#instal).\n");
        repository.With("docs/setup.md", "# Setup\n\n## Install\n\nRun the installer.\n");
        string[] before = Findings(Tool.Run(repository.Root, "check", "--plan", "library"));

        ToolResult fix = Tool.Run(repository.Root, "fix", "--plan", "library", "--diagnostics", "DOC205");
        string[] after = Findings(Tool.Run(repository.Root, "check", "--plan", "library"));

        Assert.Contains(before, f => f.Contains(" DOC205: ", System.StringComparison.Ordinal));
        Assert.Equal("Updated README.md: corrected links on 1 line\n1 file changed.\n", fix.Output);
        Assert.Contains("See [the setup guide](docs/setup.md#install).\n", repository.Read("README.md"));
        Assert.DoesNotContain(after, f => f.Contains(" DOC205: ", System.StringComparison.Ordinal));
        Assert.Equal(before.Length - 1, after.Length);
    }

    private static bool IsFixable(string finding) =>
        finding.Contains(" DOC200: ", System.StringComparison.Ordinal) || finding.Contains(" DOC201: ", System.StringComparison.Ordinal);

    private static string[] Findings(ToolResult check) => check.Output.TrimEnd('\n').Split('\n')[..^1];
}
