//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-13-01")
    };
    ("CARGO_BIN_EXE_listing-13-01") => {
        ::core::env!("CARGO_BIN_EXE_ch13-listing-13-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-13-01/tests/all.rs"]
mod listing_13_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-13-02")
    };
    ("CARGO_BIN_EXE_listing-13-02") => {
        ::core::env!("CARGO_BIN_EXE_ch13-listing-13-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-13-02/tests/all.rs"]
mod listing_13_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-13-03")
    };
    ("CARGO_BIN_EXE_listing-13-03") => {
        ::core::env!("CARGO_BIN_EXE_ch13-listing-13-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-13-03/tests/all.rs"]
mod listing_13_03;
