using System.IO;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// The README's first command, <c>dotnet build samples/PartialDocs</c>: the sample consumes the analyzer
/// from source and is reported the gaps of its own documentation, not of this repository's.
/// In the package collection only so that it never builds at the same time as another test.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests
{
    private readonly PackageFixture package;

    public SampleTests(PackageFixture package) => this.package = package;

    [Fact]
    public void PartialDocs_builds_and_reports_the_gaps_in_its_own_documentation()
    {
        string sample = Path.Combine(package.RepositoryRoot, "samples", "PartialDocs");
        string readmePath = Path.Combine(sample, "README.md");
        string readme = File.ReadAllText(readmePath);
        int system = PlanDocument.LineOf(readme, "## System Architecture");
        int diagram = PlanDocument.LineOf(readme, "**Architecture Diagram**:");
        int application = PlanDocument.LineOf(readme, "## Application Architecture");
        int development = PlanDocument.LineOf(readme, "## Development Environment");

        // An up-to-date build does not run the compiler and repeats no warning: a newer README makes it run.
        File.SetLastWriteTimeUtc(readmePath, System.DateTime.UtcNow);
        var build = new BuildResult(Cli.Run(
            Cli.Dotnet,
            package.RepositoryRoot,
            new[] { "build", "samples/PartialDocs", "--nologo", "-tl:off", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" }));

        BuildAssert.Succeeded(build);
        Assert.DoesNotContain("CS8032", build.Output, System.StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", build.Output, System.StringComparison.Ordinal);
        BuildAssert.DocDiagnostics(
            build,
            sample,
            $"README.md({system},1): warning DOC200: Required section 'Database Architecture' is missing under 'System Architecture'",
            $"README.md({system},1): warning DOC200: Required section 'Security Architecture' is missing under 'System Architecture'",
            $"README.md({diagram},1): warning DOC204: Section 'Architecture Diagram' holds no diagram: add an image or a mermaid, plantuml, dot, graphviz or d2 code block",
            $"README.md({application},1): warning DOC201: Section 'Application Architecture' is empty",
            $"README.md({application},1): warning DOC200: Required section 'Frontend Architecture' is missing under 'Application Architecture'",
            $"README.md({application},1): warning DOC200: Required section 'Backend Architecture' is missing under 'Application Architecture'",
            $"README.md({application},1): warning DOC200: Required section 'Integration Points' is missing under 'Application Architecture'",
            $"README.md({development},1): warning DOC202: Section 'Development Environment' holds only placeholder text ('TODO')",
            $"README.md({development},1): warning DOC200: Required section 'Build and Deployment Process' is missing under 'Development Environment'",
            $"README.md({development},1): warning DOC200: Required section 'Testing' is missing under 'Development Environment'",
            "docs/performance.md(1,1): warning DOC200: Required section 'Disaster Recovery and Backup' is missing under 'Performance and Scalability'",
            "README.md(1,1): warning DOC200: Required section 'Documentation and Resources' is missing, with its subsections 'API Documentation' and 'External Resources'",
            "README.md(1,1): warning DOC200: Required section 'Change Management' is missing, with its subsections 'Change Log', 'Upgrade Paths', 'Best Practices and Guidelines', 'FAQs and Troubleshooting' and 'Contact Information'");
    }
}
