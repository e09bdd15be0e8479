namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Word lists for names and prose. Type names end in a suffix and member names start with a verb or end in
/// a property word, so a member never collides with a type or another member's name.
/// </summary>
internal static class Words
{
    public static readonly string[] Nouns =
    [
        "Order", "Customer", "Invoice", "Payment", "Account", "Ledger", "Shipment", "Product", "Price", "Discount",
        "Report", "Schedule", "Session", "Token", "Profile", "Message", "Channel", "Queue", "Batch", "Record",
        "Document", "Folder", "Archive", "Metric", "Sample", "Signal", "Route", "Region", "Tenant", "Quota",
    ];

    public static readonly string[] TypeSuffixes =
    [
        "Service", "Repository", "Handler", "Processor", "Builder", "Options", "Result", "Cache", "Client",
        "Provider", "Factory", "Validator", "Manager", "Store", "Policy", "Context",
    ];

    public static readonly string[] Verbs =
    [
        "Get", "Find", "Load", "Save", "Compute", "Validate", "Format", "Parse", "Merge", "Split", "Apply",
        "Resolve", "Register", "Publish", "Estimate", "Normalize", "Convert", "Check", "Build", "Render",
    ];

    public static readonly string[] PropertyWords = ["Count", "Name", "Limit", "Label", "Total", "Weight", "Code", "Level"];

    public static readonly string[] EnumWords =
    [
        "None", "Pending", "Active", "Suspended", "Closed", "Archived", "Draft", "Approved", "Rejected", "Expired",
        "Queued", "Running", "Failed", "Completed", "Cancelled", "Retrying", "Paused", "Deleted",
        "Blocked", "Scheduled", "Verified", "Locked", "Merged", "Hidden", "Published", "Restored",
    ];

    public static readonly string[] ParameterNames =
    [
        "value", "count", "name", "key", "index", "limit", "source", "target", "offset", "label", "weight", "code",
    ];

    public static readonly string[] Adjectives =
    [
        "current", "pending", "cached", "configured", "requested", "validated", "default", "remote", "local", "effective",
    ];

    public static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    public static string Lower(string word) => char.ToLowerInvariant(word[0]) + word[1..];

    /// <summary>"Compute" becomes "computes", for summaries that read as sentences.</summary>
    public static string ThirdPerson(string verb) =>
        Lower(verb) switch
        {
            var v when v.EndsWith('h') || v.EndsWith('s') => v + "es",
            var v when v.EndsWith('y') => v[..^1] + "ies",
            var v => v + "s",
        };
}
