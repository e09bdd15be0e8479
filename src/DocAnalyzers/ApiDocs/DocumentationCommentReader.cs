using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Finds the documentation comments the compiler would attach to a declaration, in every
/// documentation mode. With <see cref="DocumentationMode.Parse"/> or <see cref="DocumentationMode.Diagnose"/>
/// the compiler has parsed them already. With <see cref="DocumentationMode.None"/> (a project without
/// GenerateDocumentationFile) <c>///</c> lines are plain comments: their text is parsed here the way the
/// compiler would have, and positions are mapped back, so every rule reads one kind of syntax.
/// </summary>
internal static class DocumentationCommentReader
{
    /// <summary>The comments of the symbol, or null when it has none.</summary>
    /// <param name="comments">
    /// The file's comments, parsed once for every rule (documentation mode None); null parses the symbol's comment alone.
    /// </param>
    public static DocumentationComment? Read(ISymbol symbol, DocumentationComments? comments, CancellationToken cancellationToken)
    {
        // The implementation part's comment wins over the definition's, as in the documentation file.
        if (ApiSurface.PartialImplementation(symbol) is { } implementation && ReadDeclarations(implementation, comments, cancellationToken) is { } implementationComment)
        {
            return implementationComment;
        }

        return ReadDeclarations(symbol, comments, cancellationToken);
    }

    private static DocumentationComment? ReadDeclarations(ISymbol symbol, DocumentationComments? comments, CancellationToken cancellationToken)
    {
        ImmutableArray<CommentPart>.Builder? parts = null;
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            SyntaxNode declaration = reference.GetSyntax(cancellationToken);
            if (declaration is VariableDeclaratorSyntax { Parent.Parent: { } fieldOrEvent })
            {
                // All declarators of `int A, B;` share the declaration's comment.
                declaration = fieldOrEvent;
            }

            ReadLeadingComments(declaration, comments, ref parts, cancellationToken);
        }

        return parts is null ? null : new DocumentationComment(parts.ToImmutable());
    }

    private static void ReadLeadingComments(SyntaxNode declaration, DocumentationComments? comments, ref ImmutableArray<CommentPart>.Builder? parts, CancellationToken cancellationToken)
    {
        SyntaxTree tree = declaration.SyntaxTree;
        SyntaxTriviaList leading = declaration.GetLeadingTrivia();
        if (tree.Options.DocumentationMode >= DocumentationMode.Parse)
        {
            Collect(leading, tree, offset: 0, ref parts);
            return;
        }

        // A parsing lexer never leaves `///` in a token's trailing trivia, so a `///` after `{` on the same
        // line belongs to the next declaration; in None mode it is the previous token's trailing trivia.
        SyntaxTriviaList previousTrailing = declaration.GetFirstToken().GetPreviousToken().TrailingTrivia;
        SourceText text = tree.GetText(cancellationToken);
        if (FindPlainRun(leading, previousTrailing, text) is not { } run)
        {
            return;
        }

        // The file's comments, read once for DOC111 and every member, when they make up the run as the compiler reads it.
        if (comments?.For(tree, cancellationToken) is { } file && file.Within(run) is { Count: > 0 } within && AllRead(file, within))
        {
            parts ??= ImmutableArray.CreateBuilder<CommentPart>();
            for (int i = within.First; i < within.First + within.Count; i++)
            {
                file.AddParts(i, parts);
            }

            return;
        }

        // Only the structure is needed here, so the lighter trivia parser (DocumentationMode.Parse) is enough.
        Collect(SyntaxFactory.ParseLeadingTrivia(text.ToString(run)), tree, run.Start, ref parts);
    }

    private static bool AllRead(FileComments file, (int First, int Count) within)
    {
        for (int i = within.First; i < within.First + within.Count; i++)
        {
            if (!file.IsRead(i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The compiler's rule: walking back from the declaration, skip anything before the last doc comment,
    /// then take doc comments separated only by white space and line breaks.
    /// </summary>
    private static void Collect(SyntaxTriviaList trivia, SyntaxTree tree, int offset, ref ImmutableArray<CommentPart>.Builder? parts)
    {
        int insertAt = parts?.Count ?? 0;
        bool collecting = false;
        for (int i = trivia.Count - 1; i >= 0; i--)
        {
            SyntaxTrivia current = trivia[i];
            switch (current.Kind())
            {
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    parts ??= ImmutableArray.CreateBuilder<CommentPart>();
                    parts.Insert(insertAt, new CommentPart((DocumentationCommentTriviaSyntax)current.GetStructure()!, tree, offset));
                    collecting = true;
                    break;
                case SyntaxKind.WhitespaceTrivia:
                case SyntaxKind.EndOfLineTrivia:
                    break;
                default:
                    if (collecting)
                    {
                        return;
                    }

                    break;
            }
        }
    }

    /// <summary>The same rule over plain comments: the span of the run of comments that look like doc comments.</summary>
    private static TextSpan? FindPlainRun(SyntaxTriviaList leading, SyntaxTriviaList previousTrailing, SourceText text)
    {
        int start = -1;
        int end = -1;

        // Error recovery turns a stray token into skipped-token trivia and hangs every comment before it on the
        // previous token (`///` lines, then ` */`): a parsing lexer leaves the comment there too, on no declaration.
        if (Scan(leading, text, ref start, ref end) && !previousTrailing.Any(SyntaxKind.SkippedTokensTrivia))
        {
            Scan(previousTrailing, text, ref start, ref end);
        }

        return end < 0 ? null : TextSpan.FromBounds(start, end);
    }

    /// <summary>Walks the trivia backwards, widening the run; false once something ends it.</summary>
    private static bool Scan(SyntaxTriviaList trivia, SourceText text, ref int start, ref int end)
    {
        for (int i = trivia.Count - 1; i >= 0; i--)
        {
            SyntaxTrivia current = trivia[i];
            if (PlainDocumentationComment.Is(current, text))
            {
                if (end < 0)
                {
                    // A `///` comment owns its line break, as the parsed trivia does: a malformed last element ends there.
                    end = current.IsKind(SyntaxKind.SingleLineCommentTrivia) && i + 1 < trivia.Count && trivia[i + 1].IsKind(SyntaxKind.EndOfLineTrivia)
                        ? trivia[i + 1].Span.End
                        : current.Span.End;
                }

                start = current.SpanStart;
            }
            else if (end >= 0 && !current.IsKind(SyntaxKind.WhitespaceTrivia) && !current.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return false;
            }
        }

        return true;
    }
}
