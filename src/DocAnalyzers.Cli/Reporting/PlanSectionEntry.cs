using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// One section of the plan and its status; where a finding names it, the file and line of the first such finding
/// (the section's heading for DOC201 and DOC202, the heading its parent has, where the fix goes, for DOC200).
/// </summary>
internal sealed record PlanSectionEntry(
    [property: JsonPropertyName("path")] IReadOnlyList<string> Path,
    [property: JsonPropertyName("status")] PlanSectionStatus Status,
    [property: JsonPropertyName("file")] string? File,
    [property: JsonPropertyName("line")] int Line)
{
    /// <summary>The section's own title, the last of its path.</summary>
    [JsonIgnore]
    public string Title => Path[Path.Count - 1];

    /// <summary>0 for a chapter, 1 for its subsections, and so on.</summary>
    [JsonIgnore]
    public int Depth => Path.Count - 1;
}
