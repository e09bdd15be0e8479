using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC102 and DOC103: each parameter has one <c>&lt;param&gt;</c> tag, and each tag names a parameter.</summary>
internal static class ParameterTagRule
{
    public static void Analyze(DocumentedMember member) =>
        NamedTags.Check(member, "param", DocumentedParameters(member.Symbol), Descriptors.MissingParamTag, Descriptors.UnmatchedParamTag);

    /// <summary>The parameters a comment documents: a delegate's, a primary constructor's on its type, a method's or an indexer's.</summary>
    internal static ImmutableArray<IParameterSymbol> DocumentedParameters(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol { DelegateInvokeMethod: { } invoke } => invoke.Parameters,
        INamedTypeSymbol type => ApiSurface.PrimaryConstructor(type)?.Parameters ?? ImmutableArray<IParameterSymbol>.Empty,
        IMethodSymbol method => method.Parameters,
        IPropertySymbol property => property.Parameters,
        _ => ImmutableArray<IParameterSymbol>.Empty,
    };
}
