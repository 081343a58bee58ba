//! Listing 9-9: a timeout inside the retry bounds each attempt; a timeout
//! around it bounds the whole call.
use listing_09_08::{POLICY, retry};
use tokio::time::{Duration, Instant, sleep, timeout};

// ANCHOR: service
/// A service whose first `hangs` calls never answer; later calls answer
/// after 50 ms. It notes when each call came.
pub struct Hanging {
    start: Instant,
    hangs: u32,
    pub calls: Vec<Duration>,
}

impl Hanging {
    pub fn new(hangs: u32) -> Self {
        Hanging {
            start: Instant::now(),
            hangs,
            calls: Vec::new(),
        }
    }

    pub async fn call(&mut self) -> Result<&'static str, String> {
        self.calls.push(self.start.elapsed());
        if self.calls.len() as u32 <= self.hangs {
            std::future::pending::<()>().await; // never answers
        }
        sleep(Duration::from_millis(50)).await;
        Ok("report")
    }
}
// ANCHOR_END: service

// ANCHOR: attempt
/// One attempt, cut off after `limit`: a hung call becomes an error that
/// the retry loop can retry.
pub async fn call_with_limit(
    service: &mut Hanging,
    limit: Duration,
) -> Result<&'static str, String> {
    match timeout(limit, service.call()).await {
        Ok(result) => result,
        Err(_) => Err(format!("no answer within {limit:?}")),
    }
}
// ANCHOR_END: attempt

// ANCHOR: run
fn millis(times: &[Duration]) -> String {
    let times: Vec<String> = times.iter().map(|t| t.as_millis().to_string()).collect();
    times.join(", ")
}

pub async fn run() -> Vec<String> {
    let start = Instant::now();
    let mut service = Hanging::new(2);
    let limit = Duration::from_secs(1);
    let result = retry(POLICY, async || call_with_limit(&mut service, limit).await).await;
    let first = format!(
        "1 s per attempt: calls at {} ms -> {result:?} at {} ms",
        millis(&service.calls),
        start.elapsed().as_millis()
    );

    let start = Instant::now();
    let mut service = Hanging::new(2);
    let whole = timeout(
        Duration::from_secs(2),
        retry(POLICY, async || call_with_limit(&mut service, limit).await),
    )
    .await;
    let outcome = match whole {
        Ok(result) => format!("{result:?}"),
        Err(_) => "gave up".to_string(),
    };
    let second = format!(
        "2 s in all:      calls at {} ms -> {outcome} at {} ms",
        millis(&service.calls),
        start.elapsed().as_millis()
    );
    vec![first, second]
}
// ANCHOR_END: run
