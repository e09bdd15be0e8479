using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using DocAnalyzers.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Repository;

/// <summary>
/// What DOC205 knows of the repository without touching the file system: the files the compilation was
/// given (documentation and any other additional file), the documentation globs, and each markdown file's
/// links and anchors, read once.
/// </summary>
internal sealed class LinkTargets
{
    private static readonly char[] GlobSeparators = { ',', ';' };

    private readonly Dictionary<string, AdditionalText> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> markdownFiles = new(StringComparer.Ordinal);
    private readonly List<Regex> docGlobs = new();
    private readonly ConcurrentDictionary<string, Lazy<LinkedFile>> read = new(StringComparer.Ordinal);

    public LinkTargets(IEnumerable<AdditionalText> additionalFiles, string repositoryRoot, string docs)
    {
        string root = Normalize(repositoryRoot).TrimEnd('/');
        Root = root.Length > 0 ? root + "/" : string.Empty;
        foreach (AdditionalText file in additionalFiles)
        {
            string path = Normalize(file.Path);
            if (!files.ContainsKey(path))
            {
                files.Add(path, file);
                if (IsMarkdown(path) && (Root.Length == 0 || path.StartsWith(Root, StringComparison.Ordinal)))
                {
                    markdownFiles[path.Substring(Root.Length)] = path;
                }
            }
        }

        foreach (string glob in docs.Split(GlobSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (glob.Trim().Length > 0)
            {
                docGlobs.Add(Glob.ToRegex(Normalize(glob.Trim()).TrimStart('/'), ignoreCase: true));
            }
        }
    }

    /// <summary>The repository root with forward slashes and a trailing slash; empty when the build gave none.</summary>
    public string Root { get; }

    /// <summary>The markdown files the compilation was given under the root: the full path (forward slashes) by the path from the root.</summary>
    public IReadOnlyDictionary<string, string> MarkdownFiles => markdownFiles;

    public bool Exists(string path) => files.ContainsKey(path);

    /// <summary>
    /// True when a markdown file at this path would be one of the documentation files the build hands over
    /// (the DocAnalyzersDocs globs, less <see cref="RepositorySettings.IsExcluded"/>), so its absence means it does not exist.
    /// </summary>
    public bool IsCovered(string path)
    {
        if (Root.Length == 0 || !path.StartsWith(Root, StringComparison.Ordinal) || !IsMarkdown(path))
        {
            return false;
        }

        // Without case: a file the build might have left out is never reported missing.
        string relative = path.Substring(Root.Length);
        if (RepositorySettings.IsExcluded(relative, ignoreCase: true))
        {
            return false;
        }

        foreach (Regex glob in docGlobs)
        {
            if (glob.IsMatch(relative))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The links and anchors of a markdown file the compilation was given, read once.</summary>
    public LinkedFile Read(string path) =>
        files.TryGetValue(path, out AdditionalText? file)
            ? read.GetOrAdd(path, _ => new Lazy<LinkedFile>(() => file.GetText(default) is { } text ? LinkReader.Read(text) : LinkedFile.Empty)).Value
            : LinkedFile.Empty;

    /// <summary>The file's links and anchors from text already in hand (the file being analysed).</summary>
    public LinkedFile Read(string path, SourceText text) =>
        read.GetOrAdd(path, _ => new Lazy<LinkedFile>(() => LinkReader.Read(text))).Value;

    public static string Normalize(string path) => path.Replace('\\', '/');

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
