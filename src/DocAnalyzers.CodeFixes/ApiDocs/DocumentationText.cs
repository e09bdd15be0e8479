using System.Collections.Generic;
using System.Linq;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The first draft of a comment's text, drawn from names and kinds, for a human to edit: "Gets or sets the
/// width.", "Initializes a new instance of the &lt;see cref="Widget"/&gt; class.". A summary never only repeats the
/// name or starts with a placeholder marker, so the draft does not itself trigger DOC108.
/// </summary>
internal static class DocumentationText
{
    private static readonly HashSet<string> Predicates = new(System.StringComparer.Ordinal) { "is", "has", "can", "should", "contains", "exists", "are", "does", "equals", "supports", "allows" };

    public static string Summary(ISymbol symbol, SyntaxNode declaration)
    {
        string sentence = Draft(symbol, declaration);
        return PlaceholderRule.IsPlaceholder(sentence, symbol)
            ? $"Describes <c>{Escape(symbol.Name)}</c>."
            : sentence;
    }

    public static string Parameter(IParameterSymbol parameter) => $"The {Words.Phrase(Words.Split(parameter.Name))}.";

    public static string TypeParameter(ITypeParameterSymbol typeParameter)
    {
        string name = typeParameter.Name;
        List<string> words = Words.Split(name.Length > 1 && name[0] == 'T' && char.IsUpper(name[1]) ? name.Substring(1) : name);
        return name == "T" ? "The type argument." : $"The type of the {Words.Phrase(words)}.";
    }

    public static string Returns(ISymbol symbol)
    {
        IMethodSymbol method = symbol as IMethodSymbol ?? ((INamedTypeSymbol)symbol).DelegateInvokeMethod!;
        ITypeSymbol type = method.ReturnType;
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            return "<see langword=\"true\"/> if it succeeds; otherwise, <see langword=\"false\"/>.";
        }

        // What the method gets, creates or finds ("GetWidth": the width), else what its type is called, else "result".
        bool isTask = ReturnsRule.IsTask(type, arity: 1);
        List<string> words = Words.Split(WithoutAsync(method.Name));
        string noun;
        if (words.Count > 1 && words[0] is "get" or "find" or "create" or "build" or "read" or "load" or "make" or "compute" or "calculate" or "to")
        {
            noun = Words.Phrase(words.Skip(1));
        }
        else if (!isTask && type is INamedTypeSymbol { SpecialType: SpecialType.None, IsTupleType: false, OriginalDefinition.SpecialType: SpecialType.None } named)
        {
            noun = Words.Phrase(Words.Split(named.Name));
        }
        else
        {
            noun = "result";
        }

        return isTask ? $"A task that completes with the {noun}." : $"The {noun}.";
    }

    private static string Draft(ISymbol symbol, SyntaxNode declaration)
    {
        INamedTypeSymbol? containing = symbol.ContainingType;
        string owner = containing is null ? "instance" : Words.Phrase(Words.Split(containing.TypeKind == TypeKind.Interface ? WithoutInterfacePrefix(containing.Name) : containing.Name));
        switch (symbol)
        {
            case INamedTypeSymbol type:
                return TypeSummary(type);
            case IMethodSymbol method:
                return MethodSummary(method, declaration, owner);
            case IPropertySymbol property:
                return PropertySummary(property, owner);
            case IEventSymbol e:
                return $"Occurs when {Words.Phrase(Words.Split(e.Name))}.";
            case IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } field:
                return $"The {Words.Phrase(Words.Split(field.Name))} value.";
            default:
                return $"The {Words.Phrase(Words.Split(symbol.Name))}.";
        }
    }

    private static string TypeSummary(INamedTypeSymbol type)
    {
        string words = Words.Phrase(Words.Split(type.TypeKind == TypeKind.Interface ? WithoutInterfacePrefix(type.Name) : type.Name));
        return type.TypeKind switch
        {
            TypeKind.Interface => $"Defines {Words.Article(words)} {words}.",
            TypeKind.Enum => $"Specifies the {words} values.",
            TypeKind.Delegate => $"Represents the method that handles {Words.Article(words)} {words}.",
            _ when type.IsStatic => $"Provides the {words}.",
            _ => $"Represents {Words.Article(words)} {words}.",
        };
    }

    private static string MethodSummary(IMethodSymbol method, SyntaxNode declaration, string owner)
    {
        INamedTypeSymbol type = method.ContainingType;
        switch (method.MethodKind)
        {
            case MethodKind.Constructor:
                return $"Initializes a new instance of the {Cref(type)} {KindWord(type)}.";
            case MethodKind.StaticConstructor:
                return $"Initializes the static members of the {Cref(type)} {KindWord(type)}.";
            case MethodKind.Destructor:
                return $"Finalizes an instance of the {Cref(type)} {KindWord(type)}.";
            case MethodKind.UserDefinedOperator when declaration is OperatorDeclarationSyntax op:
                return $"Implements the <c>{Escape(op.OperatorToken.Text)}</c> operator.";
            case MethodKind.Conversion:
                return $"Converts <c>{Escape(Display(method.Parameters[0].Type))}</c> to <c>{Escape(Display(method.ReturnType))}</c>.";
        }

        bool isAsync = method.Name.EndsWith("Async", System.StringComparison.Ordinal) && method.Name.Length > 5;
        List<string> words = Words.Split(WithoutAsync(method.Name));
        string ending = isAsync ? " asynchronously." : ".";
        if (words.Count == 0)
        {
            return $"Runs the {owner} operation{ending}";
        }

        string verb = words[0];
        string rest = Words.Phrase(words.Skip(1));
        if (Predicates.Contains(verb))
        {
            return $"Determines whether the {owner} {Words.Phrase(words)}{ending}";
        }

        if (verb == "try" && words.Count > 1)
        {
            string tail = words.Count > 2 ? " the " + Words.Phrase(words.Skip(2)) : " the " + owner;
            return $"Tries to {words[1]}{tail}{ending}";
        }

        if (verb == "on" && words.Count > 1)
        {
            return $"Raises the {rest} event{ending}";
        }

        if (verb == "to" && words.Count > 1)
        {
            return $"Converts the {owner} to {Words.Article(rest)} {rest}{ending}";
        }

        return Words.Capitalize($"{Words.ThirdPerson(verb)} the {(rest.Length > 0 ? rest : owner)}{ending}");
    }

    private static string PropertySummary(IPropertySymbol property, string owner)
    {
        string access = property.SetMethod is null ? "Gets" : property.GetMethod is null ? "Sets" : "Gets or sets";
        if (property.IsIndexer)
        {
            string key = property.Parameters.Length > 0 ? Words.Phrase(Words.Split(property.Parameters[0].Name)) : "key";
            return $"{access} the element at the specified {key}.";
        }

        List<string> words = Words.Split(property.Name);
        if (property.Type.SpecialType == SpecialType.System_Boolean)
        {
            string condition = words.Count > 1 && Predicates.Contains(words[0]) ? $"the {owner} {Words.Phrase(words)}" : Words.Phrase(words);
            return $"{access} a value indicating whether {condition}.";
        }

        return $"{access} the {Words.Phrase(words)}.";
    }

    private static string KindWord(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        _ => "class",
    };

    /// <summary>A cref to the type that binds from inside it: <c>Widget{T}</c> for a generic type.</summary>
    private static string Cref(INamedTypeSymbol type) =>
        type.TypeParameters.Length == 0
            ? $"<see cref=\"{type.Name}\"/>"
            : $"<see cref=\"{type.Name}{{{string.Join(", ", type.TypeParameters.Select(p => p.Name))}}}\"/>";

    private static string Display(ITypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);

    private static string WithoutAsync(string name) =>
        name.Length > 5 && name.EndsWith("Async", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - 5) : name;

    private static string WithoutInterfacePrefix(string name) =>
        name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]) ? name.Substring(1) : name;

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
