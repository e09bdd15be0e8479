using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// Analyzer options from an <see cref="AnalyzerConfigSet"/>, as the compiler builds them for a build: the
/// global options (build_property.*) and each file's (build_metadata.AdditionalFiles.*) by its path.
/// </summary>
internal sealed class ConfigSetOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly AnalyzerConfigSet configs;

    public ConfigSetOptionsProvider(AnalyzerConfigSet configs)
    {
        this.configs = configs;
        GlobalOptions = new ConfigSetOptions(configs.GlobalConfigOptions.AnalyzerOptions);
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => For(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => For(textFile.Path);

    private ConfigSetOptions For(string path) => new(configs.GetOptionsForSourcePath(path).AnalyzerOptions);
}
