//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-01")
    };
    ("CARGO_BIN_EXE_listing-03-01") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-01/tests/output.rs"]
mod listing_03_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-02")
    };
    ("CARGO_BIN_EXE_listing-03-02") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-02/tests/output.rs"]
mod listing_03_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-05")
    };
    ("CARGO_BIN_EXE_listing-03-05") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-05/tests/output.rs"]
mod listing_03_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-06")
    };
    ("CARGO_BIN_EXE_listing-03-06") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-06/tests/output.rs"]
mod listing_03_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-07")
    };
    ("CARGO_BIN_EXE_listing-03-07") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-07/tests/output.rs"]
mod listing_03_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-08")
    };
    ("CARGO_BIN_EXE_listing-03-08") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-08/tests/output.rs"]
mod listing_03_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-09")
    };
    ("CARGO_BIN_EXE_listing-03-09") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-09/tests/all.rs"]
mod listing_03_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-11")
    };
    ("CARGO_BIN_EXE_listing-03-11") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-11/tests/local.rs"]
mod listing_03_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-12")
    };
    ("CARGO_BIN_EXE_listing-03-12") => {
        ::core::env!("CARGO_BIN_EXE_ch03-listing-03-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-12/tests/task_local.rs"]
mod listing_03_12;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-03-13")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-03-13/tests/timeline.rs"]
mod listing_03_13;
