namespace Inventory;

/// <summary>Where the quantities on hand are kept.</summary>
public interface IStockStore
{
    /// <summary>Gets the quantity on hand of an item.</summary>
    /// <param name="sku">The item.</param>
    /// <returns>The quantity on hand, or zero for an item the store has never seen.</returns>
    int QuantityOf(Sku sku);

    /// <summary>Adds items to the quantity on hand, or removes them with a negative change.</summary>
    /// <param name="sku">The item.</param>
    /// <param name="quantity">How many items to add.</param>
    /// <returns>The new quantity on hand.</returns>
    int Adjust(Sku sku, int change);
}
