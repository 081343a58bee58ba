//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch17_capstone` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// chat-echo: `cargo course run chat-echo`
#[path = "../../exercises/ch17-capstone/chat-echo/tests/check.rs"]
mod chat_echo;

// chat-names: `cargo course run chat-names`
#[path = "../../exercises/ch17-capstone/chat-names/tests/check.rs"]
mod chat_names;

// chat-broadcast: `cargo course run chat-broadcast`
#[path = "../../exercises/ch17-capstone/chat-broadcast/tests/check.rs"]
mod chat_broadcast;

// chat-slow: `cargo course run chat-slow`
#[path = "../../exercises/ch17-capstone/chat-slow/tests/check.rs"]
mod chat_slow;

// chat-idle: `cargo course run chat-idle`
#[path = "../../exercises/ch17-capstone/chat-idle/tests/check.rs"]
mod chat_idle;

// chat-shutdown: `cargo course run chat-shutdown`
#[path = "../../exercises/ch17-capstone/chat-shutdown/tests/check.rs"]
mod chat_shutdown;
