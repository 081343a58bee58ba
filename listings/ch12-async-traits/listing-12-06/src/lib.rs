//! Listing 12-6: what `#[async_trait]` writes. The trait is declared with
//! the macro; one type implements it with the macro, another by hand, with
//! the signature the macro gave the trait. A native `async fn` trait sits
//! beside them, so a test can count what each call allocates.
use async_trait::async_trait;
use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;

// ANCHOR: trait
#[async_trait]
pub trait Storage: Send + Sync {
    async fn get(&self, key: &str) -> Option<String>;
}
// ANCHOR_END: trait

/// A map of values.
#[derive(Default)]
pub struct MemoryStorage {
    pub map: HashMap<String, String>,
}

// ANCHOR: with_macro
#[async_trait]
impl Storage for MemoryStorage {
    async fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
}
// ANCHOR_END: with_macro

// ANCHOR: by_hand
/// The same kind of storage, implementing the same trait without the macro.
/// This impl compiles only because its signature is the one `#[async_trait]`
/// gave the trait's `get`.
#[derive(Default)]
pub struct HandStorage {
    pub map: HashMap<String, String>,
}

impl Storage for HandStorage {
    fn get<'life0, 'life1, 'async_trait>(
        &'life0 self,
        key: &'life1 str,
    ) -> Pin<Box<dyn Future<Output = Option<String>> + Send + 'async_trait>>
    where
        'life0: 'async_trait,
        'life1: 'async_trait,
        Self: 'async_trait,
    {
        // The original body, moved into an async block, moved to the heap.
        Box::pin(async move { self.map.get(key).cloned() })
    }
}
// ANCHOR_END: by_hand

// ANCHOR: native
/// The same method, native: its future is a plain value, not boxed.
pub trait NativeStorage {
    fn get(&self, key: &str) -> impl Future<Output = Option<String>> + Send;
}

impl NativeStorage for MemoryStorage {
    async fn get(&self, key: &str) -> Option<String> {
        self.map.get(key).cloned()
    }
}
// ANCHOR_END: native
