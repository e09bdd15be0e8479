using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.ApiDocs;

/// <summary>Where a member could inherit its documentation from, as <c>&lt;inheritdoc/&gt;</c> without cref resolves it.</summary>
internal static class Inheritance
{
    /// <summary>True when the member overrides a base member or implements an interface member, explicitly or implicitly.</summary>
    public static bool ImplementsOrOverrides(ISymbol symbol)
    {
        if (symbol.IsOverride)
        {
            return true;
        }

        if (symbol is not (IMethodSymbol or IPropertySymbol or IEventSymbol) || symbol.ContainingType is not { } type)
        {
            return false;
        }

        if (symbol switch
        {
            IMethodSymbol method => !method.ExplicitInterfaceImplementations.IsEmpty,
            IPropertySymbol property => !property.ExplicitInterfaceImplementations.IsEmpty,
            _ => !((IEventSymbol)symbol).ExplicitInterfaceImplementations.IsEmpty,
        })
        {
            return true;
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            foreach (ISymbol member in @interface.GetMembers(symbol.Name))
            {
                if (type.TypeKind == TypeKind.Interface)
                {
                    // An interface member that hides a base interface's member of the same name.
                    return true;
                }

                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), symbol))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <c>&lt;inheritdoc/&gt;</c> without cref has a source to inherit from.</summary>
    public static bool HasSource(ISymbol symbol) => HasUnresolvedBase(symbol as INamedTypeSymbol ?? symbol.ContainingType) || symbol switch
    {
        INamedTypeSymbol type => HasBaseDocumentation(type),
        IMethodSymbol { MethodKind: MethodKind.Constructor } constructor => HasMatchingBaseConstructor(constructor),
        _ => ImplementsOrOverrides(symbol),
    };

    // A base type or interface the compiler cannot resolve may well be the source: say nothing rather than guess.
    private static bool HasUnresolvedBase(INamedTypeSymbol? type)
    {
        if (type is null)
        {
            return false;
        }

        for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.TypeKind == TypeKind.Error)
            {
                return true;
            }
        }

        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (@interface.TypeKind == TypeKind.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBaseDocumentation(INamedTypeSymbol type)
    {
        // An enum's or a delegate's only sources would be System.Enum or System.Delegate, which say nothing about it.
        if (type.TypeKind is TypeKind.Enum or TypeKind.Delegate)
        {
            return false;
        }

        if (!type.AllInterfaces.IsEmpty)
        {
            return true;
        }

        return type.BaseType is { } baseType && baseType.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum or SpecialType.System_MulticastDelegate);
    }

    private static bool HasMatchingBaseConstructor(IMethodSymbol constructor)
    {
        if (constructor.ContainingType.BaseType is not { SpecialType: not SpecialType.System_Object } baseType)
        {
            return false;
        }

        foreach (IMethodSymbol candidate in baseType.InstanceConstructors)
        {
            if (SameParameterTypes(candidate.Parameters, constructor.Parameters))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SameParameterTypes(ImmutableArray<IParameterSymbol> left, ImmutableArray<IParameterSymbol> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }

        for (int i = 0; i < left.Length; i++)
        {
            if (!SymbolEqualityComparer.Default.Equals(left[i].Type, right[i].Type) || left[i].RefKind != right[i].RefKind)
            {
                return false;
            }
        }

        return true;
    }
}
