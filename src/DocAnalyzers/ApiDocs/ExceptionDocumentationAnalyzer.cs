using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// DOC110 (off by default): an exception a documented member throws directly is not listed in an
/// <c>&lt;exception&gt;</c> tag. Kept apart from <see cref="ApiDocumentationAnalyzer"/> so that, while the
/// rule is off, the compiler never runs it and its body walks cost nothing.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExceptionDocumentationAnalyzer : DiagnosticAnalyzer
{
    private static readonly char[] GenericMarkers = { '<', '{', '`' };
    private static readonly char[] Separators = { '.', ':' };

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UndocumentedException);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = new ApiOptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterSyntaxNodeAction(
                node => Analyze(node, options),
                SyntaxKind.MethodDeclaration,
                SyntaxKind.ConstructorDeclaration,
                SyntaxKind.OperatorDeclaration,
                SyntaxKind.ConversionOperatorDeclaration,
                SyntaxKind.PropertyDeclaration,
                SyntaxKind.IndexerDeclaration,
                SyntaxKind.EventDeclaration);
        });
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, ApiOptionsCache options)
    {
        ApiDocOptions treeOptions = options.For(context.Node.SyntaxTree);
        if (!treeOptions.Runs(DiagnosticIds.UndocumentedException) || !HasThrow(context.Node))
        {
            return;
        }

        ISymbol? symbol = context.SemanticModel.GetDeclaredSymbol(context.Node, context.CancellationToken);
        symbol = symbol is null ? null : ApiSurface.PartialDefinition(symbol) ?? symbol;
        if (symbol is null || !ApiSurface.IsDocumentable(symbol) || !ApiSurface.IsVisible(symbol, treeOptions)
            || DocumentationCommentReader.Read(symbol, comments: null, context.CancellationToken) is not { } comment
            || comment.Find("inheritdoc") is not null || comment.Find("include") is not null)
        {
            return;
        }

        List<string>? documented = null;
        foreach (DocElement element in comment.Elements)
        {
            if (element.Name == "exception" && element.CrefAttribute() is { } cref)
            {
                (documented ??= new List<string>()).Add(SimpleName(cref));
            }
        }

        string? display = null;
        foreach (ObjectCreationExpressionSyntax creation in DirectThrows(context.Node))
        {
            if (context.SemanticModel.GetTypeInfo(creation, context.CancellationToken).Type is not INamedTypeSymbol thrown
                || IsNotImplemented(thrown) || IsDocumented(thrown, documented))
            {
                continue;
            }

            display ??= symbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat);
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UndocumentedException, creation.Type.GetLocation(), display, thrown.Name));
        }
    }

    private static bool HasThrow(SyntaxNode declaration)
    {
        foreach (SyntaxNode node in declaration.DescendantNodes())
        {
            if (node is ThrowStatementSyntax or ThrowExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The <c>new T(...)</c> of each throw in the member's own body: not in lambdas, local functions, or try blocks that catch.</summary>
    private static IEnumerable<ObjectCreationExpressionSyntax> DirectThrows(SyntaxNode declaration)
    {
        foreach (SyntaxNode node in declaration.DescendantNodes(descendIntoChildren: child =>
            child == declaration || child is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax or TryStatementSyntax { Catches.Count: > 0 })))
        {
            ExpressionSyntax? thrown = node switch
            {
                ThrowStatementSyntax statement => statement.Expression,
                ThrowExpressionSyntax expression => expression.Expression,
                _ => null,
            };
            if (thrown is ObjectCreationExpressionSyntax creation)
            {
                yield return creation;
            }
        }
    }

    // A stub is not behaviour to document.
    private static bool IsNotImplemented(INamedTypeSymbol type) =>
        type.Name == "NotImplementedException" && type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true };

    /// <summary>True when a tag names the type or one of its base types. Names are compared without namespace, so this works in every documentation mode.</summary>
    private static bool IsDocumented(INamedTypeSymbol thrown, List<string>? documented)
    {
        if (documented is null)
        {
            return false;
        }

        for (INamedTypeSymbol? type = thrown; type is not null; type = type.BaseType)
        {
            if (documented.Contains(type.Name))
            {
                return true;
            }
        }

        return false;
    }

    // "T:System.IO.IOException", "System.IO.IOException" and "IOException" all name IOException.
    private static string SimpleName(string cref)
    {
        string name = cref.Trim();
        int generic = name.IndexOfAny(GenericMarkers);
        if (generic >= 0)
        {
            name = name.Substring(0, generic);
        }

        int dot = name.LastIndexOfAny(Separators);
        return dot >= 0 ? name.Substring(dot + 1) : name;
    }
}
