using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A throwaway git repository in a temporary folder that consumes the packed DocAnalyzers package
/// through its own NuGet.config. Deleted on dispose unless DOCANALYZERS_E2E_KEEP=1.
/// </summary>
internal sealed class TestRepository : IDisposable
{
    private readonly PackageFixture package;

    private TestRepository(PackageFixture package, string root)
    {
        this.package = package;
        Root = root;
    }

    /// <summary>The repository folder, a full path ending in a separator (as DocAnalyzersRepositoryRoot is).</summary>
    public string Root { get; }

    public static TestRepository Create(PackageFixture package, [CallerMemberName] string name = "")
    {
        string folder = $"{(name.Length > 40 ? name[..40] : name)}-{Guid.NewGuid().ToString("N")[..8]}";
        string root = Path.Combine(Path.GetTempPath(), "DocAnalyzers.EndToEnd", folder) + Path.DirectorySeparatorChar;
        Directory.CreateDirectory(root);
        var repository = new TestRepository(package, root);
        repository.Write("NuGet.config", package.NuGetConfig);
        CommandResult git = Cli.Run("git", root, new[] { "init", "--quiet" });
        Assert.True(git.ExitCode == 0, git.Output);
        return repository;
    }

    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Writes a file with \n line ends, creating its folder.</summary>
    public string Write(string relativePath, string content)
    {
        string path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>A class library with one documented public type, that references DocAnalyzers unless told not to.</summary>
    public void WriteLibrary(string folder, string name, string properties = "", string items = "", bool referencePackage = true)
    {
        string reference = referencePackage ? $"""<PackageReference Include="DocAnalyzers" Version="{package.Version}" />""" : string.Empty;
        Write($"{folder}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                {reference}
                {items}
              </ItemGroup>
            </Project>
            """);
        Write($"{folder}/Greeter.cs", $$"""
            namespace {{name}};

            /// <summary>Says hello.</summary>
            public static class Greeter
            {
                /// <summary>The greeting.</summary>
                public const string Hello = "Hello";
            }
            """);
    }

    /// <summary>Runs <c>dotnet build</c> with the given arguments, quietly unless they set a verbosity.</summary>
    public BuildResult Build(params string[] arguments)
    {
        var all = new List<string> { "build" };
        all.AddRange(arguments);
        all.AddRange(new[] { "--nologo", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false" });
        if (!arguments.Any(a => a.StartsWith("-v:", StringComparison.Ordinal) || a.StartsWith("-verbosity:", StringComparison.Ordinal)))
        {
            all.Add("-v:q");
        }

        var result = new BuildResult(Dotnet(all.ToArray()));

        // Whatever else a test checks: the analyzer loaded (CS8032) and never threw (AD0001).
        Assert.DoesNotContain("CS8032", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("AD0001", result.Output, StringComparison.Ordinal);
        return result;
    }

    /// <summary>Runs another dotnet command in the repository, which must succeed.</summary>
    public CommandResult Dotnet(params string[] arguments) =>
        Cli.Run(Cli.Dotnet, Root, arguments, package.ConsumerEnvironment);

    /// <summary>Runs a dotnet command that must succeed.</summary>
    public void DotnetSucceeds(params string[] arguments)
    {
        CommandResult result = Dotnet(arguments);
        Assert.True(result.ExitCode == 0, $"{result.CommandLine} exited with {result.ExitCode}:\n{result.Output}");
    }

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("DOCANALYZERS_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
