using System;
using System.Globalization;
using System.Text.Json.Serialization;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// API members and the undocumented ones among them, as DOC190 counts them, and the coverage they give: the share of
/// documented members, 100% for none.
/// </summary>
internal sealed record CoverageCount(
    [property: JsonPropertyName("members")] int Members,
    [property: JsonPropertyName("undocumented")] int Undocumented)
{
    public static CoverageCount None { get; } = new(0, 0);

    [JsonIgnore]
    public int Documented => Members - Undocumented;

    /// <summary>
    /// The coverage in percent rounded down to one decimal, computed as DOC190 computes, shows and compares it, so
    /// that 89.95% is neither printed as 90.0% nor called 90 or above.
    /// </summary>
    [JsonPropertyName("percent")]
    public double Percent => Members == 0 ? 100 : Math.Floor(100.0 * Documented / Members * 10) / 10;

    /// <summary>"80.6%", "100%".</summary>
    public static string Format(double percent) => percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public CoverageCount Add(CoverageCount other) => new(Members + other.Members, Undocumented + other.Undocumented);
}
