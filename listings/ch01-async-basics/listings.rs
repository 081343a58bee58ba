//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-01")
    };
    ("CARGO_BIN_EXE_listing-01-01") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-01/tests/output.rs"]
mod listing_01_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-02")
    };
    ("CARGO_BIN_EXE_listing-01-02") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-02/tests/all.rs"]
mod listing_01_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-04")
    };
    ("CARGO_BIN_EXE_listing-01-04") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-04/tests/all.rs"]
mod listing_01_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-05")
    };
    ("CARGO_BIN_EXE_listing-01-05") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-05/tests/all.rs"]
mod listing_01_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-06")
    };
    ("CARGO_BIN_EXE_listing-01-06") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-06/tests/wake.rs"]
mod listing_01_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-07")
    };
    ("CARGO_BIN_EXE_listing-01-07") => {
        ::core::env!("CARGO_BIN_EXE_ch01-listing-01-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-07/tests/deadline.rs"]
mod listing_01_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-01-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-01-08/tests/timeline.rs"]
mod listing_01_08;
