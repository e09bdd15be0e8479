namespace DocAnalyzers.Benchmarks;

internal enum TypeShape
{
    Class,
    Struct,
    Record,
    Interface,
    StaticClass,
}

/// <summary>The type whose members are being written: what the members may declare and how to name it.</summary>
/// <param name="Name">The bare name, as a constructor spells it.</param>
/// <param name="Self">The name with its type parameters, as a parameter type spells it.</param>
/// <param name="Cref">The name as a cref spells it.</param>
/// <param name="Visible">Whether the type is part of the public API surface.</param>
/// <param name="Sealed">Whether protected members would be pointless (and a warning).</param>
internal sealed record GeneratedType(
    string Name,
    string Self,
    string Cref,
    TypeShape Shape,
    bool Visible,
    bool Sealed,
    IReadOnlyList<string> TypeParameters)
{
    public string Keyword => Shape == TypeShape.Struct ? "struct" : "class";
}
