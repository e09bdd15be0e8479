using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// DOC111: a documentation comment that is not well-formed XML. The compiler reports this as CS1570, but
/// only in documentation mode Diagnose (GenerateDocumentationFile). In the other modes the file's documentation
/// comments are parsed again as Diagnose would parse them, and the compiler's own XML errors are reported at the
/// same places.
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

        // The documentation comments are parsed again, at their places in a text of the file's length that holds
        // nothing else (the rest blanked, line breaks kept): the compiler's XML errors come out where CS1570 would
        // have them, and the lexer skips blanks far faster than it parses code.
        SourceText text = tree.GetText(context.CancellationToken);
        CSharpParseOptions diagnose = parseOptions.WithDocumentationMode(DocumentationMode.Diagnose);
        foreach (List<TextSpan> layer in Layers(Comments(tree, text, context.CancellationToken), text))
        {
            SyntaxTree diagnosed = CSharpSyntaxTree.ParseText(SourceText.From(CommentsOnly(text, layer)), diagnose, tree.FilePath, context.CancellationToken);
            foreach (Diagnostic error in diagnosed.GetDiagnostics(context.CancellationToken))
            {
                if (error.Id == XmlParseError)
                {
                    Location location = Location.Create(tree, error.Location.SourceSpan);
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.MalformedDocumentation, location, Explanation(error)));
                }
            }
        }
    }

    /// <summary>
    /// Each documentation comment of the file as the compiler reads one: parsed trivia in Parse mode; in None mode a
    /// `/** */`, or a run of `///` comments on consecutive lines, each after the first alone at the start of its line
    /// (a `///` after code on its line starts a comment, which the `///` lines under it continue). Comments in disabled
    /// #if regions are not trivia of their own, so they are left out as the compiler skips them.
    /// </summary>
    private static List<TextSpan> Comments(SyntaxTree tree, SourceText text, System.Threading.CancellationToken cancellationToken)
    {
        var comments = new List<TextSpan>();
        int start = -1;
        int end = -1;
        int line = -1;
        foreach (SyntaxTrivia trivia in tree.GetRoot(cancellationToken).DescendantTrivia())
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.WhitespaceTrivia:
                case SyntaxKind.EndOfLineTrivia:
                    continue;
                case SyntaxKind.SingleLineCommentTrivia when PlainDocumentationComment.IsTripleSlash(trivia, text):
                    TextLine current = text.Lines.GetLineFromPosition(trivia.SpanStart);
                    bool continues = start >= 0 && current.LineNumber == line + 1 && IsBlank(text, current.Start, trivia.SpanStart);
                    if (!continues)
                    {
                        Close(comments, ref start, end);
                        start = trivia.SpanStart;
                    }

                    end = trivia.Span.End;
                    line = current.LineNumber;
                    continue;
            }

            Close(comments, ref start, end);
            if (trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia) || trivia.IsKind(SyntaxKind.MultiLineDocumentationCommentTrivia)
                || PlainDocumentationComment.Is(trivia, text))
            {
                comments.Add(trivia.FullSpan);
            }
        }

        Close(comments, ref start, end);
        return comments;
    }

    private static void Close(List<TextSpan> comments, ref int start, int end)
    {
        if (start >= 0)
        {
            comments.Add(TextSpan.FromBounds(start, end));
            start = -1;
        }
    }

    private static bool IsBlank(SourceText text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (!SyntaxFacts.IsWhitespace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The comments in as few groups as can be parsed together: two comments on neighbouring lines would be read as
    /// one once the code between them is blanked (`///` lines, then a `///` after code), so they go to different groups.
    /// </summary>
    private static List<List<TextSpan>> Layers(List<TextSpan> comments, SourceText text)
    {
        var layers = new List<List<TextSpan>>();
        var lastLines = new List<int>();
        foreach (TextSpan comment in comments)
        {
            int first = text.Lines.GetLineFromPosition(comment.Start).LineNumber;
            int layer = 0;
            while (layer < layers.Count && lastLines[layer] >= first - 1)
            {
                layer++;
            }

            if (layer == layers.Count)
            {
                layers.Add(new List<TextSpan>());
                lastLines.Add(0);
            }

            layers[layer].Add(comment);
            lastLines[layer] = text.Lines.GetLineFromPosition(System.Math.Max(comment.Start, comment.End - 1)).LineNumber;
        }

        return layers;
    }

    /// <summary>The file's text with every character outside <paramref name="comments"/> blanked, line breaks kept.</summary>
    private static string CommentsOnly(SourceText text, List<TextSpan> comments)
    {
        char[] chars = new char[text.Length];
        text.CopyTo(0, chars, 0, text.Length);
        for (int i = 0; i < chars.Length; i++)
        {
            if (!SyntaxFacts.IsNewLine(chars[i]))
            {
                chars[i] = ' ';
            }
        }

        foreach (TextSpan comment in comments)
        {
            text.CopyTo(comment.Start, chars, comment.Start, comment.Length);
        }

        return new string(chars);
    }

    // The compiler's message is "XML comment has badly formed XML -- 'reason'"; the reason is what helps.
    private static string Explanation(Diagnostic error)
    {
        string message = error.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        int separator = message.IndexOf(" -- ", System.StringComparison.Ordinal);
        return separator < 0 ? message : message.Substring(separator + 4).Trim('\'');
    }
}
