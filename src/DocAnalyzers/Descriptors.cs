using Microsoft.CodeAnalysis;

namespace DocAnalyzers;

/// <summary>Every diagnostic descriptor of the package, in one place.</summary>
public static class Descriptors
{
    /// <summary>Where the rule pages are published: each rule's help link is this address followed by <c>{ID}.md</c>.</summary>
    public const string HelpLinkBase = "https://github.com/docanalyzers/docanalyzers/blob/main/docs/rules/";

    private const string Configuration = "DocAnalyzers.Configuration";
    private const string Repository = "DocAnalyzers.RepositoryDocumentation";
    private const string Api = "DocAnalyzers.ApiDocumentation";

    /// <summary>DOC001: DocAnalyzers configuration is unusable (docs/rules/DOC001.md).</summary>
    public static readonly DiagnosticDescriptor ConfigurationUnusable = Create(
        DiagnosticIds.ConfigurationUnusable,
        Configuration,
        "DocAnalyzers configuration is unusable",
        "DocAnalyzers configuration is unusable: {0}",
        "The documentation checks cannot run with this configuration; the message says which property or file to change.",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>DOC002: Documentation file cannot be analysed (docs/rules/DOC002.md).</summary>
    public static readonly DiagnosticDescriptor DocumentUnreadable = Create(
        DiagnosticIds.DocumentUnreadable,
        Configuration,
        "Documentation file cannot be analysed",
        "Documentation file '{0}' cannot be analysed: {1}",
        "A file given to DocAnalyzers as documentation could not be analysed, so its sections are not counted.");

    /// <summary>DOC100: Public API member has no documentation comment (docs/rules/DOC100.md).</summary>
    public static readonly DiagnosticDescriptor MissingDocumentation = Create(
        DiagnosticIds.MissingDocumentation,
        Api,
        "Public API member has no documentation comment",
        "'{0}' is part of the public API but has no documentation comment",
        "Every type and member of the public API surface (public, protected or protected internal, in types that are themselves visible) needs a documentation comment. <inheritdoc/> and <include> count as documentation.");

    /// <summary>DOC101: Documentation comment has no summary (docs/rules/DOC101.md).</summary>
    public static readonly DiagnosticDescriptor MissingSummary = Create(
        DiagnosticIds.MissingSummary,
        Api,
        "Documentation comment has no summary",
        "The documentation of '{0}' {1}",
        "A documentation comment must have a non-empty <summary>, unless it inherits its documentation with <inheritdoc/> or includes it with <include>.");

    /// <summary>DOC102: Parameter is not documented (docs/rules/DOC102.md).</summary>
    public static readonly DiagnosticDescriptor MissingParamTag = Create(
        DiagnosticIds.MissingParamTag,
        Api,
        "Parameter is not documented",
        "The documentation of '{0}' has no <param> tag for parameter '{1}'",
        "Each parameter of a documented member needs a <param> tag.");

    /// <summary>DOC103: &lt;param&gt; tag does not match a parameter (docs/rules/DOC103.md).</summary>
    public static readonly DiagnosticDescriptor UnmatchedParamTag = Create(
        DiagnosticIds.UnmatchedParamTag,
        Api,
        "<param> tag does not match a parameter",
        "The <param> tag for '{1}' {2} of '{0}'",
        "Each <param> tag must name a parameter of the member, and only once.");

    /// <summary>DOC104: Type parameter is not documented (docs/rules/DOC104.md).</summary>
    public static readonly DiagnosticDescriptor MissingTypeParamTag = Create(
        DiagnosticIds.MissingTypeParamTag,
        Api,
        "Type parameter is not documented",
        "The documentation of '{0}' has no <typeparam> tag for type parameter '{1}'",
        "Each type parameter of a documented type, method or delegate needs a <typeparam> tag.");

    /// <summary>DOC105: &lt;typeparam&gt; tag does not match a type parameter (docs/rules/DOC105.md).</summary>
    public static readonly DiagnosticDescriptor UnmatchedTypeParamTag = Create(
        DiagnosticIds.UnmatchedTypeParamTag,
        Api,
        "<typeparam> tag does not match a type parameter",
        "The <typeparam> tag for '{1}' {2} of '{0}'",
        "Each <typeparam> tag must name a type parameter of the type, method or delegate, and only once.");

    /// <summary>DOC106: Return value is not documented (docs/rules/DOC106.md).</summary>
    public static readonly DiagnosticDescriptor MissingReturns = Create(
        DiagnosticIds.MissingReturns,
        Api,
        "Return value is not documented",
        "The documentation of '{0}' has no <returns> tag",
        "A documented method, delegate, operator or conversion that returns a value needs a <returns> tag. Methods returning void, Task or ValueTask return no value.");

    /// <summary>DOC107: &lt;returns&gt; on a member that returns nothing (docs/rules/DOC107.md).</summary>
    public static readonly DiagnosticDescriptor ReturnsOnVoid = Create(
        DiagnosticIds.ReturnsOnVoid,
        Api,
        "<returns> on a member that returns nothing",
        "'{0}' returns nothing, but its documentation has a <returns> tag",
        "A <returns> tag on a void method or delegate, or on a constructor, documents a value that does not exist.");

    /// <summary>DOC108: Documentation is a placeholder (docs/rules/DOC108.md).</summary>
    public static readonly DiagnosticDescriptor PlaceholderDocumentation = Create(
        DiagnosticIds.PlaceholderDocumentation,
        Api,
        "Documentation is a placeholder",
        "The {0} of '{1}' is a placeholder ({2})",
        "A summary such as TODO or TBD, or one that only repeats the member's name, documents nothing; nor does a <param>, <returns> or other tag that holds only TODO.");

    /// <summary>DOC109: &lt;inheritdoc/&gt; has nothing to inherit from (docs/rules/DOC109.md).</summary>
    public static readonly DiagnosticDescriptor NothingToInherit = Create(
        DiagnosticIds.NothingToInherit,
        Api,
        "<inheritdoc/> has nothing to inherit from",
        "'{0}' uses <inheritdoc/> but overrides, implements and extends nothing it could inherit documentation from",
        "<inheritdoc/> without cref inherits from the overridden member, the implemented interface member, the base type or the base constructor with the same parameters. Without any of these, the member ends up undocumented.");

    /// <summary>DOC110: Thrown exception is not documented (docs/rules/DOC110.md).</summary>
    public static readonly DiagnosticDescriptor UndocumentedException = new(
        DiagnosticIds.UndocumentedException,
        "Thrown exception is not documented",
        "'{0}' throws '{1}', but its documentation has no <exception> tag for it",
        Api,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: false,
        "Each exception a documented member throws directly (throw new T(...) in its own body) needs an <exception cref=\"T\"> tag, or one for a base type of T. Off by default.",
        HelpLink(DiagnosticIds.UndocumentedException));

    /// <summary>DOC111: Documentation comment is not well-formed XML (docs/rules/DOC111.md).</summary>
    public static readonly DiagnosticDescriptor MalformedDocumentation = Create(
        DiagnosticIds.MalformedDocumentation,
        Api,
        "Documentation comment is not well-formed XML",
        "The documentation comment is not well-formed XML: {0}",
        "A documentation comment must be well-formed XML. The compiler reports this as CS1570 only when the project generates a documentation file; DocAnalyzers reports it when the compiler cannot.");

    /// <summary>DOC190: Public API documentation coverage is below the minimum (docs/rules/DOC190.md).</summary>
    public static readonly DiagnosticDescriptor CoverageBelowMinimum = Create(
        DiagnosticIds.CoverageBelowMinimum,
        Api,
        "Public API documentation coverage is below the minimum",
        "Public API documentation coverage is {0}% ({1} of {2} members undocumented), below the minimum of {3}% set by DocAnalyzersMinimumApiCoverage",
        "The share of public API members with a documentation comment is below the percentage set by the MSBuild property DocAnalyzersMinimumApiCoverage.",
        DiagnosticSeverity.Error,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>DOC200: Required documentation section is missing (docs/rules/DOC200.md).</summary>
    public static readonly DiagnosticDescriptor SectionMissing = Create(
        DiagnosticIds.SectionMissing,
        Repository,
        "Required documentation section is missing",
        "Required section '{0}' is missing{1}",
        "Every section of the documentation plan must appear in the repository's documentation, as a heading that names it (its title, an alias or the same words) or as a paragraph that starts with the section's name in bold followed by a colon. A missing section whose subsections are all missing is one finding.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>DOC201: Documentation section is empty (docs/rules/DOC201.md).</summary>
    public static readonly DiagnosticDescriptor SectionEmpty = Create(
        DiagnosticIds.SectionEmpty,
        Repository,
        "Documentation section is empty",
        "Section '{0}' is empty",
        "A section of the documentation plan has a heading but no content before the next heading of the same or a higher level.");

    /// <summary>DOC202: Documentation section holds only placeholder text (docs/rules/DOC202.md).</summary>
    public static readonly DiagnosticDescriptor SectionPlaceholder = Create(
        DiagnosticIds.SectionPlaceholder,
        Repository,
        "Documentation section holds only placeholder text",
        "Section '{0}' holds only placeholder text ('{1}')",
        "A section of the documentation plan holds only placeholder text such as TODO, TBD, FIXME, 'coming soon' or lorem ipsum.");

    /// <summary>DOC203: Documentation section is under a different parent than the plan puts it (docs/rules/DOC203.md).</summary>
    public static readonly DiagnosticDescriptor SectionMisplaced = Create(
        DiagnosticIds.SectionMisplaced,
        Repository,
        "Documentation section is under a different parent than the plan puts it",
        "Section '{0}' is {1}, but the plan puts it {2}",
        "A section of the documentation plan was found, but nested under a different section than the plan puts it.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>DOC204: Diagram section holds no diagram (docs/rules/DOC204.md).</summary>
    public static readonly DiagnosticDescriptor DiagramMissing = Create(
        DiagnosticIds.DiagramMissing,
        Repository,
        "Diagram section holds no diagram",
        "Section '{0}' holds no diagram: add an image or a mermaid, plantuml, dot, graphviz or d2 code block",
        "A section the plan marks as a diagram section must contain an image or a diagram code block.");

    /// <summary>DOC205: Documentation link is broken (docs/rules/DOC205.md).</summary>
    public static readonly DiagnosticDescriptor BrokenLink = Create(
        DiagnosticIds.BrokenLink,
        Repository,
        "Documentation link is broken",
        "Link '{0}' {1}",
        "A relative link, image or reference definition in the documentation points to a documentation file that does not exist, or its #fragment names no heading or anchor of the target file (GitHub's heading slugs, {#id} ids, name and id attributes). External URLs are not checked.");

    /// <summary>DOC206: No documentation files were found (docs/rules/DOC206.md).</summary>
    public static readonly DiagnosticDescriptor NoDocumentation = Create(
        DiagnosticIds.NoDocumentation,
        Repository,
        "No documentation files were found",
        "No documentation files were found{0} matching '{1}'; write a README.md, or name your documentation files with the MSBuild property DocAnalyzersDocs",
        "The repository has none of the documentation files DocAnalyzers looks for (README.md, docs/**/*.md, doc/**/*.md, documentation/**/*.md, CHANGELOG.md, CONTRIBUTING.md, or the DocAnalyzersDocs globs); the message names the root and the globs searched.",
        DiagnosticSeverity.Warning,
        WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>The help link of a rule: its page under docs/rules.</summary>
    /// <param name="id">The rule's ID, such as <c>DOC100</c>.</param>
    /// <returns>The address of the rule's page.</returns>
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
