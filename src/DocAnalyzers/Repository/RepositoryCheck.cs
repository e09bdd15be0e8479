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
    private readonly List<AdditionalText> conventionalFiles;
    private readonly HashSet<string> documentPaths;
    private readonly ConcurrentDictionary<string, Lazy<ReadResult>> outlines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<FileResult>> files = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> nameWords;
    private readonly Lazy<HashSet<string>> projectWords;
    private readonly LinkTargets links;

    private RepositoryCheck(RepositorySettings settings, DocumentationPlan? plan, (string Message, Location Location)? configurationError, List<AdditionalText> documents, List<AdditionalText> conventionalFiles, IEnumerable<AdditionalText> additionalFiles)
    {
        links = new LinkTargets(additionalFiles, settings.RepositoryRoot, settings.Docs);
        this.settings = settings;
        this.plan = plan;
        this.configurationError = configurationError;
        this.documents = documents;
        this.conventionalFiles = conventionalFiles;
        documentPaths = new HashSet<string>(documents.ConvertAll(d => d.Path), StringComparer.Ordinal);
        nameWords = new Lazy<HashSet<string>>(() => ProjectName.NameWords(settings.RepositoryName, MainReadme() is { } readme ? Read(readme).Outline : null));
        projectWords = new Lazy<HashSet<string>>(() => ProjectName.Words(nameWords.Value, plan));
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

    /// <summary>The check the options select, without severities (for the code fixes, which need its plan and project words), or null.</summary>
    public static RepositoryCheck? ForFixes(AnalyzerOptions options, CancellationToken cancellationToken) =>
        Create(options, cancellationToken) is { plan: not null } check ? check : null;

    /// <summary>The plan the check runs against; null after a configuration error.</summary>
    public DocumentationPlan? Plan => plan;

    private static RepositoryCheck? Create(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var settings = RepositorySettings.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        if (settings.CheckRepository == false)
        {
            return null;
        }

        var documents = new List<AdditionalText>();
        var conventionalFiles = new List<AdditionalText>();
        AdditionalText? template = null;
        foreach (AdditionalText file in options.AdditionalFiles)
        {
            string kind = RepositorySettings.KindOf(options.AnalyzerConfigOptionsProvider.GetOptions(file));
            if (string.Equals(kind, RepositorySettings.TemplateKind, StringComparison.OrdinalIgnoreCase))
            {
                template ??= file;
            }
            else if (string.Equals(kind, RepositorySettings.ConventionalKind, StringComparison.OrdinalIgnoreCase))
            {
                conventionalFiles.Add(file);
            }
            else if (string.Equals(kind, RepositorySettings.DocumentKind, StringComparison.OrdinalIgnoreCase))
            {
                documents.Add(file);
            }
        }

        // In path order: the build hands the files over in the file system's order, which differs between machines.
        documents.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

        // Without the package's ownership property, a compilation with no documentation has nothing to check.
        if (settings.CheckRepository is null && documents.Count == 0 && template is null && settings.Error is null)
        {
            return null;
        }

        if (settings.Error is not null)
        {
            return new RepositoryCheck(settings, null, (settings.Error, Location.None), documents, conventionalFiles, options.AdditionalFiles);
        }

        if (template is null)
        {
            if (settings.Template.Length > 0)
            {
                string where = settings.RepositoryRoot.Length > 0 ? $" under the repository root '{settings.RepositoryRoot}'" : string.Empty;
                string message = $"the template '{settings.Template}' named by the MSBuild property {RepositorySettings.TemplateProperty} was not found{where}; give a path relative to the repository root, or remove the property to use the built-in plan";
                return new RepositoryCheck(settings, null, (message, Location.None), documents, conventionalFiles, options.AdditionalFiles);
            }

            if (settings.Plan.Length == 0)
            {
                return new RepositoryCheck(settings, PlanReader.Default, null, documents, conventionalFiles, options.AdditionalFiles);
            }

            return PlanReader.BuiltIn(settings.Plan) is { } builtIn
                ? new RepositoryCheck(settings, builtIn, null, documents, conventionalFiles, options.AdditionalFiles)
                : new RepositoryCheck(settings, null, ($"the MSBuild property {RepositorySettings.PlanProperty} is '{settings.Plan}'; the built-in plans are {string.Join(", ", PlanReader.BuiltInNames)} (or name your own outline with {RepositorySettings.TemplateProperty})", Location.None), documents, conventionalFiles, options.AdditionalFiles);
        }

        return ReadTemplate(settings, template, documents, conventionalFiles, options, cancellationToken);
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

        EmptySectionRule.Check(result.Document, severities.WithProperties(context.ReportDiagnostic));
        PlaceholderSectionRule.Check(result.Document, severities.WithProperties(context.ReportDiagnostic));
        DiagramRule.Check(result.Document, report);
        BrokenLinkRule.Check(context.AdditionalFile.Path, result.Document.Outline.Text, links, severities.WithProperties(context.ReportDiagnostic));
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
            report(Descriptors.NoDocumentation, Location.None, where, settings.Docs);
            return;
        }

        var resolved = new List<ResolvedDocument>(documents.Count);
        var implied = new HashSet<PlanSection>();
        foreach (AdditionalText file in conventionalFiles)
        {
            if (plan.FindByFileName(System.IO.Path.GetFileName(file.Path)) is { } section)
            {
                implied.Add(section);
            }
        }

        foreach (AdditionalText file in documents)
        {
            if (plan.FindByFileName(System.IO.Path.GetFileName(file.Path)) is { } section)
            {
                implied.Add(section);
            }

            if (Get(file, context.CancellationToken).Document is { } document)
            {
                resolved.Add(document);
            }
        }

        ResolvedDocument? main = MissingSectionRule.MainDocument(resolved, settings.RepositoryRoot);

        // The main document first, which readers open first: its headings are read before the others' (in path order),
        // so that a misplaced section is reported where it is in the main document.
        if (main is not null)
        {
            resolved.Remove(main);
            resolved.Insert(0, main);
        }

        implied.UnionWith(ImpliedSections.Find(plan, resolved, main, ProjectWords, nameWords.Value));
        MissingSectionRule.Check(plan, resolved, implied, main, severities.WithProperties(context.ReportDiagnostic));
    }

    /// <summary>The words of the project's name, which headings drop ("Contoso security" is Security).</summary>
    public ICollection<string> ProjectWords => projectWords.Value;

    private AdditionalText? MainReadme() => documents.Find(d => RepositorySettings.IsRootReadme(d.Path, settings.RepositoryRoot));

    // Either the per-file or the compilation-end action may be first to need a file; the cache makes
    // the first one parse it and the other reuse it. The parse is not cancellable: a Lazy would keep
    // the cancellation as its result, and the work per file is bounded by MarkdownReader.MaxCharacters.
    private FileResult Get(AdditionalText file, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return files.GetOrAdd(file.Path, _ => new Lazy<FileResult>(() => Analyze(file))).Value;
    }

    // Matching needs the project's name, read from the README's outline: outlines have a cache of their own.
    private ReadResult Read(AdditionalText file) =>
        outlines.GetOrAdd(file.Path, _ => new Lazy<ReadResult>(() =>
        {
            SourceText? text = file.GetText(CancellationToken.None);
            return text is null ? ReadResult.Failed("it could not be read") : MarkdownReader.Read(file.Path, text);
        })).Value;

    private FileResult Analyze(AdditionalText file)
    {
        ReadResult read = Read(file);
        return read.Outline is null
            ? new FileResult(null, read.Failure)
            : new FileResult(Resolve(read.Outline), null);
    }

    /// <summary>
    /// Matches a file's outline to the plan, as the rules and the fixes see it. The root README's title is the
    /// project's name ("# Food Delivery Microservices"), a section only when it is exactly one's name.
    /// </summary>
    public ResolvedDocument Resolve(MarkdownOutline outline) =>
        ResolvedDocument.Resolve(outline, plan!, ProjectWords, titleNamesProject: RepositorySettings.IsRootReadme(outline.Path, settings.RepositoryRoot));

    private static RepositoryCheck ReadTemplate(RepositorySettings settings, AdditionalText template, List<AdditionalText> documents, List<AdditionalText> conventionalFiles, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        SourceText? text = template.GetText(cancellationToken);
        string name = settings.Display(template.Path);
        if (text is null)
        {
            return new RepositoryCheck(settings, null, ($"the template '{name}' could not be read", Location.None), documents, conventionalFiles, options.AdditionalFiles);
        }

        ReadResult check = MarkdownReader.Read(template.Path, text);
        PlanResult result = check.Failure is null
            ? PlanReader.Read(text.ToString())
            : PlanResult.Failed($"the template cannot be parsed: {check.Failure}");
        if (result.Plan is not null)
        {
            return new RepositoryCheck(settings, result.Plan, null, documents, conventionalFiles, options.AdditionalFiles);
        }

        Location location = Location.Create(template.Path, result.ErrorSpan, text.Lines.GetLinePositionSpan(result.ErrorSpan));
        string message = $"in the template '{name}', {result.Error}";
        return new RepositoryCheck(settings, null, (message, location), documents, conventionalFiles, options.AdditionalFiles);
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
