using System.Collections.Generic;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Markdown;

/// <summary>What a block of a section's own content is, as far as the rules care.</summary>
internal enum ContentKind
{
    Text,
    Code,
    Html,
}

/// <summary>A block of content: its place in the file, its kind and, for code, its info string.</summary>
internal readonly struct ContentBlock
{
    public ContentBlock(ContentKind kind, TextSpan span, string info = "")
    {
        Kind = kind;
        Span = span;
        Info = info;
    }

    public ContentKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The fenced code block's info string (its language), empty otherwise.</summary>
    public string Info { get; }
}

/// <summary>
/// One section start in a markdown file: a heading (ATX, setext or an HTML <c>&lt;h2&gt;</c>), or a
/// paragraph that opens with a bold label and a colon (<c>**Infrastructure**: ...</c>), or a list item's
/// with a colon or a dash (<c>- **Backend** - ...</c>), which is a subsection of the heading above it.
/// </summary>
internal sealed class OutlineEntry
{
    // A title that is one inline or reference link and nothing else: "[Getting started](xref:getting-started)".
    private static readonly Regex WholeLink = new(@"^\s*\[[^\]]+\](?:\([^)]*\)|\[[^\]]*\])\s*$", RegexOptions.CultureInvariant);

    // The title as written, markup included.
    private readonly string written;

    /// <param name="text">The title as written, markup included.</param>
    /// <param name="isLink">The entry is a page title whose front matter redirects elsewhere.</param>
    public OutlineEntry(string text, int level, TextSpan span, bool isLabel = false, bool isListItem = false, bool isLink = false)
    {
        Title = SectionTitle.Display(text);
        Key = SectionTitle.KeyOfDisplay(Title);
        Level = level;
        Span = span;
        IsLabel = isLabel;
        IsListItem = isListItem;
        IsLink = isLink || (!isLabel && WholeLink.IsMatch(text));
        written = text;
    }

    /// <summary>The title without its markup (<see cref="SectionTitle.Display"/>), for messages.</summary>
    public string Title { get; }

    /// <summary>The title ends as a sentence does, with '.' or '!': a slogan, not a section's name. Read when asked, for the one heading that may be a subtitle.</summary>
    public bool IsSentence => SectionTitle.EndsSentence(written);

    /// <summary>The title's comparison key (<see cref="SectionTitle.Normalize"/>), what the plan's matcher reads.</summary>
    public string Key { get; }

    /// <summary>The heading level; a bold label is one level below the heading it follows.</summary>
    public int Level { get; }

    /// <summary>Where the heading or the bold label is.</summary>
    public TextSpan Span { get; }

    /// <summary>True for a bold label, false for a heading.</summary>
    public bool IsLabel { get; }

    /// <summary>True for a bold label that opens a list item (<c>- **Infrastructure**: ...</c>).</summary>
    public bool IsListItem { get; }

    /// <summary>
    /// True for a heading that is one link (<c># [Getting started](xref:getting-started)</c>, as in a docfx
    /// <c>toc.md</c>) and for the title of a page whose front matter redirects (<c>redirect_to:</c>): its content is
    /// where it points.
    /// </summary>
    public bool IsLink { get; }

    /// <summary>Blocks after the entry and before the next entry of any level.</summary>
    public List<ContentBlock> OwnContent { get; } = new();

    /// <summary>Index of the entry's parent in <see cref="MarkdownOutline.Entries"/>, -1 at the top.</summary>
    public int ParentIndex { get; internal set; } = -1;

    /// <summary>Index one past the last entry nested under this one.</summary>
    public int EndIndex { get; internal set; }
}

/// <summary>The sections of one documentation file, in source order.</summary>
internal sealed class MarkdownOutline
{
    // "# Table of Contents" under Refit's real title, "## Refit: The automatic type-safe REST library", is no title.
    private static readonly Regex TableOfContents = new(@"^(table of contents|contents|toc)$", RegexOptions.CultureInvariant);

    private int? titleIndex;

    public MarkdownOutline(string path, SourceText text, string source, IReadOnlyList<OutlineEntry> entries, IReadOnlyList<ContentBlock> preamble)
    {
        Path = path;
        Text = text;
        Source = source;
        Entries = entries;
        Preamble = preamble;
    }

    public string Path { get; }

    /// <summary>The file's text, for line positions.</summary>
    public SourceText Text { get; }

    /// <summary>The same text as one string; every span of the outline indexes it.</summary>
    public string Source { get; }

    public IReadOnlyList<OutlineEntry> Entries { get; }

    /// <summary>Blocks before the first entry (badges, a logo, an introduction without a title).</summary>
    public IReadOnlyList<ContentBlock> Preamble { get; }

    /// <summary>
    /// The index of the file's title: its first entry, when that is a heading no other heading outranks
    /// (the <c># Name</c> of a README), else its first level-1 heading other than a table of contents
    /// (<c># ChatGPT + Enterprise data</c> after <c>## Table of Contents</c>); -1 when the file has none.
    /// </summary>
    public int TitleIndex => titleIndex ??= FindTitle();

    /// <summary>The first heading of the file (not a bold label), or -1.</summary>
    public int FirstHeadingIndex
    {
        get
        {
            for (int i = 0; i < Entries.Count; i++)
            {
                if (!Entries[i].IsLabel)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    private int FindTitle()
    {
        if (Entries.Count == 0 || Entries[0].IsLabel)
        {
            return -1;
        }

        bool outranked = false;
        int firstLevelOne = -1;
        for (int i = 0; i < Entries.Count; i++)
        {
            outranked |= Entries[i].Level < Entries[0].Level;
            if (firstLevelOne < 0 && Entries[i].Level == 1 && !Entries[i].IsLabel && !TableOfContents.IsMatch(Entries[i].Key))
            {
                firstLevelOne = i;
            }
        }

        return outranked ? firstLevelOne : 0;
    }

    /// <summary>True when the entry at <paramref name="index"/> has entries nested under it.</summary>
    public bool HasSubsections(int index) => Entries[index].EndIndex > index + 1;
}
