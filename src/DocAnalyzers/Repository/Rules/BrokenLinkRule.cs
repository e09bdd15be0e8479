using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using DocAnalyzers.Markdown;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Repository.Rules;

/// <summary>
/// DOC205: a relative link, image or reference definition whose target file does not exist, or whose
/// <c>#fragment</c> names no heading or anchor in a markdown target. A file counts as missing only where
/// the documentation globs would have handed it to the analyzer; see <see cref="LinkTargets.IsCovered"/>.
/// The diagnostic's <see cref="ReplacementProperty"/> holds the corrected target when one candidate is
/// clearly the closest.
/// </summary>
internal static class BrokenLinkRule
{
    public const string ReplacementProperty = "Replacement";

    private static readonly char[] PathEnd = { '?', '#' };

    private static readonly Regex Scheme = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:", RegexOptions.CultureInvariant);

    // GitHub's line fragments: #L10, #L10-L20, #L10C5-L12C3.
    private static readonly Regex LineFragment = new(@"^L\d+(C\d+)?(-L\d+(C\d+)?)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    public static void Check(string path, SourceText text, LinkTargets targets, PropertyReporter report)
    {
        string self = LinkTargets.Normalize(path);
        string source = text.ToString();
        long budget = NearestName.Budget;
        foreach (MarkdownLink link in targets.Read(self, text).Links)
        {
            if (Problem(self, link, source, targets, ref budget) is { } problem)
            {
                ImmutableDictionary<string, string?>? properties = problem.Replacement is null
                    ? null
                    : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, problem.Replacement);
                Location location = Location.Create(path, link.Span, text.Lines.GetLinePositionSpan(link.Span));
                report(Descriptors.BrokenLink, location, properties, source.Substring(link.Span.Start, link.Span.Length), problem.Reason);
            }
        }
    }

    private static (string Reason, string? Replacement)? Problem(string self, MarkdownLink link, string source, LinkTargets targets, ref long budget)
    {
        string url = link.Url.Trim();

        // Docs sites resolve '~/' (docfx) and '@alias/' (VuePress, VitePress) themselves; the files they
        // name are not known here.
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || url[0] is '~' or '@' || Scheme.IsMatch(url)
            || url.IndexOf("{{", StringComparison.Ordinal) >= 0 || url.IndexOf("{%", StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        int hash = url.IndexOf('#');
        string fragment = hash < 0 ? string.Empty : Unescape(url.Substring(hash + 1));
        string beforeHash = hash < 0 ? url : url.Substring(0, hash);
        int question = beforeHash.IndexOf('?');
        string query = question < 0 ? string.Empty : beforeHash.Substring(question);
        string written = Unescape(question < 0 ? beforeHash : beforeHash.Substring(0, question));

        string raw = source.Substring(link.Span.Start, link.Span.Length);
        string target;
        if (written.Length == 0)
        {
            target = self;
        }
        else if (Resolve(self, written, targets.Root) is { } resolved)
        {
            target = resolved;

            // A docs site serves its folder as '/': in docs/, '/guide/setup.md' names docs/guide/setup.md.
            if (!targets.Exists(target) && written.StartsWith("/", StringComparison.Ordinal)
                && SiteRoot(self, targets.Root) is { } site && Resolve(self, written, site) is { } onSite && targets.Exists(onSite))
            {
                target = onSite;
            }
        }
        else
        {
            return null;
        }

        if (!targets.Exists(target))
        {
            if (!targets.IsCovered(target))
            {
                return null;
            }

            string? file = NearestFile(self, written, target, targets, ref budget);
            int pathEnd = raw.IndexOfAny(PathEnd);
            string? replacement = file is null ? null : Escape(file) + (pathEnd < 0 ? string.Empty : raw.Substring(pathEnd));
            string reason = file is null
                ? "points to a file that does not exist; correct the path or remove the link"
                : string.Equals(file, written, StringComparison.OrdinalIgnoreCase)
                    ? $"points to a file that does not exist (paths are case-sensitive on GitHub and Linux); did you mean '{file}'?"
                    : $"points to a file that does not exist; did you mean '{file}'?";
            return (reason, replacement);
        }

        string anchor = fragment.Trim().ToLowerInvariant();
        if (anchor.Length == 0 || anchor == "top" || !LinkTargets.IsMarkdown(target) || query.IndexOf("plain=1", StringComparison.OrdinalIgnoreCase) >= 0
            || anchor.StartsWith("tab/", StringComparison.Ordinal))
        {
            // A code file's content is not known here, nor GitHub's line fragments of a markdown file shown
            // as text; '# [Linux](#tab/linux)' is a docfx tab, not a link.
            return null;
        }

        LinkedFile linked = targets.Read(target);
        if (linked.AnchorSet.Contains(anchor))
        {
            return null;
        }

        string where = written.Length == 0 ? "this file" : $"'{written}'";
        string? nearest = NearestName.Find(anchor, linked.Anchors, ref budget);
        int rawHash = raw.IndexOf('#');
        if (nearest is null)
        {
            string hint = LineFragment.IsMatch(anchor)
                ? "line fragments work on code files only, as GitHub renders markdown; link to a heading"
                : "link to an existing heading or anchor, or remove the fragment";
            return ($"points to no heading or anchor in {where}; {hint}", null);
        }

        return ($"points to no heading or anchor in {where}; did you mean '#{nearest}'?", rawHash < 0 ? null : raw.Substring(0, rawHash + 1) + nearest);
    }

    /// <summary>The top folder under the root that holds <paramref name="self"/> ("/repo/docs/"), or null for a file at the root.</summary>
    private static string? SiteRoot(string self, string root)
    {
        int slash = root.Length > 0 && self.StartsWith(root, StringComparison.Ordinal) ? self.IndexOf('/', root.Length) : -1;
        return slash < 0 ? null : self.Substring(0, slash + 1);
    }

    /// <summary>The full path the link names, or null when it leaves the repository or names a folder.</summary>
    private static string? Resolve(string self, string written, string root)
    {
        string path = LinkTargets.Normalize(written);
        string start;
        if (path.StartsWith("/", StringComparison.Ordinal))
        {
            if (root.Length == 0)
            {
                return null;
            }

            start = root;
        }
        else
        {
            start = self.Substring(0, self.LastIndexOf('/') + 1);
        }

        if (path.EndsWith("/", StringComparison.Ordinal))
        {
            return null;
        }

        var segments = new List<string>(start.TrimEnd('/').Split('/'));
        foreach (string segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count <= 1)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        string resolved = string.Join("/", segments);
        return root.Length > 0 && !resolved.StartsWith(root, StringComparison.Ordinal) ? null : resolved;
    }

    // The closest markdown file, written as the link writes paths: from the repository root after a '/',
    // else relative to the linking file's folder (with its './' when the link had one).
    private static string? NearestFile(string self, string written, string target, LinkTargets targets, ref long budget)
    {
        string root = targets.Root;
        bool fromRoot = written.StartsWith("/", StringComparison.Ordinal);
        string? nearest = NearestName.Find(target.Substring(Math.Min(root.Length, target.Length)), targets.MarkdownFiles.Keys, ref budget);
        if (nearest is null)
        {
            return null;
        }

        if (fromRoot)
        {
            return "/" + nearest;
        }

        string relative = Relative(self.Substring(0, self.LastIndexOf('/') + 1), targets.MarkdownFiles[nearest]);
        return written.StartsWith("./", StringComparison.Ordinal) && !relative.StartsWith("../", StringComparison.Ordinal) ? "./" + relative : relative;
    }

    private static string Relative(string folder, string file)
    {
        string[] from = folder.TrimEnd('/').Split('/');
        string[] to = file.Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && string.Equals(from[common], to[common], StringComparison.Ordinal))
        {
            common++;
        }

        var relative = new StringBuilder();
        for (int i = common; i < from.Length; i++)
        {
            relative.Append("../");
        }

        return relative.Append(string.Join("/", to, common, to.Length - common)).ToString();
    }

    private static string Unescape(string text)
    {
        if (text.IndexOf('%') < 0)
        {
            return text;
        }

        try
        {
            return Uri.UnescapeDataString(text);
        }
        catch (Exception)
        {
            return text;
        }
    }

    private static string Escape(string path) => path.Replace("%", "%25").Replace(" ", "%20");
}
