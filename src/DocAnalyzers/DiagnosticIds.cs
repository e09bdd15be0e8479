namespace DocAnalyzers;

/// <summary>The stable rule identifiers. An ID, once shipped, never changes meaning.</summary>
public static class DiagnosticIds
{
    public const string ConfigurationUnusable = "DOC001";
    public const string DocumentUnreadable = "DOC002";

    public const string SectionMissing = "DOC200";
    public const string SectionEmpty = "DOC201";
    public const string SectionPlaceholder = "DOC202";
    public const string SectionMisplaced = "DOC203";
    public const string DiagramMissing = "DOC204";
    public const string NoDocumentation = "DOC206";
}
