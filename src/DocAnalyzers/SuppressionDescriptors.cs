using Microsoft.CodeAnalysis;

namespace DocAnalyzers;

/// <summary>
/// The suppressions of the compiler's documentation warnings that a DOC1xx rule reports too. Each ID is DOCSP
/// followed by the number of the compiler warning it suppresses, and, once shipped, never changes meaning.
/// </summary>
public static class SuppressionDescriptors
{
    /// <summary>DOCSP1591: suppresses CS1591 where DOC100 reports the same member.</summary>
    public static readonly SuppressionDescriptor MissingXmlComment = Create("DOCSP1591", "CS1591", DiagnosticIds.MissingDocumentation, "the same member");

    /// <summary>DOCSP1572: suppresses CS1572 where DOC103 reports the same &lt;param&gt; tag.</summary>
    public static readonly SuppressionDescriptor UnmatchedParamTag = Create("DOCSP1572", "CS1572", DiagnosticIds.UnmatchedParamTag, "the same <param> tag");

    /// <summary>DOCSP1573: suppresses CS1573 where DOC102 reports the same parameter.</summary>
    public static readonly SuppressionDescriptor MissingParamTag = Create("DOCSP1573", "CS1573", DiagnosticIds.MissingParamTag, "the same parameter");

    /// <summary>DOCSP1711: suppresses CS1711 where DOC105 reports the same &lt;typeparam&gt; tag.</summary>
    public static readonly SuppressionDescriptor UnmatchedTypeParamTag = Create("DOCSP1711", "CS1711", DiagnosticIds.UnmatchedTypeParamTag, "the same <typeparam> tag");

    /// <summary>DOCSP1712: suppresses CS1712 where DOC104 reports the same type parameter.</summary>
    public static readonly SuppressionDescriptor MissingTypeParamTag = Create("DOCSP1712", "CS1712", DiagnosticIds.MissingTypeParamTag, "the same type parameter");

    private static SuppressionDescriptor Create(string id, string compilerId, string ruleId, string what) =>
        new(id, compilerId, $"DocAnalyzers reports {what} as {ruleId}. To keep {compilerId} as well, set docanalyzers_api_keep_compiler_warnings = true in .editorconfig.");
}
