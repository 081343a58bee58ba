//! Written by book-tests from exercises/manifest.toml: do not edit.
//! Each module is one exercise's own tests, run against its solution.
//! `cargo test -p solution-checks --test ch06_channels` runs the chapter's;
//! `cargo test -p solution-ID` runs one solution's alone.

// never-ending-total: `cargo course run never-ending-total`
#[path = "../../exercises/ch06-channels/never-ending-total/tests/check.rs"]
mod never_ending_total;

// pipeline-stages: `cargo course run pipeline-stages`
#[path = "../../exercises/ch06-channels/pipeline-stages/tests/check.rs"]
mod pipeline_stages;

// counter-actor: `cargo course run counter-actor`
#[path = "../../exercises/ch06-channels/counter-actor/tests/check.rs"]
mod counter_actor;

// lagging-subscriber: `cargo course run lagging-subscriber`
#[path = "../../exercises/ch06-channels/lagging-subscriber/tests/check.rs"]
mod lagging_subscriber;
