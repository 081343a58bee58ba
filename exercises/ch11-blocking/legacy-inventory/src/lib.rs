//! Exercise: a shop's async handler that must use a blocking client.
pub mod inventory;

use inventory::InventoryError;
use tokio::task::JoinError;

/// What the product page shows.
#[derive(Debug, PartialEq, Eq)]
pub struct Product {
    pub sku: String,
    pub price_cents: u32,
    pub in_stock: u32,
}

/// Why the product page could not be built.
#[derive(Debug)]
pub enum PageError {
    /// A lookup failed: the inventory service said no, or could not be reached.
    Inventory(InventoryError),
    /// A lookup panicked. The page reports it; the server goes on.
    LookupPanicked(JoinError),
}

impl From<InventoryError> for PageError {
    fn from(error: InventoryError) -> PageError {
        PageError::Inventory(error)
    }
}

/// The async handler behind a product page: the price and the stock of
/// `sku`, from the inventory service at `base_url`.
///
/// The server runs many of these at once. A handler must not hold a thread
/// of the runtime while it waits for the inventory service, and the two
/// lookups must be in flight at the same time (the page comes back in the
/// time of the slower one, not of both). A lookup that fails gives
/// `PageError::Inventory`; one that panics gives `PageError::LookupPanicked`.
///
/// BROKEN: this is the code as it was first written, and it does none of
/// that. Fix it. (`inventory` cannot change: other programs use it.)
pub async fn product_page(base_url: &str, sku: &str) -> Result<Product, PageError> {
    let price_cents = inventory::price_cents(base_url, sku)?;
    let in_stock = inventory::stock(base_url, sku)?;
    Ok(Product {
        sku: sku.to_owned(),
        price_cents,
        in_stock,
    })
}
