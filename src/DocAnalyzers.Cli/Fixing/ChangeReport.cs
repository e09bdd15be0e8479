using System.Collections.Generic;
using System.Linq;

namespace DocAnalyzers.Cli.Fixing;

/// <summary>What fix and init print for a file they wrote: the sections added, the prompts written and the links corrected.</summary>
internal static class ChangeReport
{
    /// <param name="createdWith">For a file the command creates, the text it starts from (init's title), which is not reported as a section.</param>
    public static string Describe(string relativePath, FileChange change, string? createdWith = null)
    {
        IReadOnlyList<string> added = UnifiedDiff.AddedLines(change.OldText ?? createdWith, change.NewText);
        List<string> sections = added.Select(Title).Where(t => t is not null).Select(t => $"'{t}'").ToList()!;
        int prompts = added.Count(l => l.Contains("TODO:", System.StringComparison.Ordinal));
        string verb = change.OldText is null ? "Created" : "Updated";
        var what = new List<string>();
        if (sections.Count > 0)
        {
            what.Add($"added {Count(sections.Count, "section")}: {string.Join(", ", sections)}");
        }
        else if (prompts > 0)
        {
            what.Add($"added {Count(prompts, "TODO prompt")}");
        }

        // DOC205's fix changes a line in place: the lines it changed, less those the other fixes added.
        int corrected = UnifiedDiff.RemovedLines(change.OldText ?? createdWith, change.NewText).Count;
        if (corrected > 0)
        {
            what.Add($"corrected links on {Count(corrected, "line")}");
        }

        return $"{verb} {relativePath}: {string.Join("; ", what)}";
    }

    public static string Files(int count) => Count(count, "file");

    /// <summary>The title of an ATX heading or a bold label (the two ways the fixer writes a section), else null.</summary>
    private static string? Title(string line)
    {
        if (line.StartsWith('#'))
        {
            return line.TrimStart('#').Trim();
        }

        int end = line.StartsWith("**", System.StringComparison.Ordinal) ? line.IndexOf("**", 2, System.StringComparison.Ordinal) : -1;
        return end > 2 ? line[2..end] : null;
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
