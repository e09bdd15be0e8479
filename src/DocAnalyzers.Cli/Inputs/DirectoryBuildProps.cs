using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace DocAnalyzers.Cli.Inputs;

/// <summary>
/// The DocAnalyzers* properties of the Directory.Build.props at the repository root, read without MSBuild:
/// unconditional properties, and those whose condition only asks whether a property is empty (the
/// <c>'$(DocAnalyzersDocs)' == ''</c> form); <c>$(Name)</c> expands to the values read so far. Anything MSBuild
/// would need to evaluate (other conditions, imports) is left out and named in <see cref="Skipped"/>.
/// </summary>
internal sealed class DirectoryBuildProps
{
    public const string FileName = "Directory.Build.props";

    private static readonly Regex EmptyTest = new(@"^\s*'\$\((?<name>[A-Za-z_][\w.-]*)\)'\s*(?<op>==|!=)\s*''\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Reference = new(@"\$\((?<name>[A-Za-z_][\w.-]*)\)", RegexOptions.CultureInvariant);

    private DirectoryBuildProps(Dictionary<string, string> properties, List<string> skipped)
    {
        Properties = properties;
        Skipped = skipped;
    }

    /// <summary>The DocAnalyzers* properties, by name without case.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>What was not read, for a note on standard error.</summary>
    public IReadOnlyList<string> Skipped { get; }

    public static DirectoryBuildProps Read(string root)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var skipped = new List<string>();
        string path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return new DirectoryBuildProps(properties, skipped);
        }

        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (Exception e) when (e is XmlException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{FileName} at '{root}' cannot be read: {e.Message}");
        }

        var builtIn = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["MSBuildThisFileDirectory"] = root,
        };
        foreach (XElement group in document.Root?.Elements() ?? Array.Empty<XElement>())
        {
            if (group.Name.LocalName == "Import")
            {
                skipped.Add($"the import of '{(string?)group.Attribute("Project")}'");
                continue;
            }

            if (group.Name.LocalName != "PropertyGroup")
            {
                continue;
            }

            foreach (XElement property in group.Elements())
            {
                string name = property.Name.LocalName;
                if (!name.StartsWith("DocAnalyzers", StringComparison.Ordinal))
                {
                    continue;
                }

                string? condition = (string?)property.Attribute("Condition") ?? (string?)group.Attribute("Condition");
                if (condition is not null)
                {
                    Match test = EmptyTest.Match(condition);
                    if (!test.Success)
                    {
                        skipped.Add($"{name} (its condition {condition} needs MSBuild)");
                        continue;
                    }

                    bool empty = !properties.TryGetValue(test.Groups["name"].Value, out string? current) || current.Length == 0;
                    if (empty != (test.Groups["op"].Value == "=="))
                    {
                        continue;
                    }
                }

                properties[name] = Reference.Replace(property.Value.Trim(), reference =>
                {
                    string referenced = reference.Groups["name"].Value;
                    if (properties.TryGetValue(referenced, out string? value) || builtIn.TryGetValue(referenced, out value))
                    {
                        return value;
                    }

                    // Directory.Build.props is imported before the package's props set their defaults: as in MSBuild, unset is empty.
                    if (referenced.StartsWith("DocAnalyzers", StringComparison.Ordinal))
                    {
                        return string.Empty;
                    }

                    skipped.Add($"$({referenced}) in {name} (not a DocAnalyzers property; read as empty)");
                    return string.Empty;
                });
            }
        }

        return new DirectoryBuildProps(properties, skipped);
    }

    public string? Get(string name) => Properties.TryGetValue(name, out string? value) && value.Length > 0 ? value : null;
}
