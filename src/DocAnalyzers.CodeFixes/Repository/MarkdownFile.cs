using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.CodeFixes.Repository;

/// <summary>A documentation file read for a fix: its text, its outline matched to the plan, and the plan.</summary>
internal sealed class MarkdownFile
{
    private MarkdownFile(DocumentationPlan plan, ResolvedDocument document)
    {
        Plan = plan;
        Document = document;
    }

    public DocumentationPlan Plan { get; }

    public ResolvedDocument Document { get; }

    public SourceText Text => Document.Outline.Text;

    /// <summary>Reads the file against the plan its project's options select, matched as the analyzer matches it; null when either cannot be read.</summary>
    public static async Task<MarkdownFile?> ReadAsync(TextDocument document, CancellationToken cancellationToken)
    {
        if (RepositoryCheck.ForFixes(document.Project.AnalyzerOptions, cancellationToken) is not { Plan: { } plan } check)
        {
            return null;
        }

        SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        ReadResult read = MarkdownReader.Read(document.FilePath ?? document.Name, text);
        return read.Outline is null ? null : new MarkdownFile(plan, check.Resolve(read.Outline));
    }
}
