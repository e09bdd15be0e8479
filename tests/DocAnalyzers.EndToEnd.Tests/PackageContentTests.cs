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
    /// <summary>The assemblies of analyzers/dotnet/cs: every one is passed to the compiler, and the IDE and dotnet format load them all.</summary>
    private static readonly string[] AnalyzerAssemblies =
    {
        "analyzers/dotnet/cs/DocAnalyzers.dll",
        "analyzers/dotnet/cs/DocAnalyzers.CodeFixes.dll",
        "analyzers/dotnet/cs/Markdig.dll",
    };

    /// <summary>
    /// Each assembly the host provides, with the highest version the package may reference: what the oldest host
    /// the package supports (Roslyn 4.8, in Visual Studio 17.8 on .NET Framework) provides, taken from the
    /// netstandard2.0 dependencies of the Roslyn 4.8.0 packages. Microsoft.CodeAnalysis.Common 4.8.0 depends on
    /// System.Collections.Immutable and System.Reflection.Metadata 7.0.0, System.Memory 4.5.5 (assembly 4.0.1.2,
    /// itself on System.Buffers 4.0.3.0) and System.Runtime.CompilerServices.Unsafe 6.0.0; Microsoft.CodeAnalysis.Workspaces.Common
    /// 4.8.0, which only the code fixes reference and the compiler never loads, depends on System.Composition 7.0.0.
    /// A higher version fails to load there (CS8032 for an analyzer; for a code fix, the IDE drops it). A reference
    /// to an assembly that is neither here nor in the package would fail to load anywhere.
    /// </summary>
    private static readonly Dictionary<string, Version> HostProvided = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.Workspaces"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp.Workspaces"] = new(4, 8, 0, 0),
        ["System.Composition.AttributedModel"] = new(7, 0, 0, 0),
        ["System.Composition.Runtime"] = new(7, 0, 0, 0),
        ["System.Composition.Hosting"] = new(7, 0, 0, 0),
        ["System.Composition.TypedParts"] = new(7, 0, 0, 0),
        ["System.Composition.Convention"] = new(7, 0, 0, 0),
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
            "build/DocAnalyzers.props",
            "build/DocAnalyzers.targets",
            "buildTransitive/DocAnalyzers.props",
            "buildTransitive/DocAnalyzers.targets",
            "README.md",
            "LICENSE",
            "DocAnalyzers.nuspec",
        };
        Assert.All(required, entry => Assert.Contains(entry, entries));

        // The analyzers, their code fixes and Markdig, and nothing else: no Workspaces or System.Composition, which
        // the IDE and dotnet format provide and the compiler must never be handed.
        Assert.Equal(
            AnalyzerAssemblies.OrderBy(e => e, StringComparer.Ordinal),
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal));

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
    public void The_package_names_its_licence_and_one_project_url_that_the_help_links_share()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        using Stream nuspecStream = zip.GetEntry("DocAnalyzers.nuspec")!.Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        XElement Element(string name) => metadata.Elements().Single(e => e.Name.LocalName == name);

        Assert.Equal("MIT", Element("license").Value);
        Assert.Equal("expression", Element("license").Attribute("type")?.Value);
        Assert.NotNull(zip.GetEntry("LICENSE"));

        // One canonical URL, set once in Directory.Build.props: the project and the repository (DescriptorTests holds the help links to it).
        string canonical = XDocument.Load(Path.Combine(package.RepositoryRoot, "Directory.Build.props")).Descendants("PackageProjectUrl").Single().Value;
        Assert.Equal(canonical, Element("projectUrl").Value);
        Assert.Equal(canonical, Element("repository").Attribute("url")?.Value);

        // Both halves of the package are in its description and tags.
        string description = Element("description").Value;
        Assert.Contains("XML documentation", description, StringComparison.Ordinal);
        Assert.Contains("markdown", description, StringComparison.Ordinal);
        Assert.Contains("code fixes", description, StringComparison.Ordinal);
        Assert.Contains("xml-documentation", Element("tags").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_readme_is_written_for_a_package_page_with_absolute_links()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        string readme = reader.ReadToEnd();

        // A package page has no repository beside it: a relative link would lead nowhere.
        var links = System.Text.RegularExpressions.Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)").Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
        Assert.DoesNotContain("clone", readme, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PackageReference Include=\"DocAnalyzers\"", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reference_of_an_analyzer_assembly_is_in_the_package_or_provided_by_the_oldest_supported_host()
    {
        using ZipArchive zip = ZipFile.OpenRead(package.PackagePath);
        var assemblies = zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal)).ToList();
        Assert.Equal(AnalyzerAssemblies.Length, assemblies.Count);

        // The package's own assemblies, by name and version, as the loader sees them beside each other.
        var bundled = new Dictionary<string, Version>(StringComparer.Ordinal);
        var references = new List<(string Entry, string Name, Version Version)>();
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
            AssemblyDefinition definition = metadata.GetAssemblyDefinition();
            bundled[metadata.GetString(definition.Name)] = definition.Version;
            foreach (AssemblyReferenceHandle handle in metadata.AssemblyReferences)
            {
                AssemblyReference reference = metadata.GetAssemblyReference(handle);
                references.Add((entry.FullName, metadata.GetString(reference.Name), reference.Version));
            }
        }

        // The code fixes need Workspaces: the check below has something to check. They are not [Shared], so they
        // reference no System.Composition, whose oldest version served here (8.0) is newer than Visual Studio 17.8's.
        Assert.Contains(references, r => r.Entry.EndsWith("/DocAnalyzers.CodeFixes.dll", StringComparison.Ordinal) && r.Name == "Microsoft.CodeAnalysis.Workspaces");
        Assert.DoesNotContain(references, r => r.Name.StartsWith("System.Composition", StringComparison.Ordinal));

        var unsatisfied = new List<string>();
        foreach ((string entry, string name, Version version) in references)
        {
            if (bundled.TryGetValue(name, out Version? inPackage))
            {
                if (version > inPackage)
                {
                    unsatisfied.Add($"{entry} references {name} {version}, above the {inPackage} in the package");
                }
            }
            else if (!HostProvided.TryGetValue(name, out Version? highest))
            {
                unsatisfied.Add($"{entry} references {name} {version}, which is neither in the package nor provided by the host");
            }
            else if (version > highest)
            {
                unsatisfied.Add($"{entry} references {name} {version}, above the {highest} of the oldest supported host");
            }
        }

        Assert.True(unsatisfied.Count == 0, string.Join("\n", unsatisfied));
    }
}
