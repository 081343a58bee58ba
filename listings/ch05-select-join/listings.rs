//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-01")
    };
    ("CARGO_BIN_EXE_listing-05-01") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-01/tests/output.rs"]
mod listing_05_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-02")
    };
    ("CARGO_BIN_EXE_listing-05-02") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-02/tests/output.rs"]
mod listing_05_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-03")
    };
    ("CARGO_BIN_EXE_listing-05-03") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-03/tests/output.rs"]
mod listing_05_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-04")
    };
    ("CARGO_BIN_EXE_listing-05-04") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-04/tests/output.rs"]
mod listing_05_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-06")
    };
    ("CARGO_BIN_EXE_listing-05-06") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-06/tests/output.rs"]
mod listing_05_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-07")
    };
    ("CARGO_BIN_EXE_listing-05-07") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-07/tests/output.rs"]
mod listing_05_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-08")
    };
    ("CARGO_BIN_EXE_listing-05-08") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-08/tests/output.rs"]
mod listing_05_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-09")
    };
    ("CARGO_BIN_EXE_listing-05-09") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-09/tests/output.rs"]
mod listing_05_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-10")
    };
    ("CARGO_BIN_EXE_listing-05-10") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-10")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-10/tests/output.rs"]
mod listing_05_10;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-11")
    };
    ("CARGO_BIN_EXE_listing-05-11") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-11/tests/output.rs"]
mod listing_05_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-12")
    };
    ("CARGO_BIN_EXE_listing-05-12") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-12/tests/output.rs"]
mod listing_05_12;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-13")
    };
    ("CARGO_BIN_EXE_listing-05-13") => {
        ::core::env!("CARGO_BIN_EXE_ch05-listing-05-13")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-13/tests/all.rs"]
mod listing_05_13;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-05-14")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-05-14/tests/timeline.rs"]
mod listing_05_14;
