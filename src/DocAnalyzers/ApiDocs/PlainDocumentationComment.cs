using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Plain comment trivia (documentation mode None) that the compiler reads as a documentation comment when it
/// parses them: `///` but not `////`, `/**` but not `/**/`. Read from the source text, so nothing is allocated.
/// </summary>
internal static class PlainDocumentationComment
{
    public static bool Is(SyntaxTrivia trivia, SourceText text) =>
        trivia.Kind() switch
        {
            SyntaxKind.SingleLineCommentTrivia => IsTripleSlash(trivia, text),
            SyntaxKind.MultiLineCommentTrivia => trivia.Span.Length > 4 && text[trivia.SpanStart + 2] == '*' && text[trivia.SpanStart + 3] != '/',
            _ => false,
        };

    /// <summary>A single-line comment that starts with `///` and not `////`.</summary>
    public static bool IsTripleSlash(SyntaxTrivia trivia, SourceText text) =>
        trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && trivia.Span.Length >= 3 && text[trivia.SpanStart + 2] == '/'
        && (trivia.Span.Length == 3 || text[trivia.SpanStart + 3] != '/');
}
