using System.Collections.Generic;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Reporting;

namespace DocAnalyzers.Cli.Projects;

/// <summary>
/// The projects <c>--api</c> loads, for <c>check</c> and <c>report</c> alike: the solution or project at the root (or
/// the one named), restored unless asked not to, and loaded with MSBuildWorkspace over the SDK's MSBuild.
/// </summary>
internal sealed class WorkspaceProjects : IProjectSource
{
    private readonly string? named;
    private readonly bool restore;
    private readonly TextWriter progress;

    /// <param name="named">The solution or project file to load; null finds the one at the root.</param>
    /// <param name="restore">Whether to run <c>dotnet restore</c> first: an unrestored project loads without its packages.</param>
    /// <param name="progress">Where errors of the workspace, and on a terminal the steps, are written.</param>
    public WorkspaceProjects(string? named, bool restore, TextWriter progress)
    {
        this.named = named;
        this.restore = restore;
        this.progress = progress;
    }

    /// <summary>The solution or project file loaded, once <see cref="LoadAsync"/> has found it.</summary>
    public string? File { get; private set; }

    public Task<IReadOnlyList<LoadedProject>> LoadAsync(string root, CancellationToken cancellationToken)
    {
        File = ProjectFiles.Resolve(root, named);
        MSBuildRegistration.EnsureRegistered(root);
        return RestoreAndLoadAsync(root, File, cancellationToken);
    }

    // Not inlined into LoadAsync, so that no MSBuild assembly is loaded before the SDK's MSBuild is registered.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private async Task<IReadOnlyList<LoadedProject>> RestoreAndLoadAsync(string root, string file, CancellationToken cancellationToken)
    {
        bool terminal = !System.Console.IsErrorRedirected;
        string shown = Path.GetRelativePath(root, file).Replace('\\', '/');
        if (restore)
        {
            if (terminal)
            {
                progress.WriteLine($"Restoring {shown}");
            }

            await ProjectRestore.RunAsync(file, cancellationToken).ConfigureAwait(false);
        }

        if (terminal)
        {
            progress.WriteLine($"Loading {shown}");
        }

        return await ProjectLoader.LoadAsync(file, progress, cancellationToken).ConfigureAwait(false);
    }
}
