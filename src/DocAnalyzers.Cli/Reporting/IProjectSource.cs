using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Projects;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// Where the report gets the projects whose API coverage it shows. The tool's project loader (MSBuildWorkspace, for
/// <c>--api</c>) is one; tests give in-memory compilations.
/// </summary>
internal interface IProjectSource
{
    /// <summary>The projects of the repository at <paramref name="root"/> (a full path), compiled.</summary>
    Task<IReadOnlyList<LoadedProject>> LoadAsync(string root, CancellationToken cancellationToken);
}
