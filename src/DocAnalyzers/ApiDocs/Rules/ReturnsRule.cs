using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC106 and DOC107: a member that returns a value documents it with <c>&lt;returns&gt;</c>; one that returns nothing does not.</summary>
internal static class ReturnsRule
{
    public static void Analyze(DocumentedMember member)
    {
        IMethodSymbol? method = member.Symbol switch
        {
            IMethodSymbol m => m,
            INamedTypeSymbol type => type.DelegateInvokeMethod,
            _ => null,
        };
        if (method is null)
        {
            return;
        }

        DocElement? returns = member.Comment.Find("returns");
        if (method.MethodKind == MethodKind.Constructor || method.ReturnsVoid)
        {
            if (returns is { } tag)
            {
                member.Report(Descriptors.ReturnsOnVoid, tag.TagLocation, member.DisplayName);
            }
        }
        else if (returns is null && !IsTaskWithoutResult(method.ReturnType))
        {
            member.Report(Descriptors.MissingReturns, member.NameLocation, member.DisplayName);
        }
    }

    // Awaiting a Task or ValueTask gives no value, so there is nothing for <returns> to describe.
    private static bool IsTaskWithoutResult(ITypeSymbol type) =>
        type is INamedTypeSymbol { Arity: 0, Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };
}
