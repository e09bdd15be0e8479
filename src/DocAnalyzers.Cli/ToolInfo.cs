using System.Reflection;

namespace DocAnalyzers.Cli;

/// <summary>The tool's name and version, as the output formats name it.</summary>
internal static class ToolInfo
{
    public const string Name = "docanalyzers";

    /// <summary>The package version (Directory.Build.props), without the source revision the SDK appends.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>The project's home: the rules' help links without the path under the repository.</summary>
    public static string InformationUri { get; } = Descriptors.HelpLinkBase.Substring(0, Descriptors.HelpLinkBase.IndexOf("/blob/", System.StringComparison.Ordinal));

    private static string ReadVersion()
    {
        string? informational = typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is null ? "0.0.0" : informational.Split('+')[0];
    }
}
