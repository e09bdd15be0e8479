using System;

namespace DocAnalyzers.Cli.Inputs;

/// <summary>A path or setting the tool cannot use: reported on standard error, exit code 2.</summary>
internal sealed class ConfigurationException : Exception
{
    public ConfigurationException(string message)
        : base(message)
    {
    }
}
