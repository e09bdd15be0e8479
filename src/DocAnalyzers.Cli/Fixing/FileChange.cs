namespace DocAnalyzers.Cli.Fixing;

/// <summary>A documentation file a fix changed or created: its full path, its text before (null when new) and after.</summary>
internal sealed record FileChange(string Path, string? OldText, string NewText);
