use listing_05_06::{MESSAGES, describe, receive, slow_sender};
use std::time::Duration;
use tokio::time::timeout;

#[tokio::test(start_paused = true)]
async fn prints_what_the_book_shows() {
    let received = timeout(Duration::from_secs(60), receive(slow_sender()))
        .await
        .expect("receive hung");
    support::assert_output(
        &describe(&received).join("\n"),
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}

#[tokio::test(start_paused = true)]
async fn a_tick_in_the_middle_of_a_message_loses_its_first_half() {
    let received = timeout(Duration::from_secs(60), receive(slow_sender()))
        .await
        .expect("receive hung");
    // Five messages were sent; only the first arrived intact.
    let intact: Vec<&String> = received
        .messages
        .iter()
        .filter(|m| MESSAGES.contains(&m.as_str()))
        .collect();
    assert_eq!(intact, ["abcd"]);
    // The tick at 650 ms dropped a read_exact that held "ef": those bytes are
    // gone, and every later message is read out of step.
    assert_eq!(received.messages, ["abcd", "ghij", "klmn", "opqr"]);
    let all: String = received.messages.concat();
    assert!(!all.contains("ef") && !all.contains("st"), "{all}");
}

// The real binary, on tokio's paused clock (support/clock): it prints what
// a real run prints, at once and the same on every run.
#[test]
fn the_program_prints_what_the_book_shows() {
    let run = support::run_bin_paused(env!("CARGO_BIN_EXE_listing-05-06"));
    support::assert_output(
        &run.stdout,
        &support::read(env!("CARGO_MANIFEST_DIR"), "output.txt"),
    );
}
