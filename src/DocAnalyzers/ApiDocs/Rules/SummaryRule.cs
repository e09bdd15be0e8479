namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC101: the comment has no <c>&lt;summary&gt;</c>, or an empty one.</summary>
internal static class SummaryRule
{
    public static void Analyze(DocumentedMember member)
    {
        if (member.Summary is not { } summary)
        {
            member.Report(Descriptors.MissingSummary, member.NameLocation, member.DisplayName, "has no <summary>");
        }
        else if (!summary.HasChildElements && member.SummaryText.Length == 0)
        {
            member.Report(Descriptors.MissingSummary, summary.TagLocation, member.DisplayName, "has an empty <summary>");
        }
    }
}
