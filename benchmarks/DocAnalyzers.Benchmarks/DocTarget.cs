namespace DocAnalyzers.Benchmarks;

/// <summary>What a documentation comment describes: enough to write a correct one, or a known-wrong one.</summary>
internal sealed record DocTarget(string Summary)
{
    public IReadOnlyList<string> Parameters { get; init; } = [];

    public IReadOnlyList<string> TypeParameters { get; init; } = [];

    public bool ReturnsValue { get; init; }

    /// <summary>A void method or delegate, or a constructor: a &lt;returns&gt; on it is a defect (on a Task it is not).</summary>
    public bool ReturnsVoid { get; init; }

    /// <summary>An override or interface implementation, where &lt;inheritdoc/&gt; is correct.</summary>
    public bool CanInherit { get; init; }

    /// <summary>Part of the public API surface; defects are seeded only there so their counts are comparable.</summary>
    public bool Visible { get; init; }

    public bool IsType { get; init; }

    /// <summary>The exception type the body throws directly, if any.</summary>
    public string? Throws { get; init; }
}
