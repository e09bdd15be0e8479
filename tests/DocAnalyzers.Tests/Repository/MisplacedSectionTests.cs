using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC203: a plan section found under a different parent than the plan puts it.</summary>
public sealed class MisplacedSectionTests
{
    [Fact]
    public async Task Subsection_under_another_parent_is_reported_instead_of_missing()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("### Integration Points", "{|#0:### Infrastructure|}\nTwo virtual machines.\n\n### Integration Points");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Infrastructure", "under 'Application Architecture'", "under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Subsection_outside_its_parent_in_the_parents_file_is_reported()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            + "\n\n{|#0:Infrastructure\n==============|}\nTwo virtual machines.\n";
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Infrastructure", "at the top level", "under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_top_level_title_inside_another_section_is_that_sections_own()
    {
        // "### Overview" under Change Management is the overview of change management, not the system's.
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "")
            .Replace("### Upgrade Paths", "### Overview\nThe shop sells books online.\n\n### Upgrade Paths")
            .Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task The_message_names_the_heading_the_section_sits_under()
    {
        // "3. Architecture" names no plan section (the project's own chapter), yet the plan's parent is in the file.
        string readme = Docs.CompleteWith("### Security Architecture\nOpenID Connect sign-in; TLS everywhere.\n\n", "")
            + "\n## 3. Hosting notes\n\n{|#0:### 3.9 Security|}\nTLS everywhere.\n";
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMisplaced).WithLocation(0).WithArguments("Security Architecture", "under '3. Hosting notes'", "under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Beside_a_heading_that_only_resembles_its_parent_a_section_counts_where_it_is()
    {
        // A library README: "Installation" is read as Development Environment, but the file does not follow the plan's
        // structure, so "Building the sources" beside it is no misplaced Build and Deployment Process.
        string readme = Docs.CompleteWith("## Development Environment\nLinux or Windows with the .NET SDK.\n\n", "## Installation\ndotnet add package Shop\n\n")
            .Replace("### Build and Deployment Process\nGitHub Actions builds and deploys on every merge.\n\n", "")
            + "\n\n## Building the sources\nRun ./build.ps1.\n";
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task A_chapter_of_the_plan_under_a_chapter_of_another_kind_is_that_chapters_topic()
    {
        // A reading list: "### Application Architecture" under "## Recommended reading" lists books, it is no architecture chapter.
        string readme = Docs.CompleteWith(Docs.Chapter("## Application Architecture"), "")
            .Replace("# Shop\n", "{|#0:# Shop|}\n")
            + "\n\n## Recommended reading\n\n### Application Architecture\n- Patterns of Enterprise Application Architecture\n";
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Application Architecture", ", with its subsections 'Frontend Architecture', 'Backend Architecture' and 'Integration Points'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_subsection_in_another_file_counts_where_it_is()
    {
        // The contributing guide's testing chapter is where a reader finds Testing; the README does not hold its parent.
        string readme = Docs.CompleteWith("### Testing\nxunit for unit tests, Playwright for end-to-end tests.\n\n", "");
        await new RepositoryTest(("README.md", readme), ("docs/contributing.md", "# Contributing\n\n## Testing\nRun dotnet test.\n")).VerifyAsync();
    }

    [Fact]
    public async Task A_correctly_placed_copy_wins_over_a_misplaced_one()
    {
        string readme = Docs.CompleteWith("### Integration Points", "### Infrastructure\nAlso two machines.\n\n### Integration Points");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Headings_outside_the_plan_between_parent_and_child_are_transparent()
    {
        string readme = Docs.CompleteWith("### Infrastructure", "### Hosting\nWe host it.\n\n#### Infrastructure");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }
}
