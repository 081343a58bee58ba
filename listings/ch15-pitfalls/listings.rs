//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-01")
    };
    ("CARGO_BIN_EXE_listing-15-01") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-01/tests/fixed.rs"]
mod listing_15_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-02")
    };
    ("CARGO_BIN_EXE_listing-15-02") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-02/tests/deadlock.rs"]
mod listing_15_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-05")
    };
    ("CARGO_BIN_EXE_listing-15-05") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-05/tests/task_errors.rs"]
mod listing_15_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-06")
    };
    ("CARGO_BIN_EXE_listing-15-06") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-06/tests/blocking.rs"]
mod listing_15_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-07")
    };
    ("CARGO_BIN_EXE_listing-15-07") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-07/tests/limits.rs"]
mod listing_15_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-08")
    };
    ("CARGO_BIN_EXE_listing-15-08") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-08/tests/cancellation.rs"]
mod listing_15_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-09")
    };
    ("CARGO_BIN_EXE_listing-15-09") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-09/tests/queue.rs"]
mod listing_15_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-10")
    };
    ("CARGO_BIN_EXE_listing-15-10") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-10/tests/latest_value.rs"]
mod listing_15_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-11")
    };
    ("CARGO_BIN_EXE_listing-15-11") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-11/tests/all.rs"]
mod listing_15_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-15-12")
    };
    ("CARGO_BIN_EXE_listing-15-12") => {
        ::core::env!("CARGO_BIN_EXE_ch15-listing-15-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-15-12/tests/send_errors.rs"]
mod listing_15_12;
