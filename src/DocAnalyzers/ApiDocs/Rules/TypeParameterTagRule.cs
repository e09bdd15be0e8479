using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC104 and DOC105: each type parameter has one <c>&lt;typeparam&gt;</c> tag, and each tag names a type parameter.</summary>
internal static class TypeParameterTagRule
{
    public static void Analyze(DocumentedMember member) =>
        NamedTags.Check(member, "typeparam", DocumentedTypeParameters(member.Symbol), Descriptors.MissingTypeParamTag, Descriptors.UnmatchedTypeParamTag);

    /// <summary>The type parameters a comment documents: a type's, a delegate's or a method's.</summary>
    internal static ImmutableArray<ITypeParameterSymbol> DocumentedTypeParameters(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => type.TypeParameters,
        IMethodSymbol method => method.TypeParameters,
        _ => ImmutableArray<ITypeParameterSymbol>.Empty,
    };
}
