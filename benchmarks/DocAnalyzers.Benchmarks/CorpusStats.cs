namespace DocAnalyzers.Benchmarks;

/// <summary>What the generator wrote, so the report can state the corpus size and the seeded defects.</summary>
internal sealed class CorpusStats
{
    public int Files { get; set; }

    public long Characters { get; set; }

    public int Types { get; set; }

    public int Members { get; set; }

    public int UndocumentedTypes { get; set; }

    public int UndocumentedMembers { get; set; }

    /// <summary>
    /// Undocumented types and members of the public API surface, plus the primary constructors and properties of
    /// undocumented public positional records: what CS1591 should find.
    /// </summary>
    public int UndocumentedVisible { get; set; }

    public int InheritDoc { get; set; }

    /// <summary>Seeded defects by kind, counted only on the public API surface.</summary>
    public SortedDictionary<string, int> Defects { get; } = new(StringComparer.Ordinal);

    public void AddDefect(string kind) => Defects[kind] = Defects.GetValueOrDefault(kind) + 1;
}
