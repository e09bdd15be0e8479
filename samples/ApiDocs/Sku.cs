using System;
using System.Globalization;

namespace Inventory;

/// <summary>A stock-keeping unit: the code a warehouse uses for one kind of item, such as <c>TOOLS-0042</c>.</summary>
/// <param name="Category">The product category, in capitals, such as <c>TOOLS</c>.</param>
public sealed record Sku(string Category, int Number)
{
    public const int MaxNumber = 9999;

    /// <summary>Reads a code written as <c>CATEGORY-NUMBER</c>, such as <c>TOOLS-0042</c>.</summary>
    /// <param name="code">The code to read.</param>
    public static Sku Parse(string code)
    {
        int dash = code.LastIndexOf('-');
        if (dash <= 0 || !int.TryParse(code.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number > MaxNumber)
        {
            throw new FormatException($"'{code}' is not a SKU such as TOOLS-0042.");
        }

        return new Sku(code[..dash].ToUpperInvariant(), number);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Category}-{Number:D4}";
}
