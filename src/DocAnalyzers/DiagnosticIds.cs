namespace DocAnalyzers;

/// <summary>The stable rule identifiers. An ID, once shipped, never changes meaning.</summary>
public static class DiagnosticIds
{
    /// <summary>DOC001: DocAnalyzers configuration is unusable.</summary>
    public const string ConfigurationUnusable = "DOC001";

    /// <summary>DOC002: Documentation file cannot be analysed.</summary>
    public const string DocumentUnreadable = "DOC002";

    /// <summary>DOC100: Public API member has no documentation comment.</summary>
    public const string MissingDocumentation = "DOC100";

    /// <summary>DOC101: Documentation comment has no summary.</summary>
    public const string MissingSummary = "DOC101";

    /// <summary>DOC102: Parameter is not documented.</summary>
    public const string MissingParamTag = "DOC102";

    /// <summary>DOC103: &lt;param&gt; tag does not match a parameter.</summary>
    public const string UnmatchedParamTag = "DOC103";

    /// <summary>DOC104: Type parameter is not documented.</summary>
    public const string MissingTypeParamTag = "DOC104";

    /// <summary>DOC105: &lt;typeparam&gt; tag does not match a type parameter.</summary>
    public const string UnmatchedTypeParamTag = "DOC105";

    /// <summary>DOC106: Return value is not documented.</summary>
    public const string MissingReturns = "DOC106";

    /// <summary>DOC107: &lt;returns&gt; on a member that returns nothing.</summary>
    public const string ReturnsOnVoid = "DOC107";

    /// <summary>DOC108: Documentation is a placeholder.</summary>
    public const string PlaceholderDocumentation = "DOC108";

    /// <summary>DOC109: &lt;inheritdoc/&gt; has nothing to inherit from.</summary>
    public const string NothingToInherit = "DOC109";

    /// <summary>DOC110: Thrown exception is not documented.</summary>
    public const string UndocumentedException = "DOC110";

    /// <summary>DOC111: Documentation comment is not well-formed XML.</summary>
    public const string MalformedDocumentation = "DOC111";

    /// <summary>DOC190: Public API documentation coverage is below the minimum.</summary>
    public const string CoverageBelowMinimum = "DOC190";

    /// <summary>DOC200: Required documentation section is missing.</summary>
    public const string SectionMissing = "DOC200";

    /// <summary>DOC201: Documentation section is empty.</summary>
    public const string SectionEmpty = "DOC201";

    /// <summary>DOC202: Documentation section holds only placeholder text.</summary>
    public const string SectionPlaceholder = "DOC202";

    /// <summary>DOC203: Documentation section is under a different parent than the plan puts it.</summary>
    public const string SectionMisplaced = "DOC203";

    /// <summary>DOC204: Diagram section holds no diagram.</summary>
    public const string DiagramMissing = "DOC204";

    /// <summary>DOC205: Documentation link is broken.</summary>
    public const string BrokenLink = "DOC205";

    /// <summary>DOC206: No documentation files were found.</summary>
    public const string NoDocumentation = "DOC206";
}
