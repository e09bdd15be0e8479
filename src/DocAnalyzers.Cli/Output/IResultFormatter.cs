using System.IO;
using DocAnalyzers.Cli.Analysis;

namespace DocAnalyzers.Cli.Output;

/// <summary>Writes the result of <c>check</c> in one output format: results in, text out; nothing else.</summary>
internal interface IResultFormatter
{
    void Write(CheckResult result, TextWriter writer);
}
