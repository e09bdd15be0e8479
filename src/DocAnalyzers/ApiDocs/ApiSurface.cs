using System;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DocAnalyzers.ApiDocs;

/// <summary>
/// Which symbols are part of the public API surface, with the same answer as the compiler's CS1591
/// under the default options.
/// </summary>
internal static class ApiSurface
{
    // TypeKind.Extension (C# 14) is newer than the Roslyn this assembly compiles against.
    private const TypeKind ExtensionBlock = (TypeKind)14;

    // PartialImplementationPart on properties (C# 13) and events (C# 14) is newer than Roslyn 4.8:
    // bound once to the running compiler's getters, or null when it has none.
    private static readonly Func<IPropertySymbol, IPropertySymbol?>? PropertyImplementationPart = Getter<IPropertySymbol>("PartialImplementationPart");
    private static readonly Func<IPropertySymbol, IPropertySymbol?>? PropertyDefinitionPart = Getter<IPropertySymbol>("PartialDefinitionPart");
    private static readonly Func<IEventSymbol, IEventSymbol?>? EventImplementationPart = Getter<IEventSymbol>("PartialImplementationPart");
    private static readonly Func<IEventSymbol, IEventSymbol?>? EventDefinitionPart = Getter<IEventSymbol>("PartialDefinitionPart");

    /// <summary>
    /// True for a symbol the compiler would ask a documentation comment of: declared explicitly,
    /// not an accessor, not a partial method without implementation, not an extension block.
    /// A partial member's implementation part is documentable: callers map it to its definition.
    /// </summary>
    public static bool IsDocumentable(ISymbol symbol)
    {
        if (symbol.IsImplicitlyDeclared)
        {
            return false;
        }

        switch (symbol)
        {
            case IMethodSymbol method:
                return method.MethodKind switch
                {
                    MethodKind.PropertyGet or MethodKind.PropertySet or MethodKind.EventAdd or MethodKind.EventRemove or MethodKind.EventRaise => false,
                    _ => !method.IsPartialDefinition || method.PartialImplementationPart is not null,
                };
            case INamedTypeSymbol type:
                return type.TypeKind != ExtensionBlock;
            default:
                return symbol is IFieldSymbol or IPropertySymbol or IEventSymbol;
        }
    }

    /// <summary>True when the symbol and every type containing it are visible outside the assembly (or inside, when internal members are included).</summary>
    public static bool IsVisible(ISymbol symbol, ApiDocOptions options)
    {
        for (ISymbol? current = symbol; current is not null; current = current.ContainingType)
        {
            switch (current.DeclaredAccessibility)
            {
                case Accessibility.Public:
                    break;
                case Accessibility.Protected:
                case Accessibility.ProtectedOrInternal:
                    if (options.ExcludeProtectedInSealedTypes && current.ContainingType is { IsSealed: true }
                        && !(options.IncludeInternal && current.DeclaredAccessibility == Accessibility.ProtectedOrInternal))
                    {
                        return false;
                    }

                    break;
                case Accessibility.Internal:
                case Accessibility.ProtectedAndInternal:
                    if (!options.IncludeInternal)
                    {
                        return false;
                    }

                    break;
                default:
                    return false;
            }
        }

        return true;
    }

    /// <summary>The definition part of a partial member's implementation part, or null for any other symbol.</summary>
    public static ISymbol? PartialDefinition(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.PartialDefinitionPart,
        IPropertySymbol property => PropertyDefinitionPart?.Invoke(property),
        IEventSymbol @event => EventDefinitionPart?.Invoke(@event),
        _ => null,
    };

    /// <summary>The implementation part of a partial method, property or event, whose comment wins over the definition's.</summary>
    public static ISymbol? PartialImplementation(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.PartialImplementationPart,
        IPropertySymbol property => PropertyImplementationPart?.Invoke(property),
        IEventSymbol @event => EventImplementationPart?.Invoke(@event),
        _ => null,
    };

    /// <summary>True for a constructor declared by a parameter list on the type (a primary constructor or a positional record's).</summary>
    public static bool IsPrimaryConstructor(IMethodSymbol method) =>
        method.MethodKind == MethodKind.Constructor && DeclaredOnType(method);

    /// <summary>True for the property a positional record declares for one of its parameters.</summary>
    public static bool IsPositionalProperty(ISymbol symbol) =>
        symbol is IPropertySymbol { ContainingType.IsRecord: true } && symbol.DeclaringSyntaxReferences.Length == 1 && symbol.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax;

    /// <summary>The primary constructor of a type, whose parameters the type's comment documents.</summary>
    public static IMethodSymbol? PrimaryConstructor(INamedTypeSymbol type)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return null;
        }

        foreach (IMethodSymbol constructor in type.InstanceConstructors)
        {
            if (!constructor.IsImplicitlyDeclared && DeclaredOnType(constructor))
            {
                return constructor;
            }
        }

        return null;
    }

    private static bool DeclaredOnType(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax() is TypeDeclarationSyntax;

    private static Func<TSymbol, TSymbol?>? Getter<TSymbol>(string name)
        where TSymbol : class
    {
        MethodInfo? getter = typeof(TSymbol).GetRuntimeProperty(name)?.GetMethod;
        return getter is null || getter.ReturnType != typeof(TSymbol)
            ? null
            : (Func<TSymbol, TSymbol?>)getter.CreateDelegate(typeof(Func<TSymbol, TSymbol?>));
    }
}
