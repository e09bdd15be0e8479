using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>A compiler documentation warning that a DOC1xx rule reports too, and where the two meet.</summary>
internal sealed class DuplicatedWarning
{
    public static readonly ImmutableArray<DuplicatedWarning> All = ImmutableArray.Create(
        new DuplicatedWarning(SuppressionDescriptors.MissingXmlComment, Descriptors.MissingDocumentation, nameInTag: false),
        new DuplicatedWarning(SuppressionDescriptors.UnmatchedParamTag, Descriptors.UnmatchedParamTag, nameInTag: true),
        new DuplicatedWarning(SuppressionDescriptors.MissingParamTag, Descriptors.MissingParamTag, nameInTag: false),
        new DuplicatedWarning(SuppressionDescriptors.UnmatchedTypeParamTag, Descriptors.UnmatchedTypeParamTag, nameInTag: true),
        new DuplicatedWarning(SuppressionDescriptors.MissingTypeParamTag, Descriptors.MissingTypeParamTag, nameInTag: false));

    // The compiler points at the name inside a tag, where the DOC rule reports the whole start tag;
    // otherwise both point at the same name (the member's, the parameter's).
    private readonly bool nameInTag;

    private DuplicatedWarning(SuppressionDescriptor suppression, DiagnosticDescriptor rule, bool nameInTag)
    {
        Suppression = suppression;
        Rule = rule;
        this.nameInTag = nameInTag;
    }

    public SuppressionDescriptor Suppression { get; }

    /// <summary>The DOC1xx rule that reports the same problem.</summary>
    public DiagnosticDescriptor Rule { get; }

    public static DuplicatedWarning? For(string compilerId)
    {
        foreach (DuplicatedWarning warning in All)
        {
            if (warning.Suppression.SuppressedDiagnosticId == compilerId)
            {
                return warning;
            }
        }

        return null;
    }

    /// <summary>True when a finding of <see cref="Rule"/> at <paramref name="finding"/> is about the compiler warning at <paramref name="warning"/>.</summary>
    public bool Matches(Location finding, Location warning) =>
        finding.SourceTree == warning.SourceTree
        && (nameInTag ? finding.SourceSpan.Contains(warning.SourceSpan) : finding.SourceSpan == warning.SourceSpan);
}
