//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-01")
    };
    ("CARGO_BIN_EXE_listing-16-01") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-01/tests/echo.rs"]
mod listing_16_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-02")
    };
    ("CARGO_BIN_EXE_listing-16-02") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-02/tests/session.rs"]
mod listing_16_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-03")
    };
    ("CARGO_BIN_EXE_listing-16-03") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-03/tests/round_trip.rs"]
mod listing_16_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-04")
    };
    ("CARGO_BIN_EXE_listing-16-04") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-04/tests/framed.rs"]
mod listing_16_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-05")
    };
    ("CARGO_BIN_EXE_listing-16-05") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-05/tests/limits.rs"]
mod listing_16_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-16-06")
    };
    ("CARGO_BIN_EXE_listing-16-06") => {
        ::core::env!("CARGO_BIN_EXE_ch16-listing-16-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-16-06/tests/all.rs"]
mod listing_16_06;
