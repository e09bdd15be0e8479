using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.Repository;

/// <summary>
/// The built-in plans are outlines in the template syntax users write: each reads as a user's template
/// would, gives the same findings through DocAnalyzersPlan as through DocAnalyzersTemplate, and names
/// each of its sections one way only.
/// </summary>
public sealed class BuiltInPlansTests
{
    public static IEnumerable<object[]> Names() => PlanReader.BuiltInNames.Select(name => new object[] { name });

    private static string Outline(string name)
    {
        using Stream stream = typeof(PlanReader).Assembly.GetManifestResourceStream(PlanReader.ResourceName(name))!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_plan_reads_as_a_users_template(string name)
    {
        PlanResult read = PlanReader.Read(Outline(name));
        Assert.Null(read.Error);
        Assert.Equal(
            PlanReader.BuiltIn(name)!.Sections.Select(s => (s.Title, s.Parent?.Title, s.IsOptional, s.IsDiagram, s.IsTable, s.IsIntro, s.IsGroup, s.IsList, string.Join(";", s.CodeMarkers))),
            read.Plan!.Sections.Select(s => (s.Title, s.Parent?.Title, s.IsOptional, s.IsDiagram, s.IsTable, s.IsIntro, s.IsGroup, s.IsList, string.Join(";", s.CodeMarkers))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void No_alias_names_another_section(string name)
    {
        // Compared as the matcher compares them: normalized text, and significant words.
        DocumentationPlan plan = PlanReader.BuiltIn(name)!;
        var owners = new Dictionary<string, string>();
        foreach (PlanSection section in plan.Sections)
        {
            foreach (string phrase in section.Aliases.Prepend(section.Title))
            {
                foreach (string key in new[] { "text:" + DocAnalyzers.Markdown.SectionTitle.Normalize(phrase), "words:" + string.Join(" ", TitleWords.Read(phrase).Words.Order(StringComparer.Ordinal)) })
                {
                    if (owners.TryGetValue(key, out string? owner))
                    {
                        Assert.True(owner == section.Title, $"'{phrase}' of '{section.Title}' is also '{owner}''s ({key})");
                    }

                    owners[key] = section.Title;
                }
            }
        }
    }

    [Fact]
    public void The_library_plan_holds_what_a_librarys_readme_holds()
    {
        DocumentationPlan plan = PlanReader.BuiltIn("library")!;
        Assert.Equal(
            new[] { "Overview", "Installation", "Usage", "Configuration", "API Documentation", "Project", "Change Log", "Contributing", "Support", "License" },
            plan.Sections.Select(s => s.Title));
        Assert.Equal(new[] { "Configuration", "API Documentation" }, plan.Sections.Where(s => s.IsOptional).Select(s => s.Title));
        Assert.Equal(new[] { "Overview" }, plan.Sections.Where(s => s.IsIntro).Select(s => s.Title));
        Assert.Equal(new[] { "Project" }, plan.Sections.Where(s => s.IsGroup).Select(s => s.Title));
    }

    [Fact]
    public void The_arc42_plan_has_the_twelve_arc42_sections()
    {
        Assert.Equal(
            new[]
            {
                "Introduction and Goals", "Architecture Constraints", "Context and Scope", "Solution Strategy", "Building Block View", "Runtime View",
                "Deployment View", "Cross-cutting Concepts", "Architecture Decisions", "Quality Requirements", "Risks and Technical Debts", "Glossary",
            },
            PlanReader.BuiltIn("arc42")!.Sections.Where(s => s.Parent is null).Select(s => s.Title));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task A_plan_by_name_is_satisfied_by_documentation_that_holds_its_sections(string name)
    {
        // Each section as a heading below the title, nested as in the plan, with a sentence (an image for a diagram section).
        var readme = new System.Text.StringBuilder("# Shop\n\n");
        foreach (PlanSection section in PlanReader.BuiltIn(name)!.Sections)
        {
            int depth = 0;
            for (PlanSection? parent = section.Parent; parent is not null; parent = parent.Parent)
            {
                depth++;
            }

            readme.Append('#', depth + 2).Append(' ').Append(section.Title).Append("\n\n")
                .Append(section.IsDiagram ? "![The components](docs/diagram.png)" : "What the shop has to say about it, in a sentence.").Append("\n\n");
        }

        await new RepositoryTest(("README.md", readme.ToString())).Property("DocAnalyzersPlan", name).VerifyAsync();
    }

    [Fact]
    public async Task An_unknown_plan_name_is_DOC001_listing_the_built_in_ones()
    {
        await new RepositoryTest(("README.md", "# Shop\n\nThe shop sells books online.\n"))
            .Property("DocAnalyzersPlan", "libary")
            .Expect(new DiagnosticResult(Descriptors.ConfigurationUnusable).WithArguments("the MSBuild property DocAnalyzersPlan is 'libary'; the built-in plans are technical, library, arc42 (or name your own outline with DocAnalyzersTemplate)"))
            .VerifyAsync();
    }

    [Fact]
    public async Task Plan_names_ignore_case_and_a_group_is_present_through_its_subsections()
    {
        // The library plan's Project only gathers Change Log, Contributing and Support ({group}): a README needs no heading for it.
        const string Readme = "# Shop\n\nThe shop sells books online to readers.\n\n## Installation\nx\n## Usage\nx\n## Change Log\nx\n## Contributing\nx\n## Support\nx\n## License\nMIT.\n";
        await new RepositoryTest(("README.md", Readme)).Property("DocAnalyzersPlan", "Library").VerifyAsync();
    }

    [Theory]
    [InlineData("LICENSE", "Conventional", false)]
    [InlineData("license.txt", "Conventional", false)]
    [InlineData("COPYING", "Conventional", false)]
    [InlineData("LICENSE", null, true)]
    public async Task A_license_file_at_the_root_is_the_library_plan_s_License(string name, string? kind, bool missing)
    {
        // The targets hand the root's LICENSE over by name only (DocAnalyzersKind=Conventional); a file without the kind is none of ours.
        const string Readme = "{|#0:# Shop|}\n\nThe shop sells books online to readers.\n\n## Installation\nx\n## Usage\nx\n## Change Log\nx\n## Contributing\nx\n## Support\nx\n";
        await new RepositoryTest(("README.md", Readme), (name, "MIT License\n\nPermission is hereby granted, free of charge.\n"))
            .Property("DocAnalyzersPlan", "library")
            .Kind(name, kind)
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("License", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("## Getting started\n\n```sh\ndotnet add package Shop\n```\n\nThen call Shop.Open().\n", false)]
    [InlineData("## Getting started\n\n```powershell\nInstall-Package Shop\n```\n\nThen call Shop.Open().\n", false)]
    [InlineData("## Getting started\n\nAdd the Shop package, then call `Shop.Open()`.\n", true)]
    public async Task An_install_command_anywhere_is_the_library_plan_s_Installation(string gettingStarted, bool missing)
    {
        // Serilog's README installs the package under "Getting started", which the library plan reads as Usage.
        string readme = "{|#0:# Shop|}\n\nThe shop sells books online to readers.\n\n" + gettingStarted + "## Change Log\nx\n## Contributing\nx\n## Questions? Problems?\nx\n## License\nMIT.\n";
        await new RepositoryTest(("README.md", readme)).Property("DocAnalyzersPlan", "library")
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Installation", ""))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("ReleaseNotes.md", "Conventional", false)]
    [InlineData("RELEASE_NOTES.md", "Conventional", false)]
    [InlineData("Changelog.txt", "Conventional", false)]
    [InlineData("NOTES.md", "Conventional", true)]
    public async Task Release_notes_at_the_root_are_the_Change_Log(string name, string? kind, bool missing)
    {
        // Ocelot keeps ReleaseNotes.md at its root, Akka.NET RELEASE_NOTES.md, FluentValidation Changelog.txt.
        string readme = Docs.CompleteWith("### Change Log\n1.0: first release.\n\n", "").Replace("## Change Management", "{|#0:## Change Management|}");
        await new RepositoryTest(("README.md", readme), (name, "## 1.0\n\nFirst release.\n")).Kind(name, kind)
            .ExpectIf(missing, new DiagnosticResult(Descriptors.SectionMissing).WithLocation(0).WithArguments("Change Log", " under 'Change Management'"))
            .VerifyAsync();
    }

    [Theory]
    [InlineData("Questions? Problems?")]
    [InlineData("Reporting Bugs")]
    [InlineData("Contributors")]
    [InlineData("Troubleshooting")]
    public async Task Where_a_library_s_users_get_help_is_its_Support(string heading)
    {
        // Hangfire's "Questions? Problems?", MailKit's "Reporting Bugs", graphql-dotnet's "Contributors".
        string readme = "# Shop\n\nThe shop sells books online to readers.\n\n## Installation\nx\n## Usage\nx\n## Change Log\nx\n## Contributing\nx\n## " + heading + "\nx\n## License\nMIT.\n";
        await new RepositoryTest(("README.md", readme)).Property("DocAnalyzersPlan", "library").VerifyAsync();
    }

    [Fact]
    public async Task A_library_README_that_asks_what_the_project_is_has_its_Overview()
    {
        // OpenIddict's README: a slogan of badges only under the title, then "## What is OpenIddict?" with the description.
        string readme = "# Shop\n\n### The book store you'll love.\n\n[![Build](https://x/b.svg)](https://x)\n\n## What is Shop?\n\nThe shop sells books online to readers.\n\n"
            + "## Installation\nx\n## Usage\nx\n## Change Log\nx\n## Contributing\nx\n## Support\nx\n## License\nMIT.\n";
        await new RepositoryTest(("README.md", readme)).Property("DocAnalyzersPlan", "library").VerifyAsync();
    }
}
