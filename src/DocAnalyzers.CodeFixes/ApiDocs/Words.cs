using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace DocAnalyzers.CodeFixes.ApiDocs;

/// <summary>Splits identifiers into lower-case words for generated sentences: "HttpServerOptions" is "HTTP server options".</summary>
internal static class Words
{
    /// <summary>The words of an identifier; an acronym written in capitals ("URL", "IO") keeps its case.</summary>
    public static List<string> Split(string identifier)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (int i = 0; i < identifier.Length; i++)
        {
            char c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(words, word);
                continue;
            }

            bool boundary = word.Length > 0 && char.IsUpper(c) && (!char.IsUpper(word[word.Length - 1]) || (i + 1 < identifier.Length && char.IsLower(identifier[i + 1])));
            if (boundary)
            {
                Flush(words, word);
            }

            word.Append(c);
        }

        Flush(words, word);
        return words;
    }

    /// <summary>The words joined with spaces, as they are written in a sentence: "id" is "ID", "max" is "maximum".</summary>
    public static string Phrase(IEnumerable<string> words) => string.Join(" ", words.Select(Vocabulary.Written));

    /// <summary>"a" or "an" for the word that follows it, by its sound: "an area", "a user", "an HTTP client".</summary>
    public static string Article(string word)
    {
        if (word.Length == 0)
        {
            return "a";
        }

        if (IsAcronym(word))
        {
            // Read letter by letter: "an HTTP", "a URL".
            return "AEFHILMNORSX".IndexOf(word[0]) >= 0 ? "an" : "a";
        }

        string lower = word.ToLowerInvariant();
        if (lower.StartsWith("uni", System.StringComparison.Ordinal) || lower.StartsWith("use", System.StringComparison.Ordinal)
            || lower.StartsWith("usu", System.StringComparison.Ordinal) || lower.StartsWith("eu", System.StringComparison.Ordinal)
            || lower.StartsWith("one", System.StringComparison.Ordinal))
        {
            return "a";
        }

        return "aeiou".IndexOf(lower[0]) >= 0 ? "an" : "a";
    }

    /// <summary>The third-person form of a verb: "get" is "gets", "try" is "tries", "push" is "pushes".</summary>
    public static string ThirdPerson(string verb)
    {
        if (verb.Length == 0 || IsAcronym(verb))
        {
            return verb;
        }

        if (verb.EndsWith("y", System.StringComparison.Ordinal) && verb.Length > 1 && "aeiou".IndexOf(verb[verb.Length - 2]) < 0)
        {
            return verb.Substring(0, verb.Length - 1) + "ies";
        }

        bool sibilant = verb.EndsWith("s", System.StringComparison.Ordinal) || verb.EndsWith("x", System.StringComparison.Ordinal)
            || verb.EndsWith("z", System.StringComparison.Ordinal) || verb.EndsWith("ch", System.StringComparison.Ordinal)
            || verb.EndsWith("sh", System.StringComparison.Ordinal) || verb is "do" or "go" or "undo" or "redo" or "veto" or "echo";
        return verb + (sibilant ? "es" : "s");
    }

    /// <summary>True for a word that reads as a plural: "options", "entries"; not "status", "class", "analysis" or "alias".</summary>
    public static bool IsPlural(string word) =>
        word.Length > 3 && !IsAcronym(word) && word.EndsWith("s", System.StringComparison.Ordinal)
            && !word.EndsWith("ss", System.StringComparison.Ordinal) && !word.EndsWith("us", System.StringComparison.Ordinal)
            && !word.EndsWith("is", System.StringComparison.Ordinal) && word is not ("alias" or "atlas" or "bias" or "canvas" or "chaos" or "lens" or "plus");

    /// <summary>The plural of a noun: "shape" is "shapes", "entry" is "entries", "box" is "boxes".</summary>
    public static string Plural(string noun)
    {
        if (IsPlural(noun) || IsAcronym(noun))
        {
            return IsAcronym(noun) ? noun + "s" : noun;
        }

        if (noun.EndsWith("y", System.StringComparison.Ordinal) && noun.Length > 1 && "aeiou".IndexOf(noun[noun.Length - 2]) < 0)
        {
            return noun.Substring(0, noun.Length - 1) + "ies";
        }

        bool sibilant = noun.EndsWith("s", System.StringComparison.Ordinal) || noun.EndsWith("x", System.StringComparison.Ordinal)
            || noun.EndsWith("z", System.StringComparison.Ordinal) || noun.EndsWith("ch", System.StringComparison.Ordinal)
            || noun.EndsWith("sh", System.StringComparison.Ordinal);
        return noun + (sibilant ? "es" : "s");
    }

    /// <summary>The sentence with its first letter in upper case.</summary>
    public static string Capitalize(string sentence) =>
        sentence.Length == 0 ? sentence : char.ToUpperInvariant(sentence[0]) + sentence.Substring(1);

    /// <summary>True for a word written in capitals, such as "URL" or "IO".</summary>
    public static bool IsAcronym(string word) => word.Length > 1 && !word.Any(char.IsLower);

    private static void Flush(List<string> words, StringBuilder word)
    {
        if (word.Length == 0)
        {
            return;
        }

        string text = word.ToString();
        words.Add(IsAcronym(text) ? text : text.ToLowerInvariant());
        word.Clear();
    }
}
