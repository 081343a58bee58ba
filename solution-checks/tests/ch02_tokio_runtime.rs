//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch02_tokio_runtime` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// current-thread-runner: `cargo course run current-thread-runner`
#[path = "../../exercises/ch02-tokio-runtime/current-thread-runner/tests/check.rs"]
mod current_thread_runner;

// named-workers: `cargo course run named-workers`
#[path = "../../exercises/ch02-tokio-runtime/named-workers/tests/check.rs"]
mod named_workers;

// fair-checksum: `cargo course run fair-checksum`
#[path = "../../exercises/ch02-tokio-runtime/fair-checksum/tests/check.rs"]
mod fair_checksum;

// sensor-bridge: `cargo course run sensor-bridge`
#[path = "../../exercises/ch02-tokio-runtime/sensor-bridge/tests/check.rs"]
mod sensor_bridge;
