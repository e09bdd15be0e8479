using System.Text.Json.Serialization;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>What the repository analysis found for one plan section.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanSectionStatus>))]
internal enum PlanSectionStatus
{
    /// <summary>No finding names the section: it is there with content.</summary>
    [JsonStringEnumMemberName("present")]
    Present,

    /// <summary>DOC201: its heading is followed by nothing.</summary>
    [JsonStringEnumMemberName("empty")]
    Empty,

    /// <summary>DOC202: its text is only placeholder text.</summary>
    [JsonStringEnumMemberName("placeholder")]
    Placeholder,

    /// <summary>DOC200: it is missing, or it is under a missing chapter reported with its subsections, or there is no documentation at all (DOC206).</summary>
    [JsonStringEnumMemberName("missing")]
    Missing,

    /// <summary>The plan marks it, or a section above it, optional and no finding names it: present, or absent and not required.</summary>
    [JsonStringEnumMemberName("optional")]
    Optional,
}
