using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace DocAnalyzers.Cli.Fixing;

/// <summary>Hands Fix All the diagnostics the tool has just computed, as the IDE hands it its own.</summary>
internal sealed class FixedDiagnosticProvider : FixAllContext.DiagnosticProvider
{
    private readonly IReadOnlyList<Diagnostic> diagnostics;

    public FixedDiagnosticProvider(IReadOnlyList<Diagnostic> diagnostics) => this.diagnostics = diagnostics;

    public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

    public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
        Task.FromResult(Enumerable.Empty<Diagnostic>());

    public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
        Task.FromResult<IEnumerable<Diagnostic>>(diagnostics.Where(d => d.Location.Kind == LocationKind.None).ToList());
}
