using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using DocAnalyzers.Markdown;
using DocAnalyzers.Plan;
using DocAnalyzers.Repository.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocAnalyzers.Repository;

/// <summary>
/// The repository-documentation check of one compilation: its settings, its plan, its documentation
/// files, and each file's outline, parsed once and shared by the per-file and the whole-repository rules.
/// </summary>
internal sealed class RepositoryCheck
{
    private readonly RepositorySettings settings;
    private readonly DocumentationPlan? plan;
    private readonly (string Message, Location Location)? configurationError;
    private ConfiguredSeverities severities = null!;
    private readonly List<AdditionalText> documents;
    private readonly HashSet<string> documentPaths;
    private readonly ConcurrentDictionary<string, Lazy<FileResult>> files = new(StringComparer.Ordinal);

    private RepositoryCheck(RepositorySettings settings, DocumentationPlan? plan, (string Message, Location Location)? configurationError, List<AdditionalText> documents)
    {
        this.settings = settings;
        this.plan = plan;
        this.configurationError = configurationError;
        this.documents = documents;
        documentPaths = new HashSet<string>(documents.ConvertAll(d => d.Path), StringComparer.Ordinal);
    }

    /// <summary>Builds the check, or returns null when this compilation has no repository check to run.</summary>
    public static RepositoryCheck? Create(Compilation compilation, AnalyzerOptions options, IEnumerable<DiagnosticDescriptor> descriptors, CancellationToken cancellationToken)
    {
        RepositoryCheck? check = Create(options, cancellationToken);
        if (check is not null)
        {
            check.severities = ConfiguredSeverities.Read(compilation, descriptors, cancellationToken);
        }

        return check;
    }

    /// <summary>The plan the options select, or null when there is none to check against (for the code fixes).</summary>
    public static DocumentationPlan? ReadPlan(AnalyzerOptions options, CancellationToken cancellationToken) =>
        Create(options, cancellationToken)?.plan;

    private static RepositoryCheck? Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var settings = RepositorySettings.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        if (settings.CheckRepository == false)
        {
            return null;
        }

        var documents = new List<AdditionalText>();
        AdditionalText? template = null;
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            string kind = RepositorySettings.KindOf(options.AnalyzerConfigOptionsProvider.GetOptions(file), file);
            if (string.Equals(kind, RepositorySettings.TemplateKind, StringComparison.OrdinalIgnoreCase))
            {
                template ??= file;
            }
            else if (string.Equals(kind, RepositorySettings.DocumentKind, StringComparison.OrdinalIgnoreCase))
            {
                documents.Add(file);
            }
        }

        // Without the package's ownership property, a compilation with no documentation has nothing to check.
        if (settings.CheckRepository is null && documents.Count == 0 && template is null && settings.Error is null)
        {
            return null;
        }

        if (settings.Error is not null)
        {
            return new RepositoryCheck(settings, null, (settings.Error, Location.None), documents);
        }

        if (template is null)
        {
            if (settings.Template.Length > 0)
            {
                string where = settings.RepositoryRoot.Length > 0 ? $" under the repository root '{settings.RepositoryRoot}'" : string.Empty;
                string message = $"the template '{settings.Template}' named by the MSBuild property {RepositorySettings.TemplateProperty} was not found{where}; give a path relative to the repository root, or remove the property to use the built-in plan";
                return new RepositoryCheck(settings, null, (message, Location.None), documents);
            }

            return new RepositoryCheck(settings, PlanReader.BuiltIn, null, documents);
        }

        return ReadTemplate(settings, template, documents, cancellationToken);
    }

    public void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (plan is null || !documentPaths.Contains(context.AdditionalFile.Path))
        {
            return;
        }

        Reporter report = severities.For(context.ReportDiagnostic);
        FileResult result = Get(context.AdditionalFile, context.CancellationToken);
        if (result.Document is null)
        {
            var start = new LinePositionSpan(LinePosition.Zero, LinePosition.Zero);
            Location location = Location.Create(context.AdditionalFile.Path, default, start);
            report(Descriptors.DocumentUnreadable, location, settings.Display(context.AdditionalFile.Path), result.Failure);
            return;
        }

        EmptySectionRule.Check(result.Document, report);
        PlaceholderSectionRule.Check(result.Document, report);
        DiagramRule.Check(result.Document, report);
    }

    public void AnalyzeRepository(CompilationAnalysisContext context)
    {
        Reporter report = severities.For(context.ReportDiagnostic);
        if (configurationError is { } error)
        {
            report(Descriptors.ConfigurationUnusable, error.Location, error.Message);
            return;
        }

        if (plan is null)
        {
            return;
        }

        if (documents.Count == 0)
        {
            string where = settings.RepositoryRoot.Length > 0 ? $" under '{settings.RepositoryRoot}'" : string.Empty;
            report(Descriptors.NoDocumentation, Location.None, where);
            return;
        }

        var resolved = new List<ResolvedDocument>(documents.Count);
        var satisfiedByFiles = new HashSet<PlanSection>();
        foreach (AdditionalText file in documents)
        {
            if (plan.FindByFileName(System.IO.Path.GetFileName(file.Path)) is { } section)
            {
                satisfiedByFiles.Add(section);
            }

            if (Get(file, context.CancellationToken).Document is { } document)
            {
                resolved.Add(document);
            }
        }

        ResolvedDocument? main = MissingSectionRule.MainDocument(resolved, settings.RepositoryRoot);
        MissingSectionRule.Check(plan, resolved, satisfiedByFiles, main, severities.WithProperties(context.ReportDiagnostic));
    }

    // Either the per-file or the compilation-end action may be first to need a file; the cache makes
    // the first one parse it and the other reuse it. The parse is not cancellable: a Lazy would keep
    // the cancellation as its result, and the work per file is bounded by MarkdownReader.MaxCharacters.
    private FileResult Get(AdditionalText file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return files.GetOrAdd(file.Path, _ => new Lazy<FileResult>(() => Analyze(file))).Value;
    }

    private FileResult Analyze(AdditionalText file)
    {
        SourceText? text = file.GetText(CancellationToken.None);
        if (text is null)
        {
            return new FileResult(null, "it could not be read");
        }

        ReadResult read = MarkdownReader.Read(file.Path, text);
        return read.Outline is null
            ? new FileResult(null, read.Failure)
            : new FileResult(ResolvedDocument.Resolve(read.Outline, plan!), null);
    }

    private static RepositoryCheck ReadTemplate(RepositorySettings settings, AdditionalText template, List<AdditionalText> documents, CancellationToken cancellationToken)
    {
        SourceText? text = template.GetText(cancellationToken);
        string name = settings.Display(template.Path);
        if (text is null)
        {
            return new RepositoryCheck(settings, null, ($"the template '{name}' could not be read", Location.None), documents);
        }

        ReadResult check = MarkdownReader.Read(template.Path, text);
        PlanResult result = check.Failure is null
            ? PlanReader.Read(text.ToString())
            : PlanResult.Failed($"the template cannot be parsed: {check.Failure}");
        if (result.Plan is not null)
        {
            return new RepositoryCheck(settings, result.Plan, null, documents);
        }

        Location location = Location.Create(template.Path, result.ErrorSpan, text.Lines.GetLinePositionSpan(result.ErrorSpan));
        string message = $"in the template '{name}', {result.Error}";
        return new RepositoryCheck(settings, null, (message, location), documents);
    }

    private sealed class FileResult
    {
        public FileResult(ResolvedDocument? document, string? failure)
        {
            Document = document;
            Failure = failure;
        }

        public ResolvedDocument? Document { get; }

        public string? Failure { get; }
    }
}
