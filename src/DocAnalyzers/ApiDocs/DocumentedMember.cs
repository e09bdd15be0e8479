using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>A member of the public API surface that has a documentation comment, as the content rules see it.</summary>
internal sealed class DocumentedMember
{
    private readonly ApiDocOptions options;
    private readonly System.Action<Diagnostic> report;
    private string? displayName;
    private string? summaryText;

    public DocumentedMember(ISymbol symbol, DocumentationComment comment, ApiDocOptions options, System.Action<Diagnostic> report)
    {
        Symbol = symbol;
        Comment = comment;
        this.options = options;
        this.report = report;
        Summary = comment.Find("summary");
    }

    public ISymbol Symbol { get; }

    public DocumentationComment Comment { get; }

    /// <summary>The comment's first <c>&lt;summary&gt;</c>, if any, found once for the rules that read it.</summary>
    public DocElement? Summary { get; private set; }

    /// <summary>The summary's text with white space collapsed, or empty without a summary.</summary>
    public string SummaryText => summaryText ??= Summary?.Text() ?? string.Empty;

    /// <summary>Where the compiler reports the member: its name, <c>this</c>, the operator token or a conversion's target type.</summary>
    public Location NameLocation => Symbol.Locations[0];

    /// <summary>The member as the compiler names it in messages, such as <c>Widget.Resize(int, int)</c>.</summary>
    public string DisplayName => displayName ??= Symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);

    public void Report(DiagnosticDescriptor descriptor, Location location, params object?[] messageArgs)
    {
        if (options.Runs(descriptor.Id))
        {
            report(Diagnostic.Create(descriptor, location, messageArgs));
        }
    }
}
