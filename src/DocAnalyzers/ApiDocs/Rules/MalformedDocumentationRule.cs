using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>
/// DOC111: a documentation comment that is not well-formed XML. The compiler reports this as CS1570, but only in
/// documentation mode Diagnose (GenerateDocumentationFile). In the other modes each documentation comment of the file is
/// parsed as Diagnose would parse it (<see cref="FileComments"/>, the parse the other rules read in None mode), and the
/// compiler's own XML errors are reported at the same places.
/// </summary>
internal static class MalformedDocumentationRule
{
    public static void Analyze(SyntaxTreeAnalysisContext context, Compilation compilation, ApiDocumentationCheck check)
    {
        // The rule shares its analyzer with the others, so the compiler runs it even where DOC111 is set to none:
        // then nothing is parsed for it (the member rules still parse the comments they read, and only those).
        SyntaxTree tree = context.Tree;
        if (tree.Options is not CSharpParseOptions { DocumentationMode: < DocumentationMode.Diagnose }
            || !check.Options.For(tree).Runs(DiagnosticIds.MalformedDocumentation)
            || check.GeneratedCode.IsGenerated(tree, context.CancellationToken)
            || !RuleSeverity.IsShown(compilation, context.Options.AnalyzerConfigOptionsProvider, tree, Descriptors.MalformedDocumentation, context.CancellationToken))
        {
            return;
        }

        foreach (FileComments.XmlError error in check.Comments.For(tree, context.CancellationToken).XmlErrors)
        {
            if (GeneratedCodeFilter.InsideGeneratedCodeDeclaration(tree, error.Span.Start, context.CancellationToken))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedDocumentation, Location.Create(tree, error.Span), error.Reason));
        }
    }
}
