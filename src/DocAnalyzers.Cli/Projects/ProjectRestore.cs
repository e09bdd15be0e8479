using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Projects;

/// <summary>
/// Restores a solution or project with <c>dotnet restore</c>, as <c>dotnet build</c> and <c>dotnet format</c> do
/// first. MSBuildWorkspace does not restore, and reports no failure for a project that is not restored: it loads it
/// without its packages, and so without the package's props, analyzer configuration and references a build has.
/// </summary>
internal static class ProjectRestore
{
    /// <summary>Restores <paramref name="path"/> with the registered SDK.</summary>
    /// <exception cref="ConfigurationException">The restore failed; the message holds its output.</exception>
    public static async Task RunAsync(string path, CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(MSBuildRegistration.DotNetHost ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No build servers or reused nodes: they would outlive the tool.
        foreach (string argument in new[] { "restore", path, "--nologo", "-v:q", "--disable-build-servers" })
        {
            info.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(info) ?? throw new ConfigurationException($"dotnet restore could not be started for '{path}'");
        Task<string> output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        Task<string> error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            string text = ((await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false))).Trim();
            throw new ConfigurationException($"dotnet restore '{path}' failed (exit code {process.ExitCode}); the projects must be restored to be loaded:{Environment.NewLine}{text}");
        }
    }
}
