using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>The options .editorconfig and global configs give one file (or the whole project), as the analyzer reads them.</summary>
internal sealed class ConfigSetOptions : AnalyzerConfigOptions
{
    private readonly ImmutableDictionary<string, string> options;

    public ConfigSetOptions(ImmutableDictionary<string, string> options) => this.options = options;

    public override IEnumerable<string> Keys => options.Keys;

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => options.TryGetValue(key, out value);
}
