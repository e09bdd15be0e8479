using System.IO;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>A finding made an error, in each way a user can, fails <c>dotnet build</c>.</summary>
[Collection(PackageCollection.Name)]
public sealed class SeverityTests
{
    private readonly PackageFixture package;

    public SeverityTests(PackageFixture package) => this.package = package;

    [Theory]
    [InlineData("-warnaserror")]
    [InlineData("TreatWarningsAsErrors")]
    [InlineData(".editorconfig")]
    public void A_finding_made_an_error_fails_the_build(string how)
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary("src/Library", "Library", properties: how == "TreatWarningsAsErrors" ? "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>" : string.Empty);
        string readme = repository.Write("README.md", PlanDocument.Readme("Library", "Security Architecture"));
        if (how == ".editorconfig")
        {
            repository.Write(".editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.DOC200.severity = error\n");
        }

        BuildResult build = how == "-warnaserror" ? repository.Build("src/Library", "-warnaserror") : repository.Build("src/Library");

        BuildAssert.Failed(build);
        int system = PlanDocument.LineOf(File.ReadAllText(readme), "## System Architecture");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({system},1): error DOC200: Required section 'Security Architecture' is missing under 'System Architecture'");
    }
}
