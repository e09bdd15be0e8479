using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// The analyzer driver's generated-code rules, applied by the DOC1xx analyzer itself. Left to the driver
/// (<see cref="Microsoft.CodeAnalysis.Diagnostics.GeneratedCodeAnalysisFlags.None"/>), every diagnostic an analyzer
/// reports makes the driver look for <c>[GeneratedCode]</c> in the diagnostic's file by walking all its tokens, once
/// per file: on a library with undocumented members that walk was more than half of DocAnalyzers' time. Here the
/// same answers come from what the analyzer already holds: the file's kind (cached per file), and the symbol's
/// attributes. One per compilation; safe for concurrent use.
/// </summary>
internal sealed class GeneratedCodeFilter
{
    private readonly Compilation compilation;
    private readonly ConcurrentDictionary<SyntaxTree, bool> generatedFiles = new();

    public GeneratedCodeFilter(Compilation compilation) => this.compilation = compilation;

    /// <summary>True for a generated file, where the driver runs no action of an analyzer that skips generated code.</summary>
    public bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) =>
        generatedFiles.TryGetValue(tree, out bool generated)
            ? generated
            : generatedFiles.GetOrAdd(tree, GeneratedCode.IsGenerated(compilation, tree, cancellationToken));

    /// <summary>
    /// True for a symbol declared only in generated files and <c>#line hidden</c> code, which the driver would not hand
    /// to a symbol action. Cheap (the files' answers are cached), so it comes before any comment is read.
    /// </summary>
    public bool DeclaredOnlyInGeneratedCode(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (SyntaxReference reference in symbol.DeclaringSyntaxReferences)
        {
            if (!IsGenerated(reference.SyntaxTree, cancellationToken)
                && reference.SyntaxTree.GetLineVisibility(reference.Span.Start, cancellationToken) != LineVisibility.Hidden)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True for a symbol marked <c>[GeneratedCode]</c> or inside a type that is, which the driver would not hand to a symbol action either.</summary>
    public static bool IsMarkedGenerated(ISymbol symbol) => GeneratedCode.HasGeneratedCodeAttribute(symbol);

    /// <summary>True when some declaration of <paramref name="symbol"/> is in a generated file, where its diagnostics are dropped.</summary>
    public bool HasGeneratedPart(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (Location location in symbol.Locations)
        {
            if (location.SourceTree is { } tree && IsGenerated(tree, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="position"/> of a file is inside a declaration marked <c>[GeneratedCode]</c>, the
    /// driver's test for a diagnostic of a syntax tree action. Read from syntax: the attribute's name, which the file's
    /// text must hold at all before any declaration is looked at.
    /// </summary>
    public static bool InsideGeneratedCodeDeclaration(SyntaxTree tree, int position, CancellationToken cancellationToken)
    {
        SourceText text = tree.GetText(cancellationToken);
        if (!Holds(text, "GeneratedCode"))
        {
            return false;
        }

        for (SyntaxNode? node = tree.GetRoot(cancellationToken).FindToken(position, findInsideTrivia: false).Parent; node is not null; node = node.Parent)
        {
            // The driver compares with each declaration's span, without its leading trivia: a comment on the marked
            // declaration itself is outside it, a comment on a member inside it is in.
            if (node is MemberDeclarationSyntax member && member.Span.Contains(position))
            {
                foreach (AttributeListSyntax list in member.AttributeLists)
                {
                    foreach (AttributeSyntax attribute in list.Attributes)
                    {
                        string name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right.Identifier.ValueText
                            : attribute.Name is SimpleNameSyntax simple ? simple.Identifier.ValueText
                            : attribute.Name is AliasQualifiedNameSyntax alias ? alias.Name.Identifier.ValueText
                            : string.Empty;
                        if (name is "GeneratedCode" or "GeneratedCodeAttribute")
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool Holds(SourceText text, string word)
    {
        // In chunks, so that a large file is never copied into one string; chunks overlap by the word's length.
        const int chunk = 8192;
        var buffer = new char[chunk + word.Length];
        for (int start = 0; start < text.Length; start += chunk)
        {
            int length = System.Math.Min(chunk + word.Length - 1, text.Length - start);
            text.CopyTo(start, buffer, 0, length);
            if (new string(buffer, 0, length).IndexOf(word, System.StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
