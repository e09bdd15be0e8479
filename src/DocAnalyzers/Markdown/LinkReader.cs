using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Markdown;

/// <summary>A link's target as written: the URL Markdig read (entities and escapes decoded) and where its text is.</summary>
internal readonly struct MarkdownLink
{
    public MarkdownLink(string url, TextSpan span)
    {
        Url = url;
        Span = span;
    }

    public string Url { get; }

    /// <summary>The target's text in the file, without angle brackets.</summary>
    public TextSpan Span { get; }
}

/// <summary>What DOC205 reads in one markdown file: the targets of its links, and the anchors a link can land on.</summary>
internal sealed class LinkedFile
{
    public static readonly LinkedFile Empty = new(new List<MarkdownLink>(), new List<string>());

    /// <param name="otherForms">Other forms of the anchors that a link may also use (lenient slugs), matched but never suggested.</param>
    public LinkedFile(List<MarkdownLink> links, List<string> anchors, List<string>? otherForms = null)
    {
        Links = links;
        Anchors = anchors;
        AnchorSet.UnionWith(anchors);
        if (otherForms is not null)
        {
            AnchorSet.UnionWith(otherForms);
        }
    }

    /// <summary>Inline links and images with a target of their own, and reference definitions, in source order.</summary>
    public List<MarkdownLink> Links { get; }

    /// <summary>
    /// The anchors in source order, lowercase: heading slugs as GitHub makes them, <c>{#id}</c> ids, <c>name</c> and <c>id</c>
    /// attributes; what a "did you mean" suggests.
    /// </summary>
    public List<string> Anchors { get; }

    /// <summary>Every anchor a link may land on: <see cref="Anchors"/> and the lenient forms of the heading slugs.</summary>
    public HashSet<string> AnchorSet { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Reads a file's links and anchors with a second Markdig parse that runs the inline parsers links need
/// (links, code spans, escapes, entities, autolinks and inline HTML) but not emphasis, whose parser is the
/// quadratic one, and only where a paragraph may hold a link (see <see cref="MaxLinkWork"/>). Links in
/// code spans and code blocks are code, not links. Never throws: a file Markdig fails on has no links and
/// no anchors.
/// </summary>
internal static class LinkReader
{
    // A tag's name or id attribute: <a name="x">, <h2 id="x">. Each '<' is followed a bounded distance.
    private static readonly Regex AnchorAttribute = new(
        @"<[A-Za-z][A-Za-z0-9]{0,20}\s[^<>]{0,500}?\b(?:name|id)\s*=\s*(?:""(?<v>[^""<>]{1,200})""|'(?<v>[^'<>]{1,200})'|(?<v>[^\s""'<>=`]{1,200}))",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // A heading's explicit id at its end: ## Install {#setup}
    private static readonly Regex ExplicitId = new(@"\{\s*#(?<id>[^\s}]{1,200})[^}]{0,200}\}\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// A paragraph or heading whose count of <c>](</c> times its length exceeds this is not read for links:
    /// 100 links in a paragraph of 2,500 characters are read, a paragraph made of thousands of unclosed links
    /// is not, and a 2 MB file of such paragraphs is read in about a second.
    /// </summary>
    public const long MaxLinkWork = 250_000;

    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    public static LinkedFile Read(SourceText text)
    {
        if (text.Length > MarkdownReader.MaxCharacters)
        {
            return LinkedFile.Empty;
        }

        string source = text.ToString();
        if (source.IndexOf('\0') >= 0)
        {
            return LinkedFile.Empty;
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source, Pipeline);
        }
        catch (Exception)
        {
            // Markdig is not ours to trust with arbitrary input: DOC002 reports what the outline parse cannot read.
            return LinkedFile.Empty;
        }

        var links = new List<MarkdownLink>();
        var anchors = new List<string>();
        var otherForms = new List<string>();
        var slugs = new GitHubSlugs(anchors, otherForms);
        foreach (MarkdownObject node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock heading:
                    AddHeading(heading, slugs, anchors);
                    break;

                case LinkReferenceDefinition definition when definition.Url is not null:
                    Add(source, definition.Url, definition.UrlSpan, links);
                    break;

                // A link through a reference is checked once, at its definition.
                case LinkInline link when link.Reference is null && !link.IsAutoLink && link.Url is not null:
                    Add(source, link.Url, link.UrlSpan, links);
                    break;
            }
        }

        for (Match match = AnchorAttribute.Match(source); match.Success; match = match.NextMatch())
        {
            anchors.Add(match.Groups["v"].Value.Trim().ToLowerInvariant());
        }

        return new LinkedFile(links, anchors, otherForms);
    }

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UseYamlFrontMatter();
        builder.InlineParsers.RemoveAll(parser => parser is EmphasisInlineParser);
        foreach (BlockParser parser in builder.BlockParsers)
        {
            if (parser is ParagraphBlockParser or HeadingBlockParser)
            {
                parser.Closed += LimitInlines;
            }
        }

        return builder.Build();
    }

    // Markdig's link parser scans from each '](' to the end of the destination or title it may open, which
    // in a paragraph packed with unclosed ones is the rest of the paragraph. Inlines are parsed only in
    // headings and in paragraphs that hold a '](', and only where the openers times the length stays within
    // MaxLinkWork: the work per file is then linear, with a factor of at most the square root of it.
    private static void LimitInlines(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock leaf)
        {
            return;
        }

        long length = 0;
        long openers = 0;
        StringLine[] lines = leaf.Lines.Lines;
        for (int i = 0; i < leaf.Lines.Count; i++)
        {
            StringSlice slice = lines[i].Slice;
            length += slice.Length;
            for (int at = slice.Start; at < slice.End; at++)
            {
                if (slice.Text[at] == ']' && slice.Text[at + 1] == '(')
                {
                    openers++;
                }
            }
        }

        if ((leaf is ParagraphBlock && openers == 0) || openers * length > MaxLinkWork)
        {
            leaf.ProcessInlines = false;
        }
    }

    private static void AddHeading(HeadingBlock heading, GitHubSlugs slugs, List<string> anchors)
    {
        var text = new StringBuilder();
        AppendText(heading.Inline, text);
        string title = text.ToString().Trim();
        Match id = ExplicitId.Match(title);
        if (id.Success)
        {
            anchors.Add(id.Groups["id"].Value.ToLowerInvariant());
            slugs.Add(title.Substring(0, id.Index).Trim());
        }

        slugs.Add(title);
    }

    // The heading's text as GitHub renders it: literals, code spans and link texts; no HTML tags.
    private static void AppendText(ContainerInline? container, StringBuilder text)
    {
        if (container is null)
        {
            return;
        }

        for (Inline? inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case ContainerInline inner:
                    AppendText(inner, text);
                    break;
            }
        }
    }

    private static void Add(string source, string url, SourceSpan span, List<MarkdownLink> links)
    {
        if (span.IsEmpty || span.Start < 0 || span.End >= source.Length)
        {
            return;
        }

        int start = span.Start;
        int end = span.End + 1;
        if (source[start] == '<' && end - start >= 2 && source[end - 1] == '>')
        {
            start++;
            end--;
        }

        links.Add(new MarkdownLink(url, TextSpan.FromBounds(start, end)));
    }
}
