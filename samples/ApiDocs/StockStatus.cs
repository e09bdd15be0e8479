namespace Inventory;

/// <summary>How the quantity on hand of an item compares with its reorder point.</summary>
public enum StockStatus
{
    /// <summary>More items than the reorder point.</summary>
    InStock,

    /// <summary>At or below the reorder point, but not zero: time to order more.</summary>
    Low,

    OutOfStock,
}
