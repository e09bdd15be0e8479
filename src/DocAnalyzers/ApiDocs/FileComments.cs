using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The documentation comments of one file, found once and each parsed at most once, the way the compiler parses them
/// with GenerateDocumentationFile (<see cref="DocumentationMode.Diagnose"/>). In documentation mode None the rules that
/// read a member's comment and DOC111, which reports its XML errors, share that one parse; in Parse mode only DOC111
/// needs it, the compiler having parsed the structure already.
/// </summary>
internal sealed class FileComments
{
    private const string XmlParseError = "CS1570";

    private readonly SourceText text;
    private readonly CSharpParseOptions diagnose;
    private readonly string path;
    private readonly List<TextSpan> spans;
    private readonly ParsedComment?[] parsed;

    private FileComments(SourceText text, CSharpParseOptions diagnose, string path, List<TextSpan> spans)
    {
        this.text = text;
        this.diagnose = diagnose;
        this.path = path;
        this.spans = spans;
        parsed = new ParsedComment?[spans.Count];
    }

    /// <summary>Where each comment is, in source order.</summary>
    public IReadOnlyList<TextSpan> Spans => spans;

    public static FileComments Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        SourceText text = tree.GetText(cancellationToken);
        var options = (CSharpParseOptions)tree.Options;
        return new FileComments(text, options.WithDocumentationMode(DocumentationMode.Diagnose), tree.FilePath, Comments(tree, text, cancellationToken));
    }

    /// <summary>The comment at <paramref name="index"/>, parsed on first use.</summary>
    public ParsedComment Parse(int index, CancellationToken cancellationToken)
    {
        ParsedComment? comment = Volatile.Read(ref parsed[index]);
        if (comment is null)
        {
            // Two threads may parse the same comment; both results are equal and one is kept.
            comment = ParseComment(spans[index], cancellationToken);
            comment = Interlocked.CompareExchange(ref parsed[index], comment, null) ?? comment;
        }

        return comment;
    }

    /// <summary>
    /// The comments that make up <paramref name="run"/> (the comments the compiler attaches to one declaration), or -1
    /// and 0 when the comments found here do not tile it, and the caller parses the run itself.
    /// </summary>
    public (int First, int Count) Within(TextSpan run)
    {
        int first = FirstAtOrAfter(run.Start);
        if (first > 0 && spans[first - 1].End > run.Start)
        {
            return (-1, 0);
        }

        int last = first;
        while (last < spans.Count && spans[last].Start < run.End)
        {
            if (spans[last].End > run.End)
            {
                return (-1, 0);
            }

            last++;
        }

        return last == first ? (-1, 0) : (first, last - first);
    }

    private int FirstAtOrAfter(int position)
    {
        int low = 0;
        int high = spans.Count;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            if (spans[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    // A view of the file's text (nothing copied) that ends with the comment's line break, parsed on its own: the lexer
    // reads it as it reads the comment in place, and its positions are the comment's, from its start.
    private ParsedComment ParseComment(TextSpan comment, CancellationToken cancellationToken)
    {
        var withLineBreak = TextSpan.FromBounds(comment.Start, text.Lines.GetLineFromPosition(comment.End - 1).EndIncludingLineBreak);
        SyntaxTree parsedTree = CSharpSyntaxTree.ParseText(text.GetSubText(withLineBreak), diagnose, path, cancellationToken);
        ImmutableArray<DocumentationCommentTriviaSyntax>.Builder syntax = ImmutableArray.CreateBuilder<DocumentationCommentTriviaSyntax>();
        foreach (SyntaxTrivia trivia in parsedTree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.GetStructure() is DocumentationCommentTriviaSyntax structure)
            {
                syntax.Add(structure);
            }
        }

        ImmutableArray<Diagnostic>.Builder? errors = null;
        foreach (Diagnostic diagnostic in parsedTree.GetDiagnostics(cancellationToken))
        {
            if (diagnostic.Id == XmlParseError)
            {
                (errors ??= ImmutableArray.CreateBuilder<Diagnostic>()).Add(diagnostic);
            }
        }

        return new ParsedComment(syntax.ToImmutable(), errors?.ToImmutable() ?? ImmutableArray<Diagnostic>.Empty);
    }

    /// <summary>
    /// Each documentation comment of the file as the compiler reads one: parsed trivia in Parse mode; in None mode a
    /// `/** */`, or a run of `///` comments on consecutive lines, each after the first alone at the start of its line
    /// (a `///` after code on its line starts a comment, which the `///` lines under it continue). Comments in disabled
    /// #if regions are not trivia of their own, so they are left out as the compiler skips them.
    /// The text is searched for `///` and `/**`, and only those places are looked up in the tree: walking every trivia
    /// of the file would build the whole red tree for a handful of comments.
    /// </summary>
    private static List<TextSpan> Comments(SyntaxTree tree, SourceText text, CancellationToken cancellationToken)
    {
        var comments = new List<TextSpan>();
        SyntaxNode? root = null;
        int start = -1;
        int end = -1;
        int line = -1;
        int searched = 0;
        foreach (int candidate in CommentStarts(text))
        {
            // `////`, and every line of a parsed `///` comment, lie inside a trivia already taken.
            if (candidate < searched)
            {
                continue;
            }

            root ??= tree.GetRoot(cancellationToken);
            SyntaxTrivia trivia = root.FindTrivia(candidate);

            // A parsed comment's span leaves out its leading `///`: its full span starts there.
            if (trivia.IsKind(SyntaxKind.None) || trivia.FullSpan.Start != candidate)
            {
                // In a string, a disabled region, or another comment (`// see ///`).
                continue;
            }

            searched = trivia.FullSpan.End;
            if (PlainDocumentationComment.IsTripleSlash(trivia, text))
            {
                TextLine current = text.Lines.GetLineFromPosition(trivia.SpanStart);
                bool continues = start >= 0 && current.LineNumber == line + 1 && IsBlank(text, current.Start, trivia.SpanStart);
                if (!continues)
                {
                    Close(comments, ref start, end);
                    start = trivia.SpanStart;
                }

                end = trivia.Span.End;
                line = current.LineNumber;
                continue;
            }

            Close(comments, ref start, end);
            if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                || PlainDocumentationComment.Is(trivia, text))
            {
                comments.Add(trivia.FullSpan);
            }
        }

        Close(comments, ref start, end);
        return comments;
    }

    /// <summary>Every position where the text holds `///` or `/**`, read in chunks without copying the file.</summary>
    private static IEnumerable<int> CommentStarts(SourceText text)
    {
        const int ChunkSize = 4096;
        char[] chunk = new char[ChunkSize];
        char beforePrevious = '\0';
        char previous = '\0';
        for (int offset = 0; offset < text.Length; offset += ChunkSize)
        {
            int count = System.Math.Min(ChunkSize, text.Length - offset);
            text.CopyTo(offset, chunk, 0, count);
            for (int i = 0; i < count; i++)
            {
                char current = chunk[i];
                if (beforePrevious == '/' && (previous == '/' || previous == '*') && current == previous)
                {
                    yield return offset + i - 2;
                }

                beforePrevious = previous;
                previous = current;
            }
        }
    }

    private static void Close(List<TextSpan> comments, ref int start, int end)
    {
        if (start >= 0)
        {
            comments.Add(TextSpan.FromBounds(start, end));
            start = -1;
        }
    }

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!SyntaxFacts.IsWhitespace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
