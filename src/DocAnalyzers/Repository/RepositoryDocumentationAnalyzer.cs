using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Repository;

/// <summary>
/// Checks the repository's markdown documentation against the documentation plan. Checks that need one
/// file (DOC201, DOC202, DOC204, DOC205) run per additional file, live in the IDE; the whole-repository checks
/// (DOC200, DOC203, DOC206) and configuration errors (DOC001) run at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RepositoryDocumentationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        Descriptors.ConfigurationUnusable,
        Descriptors.DocumentUnreadable,
        Descriptors.SectionMissing,
        Descriptors.SectionEmpty,
        Descriptors.SectionPlaceholder,
        Descriptors.SectionMisplaced,
        Descriptors.DiagramMissing,
        Descriptors.BrokenLink,
        Descriptors.NoDocumentation);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            RepositoryCheck? check = RepositoryCheck.Create(start.Compilation, start.Options, SupportedDiagnostics, start.CancellationToken);
            if (check is null)
            {
                return;
            }

            start.RegisterAdditionalFileAction(check.AnalyzeFile);
            start.RegisterCompilationEndAction(check.AnalyzeRepository);
        });
    }
}
