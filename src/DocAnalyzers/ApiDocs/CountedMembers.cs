using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The members DOC190's coverage counts, each once: the symbols the analyzer driver hands over that are part of the API
/// surface (<see cref="ApiDocClassification"/>), outside generated code, with the two parts of a partial member taken
/// as one. Shared by the DOC1xx analyzer and the command-line tool's report, so both count alike. One per compilation;
/// safe for concurrent symbol actions.
/// </summary>
internal sealed class CountedMembers
{
    private readonly ConcurrentDictionary<ISymbol, byte> partialsSeen = new(SymbolEqualityComparer.Default);

    public CountedMembers(Compilation compilation) => GeneratedCode = new GeneratedCodeFilter(compilation);

    /// <summary>Generated code, which the analyzer leaves out itself.</summary>
    public GeneratedCodeFilter GeneratedCode { get; }

    /// <summary>
    /// The classification of the symbol the driver hands over, when it is a member to count; null for one outside the
    /// API surface, in generated code, or the second part of a partial member already counted. Generated files are
    /// left out before the symbol's comment is read.
    /// </summary>
    public ApiDocClassification? Classify(ISymbol visited, ApiOptionsCache options, DocumentationComments? comments, CancellationToken cancellationToken)
    {
        if (GeneratedCode.DeclaredOnlyInGeneratedCode(visited, cancellationToken))
        {
            return null;
        }

        ApiDocClassification classification = ApiDocClassification.Classify(visited, options, comments, cancellationToken);
        if (classification.Status == ApiDocStatus.NotChecked || classification.Symbol is not { } symbol
            || GeneratedCodeFilter.IsMarkedGenerated(visited))
        {
            return null;
        }

        // The driver may hand over both parts of a partial member, which map to one definition: counted once.
        return ApiSurface.PartialImplementation(symbol) is null || partialsSeen.TryAdd(symbol, 0) ? classification : null;
    }
}
