//! The attribute on a real `main`. Run as is, this program checks that it is
//! the plain `#[tokio::main]` program (multi-thread runtime, real clock);
//! then it runs itself again with `COURSE_PAUSED_CLOCK` set and checks that
//! the same body ran on a current-thread runtime with a paused clock.
use std::process::Command;
use std::time::Duration;
use tokio::runtime::{Handle, RuntimeFlavor};

#[course_clock::paused_under_test]
#[tokio::main]
async fn main() -> Result<(), String> {
    let flavor = Handle::current().runtime_flavor();
    let real = std::time::Instant::now();
    let virtual_start = tokio::time::Instant::now();
    if std::env::var_os("COURSE_PAUSED_CLOCK").is_some() {
        // An hour on the paused clock ends at once in real time.
        tokio::time::sleep(Duration::from_secs(3600)).await;
        check(
            flavor == RuntimeFlavor::CurrentThread,
            "paused: current-thread runtime",
        )?;
        check(
            virtual_start.elapsed() >= Duration::from_secs(3600),
            "paused: tokio's clock moved by the hour",
        )?;
        check(
            real.elapsed() < Duration::from_secs(60),
            "paused: no real hour went by",
        )?;
        return Ok(());
    }
    // The plain program: tokio's clock is the real one.
    tokio::time::sleep(Duration::from_millis(20)).await;
    check(
        flavor == RuntimeFlavor::MultiThread,
        "plain: #[tokio::main]'s multi-thread runtime",
    )?;
    check(
        real.elapsed() >= Duration::from_millis(20),
        "plain: a real sleep",
    )?;
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let paused = Command::new(me)
        .env("COURSE_PAUSED_CLOCK", "1")
        .status()
        .map_err(|e| e.to_string())?;
    check(
        paused.success(),
        "the same program with COURSE_PAUSED_CLOCK set",
    )?;
    println!("course-clock: plain and paused runs both checked");
    Ok(())
}

fn check(ok: bool, what: &str) -> Result<(), String> {
    if ok {
        Ok(())
    } else {
        Err(format!("failed: {what}"))
    }
}
