//! The book's schedule page is computed from the minutes in the speaker
//! notes: it must match what `cargo course schedule` writes today.

use std::path::Path;
use std::process::Command;

#[test]
fn the_schedule_page_is_up_to_date() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_course"))
        .args(["schedule", "--check"])
        .env("COURSE_ROOT", root)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
