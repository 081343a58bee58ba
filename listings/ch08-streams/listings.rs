//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-01")
    };
    ("CARGO_BIN_EXE_listing-08-01") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-01/tests/all.rs"]
mod listing_08_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-03")
    };
    ("CARGO_BIN_EXE_listing-08-03") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-03/tests/all.rs"]
mod listing_08_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-07")
    };
    ("CARGO_BIN_EXE_listing-08-07") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-07/tests/output.rs"]
mod listing_08_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-08")
    };
    ("CARGO_BIN_EXE_listing-08-08") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-08/tests/output.rs"]
mod listing_08_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-09")
    };
    ("CARGO_BIN_EXE_listing-08-09") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-09/tests/output.rs"]
mod listing_08_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-10")
    };
    ("CARGO_BIN_EXE_listing-08-10") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-10/tests/output.rs"]
mod listing_08_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-11")
    };
    ("CARGO_BIN_EXE_listing-08-11") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-11/tests/output.rs"]
mod listing_08_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-12")
    };
    ("CARGO_BIN_EXE_listing-08-12") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-12/tests/output.rs"]
mod listing_08_12;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-13")
    };
    ("CARGO_BIN_EXE_listing-08-13") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-13")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-13/tests/many.rs"]
mod listing_08_13;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-14")
    };
    ("CARGO_BIN_EXE_listing-08-14") => {
        ::core::env!("CARGO_BIN_EXE_ch08-listing-08-14")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-14/tests/trap.rs"]
mod listing_08_14;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-08-15")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-08-15/tests/timeline.rs"]
mod listing_08_15;
