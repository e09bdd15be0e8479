using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Analysis;
using DocAnalyzers.Cli.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using DocAnalyzers.Cli.Projects;

namespace DocAnalyzers.Cli.Tests.Infrastructure;

/// <summary>In-memory C# projects for the API coverage: compilations against the running .NET's assemblies, with .editorconfig and global config options.</summary>
internal static class ApiCompilation
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    public static CSharpCompilation Create(DocumentationMode mode, IEnumerable<(string Path, string Text)> files, string assemblyName = "Shop")
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, mode);
        return CSharpCompilation.Create(
            assemblyName,
            files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Analyzer options from configuration files given as (path, text), as the compiler reads them.</summary>
    public static AnalyzerOptions Options(params (string Path, string Text)[] configs)
    {
        AnalyzerConfigSet set = AnalyzerConfigSet.Create(configs.Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList());
        return new AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty, new ConfigSetOptionsProvider(set));
    }

    /// <summary>A project for every folder given: its .cs files compiled in documentation mode None, as a build without GenerateDocumentationFile.</summary>
    public static IProjectSource FromFolders(params string[] folders) => new FolderSource(folders);

    /// <summary>The given projects, whatever the root.</summary>
    public static IProjectSource FromProjects(params LoadedProject[] projects) => new FixedSource(projects);

    private sealed class FixedSource(IReadOnlyList<LoadedProject> projects) : IProjectSource
    {
        public System.Threading.Tasks.Task<IReadOnlyList<LoadedProject>> LoadAsync(string root, System.Threading.CancellationToken cancellationToken) =>
            System.Threading.Tasks.Task.FromResult(projects);
    }

    private sealed class FolderSource(IReadOnlyList<string> folders) : IProjectSource
    {
        public System.Threading.Tasks.Task<IReadOnlyList<LoadedProject>> LoadAsync(string root, System.Threading.CancellationToken cancellationToken)
        {
            var projects = new List<LoadedProject>();
            foreach (string folder in folders)
            {
                string name = new DirectoryInfo(folder).Name;
                var files = Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f)));
                projects.Add(new LoadedProject(name, Path.Combine(folder, name + ".csproj"), Create(DocumentationMode.None, files, name), Options()));
            }

            return System.Threading.Tasks.Task.FromResult<IReadOnlyList<LoadedProject>>(projects);
        }
    }
}
