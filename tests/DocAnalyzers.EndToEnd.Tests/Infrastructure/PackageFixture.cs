using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>Every end-to-end test shares one pack of the package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "DocAnalyzers package";
}

/// <summary>
/// Packs DocAnalyzers once per test run into a local feed under artifacts/e2e, and gives the consumer
/// repositories a NuGet.config and a package cache of their own. The cache keeps what it downloaded
/// between runs (the 4.14 compiler is large) but loses DocAnalyzers before each run, so a consumer
/// can never restore a stale DocAnalyzers of the same version.
/// </summary>
public sealed class PackageFixture
{
    public PackageFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        string work = Path.Combine(RepositoryRoot, "artifacts", "e2e");
        FeedDirectory = Path.Combine(work, "feed");
        PackagesDirectory = Path.Combine(work, "packages");
        if (Directory.Exists(FeedDirectory))
        {
            Directory.Delete(FeedDirectory, recursive: true);
        }

        string cached = Path.Combine(PackagesDirectory, "docanalyzers");
        if (Directory.Exists(cached))
        {
            Directory.Delete(cached, recursive: true);
        }

        Directory.CreateDirectory(FeedDirectory);
        Directory.CreateDirectory(PackagesDirectory);
        ConsumerEnvironment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesDirectory };

        Pack = Cli.Run(
            Cli.Dotnet,
            RepositoryRoot,
            new[] { "pack", Path.Combine("src", "DocAnalyzers.Package", "DocAnalyzers.Package.csproj"), "-c", "Release", "-o", FeedDirectory, "--nologo", "-tl:off", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false" });
        string[] packages = Directory.GetFiles(FeedDirectory, "DocAnalyzers.*.nupkg");
        if (Pack.ExitCode != 0 || packages.Length != 1)
        {
            throw new InvalidOperationException($"Packing DocAnalyzers failed: {Pack.CommandLine} exited with {Pack.ExitCode} and produced {packages.Length} packages:\n{Pack.Output}");
        }

        PackagePath = packages[0];
        Version = Path.GetFileNameWithoutExtension(PackagePath)["DocAnalyzers.".Length..];
        NuGetConfig = CreateNuGetConfig(FeedDirectory, PackagesDirectory, MachineSources(RepositoryRoot));
    }

    /// <summary>The folder that holds DocAnalyzers.sln.</summary>
    public string RepositoryRoot { get; }

    public string FeedDirectory { get; }

    public string PackagesDirectory { get; }

    /// <summary>The packed .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>The package version, as the consumers reference it.</summary>
    public string Version { get; }

    /// <summary>The pack command, its output and how long it took.</summary>
    internal CommandResult Pack { get; }

    /// <summary>The NuGet.config every consumer repository gets: the local feed for DocAnalyzers, the machine's sources for the rest.</summary>
    public string NuGetConfig { get; }

    /// <summary>Environment of every consumer command: the isolated package cache.</summary>
    public IReadOnlyDictionary<string, string> ConsumerEnvironment { get; }

    private static string FindRepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "DocAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No DocAnalyzers.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>The enabled package sources this machine restores from (nuget.org or its mirror).</summary>
    private static IReadOnlyList<string> MachineSources(string directory)
    {
        CommandResult list = Cli.Run(Cli.Dotnet, directory, new[] { "nuget", "list", "source", "--format", "short" });
        var sources = list.Output
            .Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.StartsWith("E ", StringComparison.Ordinal))
            .Select(line => line[2..].Trim())
            .ToList();
        return sources.Count > 0 ? sources : new[] { "https://api.nuget.org/v3/index.json" };
    }

    private static string CreateNuGetConfig(string feed, string packages, IReadOnlyList<string> sources)
    {
        // Source mapping: DocAnalyzers comes from the local feed only, never from a public source.
        string adds = string.Concat(sources.Select((source, i) => $"""

                <add key="source{i}" value="{SecurityElement.Escape(source)}" />
            """));
        string mappings = string.Concat(sources.Select((_, i) => $"""

                <packageSource key="source{i}"><package pattern="*" /></packageSource>
            """));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(packages)}" />
              </config>
              <packageSources>
                <clear />
                <add key="docanalyzers-e2e" value="{SecurityElement.Escape(feed)}" />{adds}
              </packageSources>
              <packageSourceMapping>
                <packageSource key="docanalyzers-e2e"><package pattern="DocAnalyzers" /></packageSource>{mappings}
              </packageSourceMapping>
            </configuration>
            """;
    }
}
