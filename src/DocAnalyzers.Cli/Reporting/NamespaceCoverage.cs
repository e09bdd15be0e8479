using System.Text.Json.Serialization;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>The API coverage of one namespace of one project.</summary>
internal sealed record NamespaceCoverage(
    [property: JsonPropertyName("namespace")] string Namespace,
    [property: JsonPropertyName("coverage")] CoverageCount Coverage)
{
    /// <summary>How the report names the global namespace.</summary>
    public const string GlobalNamespace = "(global namespace)";
}
