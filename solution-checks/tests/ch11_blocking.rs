//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch11_blocking` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// offload-hashing: `cargo course run offload-hashing`
#[path = "../../exercises/ch11-blocking/offload-hashing/tests/check.rs"]
mod offload_hashing;

// stalled-spinner: `cargo course run stalled-spinner`
#[path = "../../exercises/ch11-blocking/stalled-spinner/tests/check.rs"]
mod stalled_spinner;

// parallel-checksums: `cargo course run parallel-checksums`
#[path = "../../exercises/ch11-blocking/parallel-checksums/tests/check.rs"]
mod parallel_checksums;

// stoppable-scan: `cargo course run stoppable-scan`
#[path = "../../exercises/ch11-blocking/stoppable-scan/tests/check.rs"]
mod stoppable_scan;

// legacy-inventory: `cargo course run legacy-inventory`
#[path = "../../exercises/ch11-blocking/legacy-inventory/tests/check.rs"]
mod legacy_inventory;
