using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DocAnalyzers.Cli.Inputs;
using DocAnalyzers.Repository;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// Runs the package's <see cref="RepositoryDocumentationAnalyzer"/> as the compiler does in a build: a C#
/// compilation whose options carry the .editorconfig and global config severities, the documentation and
/// the template as additional files, and the build properties and file kinds as analyzer config options.
/// </summary>
internal static class DocumentationAnalysis
{
    public static DiagnosticAnalyzer Analyzer { get; } = new RepositoryDocumentationAnalyzer();

    /// <summary>The configuration files the compiler would read: the repository's own, then the generated global config.</summary>
    public static IReadOnlyList<(string Path, string Text)> ConfigTexts(AnalyzerInputs inputs)
    {
        var texts = new List<(string, string)>();
        foreach (string path in inputs.ConfigFiles)
        {
            try
            {
                texts.Add((path, File.ReadAllText(path)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException($"'{path}' cannot be read: {e.Message}");
            }
        }

        texts.Add((inputs.GeneratedConfigPath, inputs.GeneratedConfig()));
        return texts;
    }

    /// <summary>Checks the repository the inputs describe.</summary>
    public static async Task<CheckResult> CheckAsync(AnalyzerInputs inputs, CancellationToken cancellationToken) =>
        (await AnalyzeAsync(inputs, cancellationToken).ConfigureAwait(false)).Result;

    /// <summary>Checks the repository the inputs describe, keeping the diagnostics and the plan the analyzer read.</summary>
    public static async Task<RepositoryAnalysis> AnalyzeAsync(AnalyzerInputs inputs, CancellationToken cancellationToken)
    {
        AnalyzerConfigSet configs = AnalyzerConfigSet.Create(ConfigTexts(inputs).Select(c => AnalyzerConfig.Parse(c.Text, c.Path)).ToList());
        var files = new List<AdditionalText>();
        foreach (string file in inputs.AdditionalFiles)
        {
            files.Add(new FileAdditionalText(file));
        }

        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocAnalyzers.Cli.Repository",
            new[] { CSharpSyntaxTree.ParseText(string.Empty, path: inputs.SourcePath, cancellationToken: cancellationToken) },
            references: null,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary).WithSyntaxTreeOptionsProvider(new ConfigSetSyntaxTreeOptions(configs)));
        var options = new AnalyzerOptions(files.ToImmutableArray(), new ConfigSetOptionsProvider(configs));
        ImmutableArray<Diagnostic> diagnostics = await RunAsync(compilation, options, cancellationToken).ConfigureAwait(false);
        var result = new CheckResult(inputs, ToFindings(diagnostics, inputs, files), Analyzer.SupportedDiagnostics);
        return new RepositoryAnalysis(result, diagnostics, RepositoryCheck.ForFixes(options, cancellationToken)?.Plan);
    }

    /// <summary>The analyzer's diagnostics on a compilation, filtered by its options as a build filters them.</summary>
    public static Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken) =>
        RunAsync(compilation, ImmutableArray.Create(Analyzer), options, cancellationToken);

    /// <summary>
    /// The diagnostics of the package's <paramref name="analyzers"/> on a compilation, filtered by its options as a
    /// build filters them (severities, NoWarn, #pragma and [SuppressMessage]).
    /// </summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers,
            new CompilationWithAnalyzersOptions(
                options,
                onAnalyzerException: (exception, _, _) =>
                {
                    lock (failures)
                    {
                        failures.Add(exception);
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            throw new InvalidOperationException("The DocAnalyzers analyzer failed: " + failures[0], failures[0]);
        }

        return diagnostics;
    }

    /// <summary>True for a diagnostic a build shows: neither hidden nor suppressed.</summary>
    public static bool IsShown(Diagnostic diagnostic) => diagnostic.Severity != DiagnosticSeverity.Hidden && !diagnostic.IsSuppressed;

    /// <summary>Findings in the order of their files, lines and columns; those without a location last.</summary>
    public static IReadOnlyList<Finding> ToFindings(IEnumerable<Diagnostic> diagnostics, AnalyzerInputs inputs, IEnumerable<AdditionalText> files)
    {
        var texts = files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var findings = new List<Finding>();
        foreach (Diagnostic diagnostic in diagnostics)
        {
            if (ToFinding(diagnostic, inputs, path => texts.TryGetValue(path, out AdditionalText? file) ? file.GetText() : null) is { } finding)
            {
                findings.Add(finding);
            }
        }

        return Sorted(findings);
    }

    /// <summary>
    /// A diagnostic as a finding, or null when a build would not show it (hidden or suppressed). The text of its
    /// line comes from its syntax tree, or else from <paramref name="textOf"/> (additional files).
    /// </summary>
    public static Finding? ToFinding(Diagnostic diagnostic, AnalyzerInputs inputs, Func<string, SourceText?> textOf)
    {
        if (!IsShown(diagnostic))
        {
            return null;
        }

        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (diagnostic.Location.Kind is LocationKind.None or LocationKind.MetadataFile)
        {
            return new Finding(diagnostic.Descriptor, diagnostic.Severity, message, null, 0, 0, 0, 0, string.Empty);
        }

        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        SourceText? text = diagnostic.Location.SourceTree?.GetText() ?? textOf(span.Path);
        string lineText = text is not null && span.StartLinePosition.Line < text.Lines.Count
            ? text.Lines[span.StartLinePosition.Line].ToString()
            : string.Empty;
        return new Finding(
            diagnostic.Descriptor,
            diagnostic.Severity,
            message,
            inputs.Relative(span.Path),
            span.StartLinePosition.Line + 1,
            span.StartLinePosition.Character + 1,
            span.EndLinePosition.Line + 1,
            span.EndLinePosition.Character + 1,
            lineText);
    }

    /// <summary>Findings in the order of their files, lines and columns; those without a location last.</summary>
    public static IReadOnlyList<Finding> Sorted(IEnumerable<Finding> findings) =>
        findings
            .OrderBy(f => f.Path is null ? 1 : 0)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
}
