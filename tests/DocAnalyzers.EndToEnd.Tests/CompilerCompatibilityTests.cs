using System;
using System.IO;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>The analyzer loads and runs in an older compiler than the SDK's.</summary>
[Collection(PackageCollection.Name)]
public sealed class CompilerCompatibilityTests
{
    private readonly PackageFixture package;

    public CompilerCompatibilityTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_4_14_compiler_from_Microsoft_Net_Compilers_Toolset_runs_the_analyzer()
    {
        using var repository = TestRepository.Create(package);
        repository.WriteLibrary(
            "src/Library",
            "Library",
            properties: "<RoslynCompilerType>Package</RoslynCompilerType>",
            items: """<PackageReference Include="Microsoft.Net.Compilers.Toolset" Version="4.14.0" PrivateAssets="all" />""");
        string readme = repository.Write("README.md", PlanDocument.Readme("Library", "Security Architecture"));

        // Detailed verbosity prints the compiler's banner; Build() has already checked for CS8032 and AD0001.
        BuildResult build = repository.Build("src/Library", "-v:detailed");

        BuildAssert.Succeeded(build);
        Assert.Matches(@"Compiler version 4\.14\.\d", build.Output);

        // The code fixes sit in analyzers/dotnet/cs, so the compiler is handed them too: it finds no analyzer in
        // them and must say nothing about them (no CS8032, CS8033 or any other warning).
        Assert.Matches(@"/analyzer:\S*analyzers/dotnet/cs/DocAnalyzers\.CodeFixes\.dll", build.Output.Replace('\\', '/'));
        Assert.All(build.Diagnostics, d => Assert.StartsWith("DOC", d.Id, StringComparison.Ordinal));
        int system = PlanDocument.LineOf(File.ReadAllText(readme), "## System Architecture");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({system},1): warning DOC200: Required section 'Security Architecture' is missing under 'System Architecture'");
    }
}
