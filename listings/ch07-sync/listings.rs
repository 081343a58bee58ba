//! Written by book-tests from the listings' Cargo.toml: do not edit.
//! Each module is one listing's test file. Before each, `env!` is
//! shadowed so that `env!("CARGO_MANIFEST_DIR")` is the listing's own
//! folder and `env!("CARGO_BIN_EXE_listing-NN-MM")` its program, as
//! built here: what they are when `cargo test -p listing-NN-MM` runs
//! it alone.

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-01")
    };
    ("CARGO_BIN_EXE_listing-07-01") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-01")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-01/tests/all.rs"]
mod listing_07_01;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-02")
    };
    ("CARGO_BIN_EXE_listing-07-02") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-02")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-02/tests/all.rs"]
mod listing_07_02;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-03")
    };
    ("CARGO_BIN_EXE_listing-07-03") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-03")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-03/tests/hits.rs"]
mod listing_07_03;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-04")
    };
    ("CARGO_BIN_EXE_listing-07-04") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-04")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-04/tests/shared_connection.rs"]
mod listing_07_04;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-05")
    };
    ("CARGO_BIN_EXE_listing-07-05") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-05")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-05/tests/rwlock.rs"]
mod listing_07_05;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-06")
    };
    ("CARGO_BIN_EXE_listing-07-06") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-06")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-06/tests/queue.rs"]
mod listing_07_06;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-07")
    };
    ("CARGO_BIN_EXE_listing-07-07") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-07")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-07/tests/semaphore.rs"]
mod listing_07_07;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-08")
    };
    ("CARGO_BIN_EXE_listing-07-08") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-08")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-08/tests/owned.rs"]
mod listing_07_08;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-09")
    };
    ("CARGO_BIN_EXE_listing-07-09") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-09")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-09/tests/notify.rs"]
mod listing_07_09;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-11")
    };
    ("CARGO_BIN_EXE_listing-07-11") => {
        ::core::env!("CARGO_BIN_EXE_ch07-listing-07-11")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-11/tests/holding.rs"]
mod listing_07_11;

#[allow(unused_macros)]
macro_rules! env {
    ("CARGO_MANIFEST_DIR") => {
        concat!(::core::env!("CARGO_MANIFEST_DIR"), "/listing-07-12")
    };
    ($($name:tt)*) => {
        ::core::env!($($name)*)
    };
}
#[path = "listing-07-12/tests/timeline.rs"]
mod listing_07_12;
