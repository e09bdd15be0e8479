using DocAnalyzers.CodeFixes.Repository;
using DocAnalyzers.Tests.Repository;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.Tests.CodeFixes.Repository;

/// <summary>DOC200's fix: the missing section is written among its siblings, with a TODO prompt that DOC202 then reports.</summary>
public sealed class MissingSectionFixerTests
{
    private const string Infrastructure = "### Infrastructure\nTwo virtual machines behind a load balancer.\n\n";
    private const string InfrastructurePrompt = "TODO: Details about the hosting environment, servers, cloud services, and network setup.";

    private const string Chapter = """
        ## Documentation and Resources
        Where to read more.

        ### API Documentation
        OpenAPI at /swagger.

        ### External Resources
        Links to the Stripe documentation.


        """;

    [Fact]
    public async Task Middle_sibling_goes_after_the_previous_sibling_and_its_content()
    {
        var test = new MarkdownFixTest(("README.md", Docs.CompleteWith(Infrastructure, "")));
        var fixedSolution = await test.FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Infrastructure'");

        Assert.Equal(Docs.CompleteWith(Infrastructure, $"### Infrastructure\n{InfrastructurePrompt}\n\n"), await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(new[] { "DOC202 Section 'Infrastructure' holds only placeholder text ('TODO')" }, await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task A_subsection_of_a_chapter_held_by_an_architecture_heading_goes_under_that_heading()
    {
        string readme = Docs.Complete
            .Replace("## System Architecture\n", "## Architecture\n")
            .Replace("## Application Architecture\nA web front end and an API.\n\n", "")
            .Replace("### Frontend Architecture\nReact with Vite.\n\n", "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Frontend Architecture'");

        // Among the architecture's subsections, before its application sibling Backend Architecture; no second chapter heading.
        string expected = readme.Replace(
            "TLS everywhere.\n\n### Backend Architecture",
            "TLS everywhere.\n\n### Frontend Architecture\nTODO: Information about the front-end technologies, frameworks, and structure.\n\n### Backend Architecture");
        Assert.NotEqual(readme, expected);
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Fact]
    public async Task First_sibling_goes_before_the_next_sibling()
    {
        string readme = Docs.CompleteWith("### Frontend Architecture\nReact with Vite.\n\n", "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Frontend Architecture'");

        string expected = readme.Replace(
            "A web front end and an API.\n\n### Backend Architecture",
            "A web front end and an API.\n\n### Frontend Architecture\nTODO: Information about the front-end technologies, frameworks, and structure.\n\n### Backend Architecture");
        Assert.NotEqual(readme, expected);
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Fact]
    public async Task Last_sibling_goes_at_the_end_of_the_parent_before_the_next_chapter()
    {
        string readme = Docs.CompleteWith("### Security Architecture\nOpenID Connect sign-in; TLS everywhere.\n\n", "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Security Architecture'");

        string expected = readme.Replace(
            "one schema per service.\n\n## Application Architecture",
            "one schema per service.\n\n### Security Architecture\nTODO: Details about security measures, including authentication, authorization, encryption, and data protection.\n\n## Application Architecture");
        Assert.NotEqual(readme, expected);
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Fact]
    public async Task Last_section_of_a_file_without_a_final_line_break_keeps_it_that_way()
    {
        string readme = Docs.CompleteWith("\n\n### Contact Information\nshop-team@example.com", "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Contact Information'");

        Assert.EndsWith("when the queue stalls.", readme);
        Assert.Equal(
            readme + "\n\n### Contact Information\nTODO: Details of the system architects, developers, and other key personnel responsible for the system's development and maintenance.",
            await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Fact]
    public async Task Level_is_one_below_the_parent_and_blank_lines_follow_the_file()
    {
        // A file of its own that writes a blank line after each heading, with the parent at level 1.
        const string Performance = "# Performance and Scalability\n\nMeasured monthly.\n\n## Performance Metrics\n\np95 under 300 ms.\n";
        string readme = Docs.Complete.Substring(0, Docs.Complete.IndexOf("## Performance and Scalability", StringComparison.Ordinal))
            + Docs.Complete.Substring(Docs.Complete.IndexOf("## Documentation and Resources", StringComparison.Ordinal));
        var test = new MarkdownFixTest(("README.md", readme), ("docs/performance.md", Performance));
        var fixedSolution = await test.FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Scalability Strategies'");

        Assert.Equal(
            Performance + "\n## Scalability Strategies\n\nTODO: Approaches used for scaling the application, both horizontally and vertically.\n",
            await MarkdownFixTest.TextAsync(fixedSolution, "docs/performance.md"));
        Assert.Equal(readme, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Fact]
    public async Task Bold_label_siblings_get_a_bold_label()
    {
        string readme = Docs.BoldLabelsWith("**Infrastructure**: Two virtual machines.\n\n", "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Infrastructure'");

        Assert.Equal(
            Docs.BoldLabelsWith("**Infrastructure**: Two virtual machines.", "**Infrastructure**: " + InfrastructurePrompt),
            await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(new[] { "DOC202 Section 'Infrastructure' holds only placeholder text ('TODO')" }, await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task Missing_top_level_section_goes_into_the_readme_at_the_level_of_its_siblings()
    {
        string readme = Docs.CompleteWith("## Overview\nThe shop sells books online.\n\n", "");
        var fixedSolution = await new MarkdownFixTest(("docs/a.md", "# Notes\ntext\n"), ("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Overview'");

        Assert.Equal(
            Docs.CompleteWith("The shop sells books online.", "TODO: A high-level description of the system, its purpose, and its components."),
            await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal("# Notes\ntext\n", await MarkdownFixTest.TextAsync(fixedSolution, "docs/a.md"));
        Assert.Equal(new[] { "DOC202 Section 'Overview' holds only placeholder text ('TODO')" }, await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task A_missing_chapter_is_written_whole_by_one_fix()
    {
        var fixedSolution = await new MarkdownFixTest(("README.md", Docs.CompleteWith(Chapter, "")))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Documentation and Resources' is missing, with its subsections");

        const string Written = """
            ## Documentation and Resources
            TODO: write this section.

            ### API Documentation
            TODO: Detailed documentation of APIs, including endpoints, request/response formats, and use cases.

            ### External Resources
            TODO: Links to external resources, libraries, or services used in the architecture.


            """;
        Assert.Equal(Docs.CompleteWith(Chapter, Written), await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(
            new[]
            {
                "DOC202 Section 'API Documentation' holds only placeholder text ('TODO')",
                "DOC202 Section 'Documentation and Resources' holds only placeholder text ('TODO')",
                "DOC202 Section 'External Resources' holds only placeholder text ('TODO')",
            },
            await MarkdownFixTest.RemainingAsync(fixedSolution));
    }

    [Fact]
    public async Task A_missing_chapter_with_a_present_subsection_is_written_with_its_missing_subsections_only()
    {
        // One finding for the gap: the chapter and its two missing subsections; the scaling page stays where it is.
        string readme = Docs.CompleteWith(Docs.Chapter("## Performance and Scalability"), "");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme), ("docs/scaling.md", "# Scaling\n\nTwo more API nodes per thousand orders a minute.\n"))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Performance and Scalability' is missing, with its subsections");

        string text = await MarkdownFixTest.TextAsync(fixedSolution, "README.md");
        Assert.Contains(
            "## Performance and Scalability\nTODO: write this section.\n\n### Performance Metrics\nTODO: Key performance indicators and performance testing results.\n\n### Disaster Recovery and Backup\nTODO: ",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Scalability Strategies", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await MarkdownFixTest.RemainingAsync(fixedSolution), d => d.StartsWith("DOC200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_subsection_whose_parent_is_missing_too_gets_the_parent_written()
    {
        // A present subsection keeps its chapter from being one finding: the other subsection is its own, and its fix writes the parent.
        string readme = Docs.CompleteWith(Chapter, "") + "\n\n# External Resources\nLinks to the Stripe documentation.\n";
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'API Documentation'");

        string text = await MarkdownFixTest.TextAsync(fixedSolution, "README.md");
        Assert.Contains("## Documentation and Resources\nTODO: write this section.\n\n### API Documentation\nTODO: Detailed documentation of APIs", text, StringComparison.Ordinal);
        Assert.DoesNotContain(await MarkdownFixTest.RemainingAsync(fixedSolution), d => d.StartsWith("DOC200", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Crlf_file_stays_crlf()
    {
        string readme = Docs.CompleteWith(Infrastructure, "").Replace("\n", "\r\n");
        var fixedSolution = await new MarkdownFixTest(("README.md", readme))
            .FixOneAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, "'Infrastructure'");

        string expected = Docs.CompleteWith(Infrastructure, $"### Infrastructure\n{InfrastructurePrompt}\n\n").Replace("\n", "\r\n");
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
    }

    [Theory]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    [InlineData(FixAllScope.Document)]
    public async Task Fix_all_composes_several_sections_in_each_file(FixAllScope scope)
    {
        // Two adjacent siblings, a chapter and its children, a top-level section, and a subsection in another file.
        string readme = Docs.CompleteWith(Infrastructure, "")
            .Replace("### Database Architecture\nPostgreSQL 16, one schema per service.\n\n", "")
            .Replace(Chapter, "")
            .Replace("## Overview\nThe shop sells books online.\n\n", "");
        string split = readme.Replace("## Performance and Scalability\nMeasured monthly.\n\n### Performance Metrics\np95 page load under 300 ms.\n\n### Scalability Strategies\nHorizontal scaling of the API.\n\n### Disaster Recovery and Backup\nNightly backups kept 30 days.\n\n", "");
        Assert.NotEqual(readme, split);
        const string Performance = "## Performance and Scalability\nMeasured monthly.\n\n### Performance Metrics\np95 page load under 300 ms.\n";

        var fixedSolution = await new MarkdownFixTest(("README.md", split), ("docs/performance.md", Performance))
            .FixAllAsync(new MissingSectionFixer(), MissingSectionFixer.AddSectionKey, scope);

        string expected = Docs.Complete
            .Replace("The shop sells books online.", "TODO: A high-level description of the system, its purpose, and its components.")
            .Replace("Two virtual machines behind a load balancer.", InfrastructurePrompt)
            .Replace("PostgreSQL 16, one schema per service.", "TODO: Information about the database systems used, including schemas and data flow diagrams.")
            .Replace("## Performance and Scalability\nMeasured monthly.\n\n### Performance Metrics\np95 page load under 300 ms.\n\n### Scalability Strategies\nHorizontal scaling of the API.\n\n### Disaster Recovery and Backup\nNightly backups kept 30 days.\n\n", "")
            .Replace("Where to read more.", "TODO: write this section.")
            .Replace("OpenAPI at /swagger.", "TODO: Detailed documentation of APIs, including endpoints, request/response formats, and use cases.")
            .Replace("Links to the Stripe documentation.", "TODO: Links to external resources, libraries, or services used in the architecture.");
        Assert.Equal(expected, await MarkdownFixTest.TextAsync(fixedSolution, "README.md"));
        Assert.Equal(
            Performance + "\n### Scalability Strategies\nTODO: Approaches used for scaling the application, both horizontally and vertically.\n\n"
                + "### Disaster Recovery and Backup\nTODO: Procedures and systems in place for data backup, disaster recovery, and business continuity.\n",
            await MarkdownFixTest.TextAsync(fixedSolution, "docs/performance.md"));

        Assert.Equal(
            new[]
            {
                "DOC202 Section 'API Documentation' holds only placeholder text ('TODO')",
                "DOC202 Section 'Database Architecture' holds only placeholder text ('TODO')",
                "DOC202 Section 'Disaster Recovery and Backup' holds only placeholder text ('TODO')",
                "DOC202 Section 'Documentation and Resources' holds only placeholder text ('TODO')",
                "DOC202 Section 'External Resources' holds only placeholder text ('TODO')",
                "DOC202 Section 'Infrastructure' holds only placeholder text ('TODO')",
                "DOC202 Section 'Overview' holds only placeholder text ('TODO')",
                "DOC202 Section 'Scalability Strategies' holds only placeholder text ('TODO')",
            },
            await MarkdownFixTest.RemainingAsync(fixedSolution));
    }
}
