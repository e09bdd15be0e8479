using System;
using System.Collections.Generic;
using System.Text;

namespace DocAnalyzers.Cli.Fixing;

/// <summary>A unified diff of two texts by lines (three lines of context), as <c>git diff</c> prints it.</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    /// <param name="oldText">The text before; null for a new file (diffed against /dev/null).</param>
    public static string Create(string path, string? oldText, string newText)
    {
        string[] before = Lines(oldText ?? string.Empty);
        string[] after = Lines(newText);
        List<(char Kind, string Line, int Old, int New)> edits = Edits(before, after);
        var diff = new StringBuilder();
        diff.Append("--- ").Append(oldText is null ? "/dev/null" : "a/" + path).Append('\n');
        diff.Append("+++ b/").Append(path).Append('\n');
        int i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from the context before the first change to the context after the last change within reach.
            int start = Math.Max(0, i - Context);
            int end = i;
            while (end < edits.Count)
            {
                int next = end;
                while (next < edits.Count && edits[next].Kind == ' ')
                {
                    next++;
                }

                if (next == edits.Count || next - end > 2 * Context)
                {
                    end = Math.Min(edits.Count, end + Context);
                    break;
                }

                end = next + 1;
            }

            AppendHunk(diff, edits, start, end);
            i = end;
        }

        return diff.ToString();
    }

    /// <summary>The lines <paramref name="newText"/> adds to <paramref name="oldText"/>, in order.</summary>
    public static IReadOnlyList<string> AddedLines(string? oldText, string newText) => LinesOfKind('+', oldText, newText);

    /// <summary>The lines of <paramref name="oldText"/> that <paramref name="newText"/> no longer has, in order.</summary>
    public static IReadOnlyList<string> RemovedLines(string? oldText, string newText) => LinesOfKind('-', oldText, newText);

    private static List<string> LinesOfKind(char kind, string? oldText, string newText)
    {
        var lines = new List<string>();
        foreach (var edit in Edits(Lines(oldText ?? string.Empty), Lines(newText)))
        {
            if (edit.Kind == kind)
            {
                lines.Add(edit.Line);
            }
        }

        return lines;
    }

    private static void AppendHunk(StringBuilder diff, List<(char Kind, string Line, int Old, int New)> edits, int start, int end)
    {
        int oldStart = edits[start].Old;
        int newStart = edits[start].New;
        int oldCount = 0;
        int newCount = 0;
        for (int k = start; k < end; k++)
        {
            oldCount += edits[k].Kind != '+' ? 1 : 0;
            newCount += edits[k].Kind != '-' ? 1 : 0;
        }

        diff.Append($"@@ -{(oldCount == 0 ? oldStart - 1 : oldStart)},{oldCount} +{(newCount == 0 ? newStart - 1 : newStart)},{newCount} @@\n");
        for (int k = start; k < end; k++)
        {
            diff.Append(edits[k].Kind).Append(edits[k].Line).Append('\n');
        }
    }

    private static string[] Lines(string text)
    {
        if (text.Length == 0)
        {
            return Array.Empty<string>();
        }

        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return text.EndsWith('\n') ? lines[..^1] : lines;
    }

    // The longest common subsequence of lines; documentation files are small enough for the quadratic table.
    private static List<(char Kind, string Line, int Old, int New)> Edits(string[] before, string[] after)
    {
        int[,] common = new int[before.Length + 1, after.Length + 1];
        for (int a = before.Length - 1; a >= 0; a--)
        {
            for (int b = after.Length - 1; b >= 0; b--)
            {
                common[a, b] = before[a] == after[b] ? common[a + 1, b + 1] + 1 : Math.Max(common[a + 1, b], common[a, b + 1]);
            }
        }

        var edits = new List<(char, string, int, int)>();
        int i = 0;
        int j = 0;
        while (i < before.Length || j < after.Length)
        {
            if (i < before.Length && j < after.Length && before[i] == after[j])
            {
                edits.Add((' ', before[i], i + 1, j + 1));
                i++;
                j++;
            }
            else if (j < after.Length && (i == before.Length || common[i, j + 1] >= common[i + 1, j]))
            {
                edits.Add(('+', after[j], i + 1, j + 1));
                j++;
            }
            else
            {
                edits.Add(('-', before[i], i + 1, j + 1));
                i++;
            }
        }

        return edits;
    }
}
