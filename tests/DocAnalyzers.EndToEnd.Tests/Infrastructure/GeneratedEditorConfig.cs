using System;
using System.Collections.Generic;
using System.IO;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The .editorconfig the SDK generates for the compiler from CompilerVisibleProperty and
/// CompilerVisibleItemMetadata: what the analyzer will see of the build.
/// </summary>
internal sealed class GeneratedEditorConfig
{
    private GeneratedEditorConfig(Dictionary<string, string> properties, Dictionary<string, string> kinds)
    {
        Properties = properties;
        DocAnalyzersKinds = kinds;
    }

    /// <summary><c>build_property.NAME = value</c>, by NAME.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The DocAnalyzersKind metadata of each additional file that has it, by full path.</summary>
    public IReadOnlyDictionary<string, string> DocAnalyzersKinds { get; }

    /// <summary>Reads obj/Debug/{framework}/{project}.GeneratedMSBuildEditorConfig.editorconfig of a project folder.</summary>
    public static GeneratedEditorConfig Read(string projectDirectory, string projectName, string framework = "net10.0")
    {
        string path = Path.Combine(projectDirectory, "obj", "Debug", framework, $"{projectName}.GeneratedMSBuildEditorConfig.editorconfig");
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        string? section = null;
        foreach (string raw in File.ReadAllLines(path))
        {
            string line = raw.Trim();
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            int equals = line.IndexOf('=');
            if (equals < 0)
            {
                continue;
            }

            string key = line[..equals].Trim();
            string value = line[(equals + 1)..].Trim();
            if (section is null && key.StartsWith("build_property.", StringComparison.Ordinal))
            {
                properties[key["build_property.".Length..]] = value;
            }
            else if (section is not null && key == "build_metadata.AdditionalFiles.DocAnalyzersKind")
            {
                kinds[section] = value;
            }
        }

        return new GeneratedEditorConfig(properties, kinds);
    }
}
