using DocAnalyzers.CodeFixes.Repository;
using DocAnalyzers.Tests.Repository;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.Tests.CodeFixes.Repository;

/// <summary>DOC205's fix: the suggested file or anchor replaces the link's target; a link without a suggestion has no fix.</summary>
public sealed class BrokenLinkFixerTests
{
    private const string Guide = "# Guide\n\n## Install\nRun the installer.\n\n## Usage\nUse it.\n";

    [Fact]
    public async Task A_missing_file_is_replaced_by_the_suggested_file_keeping_the_fragment()
    {
        var fixedSolution = await new MarkdownFixTest(("README.md", Readme("Read [the guide](docs/gide.md#install).")), ("docs/guide.md", Guide))
            .FixOneAsync(new BrokenLinkFixer(), BrokenLinkFixer.ReplaceTargetKey, "'docs/gide.md#install'");

        Assert.Equal(Readme("Read [the guide](docs/guide.md#install)."), await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Empty(await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task A_near_miss_fragment_is_replaced_by_the_suggested_anchor()
    {
        var fixedSolution = await new MarkdownFixTest(("README.md", Readme(string.Empty)), ("docs/guide.md", Guide + "\nSee [usage](#usag).\n"))
            .FixOneAsync(new BrokenLinkFixer(), BrokenLinkFixer.ReplaceTargetKey, "'#usag'");

        Assert.Equal(Guide + "\nSee [usage](#usage).\n", await MarkdownFixTest.TextAsync(fixedSolution, "docs/guide.md"));
        Assert.Empty(await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task A_link_without_a_suggestion_has_no_fix()
    {
        var test = new MarkdownFixTest(("README.md", Readme("Read [the notes](docs/release-notes.md).")), ("docs/guide.md", Guide));
        var solution = test.CreateSolution();
        var diagnostic = Assert.Single(await MarkdownFixTest.DiagnosticsAsync(solution), d => d.Id == DiagnosticIds.BrokenLink);
        var document = solution.Projects.Single().AdditionalDocuments.Single(d => d.FilePath == MarkdownFixTest.Root + "README.md");
        var actions = new List<CodeAction>();
        await new BrokenLinkFixer().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));

        Assert.Empty(actions);
    }

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task Fix_all_replaces_every_suggested_target_and_leaves_the_others(FixAllScope scope)
    {
        var fixedSolution = await new MarkdownFixTest(
                ("README.md", Readme("[a](docs/gide.md) [b](docs/guide.md#instal) [c](docs/release-notes.md)")),
                ("docs/guide.md", Guide + "\n[d](#usag) [e](./gude.md#install)\n"))
            .FixAllAsync(new BrokenLinkFixer(), BrokenLinkFixer.ReplaceTargetKey, scope);

        Assert.Equal(Readme("[a](docs/guide.md) [b](docs/guide.md#install) [c](docs/release-notes.md)"), await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(Guide + "\n[d](#usage) [e](./guide.md#install)\n", await MarkdownFixTest.TextAsync(fixedSolution, "docs/guide.md"));
        Assert.Equal(
            new[] { "DOC205 Link 'docs/release-notes.md' points to a file that does not exist; correct the path or remove the link" },
            await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    private static string Readme(string extra) => Docs.Complete + "\n\n" + extra + "\n";
}
