namespace DocAnalyzers.Cli;

/// <summary>What the tool's exit code says, one thing each (as markdownlint-cli2's).</summary>
internal static class ExitCodes
{
    /// <summary>Nothing at or above the failing severity (check), or the files were written (fix, init).</summary>
    public const int Success = 0;

    /// <summary>check found something at or above <c>--fail-on</c>.</summary>
    public const int Findings = 1;

    /// <summary>A usage or configuration error: bad arguments or path, an unusable plan or template (DOC001), an unreadable file.</summary>
    public const int UsageOrConfiguration = 2;
}
