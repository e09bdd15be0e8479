using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// DOC111: a documentation comment that is not well-formed XML. The compiler reports this as CS1570, but
/// only in documentation mode Diagnose (GenerateDocumentationFile). In the other modes the file is parsed
/// again as Diagnose would parse it, and the compiler's own XML errors are reported at the same places.
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
        if (tree.Options is not CSharpParseOptions parseOptions || parseOptions.DocumentationMode >= DocumentationMode.Diagnose
            || !options.For(tree).Runs(DiagnosticIds.MalformedDocumentation))
        {
            return;
        }

        // The file is parsed again as Diagnose would parse it: same text, same preprocessor symbols, so the
        // compiler's XML errors come out at the places CS1570 would have them. One parse of the file costs
        // less than one parse per comment.
        SourceText text = tree.GetText(context.CancellationToken);
        SyntaxTree diagnosed = CSharpSyntaxTree.ParseText(text, parseOptions.WithDocumentationMode(DocumentationMode.Diagnose), tree.FilePath, context.CancellationToken);
        foreach (Diagnostic error in diagnosed.GetDiagnostics(context.CancellationToken))
        {
            if (error.Id == XmlParseError)
            {
                Location location = Location.Create(tree, error.Location.SourceSpan);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedDocumentation, location, Explanation(error)));
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
