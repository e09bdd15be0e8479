using DocAnalyzers.CodeFixes.Repository;
using DocAnalyzers.Tests.Repository;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.Tests.CodeFixes.Repository;

/// <summary>DOC201's fix: the plan's TODO prompt under the empty heading or after the empty bold label; DOC202 then reports it.</summary>
public sealed class EmptySectionFixerTests
{
    private const string InfrastructurePrompt = "TODO: Details about the hosting environment, servers, cloud services, and network setup.";

    [Fact]
    public async Task Prompt_goes_on_the_line_under_the_heading()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "### Infrastructure");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new EmptySectionFixer(), EmptySectionFixer.AddPromptKey, "'Infrastructure'");

        Assert.Equal(Docs.CompleteWith("Two virtual machines behind a load balancer.", InfrastructurePrompt), await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(new[] { "DOC202 Section 'Infrastructure' holds only placeholder text ('TODO')" }, await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task Prompt_follows_the_colon_of_a_bold_label()
    {
        string readme = Docs.BoldLabelsWith("**Testing**: xunit.", "**Testing**:");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new EmptySectionFixer(), EmptySectionFixer.AddPromptKey, "'Testing'");

        Assert.Equal(
            Docs.BoldLabelsWith("**Testing**: xunit.", "**Testing**: TODO: Information about testing frameworks and strategies, including unit, integration, and performance testing."),
            await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(new[] { "DOC202 Section 'Testing' holds only placeholder text ('TODO')" }, await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task Crlf_file_with_blank_lines_after_headings_gets_both()
    {
        const string Performance = "# Performance and Scalability\r\n\r\nMeasured monthly.\r\n\r\n## Performance Metrics\r\n\r\n## Scalability Strategies\r\n\r\nHorizontal.\r\n\r\n## Disaster Recovery and Backup\r\n\r\nNightly.\r\n";
        string readme = Docs.Complete.Substring(0, Docs.Complete.IndexOf("## Performance and Scalability", StringComparison.Ordinal))
            + Docs.Complete.Substring(Docs.Complete.IndexOf("## Documentation and Resources", StringComparison.Ordinal));
        var fixedSolution = await new MarkdownFixTest(("README.md", readme), ("docs/performance.md", Performance))
            .FixOneAsync(new EmptySectionFixer(), EmptySectionFixer.AddPromptKey, "'Performance Metrics'");

        Assert.Equal(
            Performance.Replace("## Performance Metrics\r\n", "## Performance Metrics\r\n\r\nTODO: Key performance indicators and performance testing results.\r\n"),
            await MarkdownFixTest.TextAsync(fixedSolution, "docs/performance.md"));
    }

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Document)]
    public async Task Fix_all_fills_every_empty_section(FixAllScope scope)
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "### Infrastructure")
            .Replace("### Testing\nxunit for unit tests, Playwright for end-to-end tests.", "### Testing");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixAllAsync(new EmptySectionFixer(), EmptySectionFixer.AddPromptKey, scope);

        string expected = Docs.Complete
            .Replace("Two virtual machines behind a load balancer.", InfrastructurePrompt)
            .Replace("xunit for unit tests, Playwright for end-to-end tests.", "TODO: Information about testing frameworks and strategies, including unit, integration, and performance testing.");
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(
            new[]
            {
                "DOC202 Section 'Infrastructure' holds only placeholder text ('TODO')",
                "DOC202 Section 'Testing' holds only placeholder text ('TODO')",
            },
            await MarkdownFixTest.RemainingAsync(fixedSolution));
    }
}
