using System;
using System.IO;
using System.Linq;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>
/// Each documentation finding once per build, whatever is built: one project with its project references,
/// <c>dotnet test</c>, <c>dotnet pack</c>, a multi-targeted project, and a declared owner that gives the
/// same answer in a solution build and a project build. The repository: src/Core (a library) and
/// tests/Core.Tests (referencing it), both with DocAnalyzers from Directory.Build.props, and a README
/// that lacks one section.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ProjectOwnershipTests
{
    private const string Core = "src/Core/Core.csproj";
    private const string Tests = "tests/Core.Tests/Core.Tests.csproj";
    private readonly PackageFixture package;

    public ProjectOwnershipTests(PackageFixture package)
    {
        this.package = package;
    }

    [Fact]
    public void A_project_built_with_its_references_reports_each_finding_once()
    {
        using TestRepository repository = CoreAndTests();

        BuildResult build = repository.Build(Tests);

        BuildAssert.Succeeded(build);
        AssertOneFindingFrom(repository, build, Core);
    }

    [Fact]
    public void Dotnet_test_reports_each_finding_once()
    {
        using TestRepository repository = CoreAndTests(testProject: true);

        var test = new BuildResult(repository.Dotnet("test", Tests, "--nologo", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false"));

        Assert.True(test.ExitCode == 0, test.ToString());
        AssertOneFindingFrom(repository, test, Core);
    }

    [Fact]
    public void Dotnet_pack_reports_each_finding_once()
    {
        using TestRepository repository = CoreAndTests();

        var pack = new BuildResult(repository.Dotnet("pack", Core, "--nologo", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-o", repository.PathOf("out")));

        Assert.True(pack.ExitCode == 0, pack.ToString());
        AssertOneFindingFrom(repository, pack, Core);
    }

    [Fact]
    public void A_multi_targeted_project_reports_each_finding_once()
    {
        using TestRepository repository = CoreAndTests();
        repository.Write(Core, """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net10.0;netstandard2.0</TargetFrameworks>
                <LangVersion>latest</LangVersion>
              </PropertyGroup>
            </Project>
            """);

        BuildResult build = repository.Build(Core);

        BuildAssert.Succeeded(build);
        AssertOneFindingFrom(repository, build, Core);
    }

    [Fact]
    public void A_declared_owner_checks_in_a_project_build_and_in_a_solution_build_alike()
    {
        // The solution lists the tests first: without the declaration they would check the repository in a solution build,
        // and the switch from a project build would compile both projects again.
        using TestRepository repository = CoreAndTests(owner: Core);
        repository.DotnetSucceeds("new", "sln", "--name", "Shop", "--format", "sln");
        repository.DotnetSucceeds("sln", "Shop.sln", "add", Tests, Core);

        BuildResult project = repository.Build(Tests);
        DateTime compiled = File.GetLastWriteTimeUtc(repository.PathOf("src/Core/obj/Debug/net10.0/Core.dll"));
        BuildResult solution = repository.Build("Shop.sln");

        BuildAssert.Succeeded(project);
        AssertOneFindingFrom(repository, project, Core);

        // The same owner, so the same compiler inputs: nothing is compiled again, and so nothing is reported again.
        BuildAssert.Succeeded(solution);
        Assert.Empty(solution.DocDiagnostics);
        Assert.Equal(compiled, File.GetLastWriteTimeUtc(repository.PathOf("src/Core/obj/Debug/net10.0/Core.dll")));
        Assert.Equal("true", GeneratedEditorConfig.Read(repository.PathOf("src/Core"), "Core").Properties["DocAnalyzersCheckRepository"]);
        Assert.Equal("false", GeneratedEditorConfig.Read(repository.PathOf("tests/Core.Tests"), "Core.Tests").Properties["DocAnalyzersCheckRepository"]);
    }

    [Fact]
    public void A_declared_owner_that_is_no_project_fails_the_build()
    {
        using TestRepository repository = CoreAndTests(owner: "src/Kore/Kore.csproj");

        BuildResult build = repository.Build(Core);

        BuildAssert.Failed(build);
        Assert.Contains("error DOC001: DocAnalyzersRepositoryOwner is 'src/Kore/Kore.csproj', but there is no project file at", build.Output, StringComparison.Ordinal);
    }

    private TestRepository CoreAndTests(bool testProject = false, string? owner = null, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        TestRepository repository = TestRepository.Create(package, name);
        string declared = owner is null ? string.Empty : $"<PropertyGroup><DocAnalyzersRepositoryOwner>{owner}</DocAnalyzersRepositoryOwner></PropertyGroup>";
        repository.Write("Directory.Build.props", $"""
            <Project>
              {declared}
              <ItemGroup>
                <PackageReference Include="DocAnalyzers" Version="{package.Version}" />
              </ItemGroup>
            </Project>
            """);
        repository.WriteLibrary("src/Core", "Core", referencePackage: false);
        string testItems = testProject
            ? """
              <PackageReference Include="Microsoft.NET.Test.Sdk" Version="17.14.1" />
              <PackageReference Include="xunit" Version="2.9.3" />
              <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
              """
            : string.Empty;
        repository.WriteLibrary(
            "tests/Core.Tests",
            "Core.Tests",
            properties: testProject ? "<IsTestProject>true</IsTestProject><IsPackable>false</IsPackable>" : string.Empty,
            items: "<ProjectReference Include=\"../../src/Core/Core.csproj\" />" + testItems,
            referencePackage: false);
        if (testProject)
        {
            repository.Write("tests/Core.Tests/GreeterTests.cs", """
                namespace Core.Tests;

                public class GreeterTests
                {
                    [Xunit.Fact]
                    public void Says_hello() => Xunit.Assert.Equal("Hello", Core.Greeter.Hello);
                }
                """);
        }

        repository.Write("README.md", PlanDocument.Readme("Shop", "Security Architecture"));
        return repository;
    }

    // The README lacks Security Architecture: one finding, from the project that owns the check, whatever the build printed it through.
    private static void AssertOneFindingFrom(TestRepository repository, BuildResult build, string owner)
    {
        string readme = repository.Read("README.md");
        BuildAssert.DocDiagnostics(
            build,
            repository,
            $"README.md({PlanDocument.LineOf(readme, "## System Architecture")},1): warning DOC200: Required section 'Security Architecture' is missing under 'System Architecture'");
        // A multi-targeted project's lines name the framework too: "Core.csproj::TargetFramework=net10.0".
        Assert.All(build.DocDiagnostics, d => Assert.Equal(repository.PathOf(owner), d.Project?.Split("::")[0]));
        Assert.All(build.DocDiagnostics.GroupBy(d => d.Describe(repository.Root)), finding => Assert.Single(finding));
    }
}
