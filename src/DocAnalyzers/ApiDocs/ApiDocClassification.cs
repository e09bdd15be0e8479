using System;
using System.Threading;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Whether the DOC1xx rules check one symbol, and which comment they read. The analyzer and the suppressor of the
/// compiler's duplicate warnings both ask this, so that a compiler warning is only hidden where a DOC rule reports.
/// </summary>
internal readonly struct ApiDocClassification
{
    private ApiDocClassification(ApiDocStatus status, ISymbol symbol, ApiDocOptions options, DocumentationComment? comment)
    {
        Status = status;
        Symbol = symbol;
        Options = options;
        Comment = comment;
    }

    public ApiDocStatus Status { get; }

    /// <summary>The symbol the rules report on (a partial member's definition part); null when not checked.</summary>
    public ISymbol? Symbol { get; }

    /// <summary>The options of the file that declares <see cref="Symbol"/>; null when not checked.</summary>
    public ApiDocOptions? Options { get; }

    public DocumentationComment? Comment { get; }

    /// <summary>True when DOC100 reports <see cref="Symbol"/>, at its first location.</summary>
    public bool ReportsMissingDocumentation => Status == ApiDocStatus.Undocumented && Options is { } options && options.Runs(DiagnosticIds.MissingDocumentation);

    /// <param name="comments">Where the comments of each file are parsed once (documentation mode None); null parses each member's alone.</param>
    public static ApiDocClassification Classify(ISymbol symbol, ApiOptionsCache options, DocumentationComments? comments, CancellationToken cancellationToken)
    {
        if (!ApiSurface.IsDocumentable(symbol))
        {
            return default;
        }

        // The compiler documents a partial member as one symbol, its definition. Which part the
        // analyzer driver hands over varies by kind (a partial constructor's implementation, a
        // partial method's definition), so both map to the definition.
        symbol = ApiSurface.PartialDefinition(symbol) ?? symbol;
        if (symbol.Locations.Length == 0 || symbol.Locations[0].SourceTree is not { } tree)
        {
            return default;
        }

        ApiDocOptions treeOptions = options.For(tree);
        if (!treeOptions.AnyRuleRuns || !ApiSurface.IsVisible(symbol, treeOptions))
        {
            return default;
        }

        // A positional record's property is documented by the record's comment.
        bool positional = ApiSurface.IsPositionalProperty(symbol);
        DocumentationComment? comment = DocumentationCommentReader.Read(positional ? symbol.ContainingType : symbol, comments, cancellationToken);
        ApiDocStatus status;
        if (comment is null)
        {
            status = MissingDocumentationRule.IsExempt(symbol, treeOptions) ? ApiDocStatus.Exempt : ApiDocStatus.Undocumented;
        }
        else if (positional || (symbol is IMethodSymbol method && ApiSurface.IsPrimaryConstructor(method)))
        {
            status = ApiDocStatus.DocumentedByType;
        }
        else if (comment.Find("include") is not null)
        {
            status = ApiDocStatus.Included;
        }
        else
        {
            status = comment.Find("inheritdoc") is not null ? ApiDocStatus.Inherited : ApiDocStatus.Documented;
        }

        return new ApiDocClassification(status, symbol, treeOptions, comment);
    }

    /// <summary>
    /// Runs the rules that read the comment, each reporting through <paramref name="report"/> when it runs in the file:
    /// DOC109 for an inherited comment, DOC101 to DOC108 for a documented one, none for the other states. True when
    /// the documented comment's summary is still a placeholder, which documents nothing yet.
    /// </summary>
    public bool AnalyzeContent(Action<Diagnostic> report)
    {
        if (Symbol is null || Options is null || Comment is null || Status is not (ApiDocStatus.Inherited or ApiDocStatus.Documented))
        {
            return false;
        }

        var member = new DocumentedMember(Symbol, Comment, Options, report);
        if (Status == ApiDocStatus.Inherited)
        {
            if (Comment.Find("inheritdoc") is { } inheritDoc)
            {
                InheritDocRule.Analyze(member, inheritDoc);
            }

            return false;
        }

        SummaryRule.Analyze(member);
        PlaceholderRule.Analyze(member);
        ParameterTagRule.Analyze(member);
        TypeParameterTagRule.Analyze(member);
        ReturnsRule.Analyze(member);
        return PlaceholderRule.HasPlaceholderSummary(member);
    }
}
