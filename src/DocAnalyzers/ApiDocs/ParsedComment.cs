using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocAnalyzers.ApiDocs;

/// <summary>One documentation comment parsed on its own: positions count from the comment's start.</summary>
internal sealed class ParsedComment
{
    public ParsedComment(ImmutableArray<DocumentationCommentTriviaSyntax> syntax, ImmutableArray<Diagnostic> xmlErrors)
    {
        Syntax = syntax;
        XmlErrors = xmlErrors;
    }

    public ImmutableArray<DocumentationCommentTriviaSyntax> Syntax { get; }

    /// <summary>The compiler's CS1570 errors.</summary>
    public ImmutableArray<Diagnostic> XmlErrors { get; }
}
