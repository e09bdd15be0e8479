using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// Diagnostic severities from an <see cref="AnalyzerConfigSet"/>, as the compiler applies them: per C# file
/// (dotnet_diagnostic.ID.severity in the sections that match it) and from global configs for every diagnostic.
/// </summary>
internal sealed class ConfigSetSyntaxTreeOptions : SyntaxTreeOptionsProvider
{
    private readonly AnalyzerConfigSet configs;

    public ConfigSetSyntaxTreeOptions(AnalyzerConfigSet configs) => this.configs = configs;

    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        configs.GetOptionsForSourcePath(tree.FilePath).TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        configs.GlobalConfigOptions.TreeOptions.TryGetValue(diagnosticId, out severity);
}
