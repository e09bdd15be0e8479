using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Inputs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.VisualStudio.SolutionPersistence;
using Microsoft.VisualStudio.SolutionPersistence.Model;
using Microsoft.VisualStudio.SolutionPersistence.Serializer;

namespace DocAnalyzers.Cli.Projects;

/// <summary>
/// Loads a solution or project with MSBuildWorkspace, which evaluates each project with the SDK's MSBuild and runs
/// its design-time build, as the IDE does, and so gets the compiler's inputs a build would use: sources (generated
/// ones too), references, parse and compilation options, analyzer config files and additional files.
/// Call <see cref="MSBuildRegistration.EnsureRegistered"/> first.
/// </summary>
internal static class ProjectLoader
{
    /// <summary>The analyzer assemblies of the DocAnalyzers package: the tool runs its own copy of them instead.</summary>
    private static readonly string[] OwnAnalyzerFiles = { "DocAnalyzers.dll", "DocAnalyzers.CodeFixes.dll" };

    /// <summary>
    /// Imports the tool's DocAnalyzers.Cli.targets into each project after its Directory.Build.targets: the build
    /// properties the DOC1xx analyzers read become compiler-visible in projects without the package too. (It replaces
    /// a CustomAfterDirectoryBuildTargets of the project's own, a hook meant for the command line.)
    /// </summary>
    private static readonly Dictionary<string, string> GlobalProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CustomAfterDirectoryBuildTargets"] = Path.Combine(AppContext.BaseDirectory, "DocAnalyzers.Cli.targets"),
    };

    /// <summary>
    /// The C# projects a solution lists (or the one project) with their compilations, in the solution's order. The
    /// projects they reference are loaded too, as their compilations need them, but not checked unless listed: a
    /// project referenced as an analyzer or a source generator is no part of the API.
    /// </summary>
    /// <param name="path">The full path of a .sln, .slnx or .csproj file.</param>
    /// <param name="error">Where the workspace's failures are written.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <exception cref="ConfigurationException">The solution or a project failed to load (each failure has been written to <paramref name="error"/>).</exception>
    public static async Task<IReadOnlyList<LoadedProject>> LoadAsync(string path, TextWriter error, CancellationToken cancellationToken)
    {
        using MSBuildWorkspace workspace = MSBuildWorkspace.Create(GlobalProperties);
        try
        {
            if (Path.GetExtension(path).Equals(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            WriteFailures(workspace, error);
            throw new ConfigurationException($"'{path}' cannot be loaded: {e.Message}");
        }

        if (WriteFailures(workspace, error) is var failures and > 0)
        {
            throw new ConfigurationException($"{failures} {(failures == 1 ? "failure" : "failures")} loading '{path}' (above); a project must load, and be restored, to be checked");
        }

        ISet<string> listed = await ListedProjectsAsync(path, cancellationToken).ConfigureAwait(false);
        Solution solution = WithoutOwnAnalyzers(workspace.CurrentSolution);
        var loaded = new List<LoadedProject>();
        var unresolved = new List<string>();
        foreach (ProjectId id in solution.ProjectIds)
        {
            Project project = solution.GetProject(id)!;
            if (project.FilePath is null || !listed.Contains(Path.GetFullPath(project.FilePath)))
            {
                continue;
            }

            if (project.Language != LanguageNames.CSharp)
            {
                error.WriteLine($"{ToolInfo.Name}: note: {project.Name} is not a C# project: not checked");
                continue;
            }

            Compilation? compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                throw new ConfigurationException($"the project {project.Name} ('{project.FilePath}') gives no compilation");
            }

            // An unrestored project loads without a failure, but with no references: its compilation is not the build's.
            if (compilation.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
            {
                unresolved.Add(project.Name);
            }

            loaded.Add(new LoadedProject(project.Name, project.FilePath, compilation, project.AnalyzerOptions));
        }

        if (unresolved.Count > 0)
        {
            throw new ConfigurationException($"the references of {string.Join(", ", unresolved)} are not resolved (no System.Object): restore the projects first (dotnet restore '{path}')");
        }

        return loaded;
    }

    /// <summary>The full paths of the projects a solution lists, or of the one project.</summary>
    private static async Task<ISet<string>> ListedProjectsAsync(string path, CancellationToken cancellationToken)
    {
        var listed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (SolutionSerializers.GetSerializerByMoniker(path) is not { } serializer)
        {
            listed.Add(path);
            return listed;
        }

        SolutionModel model = await serializer.OpenAsync(path, cancellationToken).ConfigureAwait(false);
        string folder = Path.GetDirectoryName(path)!;
        foreach (SolutionProjectModel project in model.SolutionProjects)
        {
            listed.Add(Path.GetFullPath(Path.Combine(folder, project.FilePath.Replace('\\', '/'))));
        }

        return listed;
    }

    /// <summary>Writes the workspace's failures (not its warnings) to <paramref name="error"/>, and returns how many there were.</summary>
    private static int WriteFailures(MSBuildWorkspace workspace, TextWriter error)
    {
        int failures = 0;
        foreach (WorkspaceDiagnostic diagnostic in workspace.Diagnostics)
        {
            if (diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                error.WriteLine($"{ToolInfo.Name}: error: {diagnostic.Message}");
                failures++;
            }
        }

        return failures;
    }

    /// <summary>
    /// The solution without the projects' references to the package's own analyzer assemblies: the tool runs its own
    /// DOC1xx analyzers, and the project's copy is neither loaded nor run a second time.
    /// </summary>
    private static Solution WithoutOwnAnalyzers(Solution solution)
    {
        foreach (Project project in solution.Projects)
        {
            foreach (AnalyzerReference reference in project.AnalyzerReferences)
            {
                if (reference.FullPath is { } file && Array.Exists(OwnAnalyzerFiles, own => own.Equals(Path.GetFileName(file), StringComparison.OrdinalIgnoreCase)))
                {
                    solution = solution.RemoveAnalyzerReference(project.Id, reference);
                }
            }
        }

        return solution;
    }
}
