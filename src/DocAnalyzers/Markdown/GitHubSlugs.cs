using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocAnalyzers.Markdown;

/// <summary>
/// The anchors GitHub gives a file's headings, in order: the text lowercased, every character other than
/// a letter, a digit, a combining mark, <c>-</c>, <c>_</c> or a space removed (punctuation, symbols and
/// emoji), each space a <c>-</c>; a repeated slug gets <c>-1</c>, <c>-2</c>, ... Three lenient forms are
/// added beside it, for headings GitHub renders differently from how they are read here and for docs sites:
/// without underscores (<c>_emphasis_</c>), with runs of <c>-</c> collapsed, and VitePress's, where punctuation
/// separates words instead of vanishing (<c>Microsoft.Extensions.Http</c> is <c>microsoft-extensions-http</c>).
/// </summary>
internal sealed class GitHubSlugs
{
    private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
    private readonly List<string> anchors;
    private readonly List<string> otherForms;

    /// <param name="anchors">Receives each heading's slug as GitHub makes it.</param>
    /// <param name="otherForms">Receives the lenient forms, which links may use but suggestions do not offer.</param>
    public GitHubSlugs(List<string> anchors, List<string> otherForms)
    {
        this.anchors = anchors;
        this.otherForms = otherForms;
    }

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
            otherForms.Add(unique.Replace("_", string.Empty));
        }

        if (slug.IndexOf("--", StringComparison.Ordinal) >= 0 || slug.StartsWith("-", StringComparison.Ordinal) || slug.EndsWith("-", StringComparison.Ordinal))
        {
            otherForms.Add(Collapse(unique));
        }

        string site = VitePressSlug(heading) + unique.Substring(slug.Length);
        if (site != unique)
        {
            otherForms.Add(site);
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

    // VitePress's slugify: compatibility-decomposed ("…" is "...") without combining accents, each run of spaces and
    // ASCII punctuation one '-', none at either end, '_' before a leading digit.
    private static string VitePressSlug(string heading)
    {
        var slug = new StringBuilder(heading.Length);
        foreach (char c in Decomposed(heading).ToLowerInvariant())
        {
            if (c is >= '\u0300' and <= '\u036f' || char.IsControl(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || (c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c))) || c is '\u201c' or '\u201d' or '\u2018' or '\u2019')
            {
                if (slug.Length > 0 && slug[slug.Length - 1] != '-')
                {
                    slug.Append('-');
                }
            }
            else
            {
                slug.Append(c);
            }
        }

        string text = slug.ToString().TrimEnd('-');
        return text.Length > 0 && char.IsDigit(text[0]) ? "_" + text : text;
    }

    private static string Decomposed(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            // A lone surrogate, which a half-typed heading may hold, has no normal form.
            return text;
        }
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
