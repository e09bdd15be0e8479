using System;
using System.Text.RegularExpressions;

namespace DocAnalyzers.Markdown;

/// <summary>Tells whether a content block is, or holds, a diagram.</summary>
internal static class DiagramDetector
{
    // Inline or reference images, and the HTML elements diagrams are embedded with.
    private static readonly Regex Image = new(
        @"!\[[^\]\r\n]*\]\s?[(\[]|<(?:img|svg|picture|object)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly string[] DiagramLanguages = { "mermaid", "plantuml", "puml", "dot", "graphviz", "d2" };

    public static bool IsDiagram(ContentBlock block, string source)
    {
        if (block.Kind == ContentKind.Code)
        {
            string language = FirstWord(block.Info);
            foreach (string diagram in DiagramLanguages)
            {
                if (string.Equals(language, diagram, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return source.IndexOf("@startuml", block.Span.Start, block.Span.Length, StringComparison.OrdinalIgnoreCase) >= 0;
        }

        return Image.Match(source, block.Span.Start, block.Span.Length).Success;
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
