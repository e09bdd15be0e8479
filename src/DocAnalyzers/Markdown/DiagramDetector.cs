using System;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Markdown;

/// <summary>Tells whether a content block is, or holds, a diagram.</summary>
internal static class DiagramDetector
{
    // Inline or reference images, and the HTML elements diagrams are embedded with; the target or the tag's attributes are kept to tell badges.
    private static readonly Regex Image = new(
        @"!\[[^\]\r\n]*\]\s?(?:\((?<target>[^()\r\n]*)\)|\[)|<(?:img|svg|picture|object)\b(?<target>[^<>]*)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] DiagramLanguages = { "mermaid", "plantuml", "puml", "dot", "graphviz", "d2" };

    // A plain-text block may hold a drawing: boxes of box-drawing characters or of ASCII ("+------+").
    private static readonly string[] PlainTextLanguages = { "", "text", "txt", "plaintext", "plain", "ascii", "asciiart", "none", "diagram" };

    // The top of an ASCII box: a corner, three dashes or more, a corner ("+--------+").
    private static readonly Regex AsciiBoxEdge = new(@"\+-{3,}\+", RegexOptions.CultureInvariant);

    public static bool IsDiagram(ContentBlock block, string source)
    {
        if (block.Kind == ContentKind.Code)
        {
            string language = FirstWord(block.Info);
            return IsOneOf(language, DiagramLanguages)
                || source.IndexOf("@startuml", block.Span.Start, block.Span.Length, StringComparison.OrdinalIgnoreCase) >= 0
                || (IsOneOf(language, PlainTextLanguages) && IsDrawing(source, block.Span.Start, block.Span.End));
        }

        string text = source.Substring(block.Span.Start, block.Span.Length);
        for (Match image = Image.Match(block.Kind == ContentKind.Html ? text : WithoutCodeSpans(text)); image.Success; image = image.NextMatch())
        {
            if (!IsBadge(image.Groups["target"].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOneOf(string language, string[] languages) =>
        Array.Exists(languages, known => string.Equals(language, known, StringComparison.OrdinalIgnoreCase));

    // A drawing in text: at least one closed box, by its top-left and bottom-right corners (a folder tree's "├──" and
    // "└──" have neither), or two edges of ASCII boxes ("+------+").
    private static bool IsDrawing(string source, int start, int end)
    {
        bool topLeft = false;
        bool bottomRight = false;
        for (int i = start; i < end; i++)
        {
            switch (source[i])
            {
                case '\u250C' or '\u250F' or '\u2554' or '\u256D':
                    topLeft = true;
                    break;
                case '\u2518' or '\u251B' or '\u255D' or '\u256F':
                    bottomRight = true;
                    break;
            }

            if (topLeft && bottomRight)
            {
                return true;
            }
        }

        Match edge = AsciiBoxEdge.Match(source, start, end - start);
        return edge.Success && edge.NextMatch().Success;
    }

    // Services whose images are a project's statistics: stars over time, contributors' faces, backers, activity, coverage.
    private static readonly string[] StatusHosts = { "shields.io", "badge", "stars.medv.io", "star-history.com", "contrib.rocks", "opencollective.com", "repobeats.axiom.co", "codecov.io" };

    /// <summary>
    /// A status badge (build, NuGet version, downloads) or a statistics image (stars over time, contributors), by the
    /// image's address: an image, but no diagram.
    /// </summary>
    public static bool IsBadge(string target)
    {
        foreach (string host in StatusHosts)
        {
            if (target.IndexOf(host, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // Blanks out `code spans`, so that an image written as an example in code is not taken for one.
    // A run of n backticks opens a span that the next run of exactly n backticks closes.
    private static string WithoutCodeSpans(string text)
    {
        if (text.IndexOf('`') < 0)
        {
            return text;
        }

        char[] result = text.ToCharArray();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            int open = Run(text, i);
            int close = i + open;
            while (close < text.Length && (text[close] != '`' || Run(text, close) != open))
            {
                close += text[close] == '`' ? Run(text, close) : 1;
            }

            if (close >= text.Length)
            {
                i += open;
                continue;
            }

            for (int j = i; j < close + open; j++)
            {
                result[j] = ' ';
            }

            i = close + open;
        }

        return new string(result);
    }

    private static int Run(string text, int start)
    {
        int end = start;
        while (end < text.Length && text[end] == '`')
        {
            end++;
        }

        return end - start;
    }

    private static string FirstWord(string info)
    {
        string trimmed = info.Trim().TrimStart('{', '.');
        int end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]) && trimmed[end] != '}' && trimmed[end] != ',')
        {
            end++;
        }

        return trimmed.Substring(0, end);
    }
}
