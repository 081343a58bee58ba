// Lets the test run this binary on tokio's paused clock; changes nothing
// otherwise (support/clock/src/lib.rs).
#[course_clock::paused_under_test]
// ANCHOR: main
#[tokio::main]
async fn main() -> std::io::Result<()> {
    let settings = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("settings.txt");
    for line in listing_14_01::report(settings).await? {
        println!("{line}");
    }
    Ok(())
}
// ANCHOR_END: main
