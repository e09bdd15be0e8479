using System.Collections.Immutable;
using System.Text;
using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>
/// Mode invariance as a property: generated C# files, with every kind of declaration under hostile documentation
/// comments (stray <c>*/</c>, unclosed and mismatched tags, malformed attributes, <c>/** */</c> blocks, comments
/// between attributes, directives, code on the comment's line), get the same DOC1xx diagnostics, span and message,
/// in None, Parse and Diagnose; DOC111 in None and Parse is the compiler's CS1570 in Diagnose. A fixed seed keeps
/// CI repeatable; DOCANALYZERS_FUZZ_SEED and DOCANALYZERS_FUZZ_FILES run other and longer searches.
/// </summary>
public sealed class ModeInvarianceTests
{
    private static readonly DocumentationMode[] Modes = { DocumentationMode.None, DocumentationMode.Parse, DocumentationMode.Diagnose };

    [Fact]
    public async Task Every_generated_file_gets_the_same_diagnostics_in_every_mode()
    {
        int seed = int.TryParse(Environment.GetEnvironmentVariable("DOCANALYZERS_FUZZ_SEED"), out int s) ? s : 20261207;
        int files = int.TryParse(Environment.GetEnvironmentVariable("DOCANALYZERS_FUZZ_FILES"), out int f) ? f : 150;
        var random = new Random(seed);
        for (int i = 0; i < files; i++)
        {
            string source = new HostileSource(random).File(i);
            var byMode = new Dictionary<DocumentationMode, string[]>();
            foreach (DocumentationMode mode in Modes)
            {
                Compilation compilation = await Cs1591ParityTests.CompileAsync(source, mode);
                var found = new List<Diagnostic>();
                found.AddRange(await Cs1591ParityTests.AnalyzeAsync(compilation, new ApiDocumentationAnalyzer()));
                if (mode == DocumentationMode.Diagnose)
                {
                    // The compiler's own report of badly formed XML is where DOC111 reports it in the other modes.
                    found.AddRange(compilation.GetDiagnostics().Where(d => d.Id == "CS1570"));
                }

                byMode[mode] = Describe(found);
            }

            foreach (DocumentationMode mode in new[] { DocumentationMode.None, DocumentationMode.Parse })
            {
                if (!byMode[mode].SequenceEqual(byMode[DocumentationMode.Diagnose]))
                {
                    string only = string.Join("\n  ", byMode[mode].Except(byMode[DocumentationMode.Diagnose]));
                    string missing = string.Join("\n  ", byMode[DocumentationMode.Diagnose].Except(byMode[mode]));
                    Assert.Fail($"File {i} (seed {seed}) differs between {mode} and Diagnose.\nOnly in {mode}:\n  {only}\nOnly in Diagnose:\n  {missing}\n\n{source}");
                }
            }
        }
    }

    // DOC111 and CS1570 compare by place only: their messages are worded differently.
    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d =>
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            string where = $"({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
            return d.Id is "DOC111" or "CS1570" ? $"XML {where}" : $"{d.Id} {where} {d.GetMessage()}";
        })
        .Distinct()
        .OrderBy(d => d, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Writes one file of declarations, each under a documentation comment that is right, wrong or broken.</summary>
    private sealed class HostileSource
    {
        private readonly Random random;
        private readonly StringBuilder text = new();
        private int counter;

        public HostileSource(Random random) => this.random = random;

        public string File(int index)
        {
            text.Append("#nullable enable\nusing System;\n\nnamespace Fuzz").Append(index).Append(";\n\n");
            int types = random.Next(1, 4);
            for (int i = 0; i < types; i++)
            {
                Type(indent: string.Empty, depth: 0);
            }

            return text.ToString();
        }

        private T Pick<T>(params T[] items) => items[random.Next(items.Length)];

        private string Name(string stem) => stem + counter++;

        private void Type(string indent, int depth)
        {
            string kind = Pick("class", "abstract class", "struct", "interface", "record", "enum", "delegate");
            string name = Name(Pick("Widget", "Store", "Item"));
            string typeParameters = kind != "enum" && random.Next(3) == 0 ? "<T" + counter + ">" : string.Empty;
            if (kind == "delegate")
            {
                Comment(indent, new[] { "value" }, typeParameters.Length > 0 ? new[] { typeParameters.Trim('<', '>') } : Array.Empty<string>(), returns: true);
                text.Append(indent).Append("public delegate int ").Append(name).Append(typeParameters).Append("(string value);\n\n");
                return;
            }

            Comment(indent, Array.Empty<string>(), typeParameters.Length > 0 ? new[] { typeParameters.Trim('<', '>') } : Array.Empty<string>(), returns: false);
            text.Append(indent).Append("public ").Append(kind).Append(' ').Append(name).Append(typeParameters).Append('\n').Append(indent).Append("{\n");
            string inner = indent + "    ";
            int members = random.Next(1, 6);
            for (int i = 0; i < members; i++)
            {
                if (kind == "enum")
                {
                    Comment(inner, Array.Empty<string>(), Array.Empty<string>(), returns: false);
                    text.Append(inner).Append(Name("Value")).Append(",\n");
                }
                else
                {
                    Member(inner, kind, name, depth);
                }
            }

            text.Append(indent).Append("}\n\n");
        }

        private void Member(string indent, string kind, string typeName, int depth)
        {
            bool isInterface = kind == "interface";
            string body = isInterface ? ";" : " { throw null!; }";
            switch (random.Next(isInterface ? 4 : 9))
            {
                case 0:
                    string[] parameters = Enumerable.Range(0, random.Next(0, 3)).Select(i => "name" + i).ToArray();
                    bool generic = random.Next(4) == 0;
                    Comment(indent, parameters, generic ? new[] { "TItem" } : Array.Empty<string>(), returns: true);
                    text.Append(indent).Append(isInterface ? string.Empty : "public ").Append("object? ").Append(Name("Run")).Append(generic ? "<TItem>" : string.Empty)
                        .Append('(').Append(string.Join(", ", parameters.Select(p => "long " + p))).Append(')').Append(body).Append('\n');
                    break;
                case 1:
                    Comment(indent, Array.Empty<string>(), Array.Empty<string>(), returns: false);
                    text.Append(indent).Append(isInterface ? string.Empty : "public ").Append("int ").Append(Name("Count")).Append(" { get; }\n");
                    break;
                case 2:
                    Comment(indent, Array.Empty<string>(), Array.Empty<string>(), returns: false);
                    text.Append(indent).Append(isInterface ? string.Empty : "public ").Append("event EventHandler? ").Append(Name("Changed")).Append(";\n");
                    break;
                case 3:
                    Comment(indent, new[] { "index" }, Array.Empty<string>(), returns: true);
                    text.Append(indent).Append(isInterface ? string.Empty : "public ").Append("int this[int index]").Append(isInterface ? " { get; }" : " => index;").Append('\n');
                    break;
                case 4:
                    Comment(indent, Array.Empty<string>(), Array.Empty<string>(), returns: false);
                    text.Append(indent).Append("public ").Append(Pick("int", "string?")).Append(' ').Append(Name("field")).Append(Pick(";", ", " + Name("other") + ";")).Append('\n');
                    break;
                case 5 when kind is "class" or "record" or "struct":
                    Comment(indent, new[] { "seed" }, Array.Empty<string>(), returns: false);
                    text.Append(indent).Append("public ").Append(typeName).Append("(int seed, string tag) { }\n");
                    break;
                case 6 when kind is "class" or "record" or "struct":
                    Comment(indent, new[] { "left", "right" }, Array.Empty<string>(), returns: true);
                    text.Append(indent).Append("public static bool operator ==(").Append(typeName).Append(" left, ").Append(typeName).Append(" right) => true;\n");
                    Comment(indent, new[] { "left", "right" }, Array.Empty<string>(), returns: true);
                    text.Append(indent).Append("public static bool operator !=(").Append(typeName).Append(" left, ").Append(typeName).Append(" right) => false;\n");
                    break;
                case 7 when kind == "abstract class":
                    Comment(indent, Array.Empty<string>(), Array.Empty<string>(), returns: true);
                    text.Append(indent).Append("public abstract string ").Append(Name("Describe")).Append("();\n");
                    break;
                case 8 when depth < 1:
                    Type(indent, depth + 1);
                    break;
                default:
                    Comment(indent, Array.Empty<string>(), Array.Empty<string>(), returns: false);
                    text.Append(indent).Append("public const int ").Append(Name("Limit")).Append(" = 1;\n");
                    break;
            }
        }

        private static readonly string[] XmlForms =
        {
            "<remarks>A &lt; B &gt; C &amp; D &quot;E&quot; &apos;F&apos;.</remarks>",
            "<remarks>Numeric &#65; &#x42; &#0; &#xFFFF; and named &nbsp; &copy;.</remarks>",
            "<remarks>Text with > and ]]> and ] ].</remarks>",
            "<remarks>A control \u0001 char, a form feed \f, a separator \u2028 here.</remarks>",
            "<remarks>Emoji \U0001F600 and a lone \uD800 surrogate.</remarks>",
            "<remarks><!-- a comment --> and <!-- a -- comment --></remarks>",
            "<remarks><![CDATA[ <raw> & text ]]></remarks>",
            "<remarks><?pi data?></remarks>",
            "<remarks>\n<para>First.</para>\n<para>Second\nline.</para>\n</remarks>",
            "<remarks><see\ncref=\"Object\"/> across lines.</remarks>",
            "<remarks><see cref=\"Object\"\n/> across lines.</remarks>",
            "<remarks><see cref=\"System.Collections.Generic.List{T}\"/> <see cref=\"Object.Equals(object)\"/> <see cref=\"T:System.String\"/></remarks>",
            "<remarks><see cref=\"List<T>\"/> <see cref=\"M(int\"/> <see cref=\"operator +\"/></remarks>",
            "<remarks><see cref=\"\"/> <see cref=\"a b\"/> <see cref=\"  \"/> <see cref=\"M)(\"/></remarks>",
            "<remarks><see cref=\"A\"langword=\"null\"/></remarks>",
            "<remarks><see langword=\"null\" langword=\"true\"/></remarks>",
            "<remarks><x:y>prefixed</x:y> <a xml:lang=\"en\">lang</a></remarks>",
            "<remarks>< summary>space</remarks>",
            "<remarks><b>bold</b >, <i>it</i\t>, <br/>, <br />, <br/ >.</remarks>",
            "<remarks><Para>case</para></remarks>",
            "<remarks><see href='https://example.com/?a=1&amp;b=2'/> <see href=\"https://example.com/?a=1&b=2\"/></remarks>",
            "<remarks><see cref=\u201CObject\u201D/> and <c a=\"\u201Cquoted\u201D\">q</c></remarks>",
            "<remarks><paramref name=\" name0 \"/> <paramref name=\"@class\"/> <paramref name=\"1x\"/> <typeparamref name=\"T\"/></remarks>",
            "<remarks><a-b.c_d>odd name</a-b.c_d> <_x/> <données>accent</données></remarks>",
            "<remarks>unclosed <b>bold</remarks>",
            "<remarks>stray </b> end</remarks>",
            "<remarks>An attribute value <c a=\"x < y\">lt</c> <c a=\"x > y\">gt</c></remarks>",
            "<remarks a=\"1\" b='2' c = \"3\">spaced</remarks>",
            "</remarks>",
            "<remarks/>",
        };

        /// <summary>A documentation comment, good or hostile, or none; then what may stand between it and the declaration.</summary>
        private void Comment(string indent, string[] parameters, string[] typeParameters, bool returns)
        {
            var lines = new List<string>();
            if (random.Next(6) > 0)
            {
                lines.Add(Pick("<summary>Runs.</summary>", "<summary>TODO</summary>", "<summary></summary>", "<summary>Runs.", "<summary>Runs.</sumary>", "<summary>Runs &amp; stops.</summary>", "<summary>Runs & stops.</summary>", "<inheritdoc/>"));
                foreach (string parameter in parameters.Where(_ => random.Next(4) > 0))
                {
                    lines.Add(Pick($"<param name=\"{parameter}\">The value.</param>", $"<param name=\"{parameter}x\">No such parameter.</param>", $"<param name=\"{parameter}\"b\">Malformed.</param>", $"<param name={parameter}>Unquoted.</param>", $"<param name=\"{parameter}\">Unclosed."));
                }

                if (random.Next(5) == 0)
                {
                    // A tag for no parameter, whose attribute may itself be broken.
                    lines.Add(Pick("<param name=\"ghost\">No such parameter.</param>", "<param name=\"a\"b\">No such parameter.</param>", "<param>No name.</param>", "<param name=\"\">Empty.</param>"));
                }

                foreach (string typeParameter in typeParameters.Where(_ => random.Next(3) > 0))
                {
                    lines.Add(Pick($"<typeparam name=\"{typeParameter}\">The type.</typeparam>", "<typeparam name=\"TOther\">No such type.</typeparam>"));
                }

                if (random.Next(3) == 0)
                {
                    lines.Add(returns ? "<returns>The result.</returns>" : "<returns>Nothing.</returns>");
                }

                if (random.Next(2) == 0)
                {
                    // XML forms right and wrong, some on several lines: each side of what WellFormedComment vouches for.
                    lines.AddRange(Pick(XmlForms).Split('\n'));
                }
            }

            if (lines.Count > 0)
            {
                // Code on the comment's line: the comment starts right after the previous token (`{`, `;`, `}`).
                if (random.Next(8) == 0 && text.Length > 1 && text[^1] == '\n' && text[^2] != '\n')
                {
                    text.Length--;
                    text.Append(' ');
                }

                if (random.Next(4) == 0)
                {
                    text.Append(indent).Append("/**\n");
                    foreach (string line in lines)
                    {
                        text.Append(indent).Append(Pick(" * ", "   ", " *")).Append(line).Append('\n');
                    }

                    text.Append(indent).Append(Pick(" */", "*/", " * */")).Append('\n');
                }
                else
                {
                    foreach (string line in lines)
                    {
                        text.Append(indent).Append(Pick("/// ", "///", "///  ")).Append(line).Append('\n');
                    }
                }
            }

            text.Append(random.Next(9) switch
            {
                0 => indent + " */\n",
                1 => indent + "// a note\n",
                2 => "\n",
                3 => "#if DEBUG\n#endif\n",
                4 => indent + "[Obsolete]\n" + indent + "/// <summary>Between attributes.</summary>\n" + indent + "[System.ComponentModel.Description(\"x\")]\n",
                5 => indent + "/* block */\n",
                _ => string.Empty,
            });
        }
    }
}
