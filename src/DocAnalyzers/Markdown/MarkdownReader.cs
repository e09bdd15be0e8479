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

    // A paragraph that opens with "**Name**:" or "**Name:**" (or the same with "__"); in a list item also "**Name** - ".
    private static readonly Regex BoldLabel = new(
        @"^(\*\*|__)(?<title>[^*_\r\n]{1,120}?)(?<inner>:?)\1[ \t]*(?<outer>:|(?<=[ \t])[-\u2013\u2014](?=[ \t])|)",
        RegexOptions.CultureInvariant);

    // The page title of a docs site's front matter: title: Text, title: "Text" or title: 'Text'.
    private static readonly Regex FrontMatterTitle = new(
        @"^title:[ \t]*(?<quote>[""']?)(?<title>[^\r\n]{1,300}?)\k<quote>[ \t]*\r?$",
        RegexOptions.CultureInvariant | RegexOptions.Multiline);

    // A page that only sends the reader elsewhere: redirect_to (Jekyll), redirectTo, redirect_url.
    private static readonly Regex FrontMatterRedirect = new(
        @"^redirect[_-]?(?:to|url):",
        RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.IgnoreCase);

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

        var preamble = new List<ContentBlock>();
        return ReadResult.Success(new MarkdownOutline(path, text, source, BuildEntries(source, document, preamble), preamble));
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.Clear();
        return builder.Build();
    }

    private static List<OutlineEntry> BuildEntries(string source, MarkdownDocument document, List<ContentBlock> preamble)
    {
        var entries = new List<OutlineEntry>();
        int headingLevel = 0;
        OutlineEntry? pageTitle = null;
        foreach (Block block in document.Descendants<Block>())
        {
            switch (block)
            {
                case YamlFrontMatterBlock frontMatter:
                    TextSpan yaml = Span(source, frontMatter);
                    Match title = FrontMatterTitle.Match(source, yaml.Start, yaml.Length);
                    if (title.Success)
                    {
                        pageTitle = new OutlineEntry(title.Groups["title"].Value, 1, new TextSpan(title.Index, title.Length).Intersection(yaml) ?? yaml,
                            isLink: FrontMatterRedirect.IsMatch(source.Substring(yaml.Start, yaml.Length)));
                    }

                    break;

                case HeadingBlock heading:
                    headingLevel = heading.Level;
                    entries.Add(new OutlineEntry(HeadingText(heading), heading.Level, Span(source, heading)));
                    break;

                case ParagraphBlock paragraph:
                    AddParagraph(source, paragraph, headingLevel, entries, preamble);
                    break;

                case FencedCodeBlock fenced:
                    AddContent(entries, preamble, new ContentBlock(ContentKind.Code, Span(source, fenced), fenced.Info ?? string.Empty));
                    break;

                case CodeBlock code:
                    AddContent(entries, preamble, new ContentBlock(ContentKind.Code, Span(source, code)));
                    break;

                case HtmlBlock html when html.Type != HtmlBlockType.Comment:
                    AddHtml(source, Span(source, html), ref headingLevel, entries, preamble);
                    break;

                case LeafBlock leaf when leaf is not (HtmlBlock or ThematicBreakBlock or YamlFrontMatterBlock or LinkReferenceDefinition):
                    AddContent(entries, preamble, new ContentBlock(ContentKind.Text, Span(source, leaf)));
                    break;
            }
        }

        // A docs site's page often has its title only in the front matter: then that is its level-1 heading.
        if (pageTitle is not null && !entries.Exists(entry => entry.Level == 1 && !entry.IsLabel))
        {
            pageTitle.OwnContent.AddRange(preamble);
            preamble.Clear();
            entries.Insert(0, pageTitle);
        }

        Nest(entries);
        return entries;
    }

    /// <summary>
    /// An HTML block is content, but its <c>&lt;h1&gt;</c>..<c>&lt;h6&gt;</c> elements are headings of their
    /// level (READMEs center their title and sections that way). Each tag is searched for a bounded
    /// distance, so the scan is linear in the block's length.
    /// </summary>
    private static void AddHtml(string source, TextSpan span, ref int headingLevel, List<OutlineEntry> entries, List<ContentBlock> preamble)
    {
        const int MaxHeadingLength = 1000;
        int rest = span.Start;
        int position = span.Start;
        while (position < span.End)
        {
            int open = source.IndexOf('<', position, span.End - position);
            if (open < 0 || open + 3 >= span.End)
            {
                break;
            }

            position = open + 1;
            char h = source[open + 1];
            char digit = source[open + 2];
            char after = source[open + 3];
            if (h is not ('h' or 'H') || digit is < '1' or > '6' || !(after == '>' || char.IsWhiteSpace(after)))
            {
                continue;
            }

            int limit = Math.Min(span.End, open + MaxHeadingLength);
            int tagEnd = source.IndexOf('>', open, limit - open);
            int close = tagEnd < 0 ? -1 : source.IndexOf("</h" + digit, tagEnd, limit - tagEnd, StringComparison.OrdinalIgnoreCase);
            int closeEnd = close < 0 ? -1 : source.IndexOf('>', close, limit - close);
            if (closeEnd < 0)
            {
                continue;
            }

            AddHtmlContent(source, TextSpan.FromBounds(rest, open), entries, preamble);
            headingLevel = digit - '0';
            entries.Add(new OutlineEntry(source.Substring(tagEnd + 1, close - tagEnd - 1), headingLevel, TextSpan.FromBounds(open, closeEnd + 1)));
            rest = position = closeEnd + 1;
        }

        AddHtmlContent(source, TextSpan.FromBounds(rest, span.End), entries, preamble);
    }

    private static void AddHtmlContent(string source, TextSpan span, List<OutlineEntry> entries, List<ContentBlock> preamble)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(source[i]))
            {
                AddContent(entries, preamble, new ContentBlock(ContentKind.Html, span));
                return;
            }
        }
    }

    private static void AddParagraph(string source, ParagraphBlock paragraph, int headingLevel, List<OutlineEntry> entries, List<ContentBlock> preamble)
    {
        TextSpan span = Span(source, paragraph);
        int start = span.Start;
        while (start < span.End && (source[start] == ' ' || source[start] == '\t'))
        {
            start++;
        }

        Match label = BoldLabel.Match(source, start, span.End - start);
        bool inList = paragraph.Parent is ListItemBlock;
        if (!label.Success || label.Index != start || label.Groups["inner"].Length + label.Groups["outer"].Length == 0
            || (!inList && label.Groups["outer"].Value is not ("" or ":")))
        {
            AddContent(entries, preamble, new ContentBlock(ContentKind.Text, span));
            return;
        }

        int labelEnd = label.Index + label.Length;
        entries.Add(new OutlineEntry(label.Groups["title"].Value, headingLevel + 1, new TextSpan(start, labelEnd - start), isLabel: true, isListItem: inList));

        // The words after the label are the section's first content.
        int rest = labelEnd;
        while (rest < span.End && char.IsWhiteSpace(source[rest]))
        {
            rest++;
        }

        if (rest < span.End)
        {
            AddContent(entries, preamble, new ContentBlock(ContentKind.Text, TextSpan.FromBounds(rest, span.End)));
        }
    }

    // Content before the first section belongs to no section: it is the preamble.
    private static void AddContent(List<OutlineEntry> entries, List<ContentBlock> preamble, ContentBlock block) =>
        (entries.Count > 0 ? entries[entries.Count - 1].OwnContent : preamble).Add(block);

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

    // Markdig's end is inclusive, and a block left open at the end of the file (an unclosed code fence)
    // may end past it: every span is kept within the text.
    private static TextSpan Span(string source, Block block)
    {
        int start = Math.Min(Math.Max(block.Span.Start, 0), source.Length);
        return TextSpan.FromBounds(start, Math.Min(Math.Max(start, block.Span.End + 1), source.Length));
    }
}
