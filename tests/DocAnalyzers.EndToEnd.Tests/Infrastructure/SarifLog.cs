using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the results of a SARIF 2.1 log that a build wrote (MSBuild's ErrorLog property).</summary>
internal static class SarifLog
{
    /// <summary>
    /// The property that makes the compiler write the log: the comma before the version is escaped, since
    /// MSBuild's command line would otherwise split the value there.
    /// </summary>
    public static string ErrorLogProperty(string path) => $"-p:ErrorLog={path}%2Cversion=2.1";

    public static IReadOnlyList<SarifResult> Read(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var results = new List<SarifResult>();
        foreach (JsonElement run in root.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out JsonElement runResults))
            {
                continue;
            }

            foreach (JsonElement result in runResults.EnumerateArray())
            {
                results.Add(Read(result));
            }
        }

        return results;
    }

    private static SarifResult Read(JsonElement result)
    {
        string? path = null;
        int? line = null;
        int? column = null;
        if (result.TryGetProperty("locations", out JsonElement locations) && locations.GetArrayLength() > 0
            && locations[0].TryGetProperty("physicalLocation", out JsonElement physical))
        {
            path = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() is { } uri ? new Uri(uri).LocalPath : null;
            if (physical.TryGetProperty("region", out JsonElement region))
            {
                line = region.GetProperty("startLine").GetInt32();
                column = region.GetProperty("startColumn").GetInt32();
            }
        }

        var suppressions = new List<string>();
        if (result.TryGetProperty("suppressions", out JsonElement suppressionArray))
        {
            suppressions.AddRange(suppressionArray.EnumerateArray().Select(s =>
                s.TryGetProperty("properties", out JsonElement properties) && properties.TryGetProperty("suppressionType", out JsonElement type)
                    ? type.GetString() ?? string.Empty
                    : s.GetProperty("kind").GetString() ?? string.Empty));
        }

        return new SarifResult(
            result.GetProperty("ruleId").GetString() ?? string.Empty,
            result.TryGetProperty("level", out JsonElement level) ? level.GetString() ?? "warning" : "warning",
            result.GetProperty("message").GetProperty("text").GetString() ?? string.Empty,
            path,
            line,
            column,
            suppressions);
    }
}
