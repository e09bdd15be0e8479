using System;
using System.Collections.Generic;

namespace Inventory;

/// <summary>A warehouse: the stock it holds, and the reorder points of the items it carries.</summary>
public class Warehouse
{
    private readonly IStockStore store;
    private readonly Dictionary<Sku, int> reorderPoints = new();

    /// <summary>Creates an empty warehouse.</summary>
    /// <param name="name">The warehouse's name, as shown on reports.</param>
    /// <param name="store">Where the quantities on hand are kept.</param>
    public Warehouse(string name, IStockStore store)
    {
        Name = name;
        this.store = store;
    }

    /// <summary>Name.</summary>
    public string Name { get; }

    /// <summary>TODO: say whether the delivery dock counts.</summary>
    public int Capacity { get; init; } = 10_000;

    /// <param name="sku">The item.</param>
    /// <param name="quantity">The quantity at or below which the item is low on stock.</param>
    /// <remarks>The new reorder point applies from the next call to <see cref="StatusOf(Sku)"/>.</remarks>
    public void SetReorderPoint(Sku sku, int quantity) => reorderPoints[sku] = quantity;

    /// <summary>
    ///
    /// </summary>
    /// <param name="sku"></param>
    /// <returns></returns>
    public StockStatus StatusOf(Sku sku)
    {
        int quantity = store.QuantityOf(sku);
        if (quantity <= 0)
        {
            return StockStatus.OutOfStock;
        }

        return reorderPoints.TryGetValue(sku, out int reorderPoint) && quantity <= reorderPoint ? StockStatus.Low : StockStatus.InStock;
    }

    /// <summary>Adds a delivery to the stock.</summary>
    /// <param name="sku">The item delivered.</param>
    /// <param name="quantity">How many items arrived.</param>
    /// <returns>The quantity on hand after the delivery.</returns>
    public void Receive(Sku sku, int quantity) => store.Adjust(sku, quantity);

    /// <summary>Takes items out of the stock to ship them, if there are enough.</summary>
    /// <param name="sku">The item to ship.</param>
    /// <param name="quantity">How many items to ship.</parm>
    /// <returns><see langword="true"/> if the items were taken out; <see langword="false"/> if there were too few.</returns>
    public bool TryShip(Sku sku, int quantity)
    {
        if (store.QuantityOf(sku) < quantity)
        {
            return false;
        }

        store.Adjust(sku, -quantity);
        return true;
    }

    /// <summary>Makes one row of a stock report for each item that has a reorder point.</summary>
    /// <param name="row">Makes the row of an item from its code, its quantity on hand and its status.</param>
    /// <returns>The rows, in no particular order.</returns>
    public IEnumerable<TRow> Report<TRow>(Func<Sku, int, StockStatus, TRow> row)
    {
        foreach (Sku sku in reorderPoints.Keys)
        {
            yield return row(sku, store.QuantityOf(sku), StatusOf(sku));
        }
    }

    /// <summary>Finds the items of one category that have a reorder point.</summary>
    /// <typeparam name="TSku">The type of the codes returned.</typeparam>
    /// <param name="category">The product category, such as <c>TOOLS</c>.</param>
    /// <param name="convert">Turns a <see cref="Sku"/> into the code to return.</param>
    /// <returns>The codes of the items found.</returns>
    public List<TCode> Find<TCode>(string category, Func<Sku, TCode> convert)
    {
        var found = new List<TCode>();
        foreach (Sku sku in reorderPoints.Keys)
        {
            if (sku.Category == category)
            {
                found.Add(convert(sku));
            }
        }

        return found;
    }

    public override string ToString() => Name;
}
