//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-01")
    };
    ("CARGO_BIN_EXE_listing-06-01") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-01/tests/output.rs"]
mod listing_06_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-02")
    };
    ("CARGO_BIN_EXE_listing-06-02") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-02/tests/all.rs"]
mod listing_06_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-03")
    };
    ("CARGO_BIN_EXE_listing-06-03") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-03/tests/output.rs"]
mod listing_06_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-04")
    };
    ("CARGO_BIN_EXE_listing-06-04") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-04/tests/all.rs"]
mod listing_06_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-05")
    };
    ("CARGO_BIN_EXE_listing-06-05") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-05/tests/all.rs"]
mod listing_06_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-07")
    };
    ("CARGO_BIN_EXE_listing-06-07") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-07/tests/output.rs"]
mod listing_06_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-09")
    };
    ("CARGO_BIN_EXE_listing-06-09") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-09/tests/all.rs"]
mod listing_06_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-10")
    };
    ("CARGO_BIN_EXE_listing-06-10") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-10/tests/output.rs"]
mod listing_06_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-11")
    };
    ("CARGO_BIN_EXE_listing-06-11") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-11/tests/output.rs"]
mod listing_06_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-12")
    };
    ("CARGO_BIN_EXE_listing-06-12") => {
        ::core::env!("CARGO_BIN_EXE_ch06-listing-06-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-12/tests/output.rs"]
mod listing_06_12;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-06-13")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-06-13/tests/timeline.rs"]
mod listing_06_13;
