using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC100: a member of the public API surface has no documentation comment.</summary>
internal static class MissingDocumentationRule
{
    /// <summary>True when an option lets the member go without a comment, as if it had <c>&lt;inheritdoc/&gt;</c>.</summary>
    public static bool IsExempt(ISymbol symbol, ApiDocOptions options)
    {
        if (options.ExemptOverrides && symbol.IsOverride)
        {
            return true;
        }

        return options.ExemptInterfaceImplementations && !symbol.IsOverride && Inheritance.ImplementsOrOverrides(symbol);
    }

    public static Diagnostic Create(ISymbol symbol) =>
        Diagnostic.Create(Descriptors.MissingDocumentation, symbol.Locations[0], symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
}
