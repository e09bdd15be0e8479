namespace DocAnalyzers.ApiDocs;

/// <summary>What the DOC1xx rules make of one symbol, as <see cref="ApiDocClassification.Classify"/> finds it.</summary>
internal enum ApiDocStatus
{
    /// <summary>Not part of the public API surface under the file's options, or no DOC1xx rule runs there.</summary>
    NotChecked,

    /// <summary>No documentation comment: DOC100's member, counted as undocumented by DOC190.</summary>
    Undocumented,

    /// <summary>No documentation comment, but an option treats it as if it had <c>&lt;inheritdoc/&gt;</c>.</summary>
    Exempt,

    /// <summary>A primary constructor or a positional record's property: the type's comment documents it, and the type's analysis checks that comment.</summary>
    DocumentedByType,

    /// <summary>The comment has <c>&lt;include&gt;</c>: its content is in a file an analyzer cannot read, so it is not checked.</summary>
    Included,

    /// <summary>The comment has <c>&lt;inheritdoc/&gt;</c>: only DOC109 checks it.</summary>
    Inherited,

    /// <summary>The comment is checked by the content rules, DOC101 to DOC108.</summary>
    Documented,
}
