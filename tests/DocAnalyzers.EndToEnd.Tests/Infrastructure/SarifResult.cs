using System.Collections.Generic;

namespace DocAnalyzers.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One result of a SARIF 2.1 log as the compiler writes it with <c>/errorlog:file,version=2.1</c>. A suppressed
/// result has suppressions, each described by its suppressionType property: <c>Pragma Directive</c>,
/// <c>SuppressMessageAttribute</c>, or <c>DiagnosticSuppressor { Suppression Id: ID, Suppression Justification: text }</c>.
/// </summary>
internal sealed record SarifResult(string RuleId, string Level, string Message, string? Path, int? Line, int? Column, IReadOnlyList<string> Suppressions)
{
    public bool IsSuppressed => Suppressions.Count > 0;
}
