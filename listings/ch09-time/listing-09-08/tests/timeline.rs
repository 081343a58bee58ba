//! Draws listing 9-8's `retry` at work on two flaky services and compares
//! the picture with the one the book shows (`UPDATE_TIMELINES=1` redraws
//! it).
use std::time::Duration;

use listing_09_08::{Flaky, POLICY, retry};
use support::timeline::{Kind, Recorder, assert_timeline};

/// Retries a service that fails `failures` times, noting each attempt and
/// each backoff in `lane`.
async fn noted(rec: &Recorder, lane: &str, failures: u32) -> Result<&'static str, String> {
    let mut service = Flaky::new(failures);
    let mut attempt = 0;
    let result = retry(POLICY, async || {
        attempt += 1;
        rec.send(lane, "");
        let result = service.call().await;
        if result.is_err() && attempt < POLICY.max_attempts {
            let delay = POLICY.delay(attempt);
            rec.wait(lane, &format!("{} ms", delay.as_millis()));
        }
        result
    })
    .await;
    match &result {
        Ok(_) => rec.end(lane, "Ok"),
        Err(_) => rec.dropped(lane, "gives up"),
    }
    result
}

#[tokio::test(start_paused = true)]
async fn backoff_doubles_the_wait_up_to_a_cap() {
    let rec = Recorder::with_lanes(&["fails 3 times", "always fails"]);
    let (some, always) = tokio::join!(
        noted(&rec, "fails 3 times", 3),
        noted(&rec, "always fails", u32::MAX)
    );
    assert_eq!(some, Ok("report"));
    assert_eq!(always, Err("failure 6".to_owned()));
    let attempts = |lane: &str| -> Vec<u128> {
        rec.events()
            .iter()
            .filter(|e| e.lane == lane && e.kind == Kind::Send)
            .map(|e| e.at.as_millis())
            .collect()
    };
    // The same times as listing 9-8's output.txt.
    assert_eq!(attempts("fails 3 times"), [0, 100, 300, 700]);
    assert_eq!(attempts("always fails"), [0, 100, 300, 700, 1500, 2500]);
    assert_eq!(rec.events().last().unwrap().at, Duration::from_millis(2500));
    let svg = rec.svg(
        "Exponential backoff: 100, 200, 400, 800 ms, capped at 1 s",
        "Two lanes. A service that fails three times is tried at 0, 100, 300 and 700 ms \
         and answers Ok on the fourth attempt. A service that always fails is tried at \
         0, 100, 300, 700, 1500 and 2500 ms, waiting 100, 200, 400, 800 and 1000 ms \
         between attempts, and retry gives up after the sixth.",
    );
    assert_timeline(env!("CARGO_MANIFEST_DIR"), "timeline.svg", &svg);
}
