using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>Where a tag goes in the conventional order: summary, type parameters, parameters, returns.</summary>
internal static class TagRank
{
    public const int Summary = 0;
    public const int Returns = 3000;

    public static int TypeParameter(int index) => 1000 + index;

    public static int Parameter(int index) => 2000 + index;
}

/// <summary>A tag to add: its rank in the conventional order and its lines, without the comment's <c>///</c>.</summary>
internal sealed class NewTag
{
    private static readonly string[] InheritDocLines = { "<inheritdoc/>" };

    private NewTag(string kind, string? name, int rank, IReadOnlyList<string> lines)
    {
        Kind = kind;
        Name = name;
        Rank = rank;
        Lines = lines;
    }

    /// <summary>The element name: summary, typeparam, param or returns.</summary>
    public string Kind { get; }

    /// <summary>The parameter or type parameter the tag documents, or null.</summary>
    public string? Name { get; }

    public int Rank { get; }

    public IReadOnlyList<string> Lines { get; }

    public static NewTag Summary(DocumentedDeclaration declaration) =>
        new("summary", null, TagRank.Summary, new[] { "<summary>", DocumentationText.Summary(declaration.Symbol, declaration.Node), "</summary>" });

    public static NewTag TypeParameter(ITypeParameterSymbol typeParameter, int index) =>
        new("typeparam", typeParameter.Name, TagRank.TypeParameter(index), new[] { $"<typeparam name=\"{typeParameter.Name}\">{DocumentationText.TypeParameter(typeParameter)}</typeparam>" });

    public static NewTag Parameter(IParameterSymbol parameter, int index) =>
        new("param", parameter.Name, TagRank.Parameter(index), new[] { $"<param name=\"{parameter.Name}\">{DocumentationText.Parameter(parameter)}</param>" });

    public static NewTag Returns(DocumentedDeclaration declaration) =>
        new("returns", null, TagRank.Returns, new[] { $"<returns>{DocumentationText.Returns(declaration.Symbol)}</returns>" });

    /// <summary><c>&lt;inheritdoc/&gt;</c>, for a member that overrides or implements a documented one.</summary>
    public static NewTag InheritDoc() => new("inheritdoc", null, TagRank.Summary, InheritDocLines);
}
