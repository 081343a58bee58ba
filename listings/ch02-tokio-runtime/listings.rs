//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-01")
    };
    ("CARGO_BIN_EXE_listing-02-01") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-01/tests/output.rs"]
mod listing_02_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-02")
    };
    ("CARGO_BIN_EXE_listing-02-02") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-02/tests/output.rs"]
mod listing_02_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-03")
    };
    ("CARGO_BIN_EXE_listing-02-03") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-03")
    };
    ("CARGO_BIN_EXE_no-drivers") => {
        ::core::env!("CARGO_BIN_EXE_ch02-no-drivers")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-03/tests/output.rs"]
mod listing_02_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-04")
    };
    ("CARGO_BIN_EXE_listing-02-04") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-04/tests/output.rs"]
mod listing_02_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-05")
    };
    ("CARGO_BIN_EXE_listing-02-05") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-05/tests/all.rs"]
mod listing_02_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-06")
    };
    ("CARGO_BIN_EXE_listing-02-06") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-06/tests/all.rs"]
mod listing_02_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-07")
    };
    ("CARGO_BIN_EXE_listing-02-07") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-07/tests/panic.rs"]
mod listing_02_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-08")
    };
    ("CARGO_BIN_EXE_listing-02-08") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-08/tests/output.rs"]
mod listing_02_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-09")
    };
    ("CARGO_BIN_EXE_listing-02-09") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-09/tests/budget.rs"]
mod listing_02_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-10")
    };
    ("CARGO_BIN_EXE_listing-02-10") => {
        ::core::env!("CARGO_BIN_EXE_ch02-listing-02-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-10/tests/handle.rs"]
mod listing_02_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-02-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-02-11/tests/varies.rs"]
mod listing_02_11;
