using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Cli.Projects;

/// <summary>
/// One C# project as a build compiles it, loaded by <see cref="ProjectLoader"/>: the compilation (its syntax trees
/// carry the project's parse options, so the documentation mode is the build's: <c>None</c> unless
/// GenerateDocumentationFile is set) and the analyzer options (the project's .editorconfig and global configs, the
/// generated global config of build properties, and its additional files). Hand both to
/// <see cref="Compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray{DiagnosticAnalyzer}, AnalyzerOptions)"/>
/// to run analyzers as the build runs them.
/// </summary>
/// <param name="Name">The project's name as the workspace gives it; a project with several target frameworks is loaded once per framework, as <c>Name(tfm)</c>.</param>
/// <param name="FilePath">The full path of the project file.</param>
/// <param name="Compilation">The project's compilation, with its references, source generators' output and compilation options (severities from NoWarn, WarningsAsErrors and .editorconfig).</param>
/// <param name="Options">The project's analyzer options.</param>
internal sealed record LoadedProject(string Name, string FilePath, Compilation Compilation, AnalyzerOptions Options);
