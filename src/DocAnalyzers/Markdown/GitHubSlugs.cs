using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocAnalyzers.Markdown;

/// <summary>
/// The anchors GitHub gives a file's headings, in order: the text lowercased, every character other than
/// a letter, a digit, a combining mark, <c>-</c>, <c>_</c> or a space removed (punctuation, symbols and
/// emoji), each space a <c>-</c>; a repeated slug gets <c>-1</c>, <c>-2</c>, ... Two lenient forms are
/// added beside it, for headings GitHub renders differently from how they are read here: without
/// underscores (<c>_emphasis_</c>) and with runs of <c>-</c> collapsed (other sites' slugs).
/// </summary>
internal sealed class GitHubSlugs
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly List<string> anchors;

    public GitHubSlugs(List<string> anchors) => this.anchors = anchors;

    public void Add(string heading)
    {
        string slug = Slug(heading);
        string unique = slug;
        if (seen.TryGetValue(slug, out int count))
        {
            do
            {
                unique = slug + "-" + (++count).ToString(CultureInfo.InvariantCulture);
            }
            while (seen.ContainsKey(unique));

            seen[slug] = count;
        }

        seen[unique] = 0;
        anchors.Add(unique);
        if (slug.IndexOf('_') >= 0)
        {
            anchors.Add(unique.Replace("_", string.Empty));
        }

        if (slug.IndexOf("--", StringComparison.Ordinal) >= 0 || slug.StartsWith("-", StringComparison.Ordinal) || slug.EndsWith("-", StringComparison.Ordinal))
        {
            anchors.Add(Collapse(unique));
        }
    }

    public static string Slug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (char c in heading.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    private static string Collapse(string slug)
    {
        var collapsed = new StringBuilder(slug.Length);
        foreach (char c in slug)
        {
            if (c != '-' || (collapsed.Length > 0 && collapsed[collapsed.Length - 1] != '-'))
            {
                collapsed.Append(c);
            }
        }

        return collapsed.ToString().TrimEnd('-');
    }
}
