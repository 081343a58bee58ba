//! Counts heap allocations to show where the boxing happens. The counter is
//! per thread, so tests running side by side do not disturb each other.
// A global allocator needs `unsafe impl`; the course denies `unsafe_code`
// everywhere else. This one only counts, then hands over to the system's.
#![allow(unsafe_code)]

use listing_12_06::{HandStorage, MemoryStorage, NativeStorage, Storage};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::collections::HashMap;
use std::hint::black_box;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many allocations `f` makes on this thread.
fn allocations<T>(f: impl FnOnce() -> T) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    // `black_box` keeps the optimizer from removing an unused allocation.
    let value = black_box(f());
    let after = ALLOCATIONS.with(Cell::get);
    drop(value);
    after - before
}

// ANCHOR: tests
// Each closure only *creates* the future: no runtime, nothing is polled.
#[test]
fn every_call_through_async_trait_allocates_a_box() {
    let with_macro = MemoryStorage::default();
    let by_hand = HandStorage::default();
    assert_eq!(allocations(|| Storage::get(&with_macro, "k")), 1);
    assert_eq!(allocations(|| Storage::get(&by_hand, "k")), 1);
}

#[test]
fn a_native_async_fn_allocates_nothing() {
    let storage = MemoryStorage::default();
    assert_eq!(allocations(|| NativeStorage::get(&storage, "k")), 0);
}
// ANCHOR_END: tests

fn with_k() -> HashMap<String, String> {
    [("k".to_string(), "v".to_string())].into()
}

#[test]
fn the_futures_all_give_the_same_answer() {
    let with_macro = MemoryStorage { map: with_k() };
    let by_hand = HandStorage { map: with_k() };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        assert_eq!(Storage::get(&with_macro, "k").await.as_deref(), Some("v"));
        assert_eq!(Storage::get(&by_hand, "k").await.as_deref(), Some("v"));
        assert_eq!(
            NativeStorage::get(&with_macro, "k").await.as_deref(),
            Some("v")
        );
        assert_eq!(NativeStorage::get(&with_macro, "x").await, None);
    });
}

#[test]
fn macro_and_hand_written_impls_share_one_dyn_vec() {
    let backends: Vec<Box<dyn Storage>> = vec![
        Box::new(MemoryStorage::default()),
        Box::new(HandStorage { map: with_k() }),
    ];
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let found = runtime.block_on(find_in_all(&backends));
    assert_eq!(found, [None, Some("v".to_string())]);
}

async fn find_in_all(backends: &[Box<dyn Storage>]) -> Vec<Option<String>> {
    let mut found = Vec::new();
    for backend in backends {
        found.push(backend.get("k").await);
    }
    found
}
