using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC202: a plan section whose own text is placeholder text only.</summary>
public sealed class PlaceholderSectionTests
{
    [Theory]
    [InlineData("TODO", "TODO")]
    [InlineData("TBD.", "TBD")]
    [InlineData("*Coming soon!*", "Coming soon")]
    [InlineData("- FIXME: describe the servers", "FIXME")]
    [InlineData("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum")]
    [InlineData("> Work in progress", "Work in progress")]
    [InlineData("...", "...")]
    [InlineData("TODO\n\nTBD", "TODO")]
    public async Task Placeholder_text_is_reported_with_its_marker(string text, string marker)
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "{|#0:### Infrastructure|}\n" + text);
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionPlaceholder).WithLocation(0).WithArguments("Infrastructure", marker))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("Todoist sends the reminders.")]
    [InlineData("TODO: none.\n\nTwo virtual machines.")]
    [InlineData("The placeholder service renders thumbnails.")]
    [InlineData("```\nTODO\n```")]
    public async Task Real_content_is_not_a_placeholder(string text)
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "### Infrastructure\n" + text);
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Bold_label_followed_by_a_placeholder_is_reported()
    {
        string readme = Docs.BoldLabelsWith("**Testing**: xunit.", "{|#0:**Testing**:|} TBD");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionPlaceholder).WithLocation(0).WithArguments("Testing", "TBD"))
            .VerifyAsync();
    }
}
