using Microsoft.CodeAnalysis;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The text a fix writes where it cannot draft a sentence it trusts. Each starts with "TODO:", so DOC108 reports it
/// until someone writes the real text, and DOC190 does not count a summary that is still a prompt.
/// </summary>
internal static class Prompt
{
    public const string Parameter = "TODO: describe this parameter.";

    public const string TypeParameter = "TODO: describe this type parameter.";

    public const string Returns = "TODO: say what it returns.";

    /// <summary>A summary prompt that names the kind of member, so it says what the sentence should be about.</summary>
    public static string Summary(ISymbol symbol) => symbol switch
    {
        INamedTypeSymbol type => $"TODO: say what this {KindOf(type)} is for.",
        IMethodSymbol => "TODO: say what this method does.",
        IPropertySymbol { Type.SpecialType: SpecialType.System_Boolean } => "TODO: say when this property is true.",
        IPropertySymbol => "TODO: say what this property holds.",
        IEventSymbol => "TODO: say when this event occurs.",
        IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } => "TODO: say what this value means.",
        IFieldSymbol { IsConst: true } => "TODO: say what this constant means.",
        _ => "TODO: say what this field holds.",
    };

    private static string KindOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Interface } => "interface",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Enum } => "enum",
        { TypeKind: TypeKind.Delegate } => "delegate",
        _ => "class",
    };
}
