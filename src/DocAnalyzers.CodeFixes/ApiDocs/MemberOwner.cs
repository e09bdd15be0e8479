using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// What a member acts on, in words: the instance of its type ("shape store"), or an extension method's <c>this</c>
/// parameter ("rectangle"). A static member acts on nothing the draft could name: "Clears the geometry extensions."
/// is what a static class's name gives.
/// </summary>
internal sealed class MemberOwner
{
    private MemberOwner(List<string> words) => Words = words;

    /// <summary>The owner's words, such as "shape", "store".</summary>
    public IReadOnlyList<string> Words { get; }

    public string Phrase => ApiDocs.Words.Phrase(Words);

    /// <summary>True for an owner that reads as a plural, such as "batching options": "is" would not agree with it.</summary>
    public bool IsPlural => ApiDocs.Words.IsPlural(Words[Words.Count - 1]);

    /// <summary>The owner of the symbol, or null when it has none to name.</summary>
    public static MemberOwner? Of(ISymbol symbol)
    {
        if (symbol is IMethodSymbol { IsExtensionMethod: true, Parameters.Length: > 0 } extension)
        {
            return extension.Parameters[0].Type is INamedTypeSymbol target ? Create(TypeWords(target)) : null;
        }

        if (symbol.IsStatic || symbol.ContainingType is not { IsStatic: false } type || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface))
        {
            return null;
        }

        return Create(TypeWords(type));
    }

    /// <summary>The words of a type's name, without an interface's I: <c>ILogEventSink</c> is "log event sink".</summary>
    public static List<string> TypeWords(INamedTypeSymbol type)
    {
        string name = type.Name;
        if (type.TypeKind == TypeKind.Interface && name.Length > 2 && name[0] == 'I' && char.IsUpper(name[1]))
        {
            name = name.Substring(1);
        }

        return ApiDocs.Words.Split(name);
    }

    /// <summary>True when the owner shares a word with <paramref name="words"/>: "the count of the shape count store" reads twice.</summary>
    public bool Mentions(IEnumerable<string> words) => words.Any(w => Words.Contains(w));

    /// <summary>The owner without the words the object begins it with: a shape goes into the "store", not the "shape store".</summary>
    public string PhraseAfter(IReadOnlyList<string> objectWords)
    {
        int shared = 0;
        while (shared < objectWords.Count && shared < Words.Count - 1 && Words[shared] == objectWords[shared])
        {
            shared++;
        }

        return shared == objectWords.Count ? ApiDocs.Words.Phrase(Words.Skip(shared)) : Phrase;
    }

    private static MemberOwner? Create(List<string> words) => Vocabulary.AreReadable(words) ? new MemberOwner(words) : null;
}
