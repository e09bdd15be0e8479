using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocAnalyzers.Cli.Analysis;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Output;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning takes it: the rules with short and full descriptions, help text and
/// help link; each result's rule, level, message and location relative to the repository root
/// (<c>%SRCROOT%</c>), and a <c>primaryLocationLineHash</c> so an alert follows its line when lines move.
/// </summary>
internal sealed class SarifFormatter : IResultFormatter
{
    public const string RootBaseId = "%SRCROOT%";

    public void Write(CheckResult result, TextWriter writer) => JsonWriting.WriteTo(writer, json =>
    {
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "DocAnalyzers");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (DiagnosticDescriptor rule in result.Rules)
        {
            ruleIndex[rule.Id] = ruleIndex.Count;
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(RootBaseId);
        json.WriteString("uri", new Uri(result.Inputs.Root).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Finding finding in result.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.Id);
            if (ruleIndex.TryGetValue(finding.Id, out int index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", Level(finding.Severity));
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            if (finding.Path is not null)
            {
                WriteLocation(json, finding);
                json.WriteStartObject("partialFingerprints");
                json.WriteString("primaryLocationLineHash", LineHash(finding, occurrences));
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>SARIF's level for a severity: error, warning, note (info), none (hidden).</summary>
    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// A hash of the rule, the file and the finding's line with its whitespace removed, then ':' and the how-many-th
    /// such line it is: the same finding keeps its hash when lines above it are added, as GitHub's own hash does.
    /// </summary>
    public static string LineHash(Finding finding, Dictionary<string, int> occurrences)
    {
        var line = new StringBuilder();
        foreach (char c in finding.LineText)
        {
            if (!char.IsWhiteSpace(c))
            {
                line.Append(c);
            }
        }

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.Id}\n{finding.Path}\n{line}\n{finding.Message}"));
        string key = Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
        occurrences[key] = occurrences.TryGetValue(key, out int seen) ? seen + 1 : 1;
        return key + ":" + occurrences[key].ToString(CultureInfo.InvariantCulture);
    }

    private static void WriteRule(Utf8JsonWriter json, DiagnosticDescriptor rule)
    {
        string title = rule.Title.ToString(CultureInfo.InvariantCulture);
        string description = rule.Description.ToString(CultureInfo.InvariantCulture);
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", Name(title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", description.Length > 0 ? description : title);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", $"{(description.Length > 0 ? description : title)} See {rule.HelpLinkUri}");
        json.WriteString("markdown", $"{(description.Length > 0 ? description : title)} See [{rule.Id}]({rule.HelpLinkUri}).");
        json.WriteEndObject();
        json.WriteString("helpUri", rule.HelpLinkUri);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", rule.IsEnabledByDefault ? Level(rule.DefaultSeverity) : "none");
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("category", rule.Category);
        json.WriteStartArray("tags");
        json.WriteStringValue("documentation");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A rule's readable name from its title ("Documentation section is empty" is DocumentationSectionIsEmpty): SARIF wants it unlike the id.</summary>
    public static string Name(string title)
    {
        var name = new StringBuilder();
        foreach (string word in title.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string letters = new(Array.FindAll(word.ToCharArray(), char.IsLetterOrDigit));
            if (letters.Length > 0)
            {
                name.Append(char.ToUpperInvariant(letters[0])).Append(letters, 1, letters.Length - 1);
            }
        }

        return name.ToString();
    }

    private static void WriteLocation(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", EscapeUri(finding.Path!));
        json.WriteString("uriBaseId", RootBaseId);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", finding.Line);
        json.WriteNumber("startColumn", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    // A relative URI reference: each path segment escaped, the '/' between them kept.
    private static string EscapeUri(string path) => string.Join("/", Array.ConvertAll(path.Split('/'), Uri.EscapeDataString));
}
