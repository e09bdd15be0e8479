using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The documentation comments of one file, found once and each read at most once: by <see cref="WellFormedComment"/>
/// when it can vouch for the comment's XML, else parsed the way the compiler parses them with GenerateDocumentationFile
/// (<see cref="DocumentationMode.Diagnose"/>). In documentation mode None the rules that read a member's comment and
/// DOC111, which reports the XML errors, share that one reading; in Parse mode only DOC111 needs it, the compiler
/// having parsed the structure already.
/// </summary>
internal sealed class FileComments
{
    private const string XmlParseError = "CS1570";

    private readonly SyntaxTree tree;
    private readonly SourceText text;
    private readonly CSharpParseOptions diagnose;
    private readonly List<TextSpan> spans;
    private readonly bool structureInTree;
    private readonly Lazy<Parsed> parsed;

    private FileComments(SyntaxTree tree, SourceText text, CSharpParseOptions diagnose, List<TextSpan> spans, bool structureInTree)
    {
        this.tree = tree;
        this.text = text;
        this.diagnose = diagnose;
        this.spans = spans;
        this.structureInTree = structureInTree;
        parsed = new Lazy<Parsed>(Parse, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Where each comment is, in source order.</summary>
    public IReadOnlyList<TextSpan> Spans => spans;

    /// <summary>The compiler's CS1570 errors in the file's comments, at their places in the file, with their reasons.</summary>
    public ImmutableArray<XmlError> XmlErrors => parsed.Value.Errors;

    public static FileComments Find(SyntaxTree tree, CancellationToken cancellationToken)
    {
        SourceText text = tree.GetText(cancellationToken);
        var options = (CSharpParseOptions)tree.Options;
        return new FileComments(
            tree,
            text,
            options.WithDocumentationMode(DocumentationMode.Diagnose),
            Comments(tree, text, cancellationToken),
            options.DocumentationMode >= DocumentationMode.Parse);
    }

    /// <summary>True when the comment at <paramref name="index"/> was read: parsed, or read by <see cref="WellFormedComment"/>.</summary>
    public bool IsRead(int index) => !parsed.Value.Light[index].IsDefault || !parsed.Value.Syntax[index].IsEmpty;

    /// <summary>The comment at <paramref name="index"/>, at its place in the file, as the parts of a symbol's comment.</summary>
    public void AddParts(int index, ImmutableArray<CommentPart>.Builder parts)
    {
        Parsed read = parsed.Value;
        if (!read.Light[index].IsDefault)
        {
            parts.Add(new CommentPart(read.Light[index], tree, spans[index]));
            return;
        }

        foreach (DocumentationCommentTriviaSyntax syntax in read.Syntax[index])
        {
            // Parsed by itself: its positions are moved by the comment's start.
            parts.Add(new CommentPart(syntax, tree, spans[index].Start));
        }
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

    /// <summary>
    /// Reads every comment once: by <see cref="WellFormedComment"/> where it can vouch for the XML, else by the compiler's
    /// parser, one comment at a time. Where the tree holds the comments' structure already (documentation mode Parse),
    /// only the XML errors of the others are wanted; in None mode the rules read the vouched ones from the scan
    /// (<see cref="LightElement"/>).
    /// The parse is not cancellable: a Lazy would keep the cancellation as its result.
    /// </summary>
    private Parsed Parse()
    {
        var scanner = new WellFormedComment();
        var uncertain = new List<int>();
        var light = new ImmutableArray<LightElement>[spans.Count];
        var syntax = new ImmutableArray<DocumentationCommentTriviaSyntax>[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            syntax[i] = ImmutableArray<DocumentationCommentTriviaSyntax>.Empty;
            if (structureInTree)
            {
                if (!scanner.IsCertain(text, spans[i]))
                {
                    uncertain.Add(i);
                }
            }
            else if (scanner.Read(text, spans[i]) is { } elements)
            {
                light[i] = elements;
            }
            else
            {
                uncertain.Add(i);
            }
        }

        ImmutableArray<XmlError>.Builder errors = ImmutableArray.CreateBuilder<XmlError>();
        foreach (int i in uncertain)
        {
            ParseAlone(i, syntax, errors);
        }

        DocumentationXmlCheck.AddErrors(tree, spans, uncertain, errors);
        return new Parsed(syntax, light, errors.ToImmutable());
    }

    /// <summary>
    /// Parses one comment by itself, with the line break after it, which a `///` comment owns (an unclosed last tag
    /// ends there): the compiler reads nothing around a comment, so its structure and XML errors are the file's, moved
    /// by the comment's start. Only the few comments the scan cannot vouch for come here, so each costs a small parse
    /// rather than a copy of the whole file.
    /// </summary>
    private void ParseAlone(int index, ImmutableArray<DocumentationCommentTriviaSyntax>[] syntax, ImmutableArray<XmlError>.Builder errors)
    {
        TextSpan span = spans[index];
        int end = span.End;
        if (end + 1 < text.Length && text[end] == '\r' && text[end + 1] == '\n')
        {
            end += 2;
        }
        else if (end < text.Length && SyntaxFacts.IsNewLine(text[end]))
        {
            end++;
        }

        SyntaxTree alone = CSharpSyntaxTree.ParseText(SourceText.From(text.ToString(TextSpan.FromBounds(span.Start, end))), diagnose, tree.FilePath);

        // Nothing but the comment: it is trivia of the end-of-file token.
        foreach (SyntaxTrivia trivia in alone.GetRoot().GetLeadingTrivia())
        {
            if (trivia.GetStructure() is DocumentationCommentTriviaSyntax comment && trivia.FullSpan.Start == 0)
            {
                syntax[index] = syntax[index].Add(comment);
            }
        }

        foreach (Diagnostic diagnostic in alone.GetDiagnostics())
        {
            if (diagnostic.Id == XmlParseError)
            {
                TextSpan at = diagnostic.Location.SourceSpan;
                errors.Add(new XmlError(new TextSpan(at.Start + span.Start, at.Length), Reason(diagnostic)));
            }
        }
    }

    // The compiler's message is "XML comment has badly formed XML -- 'reason'"; the reason is what helps.
    private static string Reason(Diagnostic error)
    {
        string message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        int separator = message.IndexOf(" -- ", System.StringComparison.Ordinal);
        return separator < 0 ? message : message.Substring(separator + 4).Trim('\'');
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
        var run = new Run(comments);
        int searched = 0;
        foreach (int candidate in CommentStarts(text))
        {
            // `////`, and every line of a comment already read, lie inside a trivia already taken.
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
            if (!PlainDocumentationComment.IsTripleSlash(trivia, text))
            {
                run.Close();
                if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                    || PlainDocumentationComment.Is(trivia, text))
                {
                    comments.Add(trivia.FullSpan);
                }

                continue;
            }

            run.Add(trivia, text);

            // The `///` lines under it are the next trivia of the same token: read them from its list rather than
            // look each one up in the tree again.
            SyntaxTriviaList leading = trivia.Token.LeadingTrivia;
            int index = leading.Span.Contains(trivia.SpanStart) ? leading.IndexOf(trivia) : -1;
            for (int i = index + 1; index >= 0 && i < leading.Count; i++)
            {
                SyntaxTrivia next = leading[i];
                if (PlainDocumentationComment.IsTripleSlash(next, text))
                {
                    run.Add(next, text);
                }
                else if (!next.IsKind(SyntaxKind.WhitespaceTrivia) && !next.IsKind(SyntaxKind.EndOfLineTrivia))
                {
                    break;
                }

                searched = next.FullSpan.End;
            }
        }

        run.Close();
        return comments;
    }

    /// <summary>Every position where the text holds `///` or `/**`, read in chunks without copying the file.</summary>
    private static IEnumerable<int> CommentStarts(SourceText text)
    {
        const int ChunkSize = 4096;
        char[] chunk = new char[ChunkSize + 2];
        for (int offset = 0; offset < text.Length; offset += ChunkSize)
        {
            // Each chunk holds the two characters after it too, so that a `///` across a chunk's end is seen in that chunk.
            int count = Math.Min(ChunkSize + 2, text.Length - offset);
            int starts = Math.Min(ChunkSize, count);
            text.CopyTo(offset, chunk, 0, count);

            // Array.IndexOf of a char is vectorised on .NET: code between comments is skipped many characters at a time.
            int i = Array.IndexOf(chunk, '/', 0, starts);
            while (i >= 0)
            {
                if (i + 2 < count && (chunk[i + 1] == '/' || chunk[i + 1] == '*') && chunk[i + 2] == chunk[i + 1])
                {
                    yield return offset + i;
                }

                i = i + 1 < starts ? Array.IndexOf(chunk, '/', i + 1, starts - i - 1) : -1;
            }
        }
    }

    /// <summary>
    /// A `///` comment being read: `///` lines on consecutive lines, each after the first alone at the start of its
    /// line (a `///` after code on its line starts a comment, which the `///` lines under it continue).
    /// </summary>
    private sealed class Run
    {
        private readonly List<TextSpan> comments;
        private int start = -1;
        private int end = -1;
        private int line = -1;

        public Run(List<TextSpan> comments) => this.comments = comments;

        public void Add(SyntaxTrivia trivia, SourceText text)
        {
            TextLine current = text.Lines.GetLineFromPosition(trivia.SpanStart);
            bool continues = start >= 0 && current.LineNumber == line + 1 && IsBlank(text, current.Start, trivia.SpanStart);
            if (!continues)
            {
                Close();
                start = trivia.SpanStart;
            }

            end = trivia.Span.End;
            line = current.LineNumber;
        }

        public void Close()
        {
            if (start >= 0)
            {
                comments.Add(TextSpan.FromBounds(start, end));
                start = -1;
            }
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

    /// <summary>An XML error the compiler reports as CS1570: where, and why.</summary>
    internal readonly struct XmlError
    {
        public XmlError(TextSpan span, string reason)
        {
            Span = span;
            Reason = reason;
        }

        public TextSpan Span { get; }

        public string Reason { get; }
    }

    /// <summary>A file's comments parsed once: each comment's syntax by its index, and the XML errors of them all.</summary>
    private sealed class Parsed
    {
        public Parsed(ImmutableArray<DocumentationCommentTriviaSyntax>[] syntax, ImmutableArray<LightElement>[] light, ImmutableArray<XmlError> errors)
        {
            Syntax = syntax;
            Light = light;
            Errors = errors;
        }

        public ImmutableArray<DocumentationCommentTriviaSyntax>[] Syntax { get; }

        /// <summary>Each comment's elements as <see cref="WellFormedComment"/> read them, or default where it was parsed.</summary>
        public ImmutableArray<LightElement>[] Light { get; }

        public ImmutableArray<XmlError> Errors { get; }
    }
}
