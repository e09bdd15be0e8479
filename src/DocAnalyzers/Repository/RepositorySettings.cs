using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Repository;

/// <summary>The MSBuild properties the package's props pass to the analyzer (CompilerVisibleProperty).</summary>
internal sealed class RepositorySettings
{
    public const string CheckRepositoryProperty = "DocAnalyzersCheckRepository";
    public const string TemplateProperty = "DocAnalyzersTemplate";
    public const string RepositoryRootProperty = "DocAnalyzersRepositoryRoot";
    public const string PlanProperty = "DocAnalyzersPlan";

    /// <summary>DocAnalyzersDocs as the targets pass it: commas for semicolons, which start a comment in the generated .editorconfig.</summary>
    public const string DocsProperty = "DocAnalyzersDocsSearched";

    /// <summary>The globs the package's props search when the project sets none.</summary>
    public const string DefaultDocs = "README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md";

    /// <summary>The AdditionalFiles metadata that says what a file is to DocAnalyzers.</summary>
    public const string KindMetadata = "build_metadata.AdditionalFiles.DocAnalyzersKind";
    public const string DocumentKind = "Document";
    public const string TemplateKind = "Template";

    /// <summary>A conventional file at the root (LICENSE, COPYING) whose presence satisfies a plan's <c>files=</c>; it is not read.</summary>
    public const string ConventionalKind = "Conventional";

    /// <summary>
    /// The names of the conventional files at the root, any case: a licence or release notes. The package's targets hold the
    /// same pattern (MSBuild cannot call this code); CheckMatchesBuildTests shows the two find the same files.
    /// </summary>
    public const string ConventionalFileName = @"^(licen[cs]e|copying|changelog|changes|history|release[-_]?notes)(\.(md|txt|markdown))?$";

    /// <summary>Folders whose markdown is never documentation: build output and packages. The package's targets hold the same list.</summary>
    public static readonly string[] ExcludedFolders = { "bin", "obj", "node_modules" };

    /// <summary>
    /// Endings of markdown that generates documentation rather than being it: MarkdownSnippets' sources (<c>readme.source.md</c>
    /// becomes <c>readme.md</c>, and links to the names it will have) and the fragments they include (<c>*.include.md</c>).
    /// The package's targets hold the same list.
    /// </summary>
    public static readonly string[] ExcludedEndings = { ".source.md", ".include.md" };

    /// <summary>True when a path relative to the root is under an excluded folder or has an excluded ending.</summary>
    public static bool IsExcluded(string relativePath, bool ignoreCase)
    {
        StringComparison comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        string[] segments = relativePath.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length - 1; i++)
        {
            foreach (string folder in ExcludedFolders)
            {
                if (string.Equals(segments[i], folder, comparison))
                {
                    return true;
                }
            }
        }

        foreach (string ending in ExcludedEndings)
        {
            if (relativePath.EndsWith(ending, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private RepositorySettings(bool? checkRepository, string template, string plan, string docs, string repositoryRoot, string? error)
    {
        CheckRepository = checkRepository;
        Template = template;
        Plan = plan;
        Docs = docs;
        RepositoryRoot = repositoryRoot;
        Error = error;
    }

    /// <summary>True or false when the build said whether this project owns the repository check; null when it did not.</summary>
    public bool? CheckRepository { get; }

    /// <summary>The outline path as the user wrote it, empty for the built-in plan.</summary>
    public string Template { get; }

    /// <summary>The built-in plan's name as the user wrote it, empty for the default.</summary>
    public string Plan { get; }

    /// <summary>The documentation globs the build searched, for messages.</summary>
    public string Docs { get; }

    public string RepositoryRoot { get; }

    /// <summary>The repository folder's own name, which often is the project's (a clone of contoso/Contoso is in Contoso/).</summary>
    public string RepositoryName
    {
        get
        {
            string root = RepositoryRoot.Replace('\\', '/').TrimEnd('/');
            return root.Substring(root.LastIndexOf('/') + 1);
        }
    }

    /// <summary>What is wrong with the properties (DOC001), or null.</summary>
    public string? Error { get; }

    public static RepositorySettings Read(AnalyzerConfigOptions options)
    {
        string check = Property(options, CheckRepositoryProperty);
        string template = Property(options, TemplateProperty);
        string root = Property(options, RepositoryRootProperty);
        string plan = Property(options, PlanProperty);
        string docs = Property(options, DocsProperty);
        bool? checkRepository = check.ToLowerInvariant() switch
        {
            "" => null,
            "true" => true,
            "false" => false,
            _ => (bool?)null,
        };

        string? error = check.Length > 0 && checkRepository is null
            ? $"the MSBuild property {CheckRepositoryProperty} is '{check}'; set it to true or false, or remove it"
            : null;
        return new RepositorySettings(checkRepository, template, plan, docs.Length > 0 ? docs : DefaultDocs, root, error);
    }

    /// <summary>
    /// The file's kind from its DocAnalyzersKind metadata, which the package's targets set on the files they hand
    /// over; a file without it (another package's or the project's own AnalyzerReleases.Unshipped.md) is none of ours.
    /// </summary>
    public static string KindOf(AnalyzerConfigOptions options) =>
        options.TryGetValue(KindMetadata, out string? kind) && !string.IsNullOrWhiteSpace(kind) ? kind.Trim() : string.Empty;

    /// <summary>True for the README.md at the repository root, whatever the case of its name.</summary>
    public static bool IsRootReadme(string path, string repositoryRoot)
    {
        string root = repositoryRoot.Replace('\\', '/').TrimEnd('/');
        return root.Length > 0 && string.Equals(path.Replace('\\', '/'), root + "/README.md", System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The path relative to the repository root when it lies under it, for messages.</summary>
    public string Display(string path)
    {
        string root = RepositoryRoot.Replace('\\', '/').TrimEnd('/') + "/";
        string normalized = path.Replace('\\', '/');
        return root.Length > 1 && normalized.StartsWith(root, System.StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(root.Length)
            : normalized;
    }

    private static string Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out string? value) && value is not null ? value.Trim() : string.Empty;
}
