using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>The configuration files of an API-documentation test project.</summary>
internal static class ConfigFiles
{
    /// <summary>Adds an .editorconfig holding <paramref name="editorConfig"/> under <c>[*.cs]</c> and a .globalconfig holding <paramref name="globalConfig"/>, each only when it has lines.</summary>
    public static void Add(ProjectState project, IReadOnlyCollection<string> editorConfig, IReadOnlyCollection<string> globalConfig)
    {
        if (editorConfig.Count > 0)
        {
            project.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + string.Join("\n", editorConfig) + "\n"));
        }

        if (globalConfig.Count > 0)
        {
            project.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + string.Join("\n", globalConfig) + "\n"));
        }
    }
}
