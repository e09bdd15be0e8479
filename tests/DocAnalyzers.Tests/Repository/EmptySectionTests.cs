using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC201: a plan section with nothing before the next heading of its level or higher.</summary>
public sealed class EmptySectionTests
{
    [Fact]
    public async Task Heading_followed_by_a_sibling_is_empty()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.", "{|#0:### Infrastructure|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Infrastructure"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Last_heading_of_the_file_is_empty()
    {
        string readme = Docs.CompleteWith("### Contact Information\nshop-team@example.com", "{|#0:### Contact Information|}\n\n<!-- fill in later -->\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Contact Information"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Parent_whose_content_is_only_its_subsections_is_not_empty()
    {
        await new RepositoryTest(("README.md", Docs.CompleteWith("## System Architecture\nThree tiers.\n", "## System Architecture\n")))
            .VerifyAsync();
    }

    [Fact]
    public async Task Bold_label_without_text_is_empty()
    {
        string readme = Docs.BoldLabelsWith("**Testing**: xunit.", "{|#0:**Testing**:|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Testing"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Setext_heading_is_a_section_too()
    {
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.", "{|#0:Overview\n--------|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Overview"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_heading_that_is_one_link_is_not_empty()
    {
        // bUnit's docfx toc.md: each heading links to the page that holds the section.
        const string Toc = "# [Getting started](xref:getting-started)\n## [Writing tests](xref:writing-tests)\n# [Contribute][contribute]\n\n[contribute]: xref:contribute\n";
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/toc.md", Toc))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("redirect_to: /documentation/faq.html", false)]
    [InlineData("redirectTo: documentation/faq.html", false)]
    [InlineData("description: Questions people ask.", true)]
    public async Task A_page_that_redirects_is_not_empty(string frontMatter, bool empty)
    {
        // Quartz.NET's docs/faq.md is a front matter with a title and redirectTo, nothing else.
        string page = "---\n{|#0:title: FAQ|}\n" + frontMatter + "\n---\n";
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/faq.md", page))
            .ExpectIf(empty, new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("FAQs and Troubleshooting"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Headings_outside_the_plan_may_be_empty()
    {
        await new RepositoryTest(("README.md", Docs.CompleteWith("# Shop\n", "# Shop\n## Badges\n")))
            .VerifyAsync();
    }

    [Fact]
    public async Task Empty_section_is_reported_without_any_repository_property()
    {
        // Per-file checks need nothing but the file: the IDE shows them as the user types.
        var test = new RepositoryTest(("README.md", "# Notes\n{|#0:## Testing|}\n## Other\ntext\n"))
            .WithoutProperties()
            .Expect(new DiagnosticResult(Descriptors.SectionEmpty).WithLocation(0).WithArguments("Testing"));
        test.DisabledDiagnostics.Add(DiagnosticIds.SectionMissing);
        test.DisabledDiagnostics.Add(DiagnosticIds.SectionMisplaced);
        await test.VerifyAsync();
    }
}
