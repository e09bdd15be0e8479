using System.Collections.Generic;

namespace Inventory;

/// <summary>An <see cref="IStockStore"/> that keeps the quantities in memory, for tests and small tools.</summary>
/// <param name="initial">The quantities on hand to start with.</param>
public class InMemoryStockStore(IReadOnlyDictionary<Sku, int> initial) : IStockStore
{
    private readonly Dictionary<Sku, int> quantities = new(initial);

    /// <summary>Gets the number of different items the store has a quantity for.</summary>
    public int Count => quantities.Count;

    /// <inheritdoc/>
    public int QuantityOf(Sku sku) => quantities.GetValueOrDefault(sku);

    public int Adjust(Sku sku, int change)
    {
        int quantity = QuantityOf(sku) + change;
        quantities[sku] = quantity;
        return quantity;
    }

    /// <inheritdoc/>
    public void Clear() => quantities.Clear();
}
