using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The symbols a compiler documentation warning can be about, found from its position alone: the warning
/// names its member only in the message text.
/// </summary>
internal static class DeclaredSymbols
{
    /// <summary>
    /// The symbols of the innermost declaration around <paramref name="span"/>, or whose documentation comment holds it:
    /// a type with its primary constructor, a member, each variable of a field or event declaration, and the
    /// property a positional record declares for a parameter the span is in.
    /// </summary>
    public static List<ISymbol> Around(SemanticModel model, TextSpan span, CancellationToken cancellationToken)
    {
        var symbols = new List<ISymbol>();

        // Outside trivia this is the token at the span; in a documentation comment, the first token of the declaration it documents.
        SyntaxToken token = model.SyntaxTree.GetRoot(cancellationToken).FindToken(span.Start);
        for (SyntaxNode? node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case ParameterSyntax { Parent.Parent: TypeDeclarationSyntax type } parameter:
                    AddPositionalProperty(model.GetDeclaredSymbol(type, cancellationToken), parameter.Identifier.ValueText, symbols);
                    break;
                case VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax } variable:
                    Add(model.GetDeclaredSymbol(variable, cancellationToken), symbols);
                    return symbols;
                case BaseFieldDeclarationSyntax field:
                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        Add(model.GetDeclaredSymbol(variable, cancellationToken), symbols);
                    }

                    return symbols;
                case BaseNamespaceDeclarationSyntax:
                case CompilationUnitSyntax:
                    return symbols;
                case MemberDeclarationSyntax member:
                    ISymbol? declared = model.GetDeclaredSymbol(member, cancellationToken);
                    Add(declared, symbols);
                    if (declared is INamedTypeSymbol namedType)
                    {
                        Add(ApiSurface.PrimaryConstructor(namedType), symbols);
                    }

                    return symbols;
            }
        }

        return symbols;
    }

    private static void AddPositionalProperty(ISymbol? type, string name, List<ISymbol> symbols)
    {
        if (type is not INamedTypeSymbol { IsRecord: true } record)
        {
            return;
        }

        foreach (ISymbol member in record.GetMembers(name))
        {
            if (ApiSurface.IsPositionalProperty(member))
            {
                symbols.Add(member);
            }
        }
    }

    private static void Add(ISymbol? symbol, List<ISymbol> symbols)
    {
        if (symbol is not null)
        {
            symbols.Add(symbol);
        }
    }
}
