using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs.Rules;

/// <summary>
/// The shared check of <c>&lt;param&gt;</c> and <c>&lt;typeparam&gt;</c>: each declared name needs one tag,
/// and each tag must name a declared name once.
/// </summary>
internal static class NamedTags
{
    public static void Check<TSymbol>(DocumentedMember member, string tagName, ImmutableArray<TSymbol> declared, DiagnosticDescriptor missing, DiagnosticDescriptor unmatched)
        where TSymbol : ISymbol
    {
        HashSet<string>? documented = null;
        foreach (DocElement tag in member.Comment.Elements)
        {
            if (tag.Name != tagName)
            {
                continue;
            }

            string name = tag.NameAttribute() ?? string.Empty;
            documented ??= new HashSet<string>(System.StringComparer.Ordinal);
            if (!Declares(declared, name))
            {
                member.Report(unmatched, tag.TagLocation, member.DisplayName, name, "names no " + Noun(tagName));
            }
            else if (!documented.Add(name))
            {
                member.Report(unmatched, tag.TagLocation, member.DisplayName, name, "repeats a " + Noun(tagName) + " already documented");
            }
        }

        foreach (TSymbol symbol in declared)
        {
            if (documented is null || !documented.Contains(symbol.Name))
            {
                member.Report(missing, symbol.Locations[0], member.DisplayName, symbol.Name);
            }
        }
    }

    private static string Noun(string tagName) => tagName == "param" ? "parameter" : "type parameter";

    private static bool Declares<TSymbol>(ImmutableArray<TSymbol> declared, string name)
        where TSymbol : ISymbol
    {
        foreach (TSymbol symbol in declared)
        {
            if (symbol.Name == name)
            {
                return true;
            }
        }

        return false;
    }
}
