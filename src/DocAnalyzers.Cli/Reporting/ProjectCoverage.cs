using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>The API coverage of one project, in all and per namespace (namespaces in ordinal order).</summary>
internal sealed record ProjectCoverage(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("path")] string? Path,
    [property: JsonPropertyName("coverage")] CoverageCount Coverage,
    [property: JsonPropertyName("namespaces")] IReadOnlyList<NamespaceCoverage> Namespaces);
