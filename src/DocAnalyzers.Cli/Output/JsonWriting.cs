using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DocAnalyzers.Cli.Output;

/// <summary>The JSON writer the JSON and SARIF formats share: indented, and messages' quotes left readable.</summary>
internal static class JsonWriting
{
    public static Utf8JsonWriter Create(Stream stream) => new(stream, new JsonWriterOptions
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Writes what <paramref name="write"/> produces to a text writer.</summary>
    public static void WriteTo(TextWriter writer, System.Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (Utf8JsonWriter json = Create(stream))
        {
            write(json);
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
