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
        foreach (string document in inputs.Documents)
        {
            files.Add(new FileAdditionalText(document));
        }

        if (inputs.TemplatePath is not null)
        {
            files.Add(new FileAdditionalText(inputs.TemplatePath));
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
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var failures = new List<Exception>();
        var withAnalyzers = compilation.WithAnalyzers(
            ImmutableArray.Create(Analyzer),
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
            if (!IsShown(diagnostic))
            {
                continue;
            }

            string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
            if (diagnostic.Location.Kind is LocationKind.None or LocationKind.MetadataFile)
            {
                findings.Add(new Finding(diagnostic.Descriptor, diagnostic.Severity, message, null, 0, 0, 0, 0, string.Empty));
                continue;
            }

            FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
            string lineText = texts.TryGetValue(span.Path, out AdditionalText? file) && file.GetText() is { } text && span.StartLinePosition.Line < text.Lines.Count
                ? text.Lines[span.StartLinePosition.Line].ToString()
                : string.Empty;
            findings.Add(new Finding(
                diagnostic.Descriptor,
                diagnostic.Severity,
                message,
                inputs.Relative(span.Path),
                span.StartLinePosition.Line + 1,
                span.StartLinePosition.Character + 1,
                span.EndLinePosition.Line + 1,
                span.EndLinePosition.Character + 1,
                lineText));
        }

        return findings
            .OrderBy(f => f.Path is null ? 1 : 0)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line)
            .ThenBy(f => f.Column)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
    }
}
