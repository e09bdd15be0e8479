using Microsoft.CodeAnalysis;

namespace DocAnalyzers;

/// <summary>Every diagnostic descriptor of the package, in one place.</summary>
public static class Descriptors
{
    public const string HelpLinkBase = "https://github.com/docanalyzers/docanalyzers/blob/main/docs/rules/";

    private const string Configuration = "DocAnalyzers.Configuration";
    private const string Repository = "DocAnalyzers.RepositoryDocumentation";

    public static readonly DiagnosticDescriptor ConfigurationUnusable = Create(
        DiagnosticIds.ConfigurationUnusable,
        Configuration,
        "DocAnalyzers configuration is unusable",
        "DocAnalyzers configuration is unusable: {0}",
        "The documentation checks cannot run with this configuration; the message says which property or file to change.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DocumentUnreadable = Create(
        DiagnosticIds.DocumentUnreadable,
        Configuration,
        "Documentation file cannot be analysed",
        "Documentation file '{0}' cannot be analysed: {1}",
        "A file given to DocAnalyzers as documentation could not be analysed, so its sections are not counted.");

    public static readonly DiagnosticDescriptor SectionMissing = Create(
        DiagnosticIds.SectionMissing,
        Repository,
        "Required documentation section is missing",
        "Required section '{0}' is missing{1}",
        "Every section of the documentation plan must appear in the repository's documentation, as a heading or as a paragraph that starts with the section's name in bold followed by a colon.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor SectionEmpty = Create(
        DiagnosticIds.SectionEmpty,
        Repository,
        "Documentation section is empty",
        "Section '{0}' is empty",
        "A section of the documentation plan has a heading but no content before the next heading of the same or a higher level.");

    public static readonly DiagnosticDescriptor SectionPlaceholder = Create(
        DiagnosticIds.SectionPlaceholder,
        Repository,
        "Documentation section holds only placeholder text",
        "Section '{0}' holds only placeholder text ('{1}')",
        "A section of the documentation plan holds only placeholder text such as TODO, TBD, FIXME, 'coming soon' or lorem ipsum.");

    public static readonly DiagnosticDescriptor SectionMisplaced = Create(
        DiagnosticIds.SectionMisplaced,
        Repository,
        "Documentation section is under a different parent than the plan puts it",
        "Section '{0}' is {1}, but the plan puts it {2}",
        "A section of the documentation plan was found, but nested under a different section than the plan puts it.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor DiagramMissing = Create(
        DiagnosticIds.DiagramMissing,
        Repository,
        "Diagram section holds no diagram",
        "Section '{0}' holds no diagram: add an image or a mermaid, plantuml, dot, graphviz or d2 code block",
        "A section the plan marks as a diagram section must contain an image or a diagram code block.");

    public static readonly DiagnosticDescriptor NoDocumentation = Create(
        DiagnosticIds.NoDocumentation,
        Repository,
        "No documentation files were found",
        "No documentation files were found{0}",
        "The repository has none of the documentation files DocAnalyzers looks for (README.md, docs/**/*.md, CHANGELOG.md, CONTRIBUTING.md, or the DocAnalyzersDocs globs).",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    private static DiagnosticDescriptor Create(
        string id,
        string category,
        string title,
        string messageFormat,
        string description,
        DiagnosticSeverity severity = DiagnosticSeverity.Warning,
        params string[] customTags) =>
        new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLink(id), customTags);
}
