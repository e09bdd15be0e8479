namespace DocAnalyzers;

/// <summary>
/// The words that stand in for text not written yet, shared by DOC108 (API summaries and tags) and DOC202
/// (markdown sections) so both rules agree on what a placeholder is. Each rule decides where a marker may end.
/// </summary>
internal static class PlaceholderMarkers
{
    /// <summary>The markers in lower case, longest first, so a longer marker wins over one it starts with.</summary>
    public static readonly string[] All =
    {
        "to be determined", "work in progress", "to be completed", "to be confirmed", "to be decided", "to be defined",
        "to be written", "to be added", "coming soon", "lorem ipsum", "placeholder", "to be done", "fill me in",
        "fill in", "fixme", "to do", "to-do", "todo", "tbd", "tba", "tbc", "xxx", "wip", "...", "\u2026",
    };
}
