using System;
using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Inputs;
using Microsoft.Build.Locator;

namespace DocAnalyzers.Cli.Projects;

/// <summary>
/// Finds the MSBuild of the .NET SDK that a build in the repository would use (its global.json is honoured) and
/// registers it, once per process. Call <see cref="EnsureRegistered"/> before any method that touches a
/// Microsoft.Build type or MSBuildWorkspace: the tool ships no MSBuild of its own, and an MSBuild assembly loaded
/// before the registration cannot be replaced.
/// </summary>
internal static class MSBuildRegistration
{
    private static readonly object Gate = new();

    /// <summary>The dotnet executable of the registered SDK, for the commands the tool runs (restore); null before registration.</summary>
    public static string? DotNetHost { get; private set; }

    /// <summary>Registers the SDK's MSBuild for a build in <paramref name="workingDirectory"/>, unless one is registered already.</summary>
    /// <exception cref="ConfigurationException">No .NET SDK can be found.</exception>
    public static void EnsureRegistered(string workingDirectory)
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered)
            {
                return;
            }

            // As RegisterDefaults, but from the repository's folder rather than the current one.
            VisualStudioInstance? instance = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
            {
                DiscoveryTypes = DiscoveryType.DotNetSdk,
                WorkingDirectory = workingDirectory,
            }).FirstOrDefault();
            if (instance is null)
            {
                throw new ConfigurationException($"--api needs a .NET SDK to load the projects, and none was found for '{workingDirectory}' (is dotnet on the PATH, and does global.json name an installed SDK?)");
            }

            try
            {
                MSBuildLocator.RegisterInstance(instance);
            }
            catch (InvalidOperationException e)
            {
                throw new ConfigurationException($"the MSBuild of the .NET SDK at '{instance.MSBuildPath}' cannot be used: {e.Message}");
            }

            // MSBuildPath is {dotnet root}/sdk/{version}/.
            string host = Path.Combine(instance.MSBuildPath, "..", "..", OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
            DotNetHost = File.Exists(host) ? Path.GetFullPath(host) : "dotnet";
        }
    }
}
