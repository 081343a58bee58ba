//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-01")
    };
    ("CARGO_BIN_EXE_listing-04-01") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-01/tests/http.rs"]
mod listing_04_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-02")
    };
    ("CARGO_BIN_EXE_listing-04-02") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-02/tests/http.rs"]
mod listing_04_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-03")
    };
    ("CARGO_BIN_EXE_listing-04-03") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-03/tests/all.rs"]
mod listing_04_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-04")
    };
    ("CARGO_BIN_EXE_listing-04-04") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-04/tests/all.rs"]
mod listing_04_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-05")
    };
    ("CARGO_BIN_EXE_listing-04-05") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-05/tests/http.rs"]
mod listing_04_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-06")
    };
    ("CARGO_BIN_EXE_listing-04-06") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-06/tests/http.rs"]
mod listing_04_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-07")
    };
    ("CARGO_BIN_EXE_listing-04-07") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-07/tests/unbounded.rs"]
mod listing_04_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-08/tests/server.rs"]
mod listing_04_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-09")
    };
    ("CARGO_BIN_EXE_listing-04-09") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-09/tests/bounded.rs"]
mod listing_04_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-04-10")
    };
    ("CARGO_BIN_EXE_listing-04-10") => {
        ::core::env!("CARGO_BIN_EXE_ch04-listing-04-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-04-10/tests/bounded.rs"]
mod listing_04_10;
