using System.Collections.Generic;
using System.Linq;
using DocAnalyzers.ApiDocs.Rules;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The summary and the <c>&lt;returns&gt;</c> text of an ordinary method, read from its name, its parameters and its
/// owner: "Clears the shape store.", "Adds the shape to the store.", "Gets the area of the rectangle.". Null where the name
/// does not start with a known verb or predicate, or holds an abbreviation: the caller writes a prompt there.
/// </summary>
internal sealed class MethodText
{
    private readonly IMethodSymbol method;
    private readonly List<string> words;
    private readonly string ending;
    private readonly MemberOwner? owner;
    private readonly List<IParameterSymbol> arguments;

    private MethodText(IMethodSymbol method)
    {
        this.method = method;
        bool isAsync = method.Name.Length > 5 && method.Name.EndsWith("Async", System.StringComparison.Ordinal);
        words = Words.Split(isAsync ? method.Name.Substring(0, method.Name.Length - 5) : method.Name);
        ending = isAsync ? " asynchronously." : ".";
        owner = MemberOwner.Of(method);

        // An extension method's this parameter is its owner, not an argument.
        arguments = method.Parameters.Skip(method.IsExtensionMethod ? 1 : 0).ToList();
    }

    private string First => words[0];

    private List<string> Rest => words.Skip(1).ToList();

    public static string? Summary(IMethodSymbol method) => new MethodText(method).Summary();

    public static string? Returns(IMethodSymbol method) => new MethodText(method).Returns();

    /// <summary>The noun phrase for a value of the type, such as "the logger configuration" or "the shapes"; null for <c>int</c>, <c>T</c> and the like.</summary>
    public static string? TypeNoun(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return ElementNoun(array.ElementType);
        }

        if (type is INamedTypeSymbol { TypeArguments.Length: 1 } collection && IsCollection(collection))
        {
            return ElementNoun(collection.TypeArguments[0]);
        }

        if (type is not INamedTypeSymbol { SpecialType: SpecialType.None, IsTupleType: false } named
            || named.OriginalDefinition.SpecialType is not SpecialType.None
            || named.Name is "IDisposable" or "IAsyncDisposable" or "Object" or "Type" or "Task" or "ValueTask")
        {
            return null;
        }

        List<string> typeWords = MemberOwner.TypeWords(named);
        return Vocabulary.AreReadable(typeWords) ? "the " + Words.Phrase(typeWords) : null;
    }

    private string? Summary()
    {
        if (!Vocabulary.AreReadable(words))
        {
            return null;
        }

        if (Vocabulary.Predicates.Contains(First))
        {
            return Condition() is { } condition ? $"Determines whether {condition}{ending}" : null;
        }

        switch (First)
        {
            case "try" when words.Count > 1 && Vocabulary.IsVerb(words[1]):
                return ObjectOf(words[1], words.Skip(2).ToList()) is { } tried ? $"Tries to {words[1]} {tried}{ending}" : null;
            case "on" or "raise" when words.Count > 1 && RaisedEvent() is { } raised:
                return $"Raises the <see cref=\"{raised}\"/> event{ending}";
            case "on":
                return null;
            case "to" when ConvertsOwner():
                return $"Converts the {owner!.Phrase} to {Indefinite(Rest)}{ending}";
            case "as" when ConvertsOwner():
                return $"Returns the {owner!.Phrase} as {Indefinite(Rest)}{ending}";
        }

        if (Vocabulary.IsVerb(First))
        {
            return ObjectOf(First, Rest) is { } done ? $"{Words.Capitalize(Words.ThirdPerson(First))} {done}{ending}" : null;
        }

        // A method named by a noun, such as Area(), gets what it names, when what it returns fits that.
        return NamesItsValue() ? $"Gets the {Words.Phrase(words)}{Of(words)}{ending}" : null;
    }

    private string? Returns()
    {
        ITypeSymbol type = method.ReturnType;
        bool isTask = ReturnsRule.IsTask(type, arity: 1);
        if (isTask)
        {
            type = ((INamedTypeSymbol)type).TypeArguments[0];
        }

        string? value = type.SpecialType == SpecialType.System_Boolean ? Truth() : Vocabulary.AreReadable(words) ? Value(type) ?? TypeNoun(type) : null;
        return value switch
        {
            null => null,
            _ when isTask => $"A task that completes with {value}.",
            _ => Words.Capitalize(value) + ".",
        };
    }

    /// <summary>What a bool-returning method's value means, without the final period.</summary>
    private string? Truth()
    {
        if (!Vocabulary.AreReadable(words))
        {
            return null;
        }

        if (Vocabulary.Predicates.Contains(First))
        {
            return Condition() is { } condition ? $"<see langword=\"true\"/> if {condition}; otherwise, <see langword=\"false\"/>" : null;
        }

        return First == "try" || Vocabulary.IsVerb(First) ? "<see langword=\"true\"/> if it succeeds; otherwise, <see langword=\"false\"/>" : null;
    }

    /// <summary>The value the name says the method returns: "the diagonal" of ComputeDiagonal, "the list" of ToList.</summary>
    private string? Value(ITypeSymbol type)
    {
        List<string> rest = Rest;
        bool fetches = Vocabulary.GetterVerbs.Contains(First) || Vocabulary.CreatorVerbs.Contains(First)
            || First is "find" or "read" or "load" or "fetch" or "retrieve" or "resolve" or "select" or "lookup" or "parse";
        if ((fetches || (First is "to" or "as" && ConvertsOwner())) && rest.Count > 0 && !Vocabulary.FunctionWords.Contains(rest[0]))
        {
            return rest[0] == "all" ? All(rest, type) : Qualified(rest) is { } qualified ? "the " + Words.Phrase(qualified) : null;
        }

        return NamesItsValue() ? "the " + Words.Phrase(words) : null;
    }

    /// <summary>"the shape store is empty": the question a predicate method answers, with its subject and object.</summary>
    private string? Condition()
    {
        ITypeSymbol type = method.ReturnType;
        if (ReturnsRule.IsTask(type, arity: 1))
        {
            type = ((INamedTypeSymbol)type).TypeArguments[0];
        }

        if (type.SpecialType != SpecialType.System_Boolean)
        {
            return null;
        }

        // The subject is the owner, or a static method's first parameter: IsValidName(string name) asks whether "the name is valid".
        string? subject = owner is { IsPlural: false } ? owner.Phrase : null;
        List<string> question = words;
        List<IParameterSymbol> rest = arguments;
        if (owner is null && arguments.Count > 0 && Readable(arguments[0]) is { } first)
        {
            subject = first;
            rest = arguments.Skip(1).ToList();
            List<string> subjectWords = Words.Split(arguments[0].Name);
            if (question.Count > subjectWords.Count + 1 && question.Skip(question.Count - subjectWords.Count).SequenceEqual(subjectWords))
            {
                question = question.Take(question.Count - subjectWords.Count).ToList();
            }
        }

        if (subject is null)
        {
            return null;
        }

        // An argument the question leaves out changes its meaning: IsEnabled(level) asks about the level, not the logger.
        string last = question[question.Count - 1];
        bool needsObject = Vocabulary.TransitivePredicates.Contains(last) || Vocabulary.FunctionWords.Contains(last);
        if (!needsObject)
        {
            return rest.Count == 0 && (question.Count > 1 || First == "exists") ? $"the {subject} {Words.Phrase(question)}" : null;
        }

        return rest.Count == 1 && Readable(rest[0]) is { } thing ? $"the {subject} {Words.Phrase(question)} the {thing}" : null;
    }

    /// <summary>What the verb acts on: the rest of the name, else the first argument, else the owner.</summary>
    private string? ObjectOf(string verb, List<string> rest)
    {
        if (rest.Count > 0)
        {
            if (Vocabulary.FunctionWords.Contains(rest[0]))
            {
                return null;
            }

            if (rest[0] == "all")
            {
                return All(rest, method.ReturnType);
            }

            if (Qualified(rest) is not { } qualified)
            {
                return null;
            }

            rest = qualified;
            string thing = Words.Phrase(rest);
            if (Vocabulary.CreatorVerbs.Contains(verb))
            {
                return Indefinite(rest);
            }

            bool ofOwner = Vocabulary.GetterVerbs.Contains(verb) && arguments.Count == 0 && owner is { IsPlural: false } && !owner.Mentions(rest);
            return $"the {thing}{(ofOwner ? $" of the {owner!.Phrase}" : string.Empty)}";
        }

        if (Vocabulary.ArgumentVerbs.TryGetValue(verb, out string? preposition) && arguments.Count > 0
            && Readable(arguments[0]) is { } argument && !Vocabulary.NotAnObject.Contains(Words.Split(arguments[0].Name).Last()))
        {
            string where = preposition is not null && owner is { IsPlural: false } ? $" {preposition} the {owner.PhraseAfter(Words.Split(arguments[0].Name))}" : string.Empty;
            return $"the {argument}{where}";
        }

        if (Vocabulary.SelfVerbs.Contains(verb) && owner is not null)
        {
            return "the " + owner.Phrase;
        }

        // Build() on a builder makes what it returns.
        return Vocabulary.CreatorVerbs.Contains(verb) && TypeNoun(method.ReturnType) is { } made && made.StartsWith("the ", System.StringComparison.Ordinal)
            ? Indefinite(Words.Split(made.Substring(4)))
            : null;
    }

    /// <summary>
    /// The object words, with the returned type's name after a lone adjective: FindLargest finds "the largest shape",
    /// not "the largest". Null when that type has no name to add.
    /// </summary>
    private List<string>? Qualified(List<string> rest)
    {
        string word = rest[0];
        if (rest.Count > 1 || !Vocabulary.Qualifiers.Contains(word))
        {
            return rest;
        }

        ITypeSymbol type = ReturnsRule.IsTask(method.ReturnType, arity: 1) ? ((INamedTypeSymbol)method.ReturnType).TypeArguments[0] : method.ReturnType;
        return TypeNoun(type) is { } noun && noun.StartsWith("the ", System.StringComparison.Ordinal) ? new List<string>(rest) { noun.Substring(4) } : null;
    }

    /// <summary>"all shapes": GetAll's object, from the rest of the name or from the element type it returns.</summary>
    private static string? All(List<string> rest, ITypeSymbol type)
    {
        if (rest.Count > 1)
        {
            return Vocabulary.FunctionWords.Contains(rest[1]) ? null : "all " + Words.Phrase(rest.Skip(1));
        }

        if (ReturnsRule.IsTask(type, arity: 1))
        {
            type = ((INamedTypeSymbol)type).TypeArguments[0];
        }

        return type is IArrayTypeSymbol or INamedTypeSymbol { TypeArguments.Length: 1 } && TypeNoun(type) is { } elements && elements.StartsWith("the ", System.StringComparison.Ordinal)
            ? "all " + elements.Substring(4)
            : null;
    }

    /// <summary>OnLoggingFailed or RaiseLoggingFailed raises LoggingFailed only when the type has that event; otherwise OnX is a callback.</summary>
    private string? RaisedEvent()
    {
        string name = Words.Capitalize(method.Name.Substring(First.Length));
        if (name.EndsWith("Async", System.StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - 5);
        }

        for (INamedTypeSymbol? type = method.ContainingType; type is not null; type = type.BaseType)
        {
            if (type.GetMembers(name).Any(m => m is IEventSymbol))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>True for ToList() or AsScalar() that returns what it names: AsScalar() returning a configuration is a fluent call, not a conversion.</summary>
    private bool ConvertsOwner()
    {
        if (words.Count < 2 || arguments.Count > 0 || owner is null || method.ReturnsVoid || Vocabulary.FunctionWords.Contains(words[1]))
        {
            return false;
        }

        List<string> returned = method.ReturnType switch
        {
            IArrayTypeSymbol => new List<string> { "array" },
            INamedTypeSymbol named => MemberOwner.TypeWords(named),
            _ => new List<string>(),
        };
        return returned.Count > 0 && returned[returned.Count - 1].Equals(words[words.Count - 1], System.StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// True for a method named by a noun that takes nothing and returns what it names: Area() returning a double.
    /// Debug() returning a LoggerConfiguration is not one: its name is no value.
    /// </summary>
    private bool NamesItsValue()
    {
        if (arguments.Count > 0 || method.ReturnsVoid || Vocabulary.IsVerb(First) || Vocabulary.FunctionWords.Contains(First) || Vocabulary.Predicates.Contains(First))
        {
            return false;
        }

        ITypeSymbol type = method.ReturnType;
        if (type.SpecialType is SpecialType.System_Boolean or SpecialType.System_Object or SpecialType.System_Void)
        {
            return false;
        }

        if (type.SpecialType != SpecialType.None || type.Name is "TimeSpan" or "DateTimeOffset" or "Guid")
        {
            return true;
        }

        return type is INamedTypeSymbol named && MemberOwner.TypeWords(named) is { Count: > 0 } typeWords && typeWords[typeWords.Count - 1] == words[words.Count - 1];
    }

    /// <summary>" of the rectangle", for a value the owner has, unless the name already says whose it is.</summary>
    private string Of(List<string> thing) => owner is { IsPlural: false } && !owner.Mentions(thing) ? " of the " + owner.Phrase : string.Empty;

    /// <summary>The parameter's name as an object, or null when it is not one a reader could take at its word.</summary>
    private static string? Readable(IParameterSymbol parameter)
    {
        if (parameter.RefKind == RefKind.Out || parameter.Type.TypeKind == TypeKind.Delegate || parameter.Type.SpecialType == SpecialType.System_Boolean)
        {
            return null;
        }

        List<string> parts = Words.Split(parameter.Name);
        return Vocabulary.AreReadable(parts) && !parts.Skip(1).Any(Vocabulary.FunctionWords.Contains) ? Words.Phrase(parts) : null;
    }

    private static string Indefinite(List<string> thing)
    {
        string phrase = Words.Phrase(thing);
        return Words.IsPlural(thing[thing.Count - 1]) ? phrase : $"{Words.Article(phrase)} {phrase}";
    }

    private static string? ElementNoun(ITypeSymbol element)
    {
        if (element is not INamedTypeSymbol { SpecialType: SpecialType.None, IsTupleType: false } named || named.Name == "Object")
        {
            return null;
        }

        List<string> elementWords = MemberOwner.TypeWords(named);
        if (!Vocabulary.AreReadable(elementWords))
        {
            return null;
        }

        elementWords[elementWords.Count - 1] = Words.Plural(elementWords[elementWords.Count - 1]);
        return "the " + Words.Phrase(elementWords);
    }

    /// <summary>A collection of .NET itself, whose values are its elements: a type of your own named Stack is not one.</summary>
    private static bool IsCollection(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString().StartsWith("System.Collections", System.StringComparison.Ordinal) == true
        && type.Name is "IEnumerable" or "ICollection" or "IList" or "IReadOnlyList" or "IReadOnlyCollection" or "List" or "HashSet"
            or "ISet" or "IReadOnlySet" or "Collection" or "ReadOnlyCollection" or "ImmutableArray" or "ImmutableList"
            or "ImmutableHashSet" or "IImmutableList" or "IAsyncEnumerable" or "Queue" or "Stack";
}
