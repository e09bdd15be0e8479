using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using DocAnalyzers.ApiDocs;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The declaration a DOC1xx diagnostic is about, its symbol, and the top-level elements of its documentation
/// comment written in the same file, read the way the analyzer reads them in every documentation mode.
/// </summary>
internal sealed class DocumentedDeclaration
{
    private DocumentedDeclaration(SyntaxNode node, ISymbol symbol, DocumentationComment? comment)
    {
        Node = node;
        Symbol = symbol;
        Comment = comment;
        var elements = ImmutableArray.CreateBuilder<DocElement>();
        if (comment is not null)
        {
            foreach (DocElement element in comment.Elements)
            {
                if (element.Tree == node.SyntaxTree)
                {
                    elements.Add(element);
                }
            }
        }

        Elements = elements.ToImmutable();
    }

    /// <summary>The type or member declaration; for a field or field-like event, the whole declaration.</summary>
    public SyntaxNode Node { get; }

    /// <summary>The documented symbol: a partial member's definition, a positional record's type.</summary>
    public ISymbol Symbol { get; }

    /// <summary>The comment the analyzer reads, possibly from other files, or null when there is none.</summary>
    public DocumentationComment? Comment { get; }

    /// <summary>The comment's top-level elements in this file, in source order.</summary>
    public ImmutableArray<DocElement> Elements { get; }

    /// <summary>The declaration the diagnostic at <paramref name="span"/> is about, or null when there is none to fix.</summary>
    public static DocumentedDeclaration? Find(SyntaxNode root, SemanticModel model, TextSpan span, CancellationToken cancellationToken)
    {
        SyntaxToken token = root.FindToken(span.Start);

        // A diagnostic on a tag lies in the declaration's leading trivia; in None mode a `///` after `{` on the
        // same line is the previous token's trailing trivia, and belongs to the next declaration.
        if (span.Start >= token.Span.End && token.Span.Length > 0)
        {
            token = token.GetNextToken();
        }

        SyntaxNode? node = token.Parent;
        while (node is not null && !IsDeclaration(node))
        {
            node = node.Parent;
        }

        if (node is null)
        {
            return null;
        }

        ISymbol? symbol = node is BaseFieldDeclarationSyntax field
            ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken)
            : model.GetDeclaredSymbol(node, cancellationToken);
        if (symbol is null)
        {
            return null;
        }

        symbol = ApiSurface.PartialDefinition(symbol) ?? symbol;
        return new DocumentedDeclaration(node, symbol, DocumentationCommentReader.Read(symbol, comments: null, cancellationToken));
    }

    /// <summary>
    /// False when an edit could not be placed safely: the comment lives in other files only (editing this one would
    /// change nothing), or its XML is malformed (DOC111), so where its elements end is a guess.
    /// </summary>
    public bool CanEdit => Comment is null || (!Elements.IsEmpty && IsWellFormed(Comment));

    /// <summary>The parameters whose <c>&lt;param&gt;</c> tags the comment needs, in signature order.</summary>
    public ImmutableArray<IParameterSymbol> Parameters => ParameterTagRule.DocumentedParameters(Symbol);

    /// <summary>The type parameters whose <c>&lt;typeparam&gt;</c> tags the comment needs, in signature order.</summary>
    public ImmutableArray<ITypeParameterSymbol> TypeParameters => TypeParameterTagRule.DocumentedTypeParameters(Symbol);

    /// <summary>The tag a diagnostic is reported on (DOC103, DOC105, DOC107, DOC109): its start tag begins where the element does.</summary>
    public DocElement? TagReportedBy(Diagnostic diagnostic)
    {
        foreach (DocElement element in Elements)
        {
            if (element.Span.Start == diagnostic.Location.SourceSpan.Start)
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a tag belongs in the conventional order (summary, type parameters, parameters, returns), or
    /// null for a tag that has no place in it (remarks, example, a name that matches nothing).
    /// </summary>
    public int? RankOf(DocElement element) => element.Name switch
    {
        "summary" => TagRank.Summary,
        "typeparam" => IndexOf(TypeParameters, element.NameAttribute()) is int i and >= 0 ? TagRank.TypeParameter(i) : null,
        "param" => IndexOf(Parameters, element.NameAttribute()) is int j and >= 0 ? TagRank.Parameter(j) : null,
        "returns" => TagRank.Returns,
        _ => null,
    };

    /// <summary>The tags the comment lacks, ranked, with their draft text; <paramref name="except"/> is ignored as if removed.</summary>
    public List<NewTag> MissingTags(DocElement? except = null)
    {
        var present = new HashSet<string>(System.StringComparer.Ordinal);
        bool hasSummary = false;
        bool hasReturns = false;
        foreach (DocElement element in Elements)
        {
            if (except is { } removed && removed.Span == element.Span)
            {
                continue;
            }

            switch (element.Name)
            {
                case "summary":
                    hasSummary = true;
                    break;
                case "returns":
                    hasReturns = true;
                    break;
                case "param" or "typeparam":
                    present.Add(element.Name + ":" + element.NameAttribute());
                    break;
            }
        }

        var missing = new List<NewTag>();
        if (!hasSummary)
        {
            missing.Add(NewTag.Summary(this));
        }

        for (int i = 0; i < TypeParameters.Length; i++)
        {
            if (!present.Contains("typeparam:" + TypeParameters[i].Name))
            {
                missing.Add(NewTag.TypeParameter(TypeParameters[i], i));
            }
        }

        for (int i = 0; i < Parameters.Length; i++)
        {
            if (!present.Contains("param:" + Parameters[i].Name))
            {
                missing.Add(NewTag.Parameter(Parameters[i], i));
            }
        }

        if (!hasReturns && ReturnsRule.ExpectsReturns(Symbol))
        {
            missing.Add(NewTag.Returns(this));
        }

        return missing;
    }

    private static int IndexOf<TSymbol>(ImmutableArray<TSymbol> symbols, string? name)
        where TSymbol : ISymbol
    {
        for (int i = 0; i < symbols.Length; i++)
        {
            if (symbols[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True when every element of the comment is closed by its own end tag and nothing was skipped.</summary>
    private static bool IsWellFormed(DocumentationComment comment)
    {
        foreach (CommentPart part in comment.Parts)
        {
            if (part.Syntax.ContainsDiagnostics || part.Syntax.ContainsSkippedText)
            {
                return false;
            }

            foreach (SyntaxNode node in part.Syntax.DescendantNodes())
            {
                if (node is XmlElementSyntax element
                    && (element.EndTag.LessThanSlashToken.IsMissing || element.EndTag.Name.LocalName.ValueText != element.StartTag.Name.LocalName.ValueText))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool IsDeclaration(SyntaxNode node) =>
        node is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or EnumMemberDeclarationSyntax
            or BaseMethodDeclarationSyntax or BasePropertyDeclarationSyntax or BaseFieldDeclarationSyntax;
}
