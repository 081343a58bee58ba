//! A synchronous client for the shop's inventory service. The shop's
//! command-line tools use it too, so it stays as it is: do not edit this
//! file (think of it as living in another crate).
use std::fmt;

/// What can go wrong with a lookup.
#[derive(Debug)]
pub enum InventoryError {
    /// The service does not know this product.
    NotFound(String),
    /// The request failed: no connection, a timeout, an error status.
    Http(reqwest::Error),
}

impl fmt::Display for InventoryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InventoryError::NotFound(sku) => write!(f, "no product {sku:?} in the inventory"),
            InventoryError::Http(error) => write!(f, "inventory request failed: {error}"),
        }
    }
}

impl std::error::Error for InventoryError {}

/// The price of a product, in cents. Blocks until the service answers.
pub fn price_cents(base_url: &str, sku: &str) -> Result<u32, InventoryError> {
    number(base_url, "price", sku)
}

/// How many of a product are in stock. Blocks until the service answers.
pub fn stock(base_url: &str, sku: &str) -> Result<u32, InventoryError> {
    number(base_url, "stock", sku)
}

/// `GET {base_url}/{what}/{sku}`, whose answer is a number.
fn number(base_url: &str, what: &str, sku: &str) -> Result<u32, InventoryError> {
    let client = reqwest::blocking::Client::new();
    let response = client
        .get(format!("{base_url}/{what}/{sku}"))
        .send()
        .map_err(InventoryError::Http)?;
    if response.status() == reqwest::StatusCode::NOT_FOUND {
        return Err(InventoryError::NotFound(sku.to_owned()));
    }
    let body = response
        .error_for_status()
        .and_then(|response| response.text())
        .map_err(InventoryError::Http)?;
    // Written years ago, for a service that never sent anything else.
    Ok(body
        .trim()
        .parse()
        .expect("the inventory service always sends a number"))
}
