//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-12-05")
    };
    ("CARGO_BIN_EXE_listing-12-05") => {
        ::core::env!("CARGO_BIN_EXE_ch12-listing-12-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-12-05/tests/repository.rs"]
mod listing_12_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-12-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-12-06/tests/allocations.rs"]
mod listing_12_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-12-07")
    };
    ("CARGO_BIN_EXE_listing-12-07") => {
        ::core::env!("CARGO_BIN_EXE_ch12-listing-12-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-12-07/tests/all.rs"]
mod listing_12_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-12-08")
    };
    ("CARGO_BIN_EXE_listing-12-08") => {
        ::core::env!("CARGO_BIN_EXE_ch12-listing-12-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-12-08/tests/all.rs"]
mod listing_12_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-12-09")
    };
    ("CARGO_BIN_EXE_listing-12-09") => {
        ::core::env!("CARGO_BIN_EXE_ch12-listing-12-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-12-09/tests/http.rs"]
mod listing_12_09;
