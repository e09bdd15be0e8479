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

    /// <summary>True when the driver's visit of <paramref name="visited"/>, classified as <paramref name="classification"/>, counts a member.</summary>
    public bool Counts(ISymbol visited, in ApiDocClassification classification, CancellationToken cancellationToken)
    {
        if (classification.Status == ApiDocStatus.NotChecked || classification.Symbol is not { } symbol
            || GeneratedCode.SkipsSymbol(visited, cancellationToken))
        {
            return false;
        }

        // The driver may hand over both parts of a partial member, which map to one definition: counted once.
        return ApiSurface.PartialImplementation(symbol) is null || partialsSeen.TryAdd(symbol, 0);
    }
}
