namespace DocAnalyzers;

/// <summary>The stable rule identifiers. An ID, once shipped, never changes meaning.</summary>
public static class DiagnosticIds
{
    public const string ConfigurationUnusable = "DOC001";
    public const string DocumentUnreadable = "DOC002";

    public const string MissingDocumentation = "DOC100";
    public const string MissingSummary = "DOC101";
    public const string MissingParamTag = "DOC102";
    public const string UnmatchedParamTag = "DOC103";
    public const string MissingTypeParamTag = "DOC104";
    public const string UnmatchedTypeParamTag = "DOC105";
    public const string MissingReturns = "DOC106";
    public const string ReturnsOnVoid = "DOC107";
    public const string PlaceholderDocumentation = "DOC108";
    public const string NothingToInherit = "DOC109";
    public const string UndocumentedException = "DOC110";
    public const string MalformedDocumentation = "DOC111";
    public const string CoverageBelowMinimum = "DOC190";

    public const string SectionMissing = "DOC200";
    public const string SectionEmpty = "DOC201";
    public const string SectionPlaceholder = "DOC202";
    public const string SectionMisplaced = "DOC203";
    public const string DiagramMissing = "DOC204";
    public const string BrokenLink = "DOC205";
    public const string NoDocumentation = "DOC206";
}
