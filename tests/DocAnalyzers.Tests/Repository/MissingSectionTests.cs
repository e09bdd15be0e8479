using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>DOC200: a section of the plan appears nowhere in the documentation.</summary>
public sealed class MissingSectionTests
{
    [Fact]
    public async Task Complete_documentation_reports_nothing()
    {
        await new RepositoryTest(("README.md", Docs.Complete)).VerifyAsync();
    }

    [Fact]
    public async Task Missing_subsection_is_reported_at_its_parent_heading()
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Infrastructure", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Missing_top_level_section_is_reported_at_the_title_of_the_readme()
    {
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "")
            .Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task The_root_readme_is_the_main_file_wherever_it_is_listed()
    {
        // docs/a.md sorts first and docs/README.md is not at the root: neither is the main file.
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "")
            .Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("docs/a.md", "# Notes\ntext\n"), ("docs/README.md", "# Docs\ntext\n"), ("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Without_a_root_readme_the_first_file_in_path_order_is_the_main_file()
    {
        string architecture = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "")
            .Replace("# Shop\n", "# Shop architecture\n");
        await new RepositoryTest(("docs/b.md", architecture), ("docs/a.md", "{|#0:# Notes|}\ntext\n"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_chapter_in_two_files_gets_its_missing_subsections_at_the_main_documents_heading_in_any_file_order(bool readmeFirst)
    {
        // The build lists files in the file system's order, which differs between machines: the answer must not. Architecture.md
        // sorts before README.md, so path order alone would pick its heading.
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        var files = new List<(string, string)> { ("README.md", readme), ("Architecture.md", "# System Architecture\nThe shop runs on two machines.\n") };
        if (!readmeFirst)
        {
            files.Reverse();
        }

        await new RepositoryTest(files.ToArray())
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Infrastructure", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Without_a_readable_file_a_missing_top_level_section_has_no_location()
    {
        await new RepositoryTest(("outline.md", "# Usage\nHow to use it.\n## Install\nHow to install it.\n"), ("README.md", "{|#0:|}# Usage\n\0"))
            .Kind("outline.md", "Template")
            .Expect(
                new DiagnosticResult(Descriptors.DocumentUnreadable).WithLocation(0).WithArguments("README.md", "it contains NUL characters, so it is not a text file"),
                new DiagnosticResult(Descriptors.SectionMissing).WithArguments("Usage", ", with its subsection 'Install'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_missing_chapter_is_one_finding_that_names_its_subsections()
    {
        const string Chapter = """
            ## Documentation and Resources
            Where to read more.

            ### API Documentation
            OpenAPI at /swagger.

            ### External Resources
            Links to the Stripe documentation.


            """;
        // The parent is missing too, so there is no heading to report at: the main file's title.
        string readme = Docs.CompleteWith(Chapter, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Documentation and Resources", ", with its subsections 'API Documentation' and 'External Resources'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_gap_in_a_chapter_found_in_several_pages_is_reported_on_the_page_about_it()
    {
        // Wolverine's docs: the Development Environment is a feature page's "Installation", a toc entry and the
        // "Getting Started" page; the missing Code Repository goes on that page, not on the first one by name.
        string readme = Docs.CompleteWith(Docs.Chapter("## Development Environment"), "");
        await new RepositoryTest(
                ("README.md", readme),
                ("docs/guide/aspire.md", "# Aspire\n\n## Installation\n\ndotnet add package Shop.Aspire\n"),
                ("docs/toc.md", "# [Getting started](xref:getting-started)\n"),
                ("docs/intro/getting-started.md", "{|#0:# Getting started|}\n\nInstall the .NET SDK.\n\n## Building\n\ndotnet build\n\n## Running the tests\n\ndotnet test\n"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Code Repository", " under 'Development Environment'"))
            .VerifyAsync();
    }

    private static readonly string PerformanceChapter = Docs.Chapter("## Performance and Scalability");

    [Fact]
    public async Task A_chapter_without_its_heading_is_there_when_half_its_subsections_are()
    {
        // Capacity and metrics pages, as a docs site has them: the chapter is there in substance, only its gap is reported.
        string readme = Docs.CompleteWith(PerformanceChapter, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        const string Operations = """
            # Operations

            ## Capacity planning and scaling
            Two more API nodes per thousand orders a minute.

            ## Monitor the shop's metrics
            p95 page load under 300 ms.
            """;
        await new RepositoryTest(("README.md", readme), ("docs/operations.md", Operations))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Disaster Recovery and Backup", " under 'Performance and Scalability'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_chapter_with_less_than_half_its_subsections_lacks_its_heading()
    {
        string readme = Docs.CompleteWith(PerformanceChapter, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme), ("docs/scaling.md", "# Scaling\n\nTwo more API nodes per thousand orders a minute.\n"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments(
                "Performance and Scalability",
                ", with its subsections 'Performance Metrics' and 'Disaster Recovery and Backup' (its subsection 'Scalability Strategies' is present)"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Sections_may_be_split_across_files()
    {
        const string Readme = """
            # Shop
            ## Overview
            The shop sells books online.
            See [architecture](docs/architecture.md).
            """;
        string architecture = Docs.Complete.Substring(Docs.Complete.IndexOf("## System Architecture", StringComparison.Ordinal));
        await new RepositoryTest(("README.md", Readme), ("docs/architecture.md", architecture)).VerifyAsync();
    }

    [Fact]
    public async Task A_subsection_at_the_top_of_its_own_file_counts()
    {
        string readme = Docs.CompleteWith("### Testing\nxunit for unit tests, Playwright for end-to-end tests.\n\n", "");
        const string Testing = """
            # Testing
            xunit for unit tests.
            """;
        await new RepositoryTest(("README.md", readme), ("docs/testing.md", Testing)).VerifyAsync();
    }

    [Fact]
    public async Task The_plans_own_bold_label_format_counts()
    {
        // The seed plan writes subsections as bold labels followed by a colon.
        await new RepositoryTest(("README.md", Docs.BoldLabels)).VerifyAsync();
    }

    [Fact]
    public async Task Conventional_files_and_aliases_satisfy_their_sections()
    {
        string readme = Docs.CompleteWith("### Change Log\n1.0: first release.\n\n", "")
            .Replace("### Best Practices and Guidelines\nFollow the .editorconfig.\n\n", "")
            .Replace("### FAQs and Troubleshooting", "### FAQ");
        await new RepositoryTest(("README.md", readme), ("CHANGELOG.md", "# 1.0\nFirst release."), ("CONTRIBUTING.md", "Fork, branch, pull request."))
            .VerifyAsync();
    }

    [Fact]
    public async Task Headings_in_code_blocks_comments_and_front_matter_do_not_count()
    {
        // Reported at the title, the first heading, not at the front matter's first line.
        string readme = "---\ntitle: Overview\n# Overview\n---\n" + Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "```\n## Overview\n```\n<!--\n## Overview\n-->\n\n    ## Overview\n\n").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Crlf_and_byte_order_mark_are_read_like_any_file()
    {
        string readme = "\uFEFF" + Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}")
            .Replace("\n", "\r\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Infrastructure", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Markdown_files_of_other_kinds_are_not_documentation()
    {
        await new RepositoryTest(("README.md", Docs.Complete), ("notes.md", "## Infrastructure\n"))
            .Kind("notes.md", "Other")
            .VerifyAsync();
    }

    [Fact]
    public async Task Markdown_files_the_package_did_not_mark_are_not_documentation()
    {
        // An analyzer project's own release notes reach the compiler as additional files too: "## Release 1.0" would be an empty Change Log.
        await new RepositoryTest(("README.md", Docs.Complete), ("src/Lib/AnalyzerReleases.Unshipped.md", "## Release 1.0\n"))
            .Kind("src/Lib/AnalyzerReleases.Unshipped.md", null)
            .VerifyAsync();
    }
}
