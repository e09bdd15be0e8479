using System.Collections.Generic;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;

namespace DocAnalyzers.Tests.Repository;

/// <summary>
/// Which section of the built-in plan a heading names. The headings are real ones, seen in the README and
/// docs folders of public .NET repositories (the project's name replaced by Contoso), both ways: headings
/// that name a section, and look-alikes that must name nothing (or not that section).
/// </summary>
public sealed class SectionMatcherTests
{
    private static readonly string[] Contoso = { "contoso" };

    [Theory]
    [InlineData("Contoso security", "Security Architecture")]
    [InlineData("Monitor Contoso metrics", "Performance Metrics")]
    [InlineData("Backup, restore, and disaster recovery", "Disaster Recovery and Backup")]
    [InlineData("Capacity planning and scaling", "Scalability Strategies")]
    [InlineData("Migrating from v2 to v3", "Upgrade Paths")]
    [InlineData("Migration guide from v7 to v8", "Upgrade Paths")]
    [InlineData("Upgrading from v10.x to v11.x", "Upgrade Paths")]
    [InlineData("12.0 Upgrade Guide", "Upgrade Paths")]
    [InlineData("Brief migration guide", "Upgrade Paths")]
    [InlineData("Migration Path", "Upgrade Paths")]
    [InlineData("Build & Run", "Development Environment")]
    [InlineData("Build and run the application", "Development Environment")]
    [InlineData("Get in touch", "Contact Information")]
    [InlineData("Compile", "Build and Deployment Process")]
    [InlineData("Build Notes (for maintainers)", "Build and Deployment Process")]
    [InlineData("Frequently asked questions", "FAQs and Troubleshooting")]
    [InlineData("FAQ (Frequently Asked Questions)", "FAQs and Troubleshooting")]
    [InlineData("FAQ & Troubleshooting", "FAQs and Troubleshooting")]
    [InlineData("Contoso best practices", "Best Practices and Guidelines")]
    [InlineData("Contributing to Contoso", "Best Practices and Guidelines")]
    [InlineData("How to contribute", "Best Practices and Guidelines")]
    [InlineData("Coding conventions", "Best Practices and Guidelines")]
    [InlineData("Getting Started", "Development Environment")]
    [InlineData("Prerequisites", "Development Environment")]
    [InlineData("5. How to Run", "Development Environment")]
    [InlineData("Building", "Build and Deployment Process")]
    [InlineData("Building from source", "Build and Deployment Process")]
    [InlineData("Continuous Integration (CI)", "Build and Deployment Process")]
    [InlineData("CI/CD", "Build and Deployment Process")]
    [InlineData("Running tests", "Testing")]
    [InlineData("Unit Tests", "Testing")]
    [InlineData("Testing Strategy", "Testing")]
    [InlineData("Project Structure", "Code Repository")]
    [InlineData("Repository layout", "Code Repository")]
    [InlineData("Git Workflow", "Code Repository")]
    [InlineData("Scaling to large solutions", "Scalability Strategies")]
    [InlineData("Upgrading to version 6.0", "Upgrade Paths")]
    [InlineData("Upgrading to Contoso v1.4.20 From Older Versions", "Upgrade Paths")]
    [InlineData("Release Notes", "Change Log")]
    [InlineData("What's new", "Change Log")]
    [InlineData("Breaking changes", "Upgrade Paths")]
    [InlineData("Further Reading", "External Resources")]
    [InlineData("See also", "External Resources")]
    [InlineData("Related projects", "External Resources")]
    [InlineData("Additional resources", "External Resources")]
    [InlineData("Resources", "External Resources")]
    [InlineData("Documentation", "Documentation and Resources")]
    [InlineData("API reference", "API Documentation")]
    [InlineData("Contoso API reference guide", "API Documentation")]
    [InlineData("Getting help", "Contact Information")]
    [InlineData("Support", "Contact Information")]
    [InlineData("8. Authors", "Contact Information")]
    [InlineData("Community and support", "Contact Information")]
    [InlineData("Architecture", "System Architecture")]
    [InlineData("3. Architecture", "System Architecture")]
    [InlineData("Architecture overview", "System Architecture")]
    [InlineData("Performance", "Performance and Scalability")]
    [InlineData("Benchmark results", "Performance Metrics")]
    [InlineData("Introduction", "Overview")]
    [InlineData("What is Contoso?", "Overview")]
    [InlineData("Why Contoso?", "Overview")]
    [InlineData("Overview of Contoso", "Overview")]
    [InlineData(":lock: Security", "Security Architecture")]
    [InlineData("Database Architecture ![status](https://img.shields.io/badge/db-ok-green)", "Database Architecture")]
    [InlineData("<a name=\"db\"></a>Database&nbsp;Architecture", "Database Architecture")]
    [InlineData("Backup &amp; Restore", "Disaster Recovery and Backup")]
    [InlineData("Persistence", "Database Architecture")]
    [InlineData("Authentication", "Security Architecture")]
    [InlineData("Deploying to Azure", "Build and Deployment Process")]
    [InlineData("Testing with xUnit", "Testing")]
    [InlineData("Building the sources", "Build and Deployment Process")]
    [InlineData("Running the sample locally", "Development Environment")]
    [InlineData("Questions? Problems?", "Contact Information")]
    [InlineData("Other helpful resources", "External Resources")]
    [InlineData("3.7 Modules Integration", "Integration Points")]
    [InlineData("Contoso and Aspire integration", "Integration Points")]
    [InlineData("Contoso runtime architecture", "System Architecture")]
    [InlineData("Testing Patterns", "Testing")]
    [InlineData("Security Concerns", "Security Architecture")]
    [InlineData("Performance tips", "Performance and Scalability")]
    [InlineData("Data Stores", "Database Architecture")]
    [InlineData("Contributors", "Contact Information")]
    [InlineData("Contributor guide", "Best Practices and Guidelines")]
    [InlineData("Contributor's Guide", "Best Practices and Guidelines")]
    [InlineData("Migration guide", "Upgrade Paths")]
    [InlineData("Guide on migration from v5 to v6", "Upgrade Paths")]
    [InlineData("Getting started guide", "Development Environment")]
    [InlineData("FrontEnd application", "Frontend Architecture")]
    [InlineData("Codebase Structure", "Code Repository")]
    [InlineData("Technology Stack", "External Resources")]
    [InlineData("Authorization 🔐", "Security Architecture")]
    [InlineData("Threat model", "Security Architecture")]
    [InlineData("Running E2E Tests", "Testing")]
    [InlineData("Backend — modular monolith, vertical slices", "Backend Architecture")]
    [InlineData("High level architecture", "System Architecture")]
    [InlineData("Project structure and where to find the most important files", "Code Repository")]
    [InlineData("🎇 High level context", "System Architecture")]
    [InlineData("🎇 ERD", "Database Architecture")]
    [InlineData("Front-ends - two React 19 apps", "Frontend Architecture")]
    public void Real_headings_name_their_section(string heading, string section)
    {
        Assert.Equal(section, PlanReader.Default.Matcher.Match(heading, Contoso, enclosing: null)?.Title);
    }

    [Theory]
    [InlineData("System Architecture books")]
    [InlineData("Making Changes")]
    [InlineData("Schema changes")]
    [InlineData("Key Changes in v11.x")]
    [InlineData("Architecture of the test suite")]
    [InlineData("Testing your handlers")]
    [InlineData("Build Status")]
    [InlineData("Reporting security issues")]
    [InlineData("Security policy")]
    [InlineData("Overview Video")]
    [InlineData("Client-side geographic failover")]
    [InlineData("Example: IoT cloud backend")]
    [InlineData("API and Module Communication")]
    [InlineData("Making public API changes")]
    [InlineData("Installing Contoso in a pipeline")]
    [InlineData("Contoso")]
    [InlineData("License")]
    [InlineData("Code of Conduct")]
    [InlineData("Asynchronous support")]
    [InlineData("Cancellation support")]
    [InlineData("Versions")]
    [InlineData("Built-in Probes")]
    [InlineData("Keyed services")]
    [InlineData("Sequence diagram")]
    [InlineData("State diagram")]
    [InlineData("Telemetry")]
    [InlineData("Star History")]
    [InlineData("NuGet Packages")]
    [InlineData("Mutating source code")]
    [InlineData("Ignored tests")]
    [InlineData("Testing frameworks")]
    [InlineData("Tracked changes")]
    [InlineData("Streaming support")]
    [InlineData("Performance Considerations")]
    [InlineData("Testing Considerations")]
    [InlineData("User guide")]
    [InlineData("Guides")]
    [InlineData("Environment")]
    [InlineData("API client")]
    [InlineData("Contoso clients")]
    [InlineData("Using a Contoso database")]
    [InlineData("Working with IDatabase")]
    [InlineData("Step 1 - Install Docker")]
    [InlineData("Dashboard and telemetry backends")]
    [InlineData("Contoso — the friendly book store")]
    [InlineData("Logs - Get")]
    [InlineData("Nightly builds")]
    [InlineData("We Develop with GitHub")]
    [InlineData("Daily Builds")]
    [InlineData("Getting the result of NavigationManager.NavigateToLogin")]
    public void Look_alikes_name_nothing(string heading)
    {
        Assert.Null(PlanReader.Default.Matcher.Match(heading, Contoso, enclosing: null)?.Title);
    }

    [Theory]
    [InlineData("Unit Testing and Continuous Integration", "Testing", "Build and Deployment Process")]
    [InlineData("Feedback and Contributing", "Contact Information", "Best Practices and Guidelines")]
    [InlineData("Build and Test", "Build and Deployment Process", "Testing")]
    [InlineData("Questions and Contributions", "Contact Information", "Best Practices and Guidelines")]
    public void Parts_that_name_sibling_sections_name_each(string heading, string first, string second)
    {
        // MudBlazor's CONTRIBUTING.md, fluentmigrator's docs, docfx's and StackExchange.Redis' docs: each part names a section under one parent.
        Assert.Null(PlanReader.Default.Matcher.Match(heading, Contoso, enclosing: null));
        List<PlanSection> named = PlanReader.Default.Matcher.SiblingsNamedByParts(SectionTitle.Normalize(heading), Contoso, enclosing: null);
        Assert.Equal(new[] { first, second }, named.ConvertAll(section => section.Title));
    }

    [Theory]
    [InlineData("Backup and restore best practices")]
    [InlineData("A/B Testing and Rolling Upgrades")]
    [InlineData("Branch and Release")]
    [InlineData("Separate Restore, Build, and Test")]
    [InlineData("Dashboard and telemetry backends")]
    public void Parts_that_name_unrelated_sections_or_hold_other_plan_words_name_none(string heading)
    {
        Assert.Empty(PlanReader.Default.Matcher.SiblingsNamedByParts(SectionTitle.Normalize(heading), Contoso, enclosing: null));
    }

    [Theory]
    [InlineData("Continuous integration", "Integration Points")]
    [InlineData("Integration tests", "Integration Points")]
    [InlineData("Infrastructure as code", "Overview")]
    public void Look_alikes_do_not_name_that_section(string heading, string notSection)
    {
        Assert.NotEqual(notSection, PlanReader.Default.Matcher.Match(heading, Contoso, enclosing: null)?.Title);
    }

    [Fact]
    public void The_projects_name_is_dropped_only_when_other_words_remain()
    {
        // "Testing" as the project's name would leave nothing: the heading keeps it.
        Assert.Equal("Testing", PlanReader.Default.Matcher.Match("Testing", new[] { "test" }, enclosing: null)?.Title);
        Assert.Equal("Performance Metrics", PlanReader.Default.Matcher.Match("Monitor Contoso metrics", Contoso, enclosing: null)?.Title);
        Assert.Null(PlanReader.Default.Matcher.Match("Monitor Contoso metrics", projectWords: null, enclosing: null));
    }

    [Fact]
    public void A_heading_never_names_two_unrelated_sections()
    {
        // "Architecture" alone would be System or Application Architecture; the plan gives it to System.
        // Without that alias, a heading whose words fit two unrelated sections equally names neither.
        var plan = PlanReader.Read("# System Architecture\n\nx\n\n# Application Architecture\n\ny\n").Plan!;
        Assert.Null(plan.Matcher.Match("Architecture of it all", null, null));
        Assert.Null(plan.Matcher.Match("Architecture", null, null));
    }

    [Fact]
    public void A_parents_alias_never_swallows_its_own_child()
    {
        var plan = PlanReader.Read("""
            # Documentation and Resources {aliases="Resources"}

            ## External Resources {aliases="Resources;Links"}

            Links.
            """).Plan!;
        Assert.Equal("External Resources", plan.Matcher.Match("Resources", null, null)?.Title);
        Assert.Equal("Documentation and Resources", plan.Matcher.Match("Documentation and resources", null, null)?.Title);
    }

    [Theory]
    [InlineData("Tests", "test")]
    [InlineData("Testing", "test")]
    [InlineData("Strategies", "strategy")]
    [InlineData("Planning", "plan")]
    [InlineData("Installing", "install")]
    [InlineData("Scaling", "scal")]
    [InlineData("Scale", "scal")]
    [InlineData("Process", "process")]
    [InlineData("Status", "status")]
    public void Words_compare_singular_and_without_ing(string word, string stem)
    {
        Assert.Equal(stem, TitleWords.Stem(word.ToLowerInvariant()));
    }
}
