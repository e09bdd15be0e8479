using System.Collections.Generic;
using System.Linq;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>
/// The words the drafts trust. A name becomes a sentence only when its first word is a verb listed here (or a
/// predicate such as "Is"), and none of its words is an abbreviation; anything else gets a TODO prompt, since a
/// sentence built from a word the draft does not understand reads wrong ("Areas the rectangle.", "The obj.").
/// </summary>
internal static class Vocabulary
{
    /// <summary>Verbs whose object, when the name has none, is the instance: <c>Clear()</c> clears the store.</summary>
    public static readonly HashSet<string> SelfVerbs = Set(
        "abort", "activate", "cancel", "clear", "clone", "close", "commit", "compact", "complete", "connect", "deactivate",
        "describe", "destroy", "disable", "disconnect", "dispose", "draw", "enable", "execute", "finish", "flush", "freeze",
        "hide", "initialize", "invalidate", "load", "lock", "normalize", "open", "optimize", "pause", "peek", "pop", "print", "rebuild",
        "refresh", "reload", "render", "reset", "resize", "restart", "resume", "reverse", "rollback", "rotate", "run",
        "save", "scale", "seal", "serialize", "show", "shuffle", "shutdown", "simplify", "sort", "start", "stop", "suspend",
        "trim", "unlock", "update", "validate", "verify");

    /// <summary>
    /// Verbs whose object, when the name has none, is the first parameter, with the preposition (or null) that
    /// names the instance after it: <c>Add(Shape shape)</c> adds the shape to the store.
    /// </summary>
    public static readonly Dictionary<string, string?> ArgumentVerbs = new(System.StringComparer.Ordinal)
    {
        ["add"] = "to", ["append"] = "to", ["attach"] = "to", ["insert"] = "into", ["prepend"] = "to", ["push"] = "onto",
        ["enqueue"] = null, ["remove"] = "from", ["delete"] = "from", ["detach"] = "from", ["register"] = "with",
        ["unregister"] = "from", ["update"] = "in", ["accept"] = null, ["apply"] = null, ["capture"] = null,
        ["configure"] = null, ["decode"] = null, ["decrypt"] = null, ["deserialize"] = null, ["destructure"] = null,
        ["dispatch"] = null, ["emit"] = null, ["encode"] = null, ["encrypt"] = null, ["enrich"] = null, ["evaluate"] = null,
        ["execute"] = null, ["export"] = null, ["filter"] = null, ["format"] = null, ["handle"] = null, ["import"] = null,
        ["log"] = null, ["merge"] = null, ["notify"] = null, ["parse"] = null, ["post"] = null, ["process"] = null,
        ["publish"] = null, ["report"] = null, ["sanitize"] = null, ["schedule"] = null, ["send"] = null, ["serialize"] = null,
        ["set"] = null, ["sign"] = null, ["track"] = null, ["transform"] = null, ["use"] = null, ["validate"] = null,
        ["verify"] = null, ["visit"] = null, ["wrap"] = null, ["write"] = null,
    };

    /// <summary>Verbs that get something: the object is in the name, and a method without parameters gets it "of" the instance.</summary>
    public static readonly HashSet<string> GetterVerbs = Set("get", "compute", "calculate", "measure", "estimate");

    /// <summary>Verbs that make something new: "Creates a sink."</summary>
    public static readonly HashSet<string> CreatorVerbs = Set("create", "build", "make", "generate", "allocate", "construct", "produce");

    /// <summary>Words that start a yes-or-no question about the instance: <c>IsEmpty</c>, <c>HasValue</c>, <c>Contains</c>.</summary>
    public static readonly HashSet<string> Predicates = Set(
        "is", "has", "can", "should", "contains", "exists", "are", "does", "equals", "supports", "allows", "was", "were",
        "will", "needs", "must", "matches", "includes", "requires", "accepts", "overlaps", "intersects", "starts", "ends");

    /// <summary>Words that leave a predicate without its object: <c>Contains(shape)</c> contains the shape.</summary>
    public static readonly HashSet<string> TransitivePredicates = Set(
        "contains", "equals", "supports", "allows", "matches", "includes", "requires", "accepts", "overlaps", "intersects",
        "has", "with");

    /// <summary>Prepositions and conjunctions: a name that starts with one, after its verb, is a fluent phrase the draft cannot read.</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "to", "from", "with", "by", "at", "for", "in", "into", "onto", "on", "of", "and", "or", "as", "if", "via", "per",
        "without", "within", "over", "under", "after", "before", "than", "then", "when", "while", "not");

    /// <summary>
    /// Parameter names that are where or how, not what: <c>Save(string path)</c> saves the store, not the path.
    /// </summary>
    public static readonly HashSet<string> NotAnObject = Set(
        "path", "file", "filename", "stream", "writer", "reader", "output", "destination", "target", "directory", "folder",
        "options", "settings", "token", "callback", "timeout", "culture", "provider", "encoding", "buffer", "index", "count",
        "offset", "length", "position", "level", "source", "format", "context", "state", "flags", "mode");

    /// <summary>Adjectives and participles a one-word <c>bool</c> property is: <c>Enabled</c>, <c>Visible</c>, <c>Empty</c>.</summary>
    public static readonly HashSet<string> Adjectives = Set(
        "empty", "valid", "invalid", "active", "visible", "ready", "dirty", "open", "busy", "idle", "alive", "full", "frozen",
        "hidden", "available", "required", "optional", "pending", "running", "online", "offline");

    /// <summary>Words that need a noun after them: FindLargest finds the largest what?</summary>
    public static readonly HashSet<string> Qualifiers = Set(
        "largest", "smallest", "biggest", "highest", "lowest", "latest", "earliest", "oldest", "newest", "longest", "shortest",
        "nearest", "closest", "fastest", "slowest", "greatest", "least", "most", "best", "worst", "first", "last", "next",
        "previous", "default", "current", "new", "empty", "active", "pending");

    // Abbreviations that read as words but say nothing to a reader: "The obj." is no documentation.
    private static readonly HashSet<string> Abbreviations = Set(
        "acc", "addr", "arg", "args", "attr", "attrs", "buf", "calc", "cb", "cfg", "chk", "cmd", "cnt", "col", "coll", "cols",
        "conf", "ctor", "ctx", "cur", "db", "def", "del", "desc", "dest", "dict", "dir", "doc", "dst", "elem", "env", "err",
        "ev", "evt", "ex", "exp", "ext", "fmt", "fn", "func", "gen", "hdr", "idx", "img", "impl", "inc", "init", "itm", "lbl",
        "len", "lst", "mgr", "mod", "msg", "nav", "num", "obj", "opt", "opts", "param", "params", "pct", "pkg", "pos", "pref",
        "prev", "proc", "prop", "props", "ptr", "pwd", "qty", "rec", "ref", "rel", "repo", "req", "res", "ret", "sb", "sel",
        "sep", "seq", "spec", "src", "srv", "stmt", "str", "sys", "tbl", "tmp", "ts", "tx", "txt", "tz", "usr", "util", "utils",
        "val", "vals", "var", "vars", "ver", "wnd", "ws");

    // How some words are written in a sentence: acronyms in capitals, the short forms spelt out.
    private static readonly Dictionary<string, string> WrittenForms = new(System.StringComparer.Ordinal)
    {
        ["id"] = "ID", ["ids"] = "IDs", ["url"] = "URL", ["urls"] = "URLs", ["uri"] = "URI", ["uris"] = "URIs", ["xml"] = "XML",
        ["json"] = "JSON", ["html"] = "HTML", ["http"] = "HTTP", ["https"] = "HTTPS", ["sql"] = "SQL", ["utc"] = "UTC",
        ["api"] = "API", ["apis"] = "APIs", ["csv"] = "CSV", ["tcp"] = "TCP", ["udp"] = "UDP", ["dns"] = "DNS", ["ssl"] = "SSL",
        ["tls"] = "TLS", ["guid"] = "GUID", ["uuid"] = "UUID", ["ip"] = "IP", ["ui"] = "UI", ["utf8"] = "UTF-8", ["utf16"] = "UTF-16",
        ["max"] = "maximum", ["min"] = "minimum", ["avg"] = "average", ["config"] = "configuration",
    };

    // Every verb a name may start with for the draft to write a sentence; the lists above are included.
    private static readonly HashSet<string> KnownVerbs = Set(
        "acquire", "activate", "aggregate", "align", "analyze", "annotate", "approve", "assert", "assign", "attempt", "authenticate",
        "authorize", "await", "begin", "bind", "broadcast", "cache", "call", "change", "check", "choose", "claim", "cleanup",
        "collect", "combine", "compare", "compile", "compose", "compress", "concat", "confirm", "consume", "contain", "convert",
        "copy", "count", "crop", "decline", "decompress", "decrement", "define", "deny", "deploy", "dequeue", "detect",
        "determine", "divide", "download", "drop", "echo", "edit", "emit", "ensure", "enter", "enumerate", "escape", "evict",
        "exclude", "exit", "expand", "expect", "expire", "explain", "extract", "fail", "fetch", "fill", "find", "fire",
        "fix", "flatten", "flip", "focus", "forward", "grant", "group", "hash", "highlight", "ignore", "include", "increment",
        "index", "inject", "inspect", "install", "intercept", "invert", "invoke", "iterate", "join", "keep", "kill", "label",
        "launch", "leave", "limit", "link", "listen", "locate", "lookup", "mark", "map", "mask", "match", "migrate", "mix",
        "modify", "monitor", "mount", "move", "multiply", "negate", "observe", "order", "pad", "paint", "parse", "patch", "peek",
        "persist", "pick", "place", "play", "poll", "pop", "populate", "predict", "prepare", "preserve", "prevent", "project",
        "protect", "provide", "prune", "purge", "put", "query", "queue", "raise", "rank", "read", "receive", "record", "redirect",
        "redo", "reduce", "reject", "release", "rename", "reorder", "repair", "repeat", "replace", "request", "require",
        "reschedule", "reserve", "resolve", "restore", "retrieve", "retry", "return", "revert", "revoke", "round", "route",
        "sample", "scan", "scroll", "search", "select", "skip", "sleep", "split", "store", "strip", "submit", "subscribe",
        "subtract", "sum", "swap", "sync", "synchronize", "take", "tokenize", "toggle", "trace", "transfer", "translate",
        "traverse", "trigger", "truncate", "undo", "unbind", "uninstall", "unmount", "unsubscribe", "unwrap", "upload",
        "upsert", "wait", "walk", "watch", "yield", "zip");

    static Vocabulary()
    {
        KnownVerbs.UnionWith(SelfVerbs);
        KnownVerbs.UnionWith(ArgumentVerbs.Keys);
        KnownVerbs.UnionWith(GetterVerbs);
        KnownVerbs.UnionWith(CreatorVerbs);
    }

    /// <summary>True for a verb the drafts may start a sentence with.</summary>
    public static bool IsVerb(string word) => KnownVerbs.Contains(word);

    /// <summary>
    /// True when a reader would not understand the word without the code: a single letter, an abbreviation
    /// ("obj", "ctx") or a word without a vowel that is not a known acronym ("cnt", "xyz").
    /// </summary>
    public static bool IsAbbreviation(string word)
    {
        if (Words.IsAcronym(word) || WrittenForms.ContainsKey(word))
        {
            return false;
        }

        return word.Length == 1 || Abbreviations.Contains(word) || !word.Any(c => "aeiouy".IndexOf(c) >= 0);
    }

    /// <summary>True when the words can be written as they are: none is an abbreviation.</summary>
    public static bool AreReadable(IReadOnlyCollection<string> words) => words.Count > 0 && !words.Any(IsAbbreviation);

    /// <summary>The word as it is written in a sentence: "id" is "ID", "max" is "maximum".</summary>
    public static string Written(string word) => WrittenForms.TryGetValue(word, out string? written) ? written : word;

    private static HashSet<string> Set(params string[] words) => new(words, System.StringComparer.Ordinal);
}
