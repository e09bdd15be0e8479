using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using DocAnalyzers.EndToEnd.Tests.Infrastructure;

namespace DocAnalyzers.EndToEnd.Tests;

/// <summary>What the packed .nupkg holds.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageContentTests
{
    /// <summary>
    /// The highest version of each assembly an analyzer may reference: what the oldest compiler the
    /// package supports (Roslyn 4.8, in Visual Studio 17.8 on .NET Framework) provides. A higher
    /// version fails to load there with CS8032.
    /// </summary>
    private static readonly Dictionary<string, Version> HighestReference = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
    };

    private readonly PackageFixture package;

    public PackageContentTests(PackageFixture package) => this.package = package;

    [Fact]
    public void The_package_holds_the_analyzers_and_the_msbuild_contract_and_nothing_to_reference()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        string[] required =
        {
            "analyzers/dotnet/cs/DocAnalyzers.dll",
            "analyzers/dotnet/cs/Markdig.dll",
            "build/DocAnalyzers.props",
            "build/DocAnalyzers.targets",
            "buildTransitive/DocAnalyzers.props",
            "buildTransitive/DocAnalyzers.targets",
            "README.md",
            "DocAnalyzers.nuspec",
        };
        Assert.All(required, entry => Assert.Contains(entry, entries));

        // Only analyzer assemblies, the MSBuild files and the readme; nothing in lib/ for a project to reference.
        string[] allowed = { "analyzers/dotnet/cs/", "build/", "buildTransitive/", "_rels/", "package/services/" };
        Assert.All(
            entries.Except(required),
            entry => Assert.True(entry == "[Content_Types].xml" || allowed.Any(prefix => entry.StartsWith(prefix, StringComparison.Ordinal)), $"Unexpected package entry {entry}"));

        using Stream nuspecStream = zip.GetEntry("DocAnalyzers.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;
        Assert.Equal("DocAnalyzers", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Empty(metadata.Elements().Where(e => e.Name.LocalName == "dependencies").SelectMany(e => e.Descendants()));
    }

    [Fact]
    public void No_analyzer_assembly_references_more_than_the_oldest_supported_compiler_provides()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        var assemblies = zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(assemblies);

        var tooNew = new List<string>();
        foreach (ZipArchiveEntry entry in assemblies)
        {
            using var buffer = new MemoryStream();
            using (Stream stream = entry.Open())
            {
                stream.CopyTo(buffer);
            }

            buffer.Position = 0;
            using var pe = new PEReader(buffer);
            MetadataReader metadata = pe.GetMetadataReader();
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                AssemblyReference reference = metadata.GetAssemblyReference(handle);
                string name = metadata.GetString(reference.Name);
                if (HighestReference.TryGetValue(name, out Version? highest) && reference.Version > highest)
                {
                    tooNew.Add($"{entry.FullName} references {name} {reference.Version}, above {highest}");
                }
            }
        }

        Assert.Empty(tooNew);
    }
}
