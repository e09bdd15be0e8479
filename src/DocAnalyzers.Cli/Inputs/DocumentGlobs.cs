using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;

using DocAnalyzers.Repository;

namespace DocAnalyzers.Cli.Inputs;

/// <summary>
/// The files DocAnalyzersDocs names, found as the package's targets find them: globs relative to the root
/// (<c>**</c> any folders, <c>*</c> and <c>?</c> within a name), an entry without wildcards found whatever the case
/// of its file name, and nothing <see cref="RepositorySettings.IsExcluded"/> leaves out (<c>bin</c>, <c>obj</c>,
/// <c>node_modules</c>, MarkdownSnippets' <c>*.source.md</c> and <c>*.include.md</c>).
/// </summary>
internal static class DocumentGlobs
{
    private static readonly HashSet<string> ExcludedFolders = new(RepositorySettings.ExcludedFolders, StringComparer.Ordinal);

    /// <summary>The entries of a DocAnalyzersDocs value, trimmed, without empty ones.</summary>
    public static IReadOnlyList<string> Entries(string docs)
    {
        var entries = new List<string>();
        foreach (string entry in docs.Split(';'))
        {
            if (entry.Trim().Length > 0)
            {
                entries.Add(entry.Trim().Replace('\\', '/'));
            }
        }

        return entries;
    }

    /// <summary>The full paths of the existing files the entries match under <paramref name="root"/>, sorted.</summary>
    public static IReadOnlyList<string> Find(string root, IReadOnlyList<string> entries)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string entry in entries)
        {
            if (entry.IndexOfAny(new[] { '*', '?' }) < 0)
            {
                AddLiteral(root, entry, found);
            }
            else
            {
                AddMatches(root, entry, found);
            }
        }

        found.RemoveWhere(path => IsExcluded(root, path));
        return new List<string>(found);
    }

    private static void AddLiteral(string root, string entry, SortedSet<string> found)
    {
        string full = Path.GetFullPath(Path.Combine(root, entry));
        string? folder = Path.GetDirectoryName(full);
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        string wanted = Path.GetFileName(full);
        foreach (string file in Directory.EnumerateFiles(folder))
        {
            if (string.Equals(Path.GetFileName(file), wanted, StringComparison.OrdinalIgnoreCase))
            {
                found.Add(file);
            }
        }
    }

    private static void AddMatches(string root, string entry, SortedSet<string> found)
    {
        // The folders before the first wildcard are fixed: only that folder is searched.
        string[] segments = entry.Split('/', StringSplitOptions.RemoveEmptyEntries);
        int fixedCount = 0;
        while (fixedCount < segments.Length - 1 && segments[fixedCount].IndexOfAny(new[] { '*', '?' }) < 0)
        {
            fixedCount++;
        }

        string start = Path.GetFullPath(Path.Combine(root, string.Join("/", segments, 0, fixedCount)));
        if (!Directory.Exists(start))
        {
            return;
        }

        Regex pattern = ToRegex(string.Join("/", segments, fixedCount, segments.Length - fixedCount));
        bool recursive = segments.Length - fixedCount > 1 || segments[^1].Contains("**", StringComparison.Ordinal);
        foreach (string file in Enumerate(start, recursive))
        {
            string relative = Path.GetRelativePath(start, file).Replace('\\', '/');
            if (pattern.IsMatch(relative))
            {
                found.Add(file);
            }
        }
    }

    private static IEnumerable<string> Enumerate(string folder, bool recursive)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            foreach (string file in Directory.EnumerateFiles(current))
            {
                yield return file;
            }

            if (!recursive)
            {
                continue;
            }

            foreach (string child in Directory.EnumerateDirectories(current))
            {
                // Excluded folders are never entered; links to folders are not followed, as a checkout has none that matter.
                if (!ExcludedFolders.Contains(Path.GetFileName(child)) && (File.GetAttributes(child) & FileAttributes.ReparsePoint) == 0)
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>A glob relative to its fixed folder as a regular expression over '/'-separated paths.</summary>
    // MSBuild compares names as the file system does: with case on Linux, without on Windows and macOS.
    internal static Regex ToRegex(string glob) => Glob.ToRegex(glob, ignoreCase: !OperatingSystem.IsLinux());

    private static bool IsExcluded(string root, string path) =>
        RepositorySettings.IsExcluded(Path.GetRelativePath(root, path), ignoreCase: !OperatingSystem.IsLinux());
}
