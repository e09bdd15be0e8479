using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Markdown;

/// <summary>The outline of a file, or why the file could not be read.</summary>
internal sealed class ReadResult
{
    private ReadResult(MarkdownOutline? outline, string? failure)
    {
        Outline = outline;
        Failure = failure;
    }

    public MarkdownOutline? Outline { get; }

    /// <summary>Why the file cannot be analysed, phrased to end a sentence; null on success.</summary>
    public string? Failure { get; }

    public static ReadResult Success(MarkdownOutline outline) => new(outline, null);

    public static ReadResult Failed(string reason) => new(null, reason);
}

/// <summary>
/// Reads a markdown file into its <see cref="MarkdownOutline"/>. Markdig parses the block structure
/// only: the rules need no inline syntax, and Markdig's inline parsers are quadratic (and throw) on
/// pathological emphasis and tables. The work is bounded by <see cref="MaxCharacters"/>.
/// </summary>
internal static class MarkdownReader
{
    /// <summary>Files longer than this are reported rather than parsed.</summary>
    public const int MaxCharacters = 2_000_000;

    /// <summary>Markdig refuses to nest blocks deeper than this.</summary>
    public const int MaxNesting = 128;

    // A paragraph that opens with "**Name**:" or "**Name:**" (or the same with "__").
    private static readonly Regex BoldLabel = new(
        @"^(\*\*|__)(?<title>[^*_\r\n]{1,120}?)(?<inner>:?)\1[ \t]*(?<outer>:?)",
        RegexOptions.CultureInvariant);

    // Immutable once built, so one instance serves every thread.
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static ReadResult Read(string path, SourceText text)
    {
        if (text.Length > MaxCharacters)
        {
            return ReadResult.Failed($"it has {text.Length:N0} characters, more than the {MaxCharacters:N0} DocAnalyzers reads");
        }

        string source = text.ToString();
        if (source.IndexOf('\0') >= 0)
        {
            return ReadResult.Failed("it contains NUL characters, so it is not a text file");
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.IndexOf("deeply nested", StringComparison.Ordinal) >= 0)
        {
            return ReadResult.Failed($"it nests lists or block quotes deeper than {MaxNesting} levels");
        }
        catch (Exception e)
        {
            // Markdig is not ours to trust with arbitrary input: a failure is reported, never thrown.
            return ReadResult.Failed($"the markdown parser failed ({e.GetType().Name}: {e.Message})");
        }

        return ReadResult.Success(new MarkdownOutline(path, text, source, BuildEntries(source, document)));
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static List<OutlineEntry> BuildEntries(string source, MarkdownDocument document)
    {
        var entries = new List<OutlineEntry>();
        int headingLevel = 0;
        foreach (Block block in document.Descendants<Block>())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    headingLevel = heading.Level;
                    entries.Add(new OutlineEntry(SectionTitle.Normalize(HeadingText(heading)), heading.Level, Span(heading)));
                    break;

                case ParagraphBlock paragraph:
                    AddParagraph(source, paragraph, headingLevel, entries);
                    break;

                case FencedCodeBlock fenced:
                    AddContent(entries, new ContentBlock(ContentKind.Code, Span(fenced), fenced.Info ?? string.Empty));
                    break;

                case CodeBlock code:
                    AddContent(entries, new ContentBlock(ContentKind.Code, Span(code)));
                    break;

                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    AddContent(entries, new ContentBlock(ContentKind.Html, Span(html)));
                    break;

                case LeafBlock leaf when leaf is not (HtmlBlock or ThematicBreakBlock or YamlFrontMatterBlock or LinkReferenceDefinition):
                    AddContent(entries, new ContentBlock(ContentKind.Text, Span(leaf)));
                    break;
            }
        }

        Nest(entries);
        return entries;
    }

    private static void AddParagraph(string source, ParagraphBlock paragraph, int headingLevel, List<OutlineEntry> entries)
    {
        TextSpan span = Span(paragraph);
        int start = span.Start;
        while (start < span.End && (source[start] == ' ' || source[start] == '\t'))
        {
            start++;
        }

        Match label = BoldLabel.Match(source, start, span.End - start);
        if (!label.Success || label.Index != start || label.Groups["inner"].Length + label.Groups["outer"].Length == 0)
        {
            AddContent(entries, new ContentBlock(ContentKind.Text, span));
            return;
        }

        int labelEnd = label.Index + label.Length;
        entries.Add(new OutlineEntry(SectionTitle.Normalize(label.Groups["title"].Value), headingLevel + 1, new TextSpan(start, labelEnd - start), isLabel: true));

        // The words after the label are the section's first content.
        int rest = labelEnd;
        while (rest < span.End && char.IsWhiteSpace(source[rest]))
        {
            rest++;
        }

        if (rest < span.End)
        {
            AddContent(entries, new ContentBlock(ContentKind.Text, TextSpan.FromBounds(rest, span.End)));
        }
    }

    private static void AddContent(List<OutlineEntry> entries, ContentBlock block)
    {
        // Content before the first section belongs to no section.
        if (entries.Count > 0)
        {
            entries[entries.Count - 1].OwnContent.Add(block);
        }
    }

    // One pass with a stack of open sections: each entry closes every open one of the same or a deeper level.
    private static void Nest(List<OutlineEntry> entries)
    {
        var open = new Stack<int>();
        for (int i = 0; i < entries.Count; i++)
        {
            while (open.Count > 0 && entries[open.Peek()].Level >= entries[i].Level)
            {
                entries[open.Pop()].EndIndex = i;
            }

            entries[i].ParentIndex = open.Count > 0 ? open.Peek() : -1;
            open.Push(i);
        }

        while (open.Count > 0)
        {
            entries[open.Pop()].EndIndex = entries.Count;
        }
    }

    /// <summary>A heading's text as written; with no inline parsers, Markdig leaves it as literals.</summary>
    internal static string HeadingText(HeadingBlock heading)
    {
        if (heading.Inline is null)
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder();
        foreach (Inline inline in heading.Inline)
        {
            if (inline is LiteralInline literal)
            {
                builder.Append(literal.Content.ToString());
            }
        }

        return builder.ToString();
    }

    private static TextSpan Span(Block block) =>
        TextSpan.FromBounds(block.Span.Start, Math.Max(block.Span.Start, block.Span.End + 1));
}
