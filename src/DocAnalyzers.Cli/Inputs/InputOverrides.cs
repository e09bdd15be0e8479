namespace DocAnalyzers.Cli.Inputs;

/// <summary>What the command line sets over Directory.Build.props; null keeps the repository's value.</summary>
internal sealed record InputOverrides(string? Plan = null, string? Template = null);
