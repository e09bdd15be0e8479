namespace DocAnalyzers.Benchmarks;

/// <summary>
/// Writes the members of one type: fields, constructors, properties, indexers, events, methods and operators,
/// each with small but real bodies so that the compiler has method bodies to bind.
/// </summary>
internal sealed class MemberWriter(Random random, DocCommentWriter docs)
{
    private static readonly string[] ParameterTypes =
        ["int", "long", "string", "bool", "double", "DateTime", "TimeSpan", "Guid", "IReadOnlyList<string>"];

    private static readonly string[] ReturnTypes =
        ["void", "void", "void", "int", "long", "string", "string", "bool", "double", "DateTime", "TimeSpan", "Guid", "IReadOnlyList<string>", "Task<int>", "Task"];

    private static readonly string[] PropertyTypes = ["int", "string", "bool", "double", "long"];

    // Member names end in a per-type number, so two members of one type never clash.
    private int _memberNumber;

    public void StartType() => _memberNumber = 0;

    public void Field(CodeWriter code, GeneratedType type)
    {
        int k = _memberNumber++;
        string noun = Words.Pick(random, Words.Nouns);
        double roll = random.NextDouble();
        if (roll < 0.5)
        {
            // A backing field and the property that exposes it (an unread private field is a warning).
            string field = $"_{Words.Lower(noun)}Level{k}";
            Document(code, type, "private ", $"The {Words.Lower(noun)} level.");
            code.Line($"private int {field} = {k};");
            code.Line();
            Document(code, type, "public ", $"Gets or sets the {Words.Lower(noun)} level.");
            code.Line($"public int {noun}Level{k} {{ get => {field}; set => {field} = value; }}");
        }
        else if (roll < 0.8)
        {
            Document(code, type, "public ", $"The largest {Words.Lower(noun)} number accepted.");
            code.Line($"public const int Max{noun}{k} = {random.Next(10, 5000)};");
        }
        else
        {
            Document(code, type, "public ", $"The default {Words.Lower(noun)} label.");
            code.Line($"public static readonly string Default{noun}{k} = \"{Words.Lower(noun)}-{k}\";");
        }
    }

    /// <summary>A class's seed field, constructors that set it, and the property that reads it.</summary>
    public void Constructors(CodeWriter code, GeneratedType type, int count)
    {
        string initializes = $"Initializes a new instance of the <see cref=\"{type.Cref}\"/> {type.Keyword}.";
        code.Line("private readonly int _seed;");
        code.Line();
        Document(code, type, "public ", initializes, parameters: ["seed"], methodLike: true);
        code.Line($"public {type.Name}(int seed)");
        code.Open();
        code.Line("_seed = seed;");
        code.Close();
        if (count > 1)
        {
            code.Line();
            Document(code, type, "public ", initializes, methodLike: true);
            code.Line($"public {type.Name}()");
            code.Line($"    : this({random.Next(100)})");
            code.Open();
            code.Close();
        }

        code.Line();
        Document(code, type, "public ", "Gets the seed this instance was created with.");
        code.Line("public int Seed => _seed;");
    }

    public void Property(CodeWriter code, GeneratedType type)
    {
        int k = _memberNumber++;
        string noun = Words.Pick(random, Words.Nouns);
        string word = Words.Pick(random, Words.PropertyWords);
        string name = $"{noun}{word}{k}";
        string propertyType = PropertyTypes[random.Next(PropertyTypes.Length)];
        string access = Access(type);
        string about = propertyType == "bool"
            ? $"a value indicating whether the {Words.Lower(noun)} {Words.Lower(word)} is {Words.Pick(random, Words.Adjectives)}"
            : $"the {Words.Pick(random, Words.Adjectives)} {Words.Lower(noun)} {Words.Lower(word)}";

        // Readonly structs and records get computed properties; classes mostly auto-properties.
        bool computed = type.Shape is not TypeShape.Class || random.NextDouble() < 0.3;
        if (computed)
        {
            Document(code, type, access, $"Gets {about}.");
            code.Line($"{access}{propertyType} {name} => {Convert($"\"{noun}{k}\"", propertyType, k)};");
            return;
        }

        bool init = random.NextDouble() < 0.2;
        string accessors = init ? "{ get; init; }" : "{ get; set; }";
        string initializer = propertyType == "string" ? " = \"\";" : "";
        Document(code, type, access, $"Gets or {(init ? "initializes" : "sets")} {about}.");
        code.Line($"{access}{propertyType} {name} {accessors}{initializer}");
    }

    public void Indexer(CodeWriter code, GeneratedType type)
    {
        _memberNumber++;
        bool twoKeys = random.NextDouble() < 0.3;
        string[] parameters = twoKeys ? ["row", "column"] : ["index"];
        string list = twoKeys ? "int row, int column" : "int index";
        string text = twoKeys ? "$\"{row}:{column}\"" : "$\"{index}\"";
        Document(code, type, "public ", "Gets the label at the given position.", parameters);
        code.Line($"public string this[{list}] => {text};");
    }

    /// <summary>An event and the method that raises it (an event nobody raises is a compiler warning).</summary>
    public void Event(CodeWriter code, GeneratedType type)
    {
        int k = _memberNumber++;
        string noun = Words.Pick(random, Words.Nouns);
        Document(code, type, "public ", $"Occurs when the {Words.Lower(noun)} changes.");
        code.Line($"public event EventHandler? {noun}Changed{k};");
        code.Line();
        Document(code, type, "public ", $"Raises the <see cref=\"{noun}Changed{k}\"/> event.", methodLike: true);
        code.Line($"public void Raise{noun}Changed{k}() => {noun}Changed{k}?.Invoke(this, EventArgs.Empty);");
    }

    public void Method(CodeWriter code, GeneratedType type, bool extension = false)
    {
        int k = _memberNumber++;
        string verb = Words.Pick(random, Words.Verbs);
        string noun = Words.Pick(random, Words.Nouns);
        bool generic = random.NextDouble() < 0.15;
        var parameters = new List<(string Type, string Name)>();
        if (extension)
        {
            parameters.Add(("string", "source"));
        }

        if (generic)
        {
            parameters.Add(("TItem", "item"));
        }

        int extra = random.Next(0, 4);
        while (extra-- > 0)
        {
            string name = Words.Pick(random, Words.ParameterNames);
            if (parameters.Exists(p => p.Name == name))
            {
                continue;
            }

            // Generic types use their own type parameters in some signatures.
            string parameterType = type.TypeParameters.Count > 0 && random.NextDouble() < 0.25
                ? type.TypeParameters[random.Next(type.TypeParameters.Count)]
                : ParameterTypes[random.Next(ParameterTypes.Length)];
            parameters.Add((parameterType, name));
        }

        string returnType = generic && random.NextDouble() < 0.5 ? "TItem" : ReturnTypes[random.Next(ReturnTypes.Length)];
        bool isInterface = type.Shape == TypeShape.Interface;
        string access = isInterface ? "" : extension ? "public " : Access(type);
        string modifiers = extension || (!isInterface && random.NextDouble() < 0.12) ? "static " : "";
        (string Guard, string Exception)? guard = !isInterface && parameters.Count > 0 && random.NextDouble() < 0.1
            ? Guard(parameters[0])
            : null;

        string about = parameters.Count > 0 && random.NextDouble() < 0.2
            ? $" for the given <paramref name=\"{parameters[^1].Name}\"/>"
            : "";
        string summary = $"{Words.ThirdPerson(verb)} the {Words.Pick(random, Words.Adjectives)} {Words.Lower(noun)}{about}.";
        docs.Write(code, new DocTarget(char.ToUpperInvariant(summary[0]) + summary[1..])
        {
            Parameters = parameters.ConvertAll(p => p.Name),
            TypeParameters = generic ? ["TItem"] : [],
            ReturnsValue = returnType is not ("void" or "Task"),
            ReturnsVoid = returnType == "void",
            Visible = IsVisible(type, access),
            Throws = guard?.Exception,
        });

        string list = string.Join(", ", parameters.Select((p, i) => (extension && i == 0 ? "this " : "") + $"{p.Type} {p.Name}"));
        string signature = $"{access}{modifiers}{returnType} {verb}{noun}{k}{(generic ? "<TItem>" : "")}({list})";
        if (isInterface)
        {
            code.Line(signature + ";");
            return;
        }

        string text = parameters.Count == 0
            ? $"\"{Words.Lower(noun)}\""
            : "$\"" + string.Join(":", parameters.Select(p => "{" + p.Name + "}")) + "\"";
        bool block = guard is not null || random.NextDouble() < 0.15;
        if (!block)
        {
            code.Line($"{signature} => {(returnType == "void" ? $"Debug.WriteLine({text})" : Convert(text, returnType, k))};");
            return;
        }

        code.Line(signature);
        code.Open();
        if (guard is not null)
        {
            foreach (string line in guard.Value.Guard.Split('\n'))
            {
                code.Line(line);
            }

            code.Line();
        }

        int limit = random.Next(8, 64);
        code.Line($"string text = {text};");
        code.Line($"if (text.Length > {limit})");
        code.Open();
        code.Line($"text = text[..{limit}];");
        code.Close();
        code.Line();
        code.Line(returnType == "void" ? "Debug.WriteLine(text);" : $"return {Convert("text", returnType, k)};");
        code.Close();
    }

    /// <summary>An interface property; implementations are written by the type.</summary>
    public void InterfaceProperty(CodeWriter code, GeneratedType type)
    {
        int k = _memberNumber++;
        string noun = Words.Pick(random, Words.Nouns);
        string word = Words.Pick(random, Words.PropertyWords);
        string propertyType = PropertyTypes[random.Next(PropertyTypes.Length)];
        bool settable = random.NextDouble() < 0.3;
        string about = propertyType == "bool"
            ? $"a value indicating whether the {Words.Lower(noun)} {Words.Lower(word)} is set"
            : $"the {Words.Lower(noun)} {Words.Lower(word)}";
        Document(code, type, "", settable ? $"Gets or sets {about}." : $"Gets {about}.");
        code.Line($"{propertyType} {noun}{word}{k} {{ get;{(settable ? " set;" : "")} }}");
    }

    public void InterfaceEvent(CodeWriter code, GeneratedType type)
    {
        int k = _memberNumber++;
        string noun = Words.Pick(random, Words.Nouns);
        Document(code, type, "", $"Occurs when the {Words.Lower(noun)} is replaced.");
        code.Line($"event EventHandler? {noun}Replaced{k};");
    }

    public void ToStringOverride(CodeWriter code, GeneratedType type)
    {
        _memberNumber++;
        Document(code, type, "public ", "Returns a short description of this instance.", returns: true, methodLike: true, canInherit: true);
        code.Line($"public override string ToString() => \"{type.Name}\";");
    }

    public void AddOperator(CodeWriter code, GeneratedType type, string body)
    {
        _memberNumber++;
        Document(code, type, "public ", $"Combines two <see cref=\"{type.Cref}\"/> values.", ["left", "right"], returns: true, methodLike: true);
        code.Line($"public static {type.Self} operator +({type.Self} left, {type.Self} right) => {body};");
    }

    /// <summary>
    /// Writes one member's comment from the few facts most members need. A <paramref name="methodLike"/> member
    /// without <paramref name="returns"/> is a void method or a constructor.
    /// </summary>
    public void Document(
        CodeWriter code,
        GeneratedType type,
        string access,
        string summary,
        IReadOnlyList<string>? parameters = null,
        bool returns = false,
        bool methodLike = false,
        bool canInherit = false) =>
        docs.Write(code, new DocTarget(summary)
        {
            Parameters = parameters ?? [],
            ReturnsValue = returns,
            ReturnsVoid = methodLike && !returns,
            CanInherit = canInherit,
            Visible = IsVisible(type, access),
        });

    public string Access(GeneratedType type)
    {
        double roll = random.NextDouble();
        return roll switch
        {
            < 0.80 => "public ",
            < 0.87 => "internal ",
            < 0.95 => "private ",
            _ when type.Shape == TypeShape.Class && !type.Sealed => "protected ",
            _ => "public ",
        };
    }

    public static bool IsVisible(GeneratedType type, string access) =>
        type.Visible && (access.Length == 0 || access.StartsWith("public", StringComparison.Ordinal) || access.StartsWith("protected", StringComparison.Ordinal));

    /// <summary>A value of the given type computed from a string expression, so every body uses its inputs.</summary>
    private static string Convert(string text, string returnType, int k) =>
        returnType switch
        {
            "int" => $"{text}.Length + {k}",
            "long" => $"{text}.Length * {k + 1}L",
            "string" => text,
            "bool" => $"{text}.Length % 2 == 0",
            "double" => $"{text}.Length / {k + 1}.5",
            "DateTime" => $"DateTime.UnixEpoch.AddSeconds({text}.Length)",
            "TimeSpan" => $"TimeSpan.FromSeconds({text}.Length)",
            "Guid" => $"new Guid({text}.Length, 0, 0, new byte[8])",
            "IReadOnlyList<string>" => $"[{text}]",
            "Task<int>" => $"Task.FromResult({text}.Length)",
            "Task" => "Task.CompletedTask",
            "TItem" => "item",
            _ => throw new ArgumentOutOfRangeException(nameof(returnType), returnType, "No conversion for this type."),
        };

    /// <summary>An argument check that throws directly, for the exception documentation rule.</summary>
    private static (string Guard, string Exception) Guard((string Type, string Name) parameter) =>
        parameter.Type switch
        {
            "int" or "long" or "double" =>
                ($"if ({parameter.Name} < 0)\n{{\n    throw new ArgumentOutOfRangeException(nameof({parameter.Name}));\n}}", "ArgumentOutOfRangeException"),
            "string" =>
                ($"if (string.IsNullOrWhiteSpace({parameter.Name}))\n{{\n    throw new ArgumentException(\"The value is required.\", nameof({parameter.Name}));\n}}", "ArgumentException"),
            _ =>
                ($"if ($\"{{{parameter.Name}}}\".Length > 4096)\n{{\n    throw new InvalidOperationException(\"The input is too long.\");\n}}", "InvalidOperationException"),
        };
}
