using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Reporting;

/// <summary>
/// One project as a build would compile it: its name, its project file, its compilation (with the parse options and
/// syntax tree options of the build) and the analyzer options the build hands the analyzers.
/// </summary>
internal sealed record LoadedProject(string Name, string FilePath, Compilation Compilation, AnalyzerOptions Options);
