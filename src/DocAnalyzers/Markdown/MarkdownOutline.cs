using System.Collections.Generic;
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
/// One section start in a markdown file: a heading, or a paragraph that opens with a bold label
/// and a colon (<c>**Infrastructure**: ...</c>), which is a subsection of the heading above it.
/// </summary>
internal sealed class OutlineEntry
{
    public OutlineEntry(string key, int level, TextSpan span, bool isLabel = false)
    {
        Key = key;
        Level = level;
        Span = span;
        IsLabel = isLabel;
    }

    /// <summary>The normalized title (<see cref="SectionTitle.Normalize"/>).</summary>
    public string Key { get; }

    /// <summary>The heading level; a bold label is one level below the heading it follows.</summary>
    public int Level { get; }

    /// <summary>Where the heading or the bold label is.</summary>
    public TextSpan Span { get; }

    /// <summary>True for a bold label, false for a heading.</summary>
    public bool IsLabel { get; }

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
    public MarkdownOutline(string path, SourceText text, string source, IReadOnlyList<OutlineEntry> entries)
    {
        Path = path;
        Text = text;
        Source = source;
        Entries = entries;
    }

    public string Path { get; }

    /// <summary>The file's text, for line positions.</summary>
    public SourceText Text { get; }

    /// <summary>The same text as one string; every span of the outline indexes it.</summary>
    public string Source { get; }

    public IReadOnlyList<OutlineEntry> Entries { get; }

    /// <summary>True when the entry at <paramref name="index"/> has entries nested under it.</summary>
    public bool HasSubsections(int index) => Entries[index].EndIndex > index + 1;
}
