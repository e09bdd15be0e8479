using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// DOC111: a documentation comment that is not well-formed XML. The compiler reports this as CS1570, but
/// only in documentation mode Diagnose (GenerateDocumentationFile). In the other modes each comment is
/// parsed here as Diagnose would, and the compiler's own XML errors are reported at the same places.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MalformedDocumentationAnalyzer : DiagnosticAnalyzer
{
    private const string XmlParseError = "CS1570";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.MalformedDocumentation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var options = new ApiOptionsCache(start.Options.AnalyzerConfigOptionsProvider);
            start.RegisterSyntaxTreeAction(tree => Analyze(tree, options));
        });
    }

    private static void Analyze(SyntaxTreeAnalysisContext context, ApiOptionsCache options)
    {
        SyntaxTree tree = context.Tree;
        if (tree.Options.DocumentationMode >= DocumentationMode.Diagnose || !options.For(tree).Runs(DiagnosticIds.MalformedDocumentation))
        {
            return;
        }

        SourceText text = tree.GetText(context.CancellationToken);
        int runStart = -1;
        int runEnd = -1;
        int previousEnd = 0;
        foreach (SyntaxTrivia trivia in tree.GetRoot(context.CancellationToken).DescendantTrivia())
        {
            if (trivia.FullSpan.Start != previousEnd)
            {
                // A token came in between: the run of comments before it has ended.
                Flush(context, text, ref runStart, ref runEnd);
            }

            previousEnd = trivia.FullSpan.End;
            switch (trivia.Kind())
            {
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                case SyntaxKind.MultiLineDocumentationCommentTrivia:
                    // Parse mode: the compiler parsed the comment but kept its XML errors to itself.
                    Report(context, text, trivia.FullSpan);
                    break;
                case SyntaxKind.SingleLineCommentTrivia:
                case SyntaxKind.MultiLineCommentTrivia:
                    // None mode: consecutive /// lines form one comment, as they would for the compiler.
                    if (DocumentationCommentReader.LooksLikeDocumentationComment(trivia))
                    {
                        runStart = runStart < 0 ? trivia.SpanStart : runStart;
                        runEnd = trivia.Span.End;
                        continue;
                    }

                    break;
                case SyntaxKind.EndOfLineTrivia:
                    // A parsed `///` comment ends after its line break, so errors at its end fall on the next line.
                    if (runEnd == trivia.SpanStart)
                    {
                        runEnd = trivia.Span.End;
                    }

                    continue;
                case SyntaxKind.WhitespaceTrivia:
                    continue;
            }

            Flush(context, text, ref runStart, ref runEnd);
        }

        Flush(context, text, ref runStart, ref runEnd);
    }

    private static void Flush(SyntaxTreeAnalysisContext context, SourceText text, ref int runStart, ref int runEnd)
    {
        if (runStart >= 0)
        {
            Report(context, text, TextSpan.FromBounds(runStart, runEnd));
            runStart = runEnd = -1;
        }
    }

    private static void Report(SyntaxTreeAnalysisContext context, SourceText text, TextSpan span)
    {
        foreach (SyntaxTrivia reparsed in DocumentationCommentReader.Reparse(text, span))
        {
            if (!reparsed.HasStructure || !reparsed.GetStructure()!.ContainsDiagnostics)
            {
                continue;
            }

            foreach (Diagnostic error in reparsed.GetStructure()!.GetDiagnostics())
            {
                if (error.Id == XmlParseError)
                {
                    TextSpan at = error.Location.SourceSpan;
                    Location location = Location.Create(context.Tree, new TextSpan(span.Start + at.Start, at.Length));
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedDocumentation, location, Explanation(error)));
                }
            }
        }
    }

    // The compiler's message is "XML comment has badly formed XML -- 'reason'"; the reason is what helps.
    private static string Explanation(Diagnostic error)
    {
        string message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        int separator = message.IndexOf(" -- ", System.StringComparison.Ordinal);
        return separator < 0 ? message : message.Substring(separator + 4).Trim('\'');
    }
}
