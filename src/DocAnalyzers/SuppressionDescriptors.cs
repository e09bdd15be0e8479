using Microsoft.CodeAnalysis;

namespace DocAnalyzers;

/// <summary>
/// The suppressions of the compiler's documentation warnings that a DOC1xx rule reports too. Each ID is DOCSP
/// followed by the number of the compiler warning it suppresses, and, once shipped, never changes meaning.
/// </summary>
public static class SuppressionDescriptors
{
    public static readonly SuppressionDescriptor MissingXmlComment = Create("DOCSP1591", "CS1591", DiagnosticIds.MissingDocumentation, "the same member");

    public static readonly SuppressionDescriptor UnmatchedParamTag = Create("DOCSP1572", "CS1572", DiagnosticIds.UnmatchedParamTag, "the same <param> tag");

    public static readonly SuppressionDescriptor MissingParamTag = Create("DOCSP1573", "CS1573", DiagnosticIds.MissingParamTag, "the same parameter");

    public static readonly SuppressionDescriptor UnmatchedTypeParamTag = Create("DOCSP1711", "CS1711", DiagnosticIds.UnmatchedTypeParamTag, "the same <typeparam> tag");

    public static readonly SuppressionDescriptor MissingTypeParamTag = Create("DOCSP1712", "CS1712", DiagnosticIds.MissingTypeParamTag, "the same type parameter");

    private static SuppressionDescriptor Create(string id, string compilerId, string ruleId, string what) =>
        new(id, compilerId, $"DocAnalyzers reports {what} as {ruleId}. To keep {compilerId} as well, set docanalyzers_api_keep_compiler_warnings = true in .editorconfig.");
}
