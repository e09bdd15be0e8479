using DocAnalyzers.ApiDocs;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace DocAnalyzers.Tests.ApiDocs;

/// <summary>DOC110 (off by default): exceptions thrown directly are listed in exception tags.</summary>
public sealed class ExceptionDocumentationTests
{
    private static ApiDocTest<ExceptionDocumentationAnalyzer> Test(DocumentationMode mode, string source) =>
        new ApiDocTest<ExceptionDocumentationAnalyzer>(mode, source).EditorConfig("dotnet_diagnostic.DOC110.severity = warning");

    [Theory]
    [MemberData(nameof(DocumentationModes.All), MemberType = typeof(DocumentationModes))]
    public Task Exceptions_thrown_directly_need_an_exception_tag(DocumentationMode mode) => Test(mode, """
        using System;

        /// <summary>Documented.</summary>
        public class Widget
        {
            /// <summary>Resizes.</summary>
            /// <param name="width">The width.</param>
            /// <exception cref="ArgumentOutOfRangeException">When negative.</exception>
            public void Resize(int width)
            {
                if (width < 0) throw new ArgumentOutOfRangeException(nameof(width));
                if (width > 100) throw new {|#0:InvalidOperationException|}();
            }

            /// <summary>Gets the name.</summary>
            public string Name => throw new {|DOC110:NotSupportedException|}();

            /// <summary>Sets the size.</summary>
            /// <exception cref="T:System.ArgumentException">When invalid.</exception>
            public int Size
            {
                get => 0;
                set => throw new ArgumentNullException(nameof(value));
            }

            /// <summary>Loads.</summary>
            /// <param name="path">The path.</param>
            public void Load(string path)
            {
                _ = path ?? throw new {|DOC110:ArgumentNullException|}(nameof(path));
                Action later = () => throw new InvalidOperationException();
                try { throw new FormatException(); } catch (FormatException) { }
                throw new NotImplementedException();
            }

            /// <inheritdoc/>
            public override string ToString() => throw new InvalidOperationException();

            private void Hidden() => throw new InvalidOperationException();
        }
        """)
        .Expect(new DiagnosticResult(Descriptors.UndocumentedException).WithLocation(0).WithArguments("Widget.Resize(int)", "InvalidOperationException"))
        .VerifyAsync();

    [Fact]
    public async Task Off_by_default()
    {
        // The testing framework turns every rule on, so this compiles with the compiler's own defaults.
        Compilation compilation = await Cs1591ParityTests.CompileAsync("""
            /// <summary>Documented.</summary>
            public class Widget
            {
                /// <summary>Fails.</summary>
                public void Fail() => throw new System.InvalidOperationException();
            }
            """, DocumentationMode.Diagnose);

        Assert.False(Descriptors.UndocumentedException.IsEnabledByDefault);
        Assert.Empty(await Cs1591ParityTests.AnalyzeAsync(compilation, new ExceptionDocumentationAnalyzer()));
    }
}
