//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch04_reqwest` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// fetch-json-user: `cargo course run fetch-json-user`
#[path = "../../exercises/ch04-reqwest/fetch-json-user/tests/check.rs"]
mod fetch_json_user;

// one-client: `cargo course run one-client`
#[path = "../../exercises/ch04-reqwest/one-client/tests/check.rs"]
mod one_client;

// bounded-fetch: `cargo course run bounded-fetch`
#[path = "../../exercises/ch04-reqwest/bounded-fetch/tests/check.rs"]
mod bounded_fetch;

// capped-download: `cargo course run capped-download`
#[path = "../../exercises/ch04-reqwest/capped-download/tests/check.rs"]
mod capped_download;
