using System.Collections.Immutable;
using DocAnalyzers.Plan;
using Microsoft.CodeAnalysis;

namespace DocAnalyzers.Cli.Analysis;

/// <summary>
/// What the repository analysis found, for the commands that need more than the findings: the analyzer's diagnostics
/// with their properties, and the plan they were checked against (as the analyzer read it; null after DOC001).
/// </summary>
internal sealed record RepositoryAnalysis(CheckResult Result, ImmutableArray<Diagnostic> Diagnostics, DocumentationPlan? Plan);
