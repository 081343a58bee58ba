//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-01")
    };
    ("CARGO_BIN_EXE_listing-09-01") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-01/tests/all.rs"]
mod listing_09_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-02")
    };
    ("CARGO_BIN_EXE_listing-09-02") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-02/tests/all.rs"]
mod listing_09_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-03")
    };
    ("CARGO_BIN_EXE_listing-09-03") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-03/tests/all.rs"]
mod listing_09_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-04")
    };
    ("CARGO_BIN_EXE_listing-09-04") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-04/tests/all.rs"]
mod listing_09_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-05")
    };
    ("CARGO_BIN_EXE_listing-09-05") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-05/tests/all.rs"]
mod listing_09_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-06")
    };
    ("CARGO_BIN_EXE_listing-09-06") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-06/tests/all.rs"]
mod listing_09_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-07")
    };
    ("CARGO_BIN_EXE_listing-09-07") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-07/tests/all.rs"]
mod listing_09_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-08")
    };
    ("CARGO_BIN_EXE_listing-09-08") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-08/tests/all.rs"]
mod listing_09_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-09")
    };
    ("CARGO_BIN_EXE_listing-09-09") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-09/tests/all.rs"]
mod listing_09_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-10/tests/clock.rs"]
mod listing_09_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-11")
    };
    ("CARGO_BIN_EXE_listing-09-11") => {
        ::core::env!("CARGO_BIN_EXE_ch09-listing-09-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-11/tests/all.rs"]
mod listing_09_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-09-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-09-12/tests/sockets.rs"]
mod listing_09_12;
