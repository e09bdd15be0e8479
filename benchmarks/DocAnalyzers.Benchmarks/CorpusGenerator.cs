namespace DocAnalyzers.Benchmarks;

/// <summary>One generated source file.</summary>
internal sealed record CorpusFile(string Path, string Text);

/// <summary>The generated library and what it holds.</summary>
internal sealed record Corpus(IReadOnlyList<CorpusFile> Files, CorpusStats Stats);

/// <summary>
/// Generates a large, deterministic synthetic C# library: each file has an abstract base class and a service
/// interface that later types derive from and implement, then a mix of classes, structs, records, enums,
/// interfaces, delegates and extension classes.
/// </summary>
internal sealed class CorpusGenerator
{
    public const int Seed = 20261126;
    private const int FileCount = 135;
    private const int TypesPerFile = 36;

    private readonly Random _random = new(Seed);
    private readonly CorpusStats _stats = new();
    private readonly DocCommentWriter _docs;
    private readonly MemberWriter _members;
    private int _typeNumber;

    private CorpusGenerator()
    {
        _docs = new DocCommentWriter(_random, _stats);
        _members = new MemberWriter(_random, _docs);
    }

    /// <summary>The corpus; the code fix tests take its first files only, which are the same files.</summary>
    public static Corpus Generate(int fileCount = FileCount)
    {
        var generator = new CorpusGenerator();
        var files = new List<CorpusFile>();
        for (int i = 0; i < fileCount; i++)
        {
            files.Add(generator.File(i));
        }

        generator._stats.Files = files.Count;
        generator._stats.Characters = files.Sum(f => (long)f.Text.Length);
        return new Corpus(files, generator._stats);
    }

    private CorpusFile File(int index)
    {
        var code = new CodeWriter();
        string area = $"{Words.Nouns[index % Words.Nouns.Length]}{index:D3}";
        code.Line("using System;");
        code.Line("using System.Collections.Generic;");
        code.Line("using System.Diagnostics;");
        code.Line("using System.Threading.Tasks;");
        code.Line();
        code.Line($"namespace Synthetic.{area};");
        code.Line();
        GeneratedType baseClass = BaseClass(code);
        code.Line();
        string service = ServiceInterface(code);
        for (int i = 0; i < TypesPerFile; i++)
        {
            code.Line();
            TopLevelType(code, baseClass, service);
        }

        // Named after its first type, as StyleCop (SA1649) expects.
        return new CorpusFile($"{area}/{baseClass.Name}.cs", code.ToString());
    }

    private GeneratedType BaseClass(CodeWriter code)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}Base{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.Class, Visible: true, Sealed: false, []);
        _members.StartType();
        DocumentType(code, type, $"Provides the behaviour shared by every {Words.Lower(noun)} type.");
        code.Line($"public abstract class {name}");
        code.Open();
        _members.Document(code, type, "protected ", $"Initializes a new instance of the <see cref=\"{name}\"/> class.", methodLike: true);
        code.Line($"protected {name}()");
        code.Open();
        code.Close();
        code.Line();
        _members.Document(code, type, "public ", "Evaluates the input.", ["input"], returns: true, methodLike: true);
        code.Line("public abstract int Evaluate(int input);");
        code.Line();
        _members.Document(code, type, "public ", "Describes this instance.", returns: true, methodLike: true);
        code.Line("public virtual string Describe() => \"base\";");
        code.Line();
        _members.Document(code, type, "public ", "Gets the priority of this instance.");
        code.Line("public virtual int Priority => 0;");
        code.Close();
        return type;
    }

    private string ServiceInterface(CodeWriter code)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"I{noun}Service{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.Interface, Visible: true, Sealed: false, []);
        _members.StartType();
        DocumentType(code, type, $"Runs {Words.Lower(noun)} operations.");
        code.Line($"public interface {name}");
        code.Open();
        _members.Document(code, type, "", "Gets the name shown to users.");
        code.Line("string DisplayName { get; }");
        code.Line();
        _members.Document(code, type, "", "Executes the operation.", ["input"], returns: true, methodLike: true);
        code.Line("int Execute(int input);");
        code.Line();
        _members.Document(code, type, "", "Resets the operation.", methodLike: true);
        code.Line("void Reset();");
        code.Close();
        return name;
    }

    private void TopLevelType(CodeWriter code, GeneratedType baseClass, string service)
    {
        bool visible = _random.NextDouble() < 0.92;
        string access = visible ? "public " : "internal ";
        double roll = _random.NextDouble();
        switch (roll)
        {
            case < 0.40:
                Class(code, access, visible, baseClass, service);
                break;
            case < 0.50:
                Struct(code, access, visible);
                break;
            case < 0.60:
                Record(code, access, visible);
                break;
            case < 0.80:
                Enum(code, access, visible);
                break;
            case < 0.87:
                Interface(code, access, visible);
                break;
            case < 0.93:
                Delegate(code, access, visible);
                break;
            default:
                ExtensionClass(code, access, visible);
                break;
        }
    }

    private void Class(CodeWriter code, string access, bool visible, GeneratedType baseClass, string service)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string suffix = Words.Pick(_random, Words.TypeSuffixes);
        string name = $"{noun}{suffix}{_typeNumber++}";
        IReadOnlyList<string> typeParameters = _random.NextDouble() switch
        {
            < 0.12 => ["T"],
            < 0.25 => ["TKey", "TValue"],
            _ => [],
        };
        bool derives = _random.NextDouble() < 0.3;
        bool implements = _random.NextDouble() < 0.3;
        bool isSealed = _random.NextDouble() < 0.4;
        var type = Generic(name, TypeShape.Class, visible, isSealed, typeParameters);

        var bases = new List<string>();
        if (derives)
        {
            bases.Add(baseClass.Name);
        }

        if (implements)
        {
            bases.Add(service);
        }

        _members.StartType();
        DocumentType(code, type, $"Represents {Article(noun)} {Words.Lower(noun)} {Words.Lower(suffix)}.", typeParameters);
        code.Line($"{access}{(isSealed ? "sealed " : "")}class {type.Self}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}");
        if (typeParameters.Contains("TKey"))
        {
            code.Line("    where TKey : notnull");
        }

        code.Open();
        Repeat(code, _random.Next(1, 4), () => _members.Field(code, type));
        int constructors = _random.Next(0, 3);
        if (constructors > 0)
        {
            _members.Constructors(code, type, constructors);
            code.Line();
        }

        Repeat(code, _random.Next(1, 5), () => _members.Property(code, type));
        Maybe(code, 0.15, () => _members.Indexer(code, type));
        Maybe(code, 0.15, () => _members.Event(code, type));
        Repeat(code, _random.Next(2, 6), () => _members.Method(code, type));
        if (derives)
        {
            Overrides(code, type);
        }

        if (implements)
        {
            Implementation(code, type, service);
        }

        Maybe(code, 0.3, () => _members.ToStringOverride(code, type));
        Maybe(code, 0.1, () => _members.AddOperator(code, type, "left"));
        Maybe(code, 0.15, () => Nested(code, type));
        code.Close();
    }

    private void Overrides(CodeWriter code, GeneratedType type)
    {
        _members.Document(code, type, "public ", "Evaluates the input.", ["input"], returns: true, methodLike: true, canInherit: true);
        code.Line($"public override int Evaluate(int input) => input * {_random.Next(2, 9)};");
        code.Line();
        Maybe(code, 0.5, () =>
        {
            _members.Document(code, type, "public ", "Describes this instance.", returns: true, methodLike: true, canInherit: true);
            code.Line($"public override string Describe() => \"{type.Name}\";");
        });
        Maybe(code, 0.3, () =>
        {
            _members.Document(code, type, "public ", "Gets the priority of this instance.", canInherit: true);
            code.Line($"public override int Priority => {_random.Next(1, 10)};");
        });
    }

    private void Implementation(CodeWriter code, GeneratedType type, string service)
    {
        _members.Document(code, type, "public ", "Gets the name shown to users.", canInherit: true);
        code.Line($"public string DisplayName => \"{type.Name}\";");
        code.Line();
        _members.Document(code, type, "public ", "Executes the operation.", ["input"], returns: true, methodLike: true, canInherit: true);
        code.Line($"public int Execute(int input) => input + {_random.Next(1, 100)};");
        code.Line();

        // Explicit implementations are not public API, but are still documented by inheritance.
        bool explicitReset = _random.NextDouble() < 0.2;
        _members.Document(code, type, explicitReset ? "private " : "public ", "Resets the operation.", methodLike: true, canInherit: true);
        code.Line(explicitReset
            ? $"void {service}.Reset() => Debug.WriteLine(\"reset\");"
            : "public void Reset() => Debug.WriteLine(\"reset\");");
        code.Line();
    }

    /// <summary>A nested type, written after all of the parent's members: it restarts the member numbering.</summary>
    private void Nested(CodeWriter code, GeneratedType parent)
    {
        bool visible = parent.Visible && _random.NextDouble() < 0.85;
        string access = visible ? "public " : "private ";
        if (_random.NextDouble() < 0.5)
        {
            Enum(code, access, visible);
            return;
        }

        string name = $"Entry{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.Class, visible, Sealed: true, []);
        _members.StartType();
        DocumentType(code, type, $"Holds one entry of the <see cref=\"{parent.Cref}\"/>.");
        code.Line($"{access}sealed class {name}");
        code.Open();
        Repeat(code, _random.Next(1, 4), () => _members.Property(code, type));
        _members.Method(code, type);
        code.Close();
    }

    private void Struct(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}Value{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.Struct, visible, Sealed: true, []);
        int parts = _random.Next(2, 4);
        var names = Enumerable.Range(0, parts).Select(i => $"part{i}").ToList();

        _members.StartType();
        DocumentType(code, type, $"A small immutable {Words.Lower(noun)} value.");
        code.Line($"{access}readonly struct {name} : IEquatable<{name}>");
        code.Open();
        foreach (string part in names)
        {
            _members.Document(code, type, "private ", $"The {part} of the value.");
            code.Line($"private readonly int _{part};");
            code.Line();
        }

        _members.Document(code, type, "public ", $"Initializes a new instance of the <see cref=\"{name}\"/> struct.", names, methodLike: true);
        code.Line($"public {name}({string.Join(", ", names.Select(n => $"int {n}"))})");
        code.Open();
        foreach (string part in names)
        {
            code.Line($"_{part} = {part};");
        }

        code.Close();
        code.Line();
        Repeat(code, _random.Next(1, 4), () => _members.Property(code, type));
        Repeat(code, _random.Next(1, 5), () => _members.Method(code, type));

        string equal = string.Join(" && ", names.Select(n => $"_{n} == other._{n}"));
        _members.Document(code, type, "public ", "Indicates whether this value equals another.", ["other"], returns: true, methodLike: true, canInherit: true);
        code.Line($"public bool Equals({name} other) => {equal};");
        code.Line();
        _members.Document(code, type, "public ", "Indicates whether this value equals an object.", ["obj"], returns: true, methodLike: true, canInherit: true);
        code.Line($"public override bool Equals(object? obj) => obj is {name} other && Equals(other);");
        code.Line();
        _members.Document(code, type, "public ", "Returns a hash code for this value.", returns: true, methodLike: true, canInherit: true);
        code.Line($"public override int GetHashCode() => HashCode.Combine({string.Join(", ", names.Select(n => "_" + n))});");
        code.Line();
        _members.Document(code, type, "public ", "Compares two values for equality.", ["left", "right"], returns: true, methodLike: true);
        code.Line($"public static bool operator ==({name} left, {name} right) => left.Equals(right);");
        code.Line();
        _members.Document(code, type, "public ", "Compares two values for inequality.", ["left", "right"], returns: true, methodLike: true);
        code.Line($"public static bool operator !=({name} left, {name} right) => !left.Equals(right);");
        Maybe(code, 0.4, () =>
        {
            code.Line();
            string sum = string.Join(", ", names.Select(n => $"left._{n} + right._{n}"));
            _members.AddOperator(code, type, $"new {name}({sum})");
        });
        code.Close();
    }

    private void Record(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}{Words.Pick(_random, Words.TypeSuffixes)}{_typeNumber++}";
        bool generic = _random.NextDouble() < 0.15;
        bool isStruct = _random.NextDouble() < 0.3;
        var type = Generic(name, TypeShape.Record, visible, isSealed: true, generic ? ["T"] : []);
        (string Type, string Name)[] candidates =
        [
            ("int", "Id"), ("string", "Label"), ("DateTime", "Created"), ("decimal", "Amount"),
            ("IReadOnlyList<string>", "Tags"), ("bool", "Enabled"),
        ];
        var parameters = candidates.Where(_ => _random.NextDouble() < 0.5).ToList();
        if (generic)
        {
            parameters.Add(("T", "Value"));
        }

        if (parameters.Count == 0)
        {
            parameters.Add(("int", "Id"));
        }

        _members.StartType();
        bool documented = DocumentType(code, type, $"The {Words.Lower(noun)} data as one immutable record.", type.TypeParameters, parameters.ConvertAll(p => p.Name));
        if (!documented && visible)
        {
            // The compiler also reports the primary constructor and each positional property: their documentation is the record's.
            _stats.UndocumentedVisible += 1 + parameters.Count;
        }

        string kind = isStruct ? "readonly record struct" : "sealed record";
        string header = $"{access}{kind} {type.Self}({string.Join(", ", parameters.Select(p => $"{p.Type} {p.Name}"))})";
        if (_random.NextDouble() < 0.5)
        {
            code.Line(header + ";");
            return;
        }

        code.Line(header);
        code.Open();
        Maybe(code, 0.5, () => _members.Property(code, type));
        Repeat(code, _random.Next(1, 4), () => _members.Method(code, type));
        code.Close();
    }

    private void Enum(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}{Words.Pick(_random, ["Kind", "State", "Mode"])}{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.Class, visible, Sealed: true, []);
        bool flags = _random.NextDouble() < 0.2;
        string[] values = [.. Words.EnumWords.Where(w => w != "None").OrderBy(_ => _random.Next()).Take(_random.Next(6, 22))];

        _members.StartType();
        DocumentType(code, type, $"The {(flags ? "options" : "states")} of {Article(noun)} {Words.Lower(noun)}.");
        if (flags)
        {
            code.Line("[Flags]");
        }

        code.Line($"{access}enum {name}");
        code.Open();
        _members.Document(code, type, "public ", "No value.");
        code.Line("None = 0,");
        for (int i = 0; i < values.Length; i++)
        {
            code.Line();
            _members.Document(code, type, "public ", $"The {Words.Lower(values[i])} {(flags ? "option" : "state")}.");
            code.Line($"{values[i]} = {(flags ? $"1 << {i}" : (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))},");
        }

        code.Close();
    }

    private void Interface(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"I{noun}{Words.Pick(_random, Words.TypeSuffixes)}{_typeNumber++}";
        var type = Generic(name, TypeShape.Interface, visible, isSealed: true, _random.NextDouble() < 0.2 ? ["T"] : []);
        _members.StartType();
        DocumentType(code, type, $"Defines the {Words.Lower(noun)} operations.", type.TypeParameters);
        code.Line($"{access}interface {type.Self}");
        code.Open();
        Repeat(code, _random.Next(1, 4), () => _members.Method(code, type));
        Repeat(code, _random.Next(1, 3), () => _members.InterfaceProperty(code, type));
        Maybe(code, 0.15, () => _members.InterfaceEvent(code, type));
        code.Close();
    }

    private void Delegate(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}Callback{_typeNumber++}";
        bool generic = _random.NextDouble() < 0.4;
        bool returns = _random.NextDouble() < 0.6;
        var parameters = new List<string> { generic ? "T item" : "string item", "int index" };
        if (_random.NextDouble() < 0.3)
        {
            parameters.Add("bool last");
        }

        var type = Generic(name, TypeShape.Class, visible, isSealed: true, generic ? ["T"] : []);
        _docs.Write(code, new DocTarget($"Handles one {Words.Lower(noun)} of a sequence.")
        {
            Parameters = parameters.ConvertAll(p => p.Split(' ')[1]),
            TypeParameters = type.TypeParameters,
            ReturnsValue = returns,
            ReturnsVoid = !returns,
            Visible = visible,
            IsType = true,
        });
        code.Line($"{access}delegate {(returns ? "bool" : "void")} {type.Self}({string.Join(", ", parameters)});");
    }

    private void ExtensionClass(CodeWriter code, string access, bool visible)
    {
        string noun = Words.Pick(_random, Words.Nouns);
        string name = $"{noun}Extensions{_typeNumber++}";
        var type = new GeneratedType(name, name, name, TypeShape.StaticClass, visible, Sealed: true, []);
        _members.StartType();
        DocumentType(code, type, $"Extension methods that treat strings as {Words.Lower(noun)} text.");
        code.Line($"{access}static class {name}");
        code.Open();
        Repeat(code, _random.Next(2, 7), () => _members.Method(code, type, extension: true));
        code.Close();
    }

    private bool DocumentType(
        CodeWriter code,
        GeneratedType type,
        string summary,
        IReadOnlyList<string>? typeParameters = null,
        IReadOnlyList<string>? parameters = null) =>
        _docs.Write(code, new DocTarget(summary)
        {
            TypeParameters = typeParameters ?? [],
            Parameters = parameters ?? [],
            Visible = type.Visible,
            IsType = true,
        });

    private static GeneratedType Generic(string name, TypeShape shape, bool visible, bool isSealed, IReadOnlyList<string> typeParameters)
    {
        if (typeParameters.Count == 0)
        {
            return new GeneratedType(name, name, name, shape, visible, isSealed, typeParameters);
        }

        string list = string.Join(", ", typeParameters);
        return new GeneratedType(name, $"{name}<{list}>", $"{name}{{{list}}}", shape, visible, isSealed, typeParameters);
    }

    /// <summary>Writes a member <paramref name="count"/> times, each followed by a blank line.</summary>
    private static void Repeat(CodeWriter code, int count, Action write)
    {
        for (int i = 0; i < count; i++)
        {
            write();
            code.Line();
        }
    }

    private void Maybe(CodeWriter code, double chance, Action write)
    {
        if (_random.NextDouble() < chance)
        {
            write();
            code.Line();
        }
    }

    private static string Article(string word) => "AEIOUaeiou".Contains(word[0]) ? "an" : "a";
}
