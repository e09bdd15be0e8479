using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC104 and DOC105: each type parameter has one <c>&lt;typeparam&gt;</c> tag, and each tag names a type parameter.</summary>
internal static class TypeParameterTagRule
{
    public static void Analyze(DocumentedMember member) =>
        NamedTags.Check(member, "typeparam", TypeParameters(member.Symbol), Descriptors.MissingTypeParamTag, Descriptors.UnmatchedTypeParamTag);

    private static ImmutableArray<ITypeParameterSymbol> TypeParameters(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type.TypeParameters,
        IMethodSymbol method => method.TypeParameters,
        _ => ImmutableArray<ITypeParameterSymbol>.Empty,
    };
}
