using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// Collects the edits of one or many fixes in a file and applies them together, as text: the same edits work
/// whether the compiler parsed the comments (documentation mode Parse or Diagnose) or left them as plain
/// comments (None). New lines copy the prefix of the line beside them (indentation and <c>///</c>) and use
/// the file's line break; nothing else in the file changes.
/// </summary>
internal sealed class CommentEditor
{
    // Indentation, then `///`, `/**` or a block comment's `*`, then spaces.
    private static readonly Regex LinePrefix = new(@"^[ \t]*(?:///|/\*\*|\*(?!/))?[ \t]*", RegexOptions.CultureInvariant);

    private readonly SourceText text;
    private readonly string lineBreak;
    private readonly List<Insertion> insertions = new();
    private readonly List<TextChange> changes = new();

    public CommentEditor(SourceText text)
    {
        this.text = text;
        lineBreak = LineBreakOf(text);
    }

    private enum Style
    {
        /// <summary>Each line on a new line after the position, which ends a line.</summary>
        LinesAfter,

        /// <summary>Each line on a new line before the position, which starts a line.</summary>
        LinesBefore,

        /// <summary>A new comment before a declaration that does not start its line.</summary>
        NewCommentMidLine,

        /// <summary>On the same line, where the neighbour shares its line with other text.</summary>
        Inline,
    }

    /// <summary>Adds each tag beside its neighbours in the conventional order, or as a new comment when the declaration has none in this file.</summary>
    public void Add(DocumentedDeclaration declaration, IEnumerable<NewTag> tags, DocElement? except = null)
    {
        List<DocElement> elements = declaration.Elements.Where(e => except is not { } removed || removed.Span != e.Span).ToList();
        foreach (NewTag tag in tags)
        {
            DocElement? previous = null;
            DocElement? next = null;
            int previousRank = int.MinValue;
            int nextRank = int.MaxValue;
            foreach (DocElement element in elements)
            {
                if (declaration.RankOf(element) is not int rank)
                {
                    continue;
                }

                if (rank <= tag.Rank && rank >= previousRank)
                {
                    (previous, previousRank) = (element, rank);
                }
                else if (rank > tag.Rank && rank < nextRank)
                {
                    (next, nextRank) = (element, rank);
                }
            }

            if (previous is null && next is null && elements.Count > 0)
            {
                // Only tags outside the order (remarks, example): a summary goes first, the rest last.
                if (tag.Rank == TagRank.Summary)
                {
                    next = elements[0];
                }
                else
                {
                    previous = elements[elements.Count - 1];
                }
            }

            if (previous is { } after)
            {
                InsertAfter(after, tag);
            }
            else if (next is { } before)
            {
                InsertBefore(before, tag);
            }
            else
            {
                InsertNewComment(declaration.Node, tag);
            }
        }
    }

    /// <summary>Removes the element, with its line when it has the line to itself.</summary>
    public void Remove(DocElement element) => changes.Add(new TextChange(RemovalSpan(element), string.Empty));

    /// <summary>Writes a new value into the element's name attribute.</summary>
    public void Rename(DocElement element, string name)
    {
        if (element.NameValueSpan() is { } span)
        {
            changes.Add(new TextChange(span, name));
        }
    }

    /// <summary>The file with every collected edit applied.</summary>
    public SourceText Apply()
    {
        var all = new List<TextChange>(changes);
        foreach (IGrouping<int, Insertion> group in insertions.GroupBy(i => i.Position))
        {
            List<Insertion> ordered = group.OrderBy(i => i.Rank).ToList();
            Insertion first = ordered[0];
            IEnumerable<string> lines = ordered.SelectMany(i => i.Lines);
            string inserted = first.Style switch
            {
                Style.LinesAfter => string.Concat(lines.Select(line => lineBreak + first.Prefix + line)),
                Style.LinesBefore => string.Concat(lines.Select(line => first.Prefix + line + lineBreak)),
                Style.NewCommentMidLine => lineBreak + string.Concat(lines.Select(line => first.Prefix + line + lineBreak)) + first.Indentation,
                _ => string.Concat(lines),
            };
            all.Add(new TextChange(new TextSpan(group.Key, 0), inserted));
        }

        // Text changes must not overlap. The same change may come twice (a tag named by two diagnostics, the spaces
        // before a declaration that gets several tags); beyond that, a change that overlaps an earlier one is dropped.
        var kept = new List<TextChange>(all.Count);
        int end = -1;
        foreach (TextChange change in all.Distinct().OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length))
        {
            if (change.Span.Start >= end)
            {
                kept.Add(change);
                end = change.Span.End;
            }
        }

        return text.WithChanges(kept);
    }

    private void InsertAfter(DocElement element, NewTag tag)
    {
        TextLine line = text.Lines.GetLineFromPosition(element.Span.End);
        if (IsBlank(TextSpan.FromBounds(element.Span.End, line.End)))
        {
            insertions.Add(new Insertion(line.End, Style.LinesAfter, PrefixOf(element), tag));
        }
        else
        {
            insertions.Add(new Insertion(element.Span.End, Style.Inline, string.Empty, tag));
        }
    }

    private void InsertBefore(DocElement element, NewTag tag)
    {
        TextLine line = text.Lines.GetLineFromPosition(element.Span.Start);
        if (StartsLine(element, line))
        {
            insertions.Add(new Insertion(line.Start, Style.LinesBefore, PrefixOf(element), tag));
        }
        else
        {
            insertions.Add(new Insertion(element.Span.Start, Style.Inline, string.Empty, tag));
        }
    }

    private void InsertNewComment(SyntaxNode declaration, NewTag tag)
    {
        int start = declaration.GetFirstToken().SpanStart;
        TextLine line = text.Lines.GetLineFromPosition(start);
        string indentation = Indentation(line);
        if (IsBlank(TextSpan.FromBounds(line.Start, start)))
        {
            insertions.Add(new Insertion(line.Start, Style.LinesBefore, indentation + "/// ", tag));
            return;
        }

        // The declaration shares its line (`{ public int X; }`): the comment breaks the line before it,
        // in place of the spaces there.
        int spaces = start;
        while (spaces > line.Start && text[spaces - 1] is ' ' or '\t')
        {
            spaces--;
        }

        insertions.Add(new Insertion(spaces, Style.NewCommentMidLine, indentation + "/// ", tag, indentation));
        if (spaces < start)
        {
            changes.Add(new TextChange(TextSpan.FromBounds(spaces, start), string.Empty));
        }
    }

    /// <summary>The element's whole lines when nothing else shares them, else only the element.</summary>
    private TextSpan RemovalSpan(DocElement element)
    {
        TextLine first = text.Lines.GetLineFromPosition(element.Span.Start);
        TextLine last = text.Lines.GetLineFromPosition(element.Span.End);
        bool wholeLines = StartsLine(element, first) && IsBlank(TextSpan.FromBounds(element.Span.End, last.End));
        return wholeLines ? TextSpan.FromBounds(first.Start, last.EndIncludingLineBreak) : element.Span;
    }

    /// <summary>True when only a comment prefix (<c>///</c> or <c>*</c>, not <c>/**</c>) comes before the element on its line.</summary>
    private bool StartsLine(DocElement element, TextLine line)
    {
        string before = text.ToString(TextSpan.FromBounds(line.Start, element.Span.Start)).Trim();
        return before.Length == 0 || before == "///" || before == "*";
    }

    /// <summary>
    /// The prefix for a new line beside the element: what comes before it on its line, up to the <c>///</c> or <c>*</c>
    /// and the spaces after it. Code before a <c>///</c> (<c>{ /// &lt;summary&gt;</c>) becomes spaces, and a block
    /// comment's opening <c>/**</c> becomes <c> * </c>.
    /// </summary>
    private string PrefixOf(DocElement element)
    {
        TextLine line = text.Lines.GetLineFromPosition(element.Span.Start);
        string before = text.ToString(TextSpan.FromBounds(line.Start, element.Span.Start));
        int slashes = before.IndexOf("///", System.StringComparison.Ordinal);
        if (slashes > 0)
        {
            before = new string(before.Take(slashes).Select(c => c == '\t' ? '\t' : ' ').ToArray()) + before.Substring(slashes);
        }

        return LinePrefix.Match(before).Value.Replace("/**", " * ");
    }

    private string Indentation(TextLine line)
    {
        int i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t')
        {
            i++;
        }

        return text.ToString(TextSpan.FromBounds(line.Start, i));
    }

    private bool IsBlank(TextSpan span)
    {
        for (int i = span.Start; i < span.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The file's own line break (the first one in it); a line feed for a file of one line.</summary>
    private static string LineBreakOf(SourceText text)
    {
        foreach (TextLine line in text.Lines)
        {
            if (line.EndIncludingLineBreak > line.End)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }

    private sealed class Insertion
    {
        public Insertion(int position, Style style, string prefix, NewTag tag, string indentation = "")
        {
            Position = position;
            Style = style;
            Prefix = prefix;
            Rank = tag.Rank;
            Lines = tag.Lines;
            Indentation = indentation;
        }

        public int Position { get; }

        public Style Style { get; }

        public string Prefix { get; }

        public int Rank { get; }

        public IReadOnlyList<string> Lines { get; }

        public string Indentation { get; }
    }
}
