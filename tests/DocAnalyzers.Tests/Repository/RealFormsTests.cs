using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>
/// Forms real documentation uses for a section, each of which DOC200 once reported as missing. Each test
/// is a small reproducer of what was seen in public .NET repositories.
/// </summary>
public sealed class RealFormsTests
{
    private const string Overview = "## Overview\nThe shop sells books online.\n\n";

    [Fact]
    public async Task Prose_between_the_readmes_title_and_its_first_section_is_the_overview()
    {
        string readme = Docs.CompleteWith(Overview, "The shop sells books online to readers all over Europe.\n\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Prose_before_a_title_less_readme_is_the_overview_too()
    {
        string readme = Docs.CompleteWith(Overview, "").Replace("# Shop\n\n", "The shop sells books online to readers all over Europe.\n\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Badges_and_links_alone_are_not_an_overview()
    {
        const string Badges = "[![Build](https://ci.example/badge.svg)](https://ci.example) [![NuGet](https://img.shields.io/nuget/v/Shop.svg)](https://nuget.org/packages/Shop)\n\n[Docs](https://docs.example) | [Samples](https://samples.example)\n\n";
        string readme = Docs.CompleteWith(Overview, Badges).Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task The_introduction_of_a_file_other_than_the_readme_is_not_the_overview()
    {
        string readme = Docs.CompleteWith(Overview, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("README.md", readme), ("docs/guide.md", "# Guide\n\nThis guide explains how the shop is run day to day.\n"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("![Containers](docs/c2.png)")]
    [InlineData("```mermaid\nflowchart LR\n  web --> api\n```")]
    [InlineData("<img src=\"docs/c2.svg\" width=\"600\">")]
    public async Task A_diagram_in_the_parent_section_is_the_architecture_diagram(string diagram)
    {
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("Three tiers.\n", "Three tiers.\n\n" + diagram + "\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Theory]
    [InlineData("A web front end and an API.\n", "![Microservices](assets/microservices.png)", false)]
    [InlineData("React with Vite.\n", "```mermaid\nflowchart LR\n  web --> api\n```", false)]
    [InlineData("Payments through Stripe webhooks.\n", "![Webhooks](docs/webhooks.png)", true)]
    public async Task A_diagram_under_a_heading_that_names_the_architecture_is_the_architecture_diagram(string under, string diagram, bool missing)
    {
        // food-delivery-microservices shows its diagram under "## Application Architecture", dotnet-monitor its
        // mermaid chart under "## Collection Rule Architecture"; Integration Points names no architecture.
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace(under, under + "\n" + diagram + "\n")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Architecture Diagram", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("![Architecture of the shop](docs/overview.png)")]
    [InlineData("![](docs/architecture.svg)")]
    [InlineData("```mermaid\nflowchart LR\n  web --> api\n```\n\n*The shop's architecture: a web front end and an API.*")]
    public async Task A_diagram_under_the_readmes_title_that_says_so_is_the_architecture_diagram(string diagram)
    {
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("# Shop\n", "# Shop\n\n" + diagram + "\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Theory]
    [InlineData("![](./architecture.png)")]
    [InlineData("<img alt=\"How the shop's services talk\" src=\"docs/architecture-overview.svg\" width=\"600\">")]
    [InlineData("![The shop's architecture](docs/c2.png)")]
    public async Task An_image_anywhere_in_the_readme_captioned_as_the_architecture_is_the_architecture_diagram(string image)
    {
        // mspnp/microservices-reference-implementation shows "![](./architecture.png)" under "## The Drone Delivery app".
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("Payments through Stripe webhooks.\n", "Payments through Stripe webhooks.\n\n" + image + "\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Theory]
    [InlineData("# Clean Architecture\n\n![Clean Architecture Template Title](assets/Clean%20Architecture%20Template%20Title.png)\n")]
    [InlineData("# Clean Architecture\n\nA template.\n\n### Vertical slices\n\n![Folder structure](assets/Clean%20Architecture%20Template.png)\n")]
    public async Task An_image_that_names_the_project_is_not_the_architecture_diagram(string top)
    {
        // amantinband/clean-architecture: its logo and its folder-structure picture are named after the project.
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("# Shop\n", top)
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Architecture Diagram", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_screenshot_under_the_readmes_title_is_not_the_architecture_diagram()
    {
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("# Shop\n", "# Shop\n\n![The checkout page](docs/checkout.png)\n")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Architecture Diagram", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("[![NuGet](https://img.shields.io/nuget/v/Clean.Architecture.Template?label=NuGet)](https://www.nuget.org/packages/Clean.Architecture.Template)\n\nA template for clean architecture with ASP.NET Core.")]
    [InlineData("[![Stars Sparkline](https://stars.medv.io/shop/shop.svg)](https://stars.medv.io/shop/shop)\n\nA book store used in the clean architecture template.")]
    public async Task Badges_under_the_readmes_title_are_not_the_architecture_diagram(string introduction)
    {
        // The badge's package is "Clean.Architecture.Template": link targets and badges name nothing. Ardalis.Specification's
        // stars sparkline, a statistics image, sits next to a paragraph that names an architecture.
        string readme = Docs.CompleteWith("### Architecture Diagram\n![Architecture](docs/architecture.png)\n\n", "")
            .Replace("# Shop\n", "# Shop\n\n" + introduction + "\n")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Architecture Diagram", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("## Table of Contents\n\n- [Overview](#shop)\n\n# Shop\n\nIt sells books online, in twelve countries, to readers who like paper.\n")]
    [InlineData("## Shop: the book store for readers\n\nIt sells books online, in twelve countries, to readers who like paper.\n\n# Table of Contents\n\n- [Overview](#shop-the-book-store-for-readers)\n")]
    public async Task A_table_of_contents_is_never_the_title(string opening)
    {
        // azure-search-openai-demo-csharp opens with "## Table of Contents", then its "# ChatGPT + Enterprise data ..."
        // title and introduction; Refit's "# Table of Contents" follows its real title, "## Refit: The automatic ...".
        string readme = Docs.CompleteWith("# Shop\n\n## Overview\nThe shop sells books online.\n", opening);
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task A_missing_chapter_is_reported_at_the_title_after_a_table_of_contents()
    {
        string readme = Docs.CompleteWith(
                "# Shop\n\n## Overview\nThe shop sells books online.\n",
                "## Table of Contents\n\n- [Overview](#shop)\n\n{|#0:# Shop|}\n\nIt sells books online, in twelve countries, to readers who like paper.\n")
            .Replace("## Performance and Scalability\nMeasured monthly.\n\n### Performance Metrics\np95 page load under 300 ms.\n\n", string.Empty)
            .Replace("### Scalability Strategies\nHorizontal scaling of the API.\n\n### Disaster Recovery and Backup\nNightly backups kept 30 days.\n\n", string.Empty);
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments(
                "Performance and Scalability", ", with its subsections 'Performance Metrics', 'Scalability Strategies' and 'Disaster Recovery and Backup'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_readme_titled_as_a_question_still_holds_its_chapters()
    {
        // "# What is Shop?" names the Overview, yet the chapters under it are the plan's chapters, not the overview's own.
        string readme = Docs.CompleteWith("# Shop\n", "# What is Shop?\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Emoji_badges_entities_and_anchors_are_not_part_of_a_title()
    {
        string readme = Docs.Complete
            .Replace("### Security Architecture", "### :lock: Security")
            .Replace("### Database Architecture", "### Database Architecture ![status](https://img.shields.io/badge/db-ok-green)")
            .Replace("### Disaster Recovery and Backup", "### <a name=\"dr\"></a>Backup&nbsp;&amp;&nbsp;Restore")
            .Replace("### Frontend Architecture", "### 🎨 Frontend");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Html_headings_are_headings_of_their_level()
    {
        string readme = Docs.Complete
            .Replace("# Shop\n", "<h1 align=\"center\">Shop</h1>\n")
            .Replace("### Infrastructure\n", "<h3>Infrastructure</h3>\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task Resources_holding_links_is_external_resources_not_its_parent()
    {
        string readme = Docs.CompleteWith("### API Documentation\nOpenAPI at /swagger.\n\n", "")
            .Replace("### External Resources\nLinks to the Stripe documentation.", "### Resources\n- [Stripe](https://stripe.com/docs)\n- [Vite](https://vite.dev)")
            .Replace("## Documentation and Resources", "{|#0:## Documentation and Resources|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("API Documentation", " under 'Documentation and Resources'"))
            .VerifyAsync();
    }

    [Theory]
    // Under Application Architecture, "- **Infrastructure**:" describes a code layer, not the hosting.
    [InlineData("ASP.NET Core minimal APIs.", "- **Infrastructure**: EF Core configurations live next to each feature.")]
    // "**Note** - ..." opens many paragraphs; only a list item's label may end with a dash.
    [InlineData("Three tiers.", "**Infrastructure** - two virtual machines behind a load balancer.")]
    // ardalis/CleanArchitecture: "### Vertical Slice Organization" under "## Architecture" lists "- **Infrastructure**: Data
    // configurations for that feature", a layer of the code: a list item's label counts only directly under the parent's heading.
    [InlineData("Three tiers.", "### Vertical slices\nEach feature holds:\n\n- **Domain**: its entities.\n- **Infrastructure**: its data configurations.\n")]
    public async Task A_bold_label_that_describes_something_else_is_not_the_section(string after, string label)
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace(after + "\n", after + "\n\n" + label + "\n")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Infrastructure", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("- **Infrastructure**: two virtual machines behind a load balancer.")]
    // azure-search-openai-demo-csharp: "- **Backend** - The application backend is an ASP.NET Core Minimal API."
    [InlineData("- **Infrastructure** \u2013 two virtual machines behind a load balancer.")]
    public async Task A_bold_label_list_item_under_the_sections_parent_is_the_section(string label)
    {
        string readme = Docs.CompleteWith("### Infrastructure\nTwo virtual machines behind a load balancer.\n\n", "")
            .Replace("Three tiers.\n", "Three tiers.\n\n" + label + "\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task A_heading_whose_parts_name_sibling_sections_holds_each()
    {
        string readme = Docs.CompleteWith("### Testing\nxunit for unit tests, Playwright for end-to-end tests.\n\n", "")
            .Replace("### Build and Deployment Process\n", "### Unit testing and continuous integration\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task A_docs_pages_front_matter_title_is_its_heading()
    {
        string readme = Docs.CompleteWith("### Disaster Recovery and Backup\nNightly backups kept 30 days.\n\n", "");
        const string Page = "---\ntitle: \"Backup, restore, and disaster recovery\"\ndescription: How the shop survives a lost region.\n---\n\nNightly backups, kept 30 days, restored monthly as a drill.\n";
        await new RepositoryTest(("README.md", readme), ("docs/operations/backup.md", Page)).VerifyAsync();
    }

    [Fact]
    public async Task A_docs_file_titled_with_the_projects_name_and_a_section_counts()
    {
        string readme = Docs.CompleteWith("### Security Architecture\nOpenID Connect sign-in; TLS everywhere.\n\n", "");
        await new RepositoryTest(("README.md", readme), ("docs/security.md", "# Shop security\n\nOpenID Connect sign-in; TLS everywhere.\n")).VerifyAsync();
    }

    [Fact]
    public async Task A_code_fence_left_open_at_the_end_of_a_file_is_read_without_failing()
    {
        // What a person has typed half-way in the IDE: this used to throw ArgumentOutOfRangeException (AD0001).
        await new RepositoryTest(("README.md", Docs.Complete), ("docs/page.md", "{|#0:# Architecture Diagram|}\n```"))
            .Expect(new DiagnosticResult(Descriptors.DiagramMissing).WithLocation(0).WithArguments("Architecture Diagram"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Readme_file_names_are_found_whatever_their_case()
    {
        // The main file is the root readme in any case: the missing section is reported there, not in docs/a.md.
        string readme = Docs.CompleteWith(Overview, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("docs/a.md", "# Notes\ntext\n"), ("Readme.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task Without_a_root_readme_the_docs_sites_landing_page_is_the_main_file()
    {
        // A docs folder without a README at the root: missing sections go to docs/index.md, not to the first page by name.
        string index = Docs.CompleteWith(Overview, "").Replace("# Shop\n", "{|#0:# Shop|}\n");
        await new RepositoryTest(("docs/advanced.md", "# Advanced\ntext\n"), ("docs/guide/README.md", "# Guide\ntext\n"), ("docs/index.md", index))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Fact]
    public async Task An_architecture_heading_alone_holds_both_architecture_chapters()
    {
        // kgrzybek/modular-monolith-with-ddd: "## 3. Architecture" describes the system and the application's modules.
        await new RepositoryTest(("README.md", WithArchitectureHeading("3. Architecture")))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Frontend Architecture", " under 'Application Architecture'"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Backend Architecture", " under 'Application Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task An_architecture_heading_with_a_word_of_its_own_holds_only_the_chapter_it_names()
    {
        await new RepositoryTest(("README.md", WithArchitectureHeading("Runtime architecture")))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(1).WithArguments(
                "Application Architecture",
                ", with its subsections 'Frontend Architecture' and 'Backend Architecture' (its subsection 'Integration Points' is present)"))
            .VerifyAsync();
    }

    [Fact]
    public async Task An_architecture_heading_holds_the_application_architecture_wherever_the_system_architecture_is()
    {
        // ardalis/CleanArchitecture: the README has its own System Architecture; a docs page's "## Architecture" describes the projects.
        string readme = Docs.Complete
            .Replace("## Application Architecture\nA web front end and an API.\n\n", "")
            .Replace("### Frontend Architecture\nReact with Vite.\n\n", "")
            .Replace("### Backend Architecture\nASP.NET Core minimal APIs.\n\n", "")
            .Replace("### Integration Points\nPayments through Stripe webhooks.\n\n", "");
        await new RepositoryTest(("README.md", readme), ("docs/minimal.md", "# Minimal template\n\n{|#0:## Architecture|}\nOne project: Domain, Endpoints and Infrastructure folders.\n"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Frontend Architecture", " under 'Application Architecture'"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Backend Architecture", " under 'Application Architecture'"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Integration Points", " under 'Application Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("| Method | Mean | Allocated |\n|------- |-----:|----------:|\n| Dapper | 1.2 ms | 2 KB |")]
    [InlineData("Library | Mean\n:--- | ---:\nDapper | 1.2 ms")]
    public async Task A_table_in_the_parent_section_is_the_performance_metrics(string table)
    {
        // Dapper's and Polly's "## Performance": benchmark results under the chapter's own heading.
        string readme = Docs.Complete.Replace("### Performance Metrics\np95 page load under 300 ms.\n\n", "")
            .Replace("## Performance and Scalability\nMeasured monthly.\n", "## Performance and Scalability\nMeasured monthly.\n\n" + table + "\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    [Fact]
    public async Task A_table_elsewhere_or_a_line_of_dashes_is_not_the_performance_metrics()
    {
        string readme = Docs.Complete.Replace("### Performance Metrics\np95 page load under 300 ms.\n\n", "")
            .Replace("## Performance and Scalability", "{|#0:## Performance and Scalability|}")
            .Replace("## Performance and Scalability|}\nMeasured monthly.\n", "## Performance and Scalability|}\nMeasured monthly.\n\n---\n\nA - B - C\n")
            .Replace("### Infrastructure\nTwo virtual machines behind a load balancer.\n", "### Infrastructure\n| Machine | Cores |\n|---|---|\n| web | 4 |\n");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Performance Metrics", " under 'Performance and Scalability'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_chapter_under_one_of_its_own_subsections_is_present()
    {
        // Ocelot's README: "### Getting Started" (build, run the tests) sits under "## Repository Structure".
        string readme = Docs.Complete.Replace(
            "## Development Environment\nLinux or Windows with the .NET SDK.\n\n### Code Repository\nOne Git repository; src/ and tests/.\n",
            "## Code Repository\nOne Git repository; src/ and tests/.\n\n{|#0:### Getting Started|}\nLinux or Windows with the .NET SDK.\n")
            .Replace("### Build and Deployment Process\nGitHub Actions builds and deploys on every merge.\n\n", "")
            .Replace("### Testing\nxunit for unit tests, Playwright for end-to-end tests.\n\n", "");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Build and Deployment Process", " under 'Development Environment'"))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Testing", " under 'Development Environment'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("## [7.23.0] - 2026-04-16")]
    [InlineData("## 2.1.0")]
    [InlineData("## v3.0.0 (2024-05-01)")]
    [InlineData("## Version 2.0")]
    [InlineData("## [Unreleased]")]
    public async Task A_kind_of_change_in_a_release_s_notes_names_no_section(string release)
    {
        // Squidex's CHANGELOG.md: Keep a Changelog's "### Security" lists security fixes, not the security architecture.
        string readme = Docs.Complete
            .Replace("### Security Architecture\nOpenID Connect sign-in; TLS everywhere.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        string changelog = "# Changelog\n\n" + release + "\n\n### Security\n\n- Upgraded the JSON parser.\n\n### Fixed\n\n- Paging.\n";
        await new RepositoryTest(("README.md", readme), ("CHANGELOG.md", changelog))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Security Architecture", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_heading_inside_a_list_of_resources_names_no_section()
    {
        // EventSourcing.NetCore's README: "## 12. Other resources" sorts its links under "### 12.6 Storage" and "### 12.12 Testing".
        string readme = Docs.Complete
            .Replace("### Database Architecture\nPostgreSQL 16, one schema per service.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}")
            .Replace("### External Resources\nLinks to the Stripe documentation.", "### Other resources\n\n#### Storage\n- [Event stores](https://example.com/stores)\n\n#### Testing\n- [Testing event-sourced systems](https://example.com/testing)");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Database Architecture", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_heading_inside_a_change_log_names_no_section()
    {
        // Squidex's CHANGELOG.md has a "## Security" with no release heading above it: a kind of change, in a change log.
        string readme = Docs.Complete
            .Replace("### Security Architecture\nOpenID Connect sign-in; TLS everywhere.\n\n", "")
            .Replace("## System Architecture", "{|#0:## System Architecture|}");
        string changelog = "# Changelog\n\n## Added\n\n- Tooltips.\n\n## Security\n\n- Upgraded the JSON parser.\n";
        await new RepositoryTest(("README.md", readme), ("CHANGELOG.md", changelog))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Security Architecture", " under 'System Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("- [Getting started](https://example.com/start)\n- [API reference](https://example.com/api)", true)]
    [InlineData("API documentation can be found at https://example.com/api.", true)]
    [InlineData("**API Documentation** is generated from the XML comments.", true)]
    [InlineData("The API documentation can be found at https://example.com/api.", false)]
    [InlineData("API keys are kept in the vault.", false)]
    public async Task A_subsection_named_at_the_start_of_its_parent_s_text_is_present(string text, bool present)
    {
        // Humanizer's "## Documentation" lists "[API reference](...)"; MailKit's says "API documentation can be found at ...".
        // A one-word name opening a sentence is too often something else ("API keys ...").
        string readme = Docs.CompleteWith(
            "## Documentation and Resources\nWhere to read more.\n\n### API Documentation\nOpenAPI at /swagger.\n",
            "{|#0:## Documentation and Resources|}\n" + text + "\n");
        await new RepositoryTest(("README.md", readme))
            .ExpectIf(!present, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("API Documentation", " under 'Documentation and Resources'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task The_root_README_s_title_is_the_project_s_name_not_a_section()
    {
        // "# Food Delivery Microservices" is no Backend Architecture (Microservices is its alias), so the blockquote under it
        // is the introduction, and the missing Backend Architecture is reported where it belongs, not as misplaced.
        string readme = Docs.CompleteWith(
                "# Shop\n\n## Overview\nThe shop sells books online.\n",
                "# Food Delivery Microservices\n\n> Food Delivery Microservices is a fictional food delivery service built with .NET.\n")
            .Replace("### Backend Architecture\nASP.NET Core minimal APIs.\n\n", "")
            .Replace("## Application Architecture", "{|#0:## Application Architecture|}");
        await new RepositoryTest(("README.md", readme))
            .Expect(new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Backend Architecture", " under 'Application Architecture'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("## **Shop** is an online book store for readers", false)]
    [InlineData("### Shop is a friendly alternative to the big stores", false)]
    [InlineData("<h3 align=\"center\"><strong>Ready. Read. Grow.</strong></h3>", false)]
    [InlineData("## Books for everyone!", false)]
    [InlineData("# Books for everyone", false)]
    [InlineData("## Shop has moved to a new home", true)]
    [InlineData("## Shop, a book store", true)]
    public async Task A_first_heading_that_says_what_the_project_is_opens_the_introduction(string heading, bool missing)
    {
        // FastEndpoints' "## **FastEndpoints** is a developer friendly alternative to Minimal APIs & MVC", ImageSharp's
        // "### **ImageSharp** is a high-performance ... 2D graphics API.", Smartstore's slogan "<h3>Ready. Sell. Grow.</h3>",
        // MudBlazor's subtitle "# Material Design components for Blazor" after its logo's <h1>, each with the description under it.
        string readme = Docs.CompleteWith(
            "# Shop\n\n## Overview\nThe shop sells books online.\n",
            "{|#0:# Shop|}\n\n" + heading + "\n\nIt sells books online, in twelve countries, to readers who like paper.\n");
        await new RepositoryTest(("README.md", readme))
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("It sells books online, in twelve countries, to readers who like paper.", false)]
    [InlineData("[Website](https://shop.example) | [Forum](https://forum.shop.example)", true)]
    public async Task Text_under_a_banner_of_smaller_headings_is_the_introduction(string text, bool missing)
    {
        // Smartstore's README opens with a logo and a slogan in '<h3 align="center">', above its '## Technology & Design'.
        string readme = Docs.CompleteWith(
            "# Shop\n\n## Overview\nThe shop sells books online.\n",
            "{|#0:<h3 align=\"center\"><img src=\"logo.png\" alt=\"Shop\"></h3>|}\n<h3 align=\"center\">Books for everyone</h3>\n\n" + text + "\n");
        await new RepositoryTest(("README.md", readme))
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Overview", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("* :house: **Website:** [https://shop.example](https://shop.example)\n* :blue_book: **User Guide:** [Shop User Guide](https://docs.shop.example)\n* &#9654;&#65039; **Forum:** <https://forum.shop.example>\n", false)]
    [InlineData("- **Shop.Core**: [Core concepts](https://docs.shop.example/core)\n\n- **Shop.Payments**: [Payments](https://docs.shop.example/payments)\n  with Stripe and PayPal\n- [Shop.Reports](https://github.com/shop/reports) - reports\n", false)]
    [InlineData("[Simple CQRS](https://blog.example/cqrs)\n\n[The Outbox Pattern](https://blog.example/outbox)\n\n1. [Cache-Aside](https://blog.example/cache)\n", false)]
    [InlineData("- [Website](https://shop.example)\n- [Forum](https://forum.shop.example)\n", true)]
    [InlineData("[![NuGet](https://img.shields.io/nuget/v/Shop.svg)](https://www.nuget.org/packages/Shop)\n[![Build](https://ci.example/shop.svg)](https://ci.example/shop)\n[![Downloads](https://img.shields.io/nuget/dt/Shop.svg)](https://www.nuget.org/packages/Shop)\n", true)]
    [InlineData("| Package | Version |\n|---|---|\n| [Shop](https://www.nuget.org/packages/Shop) | 1.0 |\n| [Shop.Web](https://www.nuget.org/packages/Shop.Web) | 1.0 |\n| [Shop.Api](https://www.nuget.org/packages/Shop.Api) | 1.0 |\n", true)]
    [InlineData("- Install [Docker](https://docs.docker.com)\n- Install [Python](https://python.org)\n- Install [.NET](https://dot.net)\n", true)]
    [InlineData("- [Website](https://shop.example)\n- [Forum](https://forum.shop.example)\n- the [issues](https://github.com/shop/issues)\n- [Blog](https://blog.shop.example)\n", true)]
    [InlineData("```markdown\n- [Website](https://shop.example)\n- [Forum](https://forum.shop.example)\n- [Blog](https://blog.shop.example)\n```\n", true)]
    [InlineData("[\U0001F528 Get Started](https://shop.example/start) [\U0001F39E Watch Videos](https://shop.example/videos) | [\U0001F393 View Samples](https://shop.example/samples)\n", false)]
    [InlineData("[Website](https://shop.example) \u00B7 [Forum](https://forum.shop.example)\n", true)]
    [InlineData("[AUTH](https://tools.ietf.org/html/rfc2554), [8BITMIME](https://tools.ietf.org/html/rfc2821), [PIPELINING](https://tools.ietf.org/html/rfc2920)\n", true)]
    [InlineData("[![NuGet](https://img.shields.io/nuget/v/Shop.svg)](https://www.nuget.org/packages/Shop) [![Build](https://ci.example/shop.svg)](https://ci.example/shop) [![Chat](https://img.shields.io/discord/1.svg)](https://discord.gg/shop)\n", true)]
    public async Task A_list_of_links_in_the_readme_is_the_external_resources(string list, bool missing)
    {
        // Smartstore's README lists its website, guides and forum under the introduction; nats.net's its packages'
        // concept pages, each after a bold label; sample-dotnet-core-cqrs-api its blog articles, a link a paragraph.
        // ReactiveUI's a line of links side by side. Prerequisites that open with a verb, badges, a table of packages, MailKit's
        // comma-separated list of the RFCs it implements and a code sample are not resources.
        string readme = Docs.CompleteWith("### External Resources\nLinks to the Stripe documentation.\n\n", "")
            .Replace("The shop sells books online.\n", "The shop sells books online.\n\n" + list)
            .Replace("## Documentation and Resources", "{|#0:## Documentation and Resources|}");
        await new RepositoryTest(("README.md", readme))
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("External Resources", " under 'Documentation and Resources'"))
            .VerifyAsync();
    }

    [Fact]
    public async Task A_numbered_heading_is_no_release()
    {
        string readme = Docs.Complete.Replace("### Security Architecture\n", "### 3.3 Security\n");
        await new RepositoryTest(("README.md", readme)).VerifyAsync();
    }

    // One architecture chapter, with the application's integration points among its subsections.
    private static string WithArchitectureHeading(string heading) =>
        Docs.Complete
            .Replace("# Shop\n", "{|#1:# Shop|}\n")
            .Replace("## System Architecture\n", "{|#0:## " + heading + "|}\n")
            .Replace("## Application Architecture\nA web front end and an API.\n\n", "")
            .Replace("### Frontend Architecture\nReact with Vite.\n\n", "")
            .Replace("### Backend Architecture\nASP.NET Core minimal APIs.\n\n", "");
}
