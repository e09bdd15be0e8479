using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DocAnalyzers.Repository;

namespace DocAnalyzers.Cli.Inputs;

/// <summary>
/// What the package's MSBuild targets hand the compiler for a repository, found from a folder instead:
/// the repository root, the DocAnalyzers* properties (Directory.Build.props at the root, then the command
/// line), the documentation files and the template, the .editorconfig and .globalconfig files that apply,
/// and the build properties as the SDK's generated global config carries them. Every option key the tool
/// passes to the analyzer is named here (from <see cref="RepositorySettings"/>), and nowhere else.
/// </summary>
internal sealed class AnalyzerInputs
{
    public const string PlanProperty = RepositorySettings.PlanProperty;
    public const string TemplateProperty = RepositorySettings.TemplateProperty;
    public const string DocsProperty = "DocAnalyzersDocs";

    /// <summary>The package props' default for DocAnalyzersDocs, as MSBuild writes an item list: the analyzer's own list, separated by ';'.</summary>
    public static readonly string DefaultDocs = RepositorySettings.DefaultDocs.Replace(", ", ";");

    /// <summary>
    /// The C# file the analysis compiles: none of the repository's, only a path at its root, so that the
    /// severities .editorconfig gives C# files there (a [*.cs] or [*] section) reach the analyzer as in a build.
    /// </summary>
    public const string SourceFileName = "DocAnalyzers.Cli.Repository.cs";

    // The conventional files at the root that go by name only (LICENSE, COPYING, ReleaseNotes.md), as the targets find them.
    private static readonly Regex ConventionalName = new(RepositorySettings.ConventionalFileName, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private AnalyzerInputs(string root, string plan, string template, string docs, string? templatePath, IReadOnlyList<string> documents, IReadOnlyList<string> conventionalFiles, IReadOnlyList<string> configFiles, IReadOnlyList<string> notes)
    {
        ConventionalFiles = conventionalFiles;
        Root = root;
        Plan = plan;
        Template = template;
        Docs = docs;
        TemplatePath = templatePath;
        Documents = documents;
        ConfigFiles = configFiles;
        Notes = notes;
    }

    /// <summary>The repository root: a full path ending in a separator, as the targets' NormalizeDirectory gives it.</summary>
    public string Root { get; }

    /// <summary>DocAnalyzersPlan, empty for the default plan.</summary>
    public string Plan { get; }

    /// <summary>DocAnalyzersTemplate as written, relative to the root; empty for none.</summary>
    public string Template { get; }

    /// <summary>DocAnalyzersDocs: semicolon-separated globs relative to the root.</summary>
    public string Docs { get; }

    /// <summary>The template's full path when it exists (the targets add no missing template; the analyzer then reports DOC001).</summary>
    public string? TemplatePath { get; }

    /// <summary>The documentation files' full paths, sorted.</summary>
    public IReadOnlyList<string> Documents { get; }

    /// <summary>The conventional files at the root (LICENSE, COPYING), which the analyzer knows by name only; sorted full paths.</summary>
    public IReadOnlyList<string> ConventionalFiles { get; }

    /// <summary>Every file the analyzer is handed: the documents, the conventional files and the template.</summary>
    public IEnumerable<string> AdditionalFiles =>
        Documents.Concat(ConventionalFiles).Concat(TemplatePath is null ? Enumerable.Empty<string>() : new[] { TemplatePath });

    /// <summary>The .editorconfig files from the root up to the first with root = true, and the nearest .globalconfig.</summary>
    public IReadOnlyList<string> ConfigFiles { get; }

    /// <summary>What was found but not used (parts of Directory.Build.props that need MSBuild), for standard error.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The path of the C# file the analysis compiles.</summary>
    public string SourcePath => Path.Combine(Root, SourceFileName);

    /// <summary>The path given to the generated global config, beside the (virtual) C# file.</summary>
    public string GeneratedConfigPath => Path.Combine(Root, "DocAnalyzers.Cli.GeneratedMSBuildEditorConfig.globalconfig");

    /// <summary>Finds the inputs for the repository at <paramref name="path"/>.</summary>
    public static AnalyzerInputs Discover(string path, InputOverrides? overrides = null)
    {
        string full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            throw new ConfigurationException(File.Exists(full)
                ? $"'{path}' is a file; give the repository's folder"
                : $"the folder '{path}' does not exist");
        }

        string root = Path.TrimEndingDirectorySeparator(full) + Path.DirectorySeparatorChar;
        DirectoryBuildProps props = DirectoryBuildProps.Read(root);
        string plan = overrides?.Plan ?? props.Get(PlanProperty) ?? string.Empty;
        string template = overrides?.Template ?? props.Get(TemplateProperty) ?? string.Empty;
        string docs = props.Get(DocsProperty) ?? DefaultDocs;

        string? templatePath = null;
        if (template.Length > 0)
        {
            string candidate = Path.GetFullPath(Path.Combine(root, template));
            templatePath = File.Exists(candidate) ? candidate : null;
        }

        var documents = new List<string>(DocumentGlobs.Find(root, DocumentGlobs.Entries(docs)));
        if (templatePath is not null)
        {
            documents.Remove(templatePath);
        }

        var conventionalFiles = Directory.GetFiles(root)
            .Where(file => ConventionalName.IsMatch(Path.GetFileName(file)) && !documents.Contains(file))
            .OrderBy(file => file, StringComparer.Ordinal)
            .ToList();
        return new AnalyzerInputs(root, plan.Trim(), template.Trim(), docs, templatePath, documents, conventionalFiles, ConfigFilesAbove(root), props.Skipped);
    }

    /// <summary>The same inputs with other documentation files (init adds the README it is about to write).</summary>
    public AnalyzerInputs WithDocuments(IReadOnlyList<string> documents) =>
        new(Root, Plan, Template, Docs, TemplatePath, documents, ConventionalFiles, ConfigFiles, Notes);

    /// <summary>A path as the output shows it: relative to the root with '/', or as it is when outside.</summary>
    public string Relative(string path)
    {
        string relative = Path.GetRelativePath(Root, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative.Replace('\\', '/');
    }

    /// <summary>
    /// The global config the SDK generates from the CompilerVisibleProperty and CompilerVisibleItemMetadata
    /// items of the package's props (GenerateMSBuildEditorConfigFile), for the project that checks the repository.
    /// </summary>
    public string GeneratedConfig()
    {
        var text = new StringBuilder();
        text.Append("is_global = true\n");
        Property(text, RepositorySettings.RepositoryRootProperty, Root);
        Property(text, RepositorySettings.TemplateProperty, Template);
        Property(text, RepositorySettings.PlanProperty, Plan);

        // As the targets pass it: commas for semicolons, which would start a comment here.
        Property(text, RepositorySettings.DocsProperty, string.Join(", ", DocumentGlobs.Entries(Docs)));

        // The tool checks the repository it is pointed at: it is the owner the targets would choose.
        Property(text, RepositorySettings.CheckRepositoryProperty, "true");
        foreach (string document in Documents)
        {
            Metadata(text, document, RepositorySettings.DocumentKind);
        }

        foreach (string file in ConventionalFiles)
        {
            Metadata(text, file, RepositorySettings.ConventionalKind);
        }

        if (TemplatePath is not null)
        {
            Metadata(text, TemplatePath, RepositorySettings.TemplateKind);
        }

        return text.ToString();
    }

    private static void Property(StringBuilder text, string name, string value) =>
        text.Append("build_property.").Append(name).Append(" = ").Append(value).Append('\n');

    private static void Metadata(StringBuilder text, string path, string kind) =>
        text.Append('\n').Append('[').Append(SectionName(path)).Append("]\n")
            .Append(RepositorySettings.KindMetadata).Append(" = ").Append(kind).Append('\n');

    // A global config's section names a file by its full path with '/'; characters a section name gives a
    // meaning (glob, comment, header) are escaped with a backslash, which the compiler unescapes.
    private static string SectionName(string path)
    {
        var name = new StringBuilder();
        foreach (char c in path.Replace('\\', '/'))
        {
            if (c is ',' or '{' or '}' or '[' or ']' or '*' or '?' or '#' or ';' or '!')
            {
                name.Append('\\');
            }

            name.Append(c);
        }

        return name.ToString();
    }

    private static IReadOnlyList<string> ConfigFilesAbove(string root)
    {
        var files = new List<string>();
        bool editorConfigRoot = false;
        string? globalConfig = null;
        for (DirectoryInfo? folder = new(root); folder is not null; folder = folder.Parent)
        {
            string editorConfig = Path.Combine(folder.FullName, ".editorconfig");
            if (!editorConfigRoot && File.Exists(editorConfig))
            {
                files.Add(editorConfig);
                editorConfigRoot = IsRoot(editorConfig);
            }

            string global = Path.Combine(folder.FullName, ".globalconfig");
            if (globalConfig is null && File.Exists(global))
            {
                globalConfig = global;
            }
        }

        if (globalConfig is not null)
        {
            files.Add(globalConfig);
        }

        return files;
    }

    // "root = true" before the first section ends the search for .editorconfig files, as in the compiler.
    private static bool IsRoot(string editorConfig)
    {
        try
        {
            foreach (string line in File.ReadLines(editorConfig))
            {
                string trimmed = line.Trim();
                if (trimmed.StartsWith('['))
                {
                    return false;
                }

                int equals = trimmed.IndexOf('=');
                if (equals > 0 && trimmed[..equals].Trim().Equals("root", StringComparison.OrdinalIgnoreCase))
                {
                    return trimmed[(equals + 1)..].Trim().Equals("true", StringComparison.OrdinalIgnoreCase);
                }
            }

            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
