namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC109: <c>&lt;inheritdoc/&gt;</c> without cref on a member that has nothing to inherit from.</summary>
internal static class InheritDocRule
{
    public static void Analyze(DocumentedMember member, DocElement inheritDoc)
    {
        if (!inheritDoc.HasAttribute("cref") && !Inheritance.HasSource(member.Symbol))
        {
            member.Report(Descriptors.NothingToInherit, inheritDoc.TagLocation, member.DisplayName);
        }
    }
}
