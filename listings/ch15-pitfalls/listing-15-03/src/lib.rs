//! Listing 15-3: each task gets its own copy, moved in.

// ANCHOR: fixed
/// Spawns one task per job. Each task owns what it uses: a clone of
/// `prefix`, made before the `async move` block takes it.
pub async fn labels(prefix: &str, jobs: u32) -> Vec<String> {
    let prefix = prefix.to_string();
    let mut handles = Vec::new();
    for i in 0..jobs {
        let prefix = prefix.clone(); // one copy per task
        handles.push(tokio::spawn(async move { format!("{prefix} {i}") }));
    }
    let mut out = Vec::new();
    for handle in handles {
        out.push(handle.await.expect("the task panicked"));
    }
    out
}
// ANCHOR_END: fixed
