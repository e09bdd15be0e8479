using System;
using System.Collections.Generic;

namespace DocAnalyzers.Repository;

/// <summary>
/// The "did you mean" of DOC205: the candidate closest to a name by edit distance (ignoring case), when it
/// is within a third of the name's length and strictly closer than every other candidate. The comparisons
/// of one file draw on a budget of character pairs, so a file with thousands of broken links to a file
/// with thousands of headings costs a bounded time: once it is spent, links get no suggestion.
/// </summary>
internal static class NearestName
{
    /// <summary>Character pairs compared for the suggestions of one file.</summary>
    public const long Budget = 20_000_000;

    /// <summary>Names longer than this get no suggestion.</summary>
    public const int MaxLength = 200;

    public static string? Find(string name, IEnumerable<string> candidates, ref long budget)
    {
        if (name.Length > MaxLength)
        {
            return null;
        }

        int limit = Math.Max(1, name.Length / 3);
        string? best = null;
        int bestDistance = limit + 1;
        bool tie = false;
        foreach (string candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > limit)
            {
                continue;
            }

            budget -= (long)name.Length * candidate.Length;
            if (budget < 0)
            {
                return null;
            }

            int distance = Distance(name, candidate, Math.Min(limit, bestDistance));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
                tie = false;
            }
            else if (distance == bestDistance && best is not null && !string.Equals(candidate, best, StringComparison.Ordinal))
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>The Levenshtein distance ignoring case, or <paramref name="limit"/> + 1 once it is sure to exceed it.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMinimum = i;
            char ca = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = ca == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return Math.Min(previous[b.Length], limit + 1);
    }
}
