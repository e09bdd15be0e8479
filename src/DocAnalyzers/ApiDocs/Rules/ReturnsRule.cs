using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>DOC106 and DOC107: a member that returns a value documents it with <c>&lt;returns&gt;</c>; one that returns nothing does not.</summary>
internal static class ReturnsRule
{
    public static void Analyze(DocumentedMember member)
    {
        if (ReturnedBy(member.Symbol) is not { } method)
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

    /// <summary>True when the symbol's documentation needs a <c>&lt;returns&gt;</c> tag.</summary>
    internal static bool ExpectsReturns(ISymbol symbol) => ReturnedBy(symbol) is { } method && ReturnsValue(method);

    /// <summary>The method whose return a comment documents: a method's own, a delegate's Invoke; null for other symbols.</summary>
    private static IMethodSymbol? ReturnedBy(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m,
        INamedTypeSymbol type => type.DelegateInvokeMethod,
        _ => null,
    };

    // A Task's <returns> may describe the task, so it is neither required nor stale.
    private static bool ReturnsValue(IMethodSymbol method) =>
        method.MethodKind != MethodKind.Constructor && !method.ReturnsVoid && !IsTaskWithoutResult(method.ReturnType);

    /// <summary>True for System.Threading.Tasks.Task or ValueTask with <paramref name="arity"/> type arguments.</summary>
    internal static bool IsTask(ITypeSymbol type, int arity) =>
        type is INamedTypeSymbol { Name: "Task" or "ValueTask", ContainingNamespace: { Name: "Tasks", ContainingNamespace: { Name: "Threading", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } } named
            && named.Arity == arity;

    // Awaiting a Task or ValueTask gives no value, so there is nothing for <returns> to describe.
    private static bool IsTaskWithoutResult(ITypeSymbol type) => IsTask(type, arity: 0);
}
