using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocAnalyzers.Cli.Inputs;

namespace DocAnalyzers.Cli.Projects;

/// <summary>Which solution or project <c>check --api</c> loads: the one named, else the one solution at the root, else the one project there.</summary>
internal static class ProjectFiles
{
    private static readonly string[] SolutionExtensions = { ".sln", ".slnx" };
    private const string ProjectExtension = ".csproj";

    /// <summary>The full path of the solution or project file to load.</summary>
    /// <param name="root">The repository root.</param>
    /// <param name="named">The file --project names (relative to the current folder), or null to look at the root.</param>
    /// <exception cref="ConfigurationException">The named file does not exist or is no solution or C# project, or the root holds none or several.</exception>
    public static string Resolve(string root, string? named)
    {
        if (named is not null)
        {
            string full = Path.GetFullPath(named);
            if (!File.Exists(full))
            {
                throw new ConfigurationException($"--project: the file '{named}' does not exist");
            }

            string extension = Path.GetExtension(full);
            if (!IsSolution(full) && !extension.Equals(ProjectExtension, StringComparison.OrdinalIgnoreCase))
            {
                throw new ConfigurationException($"--project: '{named}' is no solution (.sln, .slnx) or C# project (.csproj)");
            }

            return full;
        }

        List<string> solutions = FilesAt(root, IsSolution);
        if (solutions.Count == 1)
        {
            return solutions[0];
        }

        if (solutions.Count > 1)
        {
            throw new ConfigurationException($"--api: {root} holds several solutions: {Names(solutions)}; name one with --project");
        }

        List<string> projects = FilesAt(root, f => Path.GetExtension(f).Equals(ProjectExtension, StringComparison.OrdinalIgnoreCase));
        return projects.Count switch
        {
            1 => projects[0],
            0 => throw new ConfigurationException($"--api: {root} holds no solution (.sln, .slnx) and no C# project (.csproj); name one with --project"),
            _ => throw new ConfigurationException($"--api: {root} holds no solution and several projects: {Names(projects)}; name one with --project"),
        };
    }

    private static bool IsSolution(string path) =>
        SolutionExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static List<string> FilesAt(string root, Func<string, bool> wanted) =>
        Directory.EnumerateFiles(root).Where(wanted).OrderBy(f => f, StringComparer.Ordinal).ToList();

    private static string Names(IEnumerable<string> files) => string.Join(", ", files.Select(Path.GetFileName));
}
