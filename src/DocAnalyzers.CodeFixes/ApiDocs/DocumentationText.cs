using System.Collections.Generic;
using System.Linq;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The first draft of a comment's text, drawn from names, kinds and types, for a human to edit: "Gets the width of
/// the rectangle.", "Adds the shape to the store.", "Initializes a new instance of the &lt;see cref="Widget"/&gt; class.".
/// Where the name does not read as a sentence (a verb the draft does not know, an abbreviation, a single letter),
/// the text is a <see cref="Prompt"/> that DOC108 keeps reporting, not a sentence that only looks written.
/// </summary>
internal static class DocumentationText
{
    private const string True = "<see langword=\"true\"/>";
    private const string False = "<see langword=\"false\"/>";

    public static string Summary(ISymbol symbol, SyntaxNode declaration)
    {
        string? sentence = Draft(symbol, declaration);

        // A draft that only repeats the name would be a placeholder that looks written; the prompt says so openly.
        return sentence is null || PlaceholderRule.IsPlaceholder(sentence, symbol) ? Prompt.Summary(symbol) : sentence;
    }

    public static string Parameter(IParameterSymbol parameter) => ParameterDraft(parameter) ?? Prompt.Parameter;

    public static string TypeParameter(ITypeParameterSymbol typeParameter) => TypeParameterDraft(typeParameter) ?? Prompt.TypeParameter;

    public static string Returns(ISymbol symbol)
    {
        IMethodSymbol method = symbol as IMethodSymbol ?? ((INamedTypeSymbol)symbol).DelegateInvokeMethod!;
        string? text = method.MethodKind switch
        {
            MethodKind.UserDefinedOperator => OperatorReturns(method),
            MethodKind.Conversion => "The converted value.",
            MethodKind.DelegateInvoke => method.ReturnType.SpecialType == SpecialType.System_Boolean ? null : Sentence(MethodText.TypeNoun(method.ReturnType)),
            _ => MethodText.Returns(method),
        };
        return text ?? Prompt.Returns;
    }

    private static string? Draft(ISymbol symbol, SyntaxNode declaration) => symbol switch
    {
        INamedTypeSymbol type => TypeSummary(type),
        IMethodSymbol method => MethodSummary(method, declaration),
        IPropertySymbol property => PropertySummary(property),
        IEventSymbol e => EventSummary(e),
        IFieldSymbol field => FieldSummary(field),
        _ => null,
    };

    private static string? TypeSummary(INamedTypeSymbol type)
    {
        List<string> words = MemberOwner.TypeWords(type);
        if (!Vocabulary.AreReadable(words.Where(w => w != "args").ToList()))
        {
            return null;
        }

        // LevelChangedEventArgs: "Provides data for the level changed event.", as the .NET documentation says it.
        if (words.Count > 2 && words[words.Count - 2] == "event" && words[words.Count - 1] == "args")
        {
            return $"Provides data for the {Words.Phrase(words.Take(words.Count - 2))} event.";
        }

        string phrase = Words.Phrase(words);
        bool plural = Words.IsPlural(words[words.Count - 1]);
        if (type.IsStatic)
        {
            // Constants or GeometryExtensions provide what they are named; Log or Matching name no thing provided.
            return plural ? $"Provides the {phrase}." : null;
        }

        string determiner = plural ? "the" : Words.Article(phrase);
        return type.TypeKind switch
        {
            TypeKind.Interface => $"Defines {determiner} {phrase}.",
            TypeKind.Enum => $"Specifies the {phrase} values.",
            _ => $"Represents {determiner} {phrase}.",
        };
    }

    private static string? MethodSummary(IMethodSymbol method, SyntaxNode declaration)
    {
        INamedTypeSymbol type = method.ContainingType;
        return method.MethodKind switch
        {
            MethodKind.Constructor => $"Initializes a new instance of the {Cref(type)} {KindWord(type)}.",
            MethodKind.StaticConstructor => $"Initializes the static members of the {Cref(type)} {KindWord(type)}.",
            MethodKind.Destructor => $"Finalizes an instance of the {Cref(type)} {KindWord(type)}.",
            MethodKind.UserDefinedOperator when declaration is OperatorDeclarationSyntax op => $"Implements the <c>{Escape(op.OperatorToken.Text)}</c> operator.",
            MethodKind.Conversion => $"Converts <c>{Escape(Display(method.Parameters[0].Type))}</c> to <c>{Escape(Display(method.ReturnType))}</c>.",
            _ => MethodText.Summary(method),
        };
    }

    private static string? PropertySummary(IPropertySymbol property)
    {
        // A private or internal setter is no part of what a caller can do: { get; private set; } gets.
        string access = !IsCallable(property.SetMethod) ? "Gets" : !IsCallable(property.GetMethod) ? "Sets" : "Gets or sets";
        if (property.IsIndexer)
        {
            List<string> key = property.Parameters.Length > 0 ? Words.Split(property.Parameters[0].Name) : new List<string> { "key" };
            return Vocabulary.AreReadable(key) ? $"{access} the element at the specified {Words.Phrase(key)}." : null;
        }

        List<string> words = Words.Split(property.Name);
        if (!Vocabulary.AreReadable(words))
        {
            return null;
        }

        MemberOwner? owner = MemberOwner.Of(property);
        if (property.Type.SpecialType == SpecialType.System_Boolean)
        {
            return Condition(words, owner) is { } condition ? $"{access} a value indicating whether {condition}." : null;
        }

        // WriteTo and ReadFrom are fluent entry points, Enrich a verb: "Gets the write to." says nothing.
        if (Vocabulary.FunctionWords.Contains(words[words.Count - 1])
            || (words.Count == 1 && Vocabulary.IsVerb(words[0]) && property.Type is INamedTypeSymbol { SpecialType: SpecialType.None } type
                && !MemberOwner.TypeWords(type).Contains(words[0])))
        {
            return null;
        }

        string phrase = Words.Phrase(words);

        // Empty or Default of the type itself: "Gets the empty scalar."
        if (property.IsStatic && SymbolEqualityComparer.Default.Equals(property.Type, property.ContainingType))
        {
            List<string> typeWords = MemberOwner.TypeWords(property.ContainingType);
            return typeWords.Any(words.Contains) ? $"{access} the {phrase}." : $"{access} the {phrase} {Words.Phrase(typeWords)}.";
        }

        return owner is { IsPlural: false } && !owner.Mentions(words) ? $"{access} the {phrase} of the {owner.Phrase}." : $"{access} the {phrase}.";
    }

    private static bool IsCallable(IMethodSymbol? accessor) =>
        accessor is { DeclaredAccessibility: not (Accessibility.Private or Accessibility.Internal or Accessibility.ProtectedAndInternal) };

    /// <summary>When a bool property is true: "the rectangle is square", "to include scopes", "caching is enabled".</summary>
    private static string? Condition(List<string> words, MemberOwner? owner)
    {
        string first = words[0];
        string last = words[words.Count - 1];
        if (Vocabulary.Predicates.Contains(first))
        {
            return words.Count > 1 && owner is { IsPlural: false } ? $"the {owner.Phrase} {Words.Phrase(words)}" : null;
        }

        if (Vocabulary.IsVerb(first))
        {
            return words.Count > 1 && !Vocabulary.FunctionWords.Contains(words[1]) ? $"to {first} {Noun(words.Skip(1).ToList())}" : null;
        }

        // An adverb before the verb: EagerlyEmitFirstEvent is "to eagerly emit the first event".
        if (first.EndsWith("ly", System.StringComparison.Ordinal) && words.Count > 2 && Vocabulary.IsVerb(words[1]) && !Vocabulary.FunctionWords.Contains(words[2]))
        {
            return $"to {first} {words[1]} {Noun(words.Skip(2).ToList())}";
        }

        bool state = last.EndsWith("ed", System.StringComparison.Ordinal) || last.EndsWith("able", System.StringComparison.Ordinal)
            || last.EndsWith("ible", System.StringComparison.Ordinal) || Vocabulary.Adjectives.Contains(last);
        if (!state || words.Take(words.Count - 1).Any(Vocabulary.FunctionWords.Contains))
        {
            return null;
        }

        if (words.Count == 1)
        {
            return owner is { IsPlural: false } ? $"the {owner.Phrase} is {last}" : null;
        }

        List<string> subject = words.Take(words.Count - 1).ToList();
        return $"{Noun(subject)} {(Words.IsPlural(subject[subject.Count - 1]) ? "are" : "is")} {last}";
    }

    private static string? EventSummary(IEventSymbol e)
    {
        List<string> words = Words.Split(e.Name);
        string last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        if (!Vocabulary.AreReadable(words) || !(last.EndsWith("ed", System.StringComparison.Ordinal) || last.EndsWith("ing", System.StringComparison.Ordinal)))
        {
            return null;
        }

        // Changed on a store: "Occurs when the store is changed."; MinimumLevelChanged: "when the minimum level is changed".
        List<string> subject = words.Take(words.Count - 1).ToList();
        if (subject.Count == 0)
        {
            MemberOwner? owner = MemberOwner.Of(e);
            return owner is { IsPlural: false } ? $"Occurs when the {owner.Phrase} is {last}." : null;
        }

        return subject.Any(Vocabulary.FunctionWords.Contains)
            ? null
            : $"Occurs when {Noun(subject)} {(Words.IsPlural(subject[subject.Count - 1]) ? "are" : "is")} {last}.";
    }

    private static string? FieldSummary(IFieldSymbol field)
    {
        List<string> words = Words.Split(field.Name);
        if (!Vocabulary.AreReadable(words))
        {
            return null;
        }

        string phrase = Words.Phrase(words);
        if (field.ContainingType.TypeKind == TypeKind.Enum)
        {
            // Destructure is an action, not a value: "The destructure value." reads wrong.
            return words.Count == 1 && Vocabulary.IsVerb(words[0]) ? null : $"The {phrase} value.";
        }

        // Empty of the type itself, or a named value of an enum: "The empty scalar.", "The minimum log event level."
        if (field.IsStatic && field.Type is INamedTypeSymbol named && words.Count == 1
            && (SymbolEqualityComparer.Default.Equals(named, field.ContainingType) || named.TypeKind == TypeKind.Enum))
        {
            List<string> typeWords = MemberOwner.TypeWords(named);
            return typeWords.Any(words.Contains) ? $"The {phrase}." : $"The {phrase} {Words.Phrase(typeWords)}.";
        }

        return $"The {phrase}.";
    }

    private static string? ParameterDraft(IParameterSymbol parameter)
    {
        // An operator's parameters are its operands, whatever they are called.
        if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator } op)
        {
            return op.Parameters.Length != 2 ? "The operand." : parameter.Ordinal == 0 ? "The left operand." : "The right operand.";
        }

        // arg0 and propertyValue1 are numbered, not named: the number says nothing about what goes there.
        List<string> words = Words.Split(parameter.Name);
        if (!Vocabulary.AreReadable(words) || char.IsDigit(parameter.Name[parameter.Name.Length - 1]))
        {
            return null;
        }

        ITypeSymbol type = parameter.Type is IArrayTypeSymbol { ElementType.TypeKind: TypeKind.Delegate } delegates ? delegates.ElementType : parameter.Type;
        bool many = !SymbolEqualityComparer.Default.Equals(type, parameter.Type);
        if (type.Name == "CancellationToken")
        {
            return "The token to monitor for cancellation requests.";
        }

        string first = words[0];
        List<string> rest = words.Skip(1).ToList();
        bool verbPhrase = Vocabulary.IsVerb(first) && !Vocabulary.Predicates.Contains(first) && rest.Count > 0
            && !Vocabulary.IsVerb(rest[0]) && !rest.Any(Vocabulary.FunctionWords.Contains);
        if (type.SpecialType == SpecialType.System_Boolean)
        {
            // destructureObjects: "true to destructure objects; otherwise, false."
            return verbPhrase ? $"{True} to {first} {Noun(rest)}; otherwise, {False}." : null;
        }

        if (type.TypeKind == TypeKind.Delegate && Vocabulary.IsVerb(first))
        {
            // configureLogger: "An action that configures the logger."
            string kind = type.Name switch { "Action" => "action", "Func" => "function", _ => "delegate" };
            return !verbPhrase ? null
                : many ? $"{Words.Capitalize(Words.Plural(kind))} that {first} {Noun(rest)}."
                : $"{Words.Capitalize(Words.Article(kind))} {kind} that {Words.ThirdPerson(first)} {Noun(rest)}.";
        }

        // restrictedToMinimumLevel reads as "The restricted to minimum level.", created as "The created.": phrases the
        // draft cannot rephrase.
        bool participle = words.Count == 1 && first.EndsWith("ed", System.StringComparison.Ordinal);
        return participle || rest.Any(w => w != "of" && Vocabulary.FunctionWords.Contains(w)) ? null : $"The {Words.Phrase(words)}.";
    }

    private static string? TypeParameterDraft(ITypeParameterSymbol typeParameter)
    {
        string name = typeParameter.Name;
        if (name.Length == 0)
        {
            return null;
        }

        if (name.Length > 1 && name[0] == 'T' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }
        else if (name.Length == 1 || (name[0] == 'T' && name.Skip(1).All(char.IsDigit)))
        {
            // T says nothing; a parameter of type T does: Twice<T>(T value) takes "the type of the value".
            IParameterSymbol? typed = typeParameter.DeclaringMethod?.Parameters.FirstOrDefault(p => SymbolEqualityComparer.Default.Equals(p.Type, typeParameter));
            if (typed is null)
            {
                return null;
            }

            name = typed.Name;
        }

        List<string> words = Words.Split(name);
        return Vocabulary.AreReadable(words) && !words.Any(Vocabulary.FunctionWords.Contains) && !char.IsDigit(name[name.Length - 1])
            ? $"The type of the {Words.Phrase(words)}."
            : null;
    }

    private static string? OperatorReturns(IMethodSymbol method)
    {
        if (method.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return Sentence(MethodText.TypeNoun(method.ReturnType));
        }

        string? relation = method.Name switch
        {
            WellKnownMemberNames.EqualityOperatorName => "are equal",
            WellKnownMemberNames.InequalityOperatorName => "are not equal",
            WellKnownMemberNames.LessThanOperatorName => "is less than",
            WellKnownMemberNames.GreaterThanOperatorName => "is greater than",
            WellKnownMemberNames.LessThanOrEqualOperatorName => "is less than or equal to",
            WellKnownMemberNames.GreaterThanOrEqualOperatorName => "is greater than or equal to",
            _ => null,
        };
        if (relation is null || method.Parameters.Length != 2)
        {
            return null;
        }

        string left = $"<paramref name=\"{method.Parameters[0].Name}\"/>";
        string right = $"<paramref name=\"{method.Parameters[1].Name}\"/>";
        return relation.StartsWith("are", System.StringComparison.Ordinal)
            ? $"{True} if {left} and {right} {relation}; otherwise, {False}."
            : $"{True} if {left} {relation} {right}; otherwise, {False}.";
    }

    /// <summary>The words as a noun phrase: "the first event", but "scopes", "caching" and "all events" as they are.</summary>
    private static string Noun(List<string> words)
    {
        string phrase = Words.Phrase(words);
        string last = words[words.Count - 1];
        bool bare = Words.IsPlural(last) || last.EndsWith("ing", System.StringComparison.Ordinal) || words[0] is "all" or "any" or "each" or "every" or "no" or "some";
        return bare ? phrase : "the " + phrase;
    }

    private static string? Sentence(string? noun) => noun is null ? null : Words.Capitalize(noun) + ".";

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

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
