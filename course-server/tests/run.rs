//! Run and Test, end to end over real sockets on 127.0.0.1: output streamed
//! and told apart, test summaries, edits in a scratch copy, and every way a
//! run ends early (the reader leaves, the time limit, the output cap), and
//! builds taking turns.

mod common;

use common::{Options, events, joined, last, next_event, start, within};
use serde_json::{Value, json};
use std::path::Path;
use std::time::Duration;

fn fixture_file(rel: &str) -> String {
    std::fs::read_to_string(common::fixture().join(rel)).unwrap()
}

#[tokio::test]
async fn run_streams_stdout_and_stderr_apart_with_the_exit_status() {
    within(300, async {
        let server = start(Options::new("run")).await;
        let events = events(
            server
                .run(&json!({"package": "listing-00-01", "action": "run"}))
                .await,
        )
        .await;
        assert!(
            events.iter().any(|e| e["event"] == "progress"
                && e["line"]
                    .as_str()
                    .unwrap()
                    .contains("Building listing-00-01")),
            "{events:?}"
        );
        assert_eq!(
            joined(&events, "stdout"),
            fixture_file("listings/ch00-fixture/listing-00-01/output.txt")
        );
        assert_eq!(joined(&events, "stderr"), "a note on stderr\n");
        let exit = last(&events);
        assert_eq!(exit["event"], "exit");
        assert_eq!(exit["phase"], "run");
        assert_eq!(exit["code"], 0);
        assert_eq!(exit["success"], true);
    })
    .await;
}

#[tokio::test]
async fn test_runs_the_listings_tests_and_sums_them_up() {
    within(300, async {
        let server = start(Options::new("test")).await;
        let events = events(
            server
                .run(&json!({"package": "listing-00-04", "action": "test"}))
                .await,
        )
        .await;
        let summary = events
            .iter()
            .find(|e| e["event"] == "summary")
            .unwrap_or_else(|| panic!("no summary in {events:?}"));
        assert_eq!(summary["passed"], 2);
        assert_eq!(summary["failed"], 0);
        assert!(joined(&events, "stdout").contains("test doubles_zero ... ok"));
        assert_eq!(last(&events)["success"], true);
    })
    .await;
}

#[tokio::test]
async fn an_edit_runs_in_a_scratch_copy_and_the_listing_is_untouched() {
    within(300, async {
        let server = start(Options::new("edit")).await;
        let main_rs = "listings/ch00-fixture/listing-00-01/src/main.rs";
        let before = fixture_file(main_rs);
        let shown = "fn main() {\n    println!(\"hello from the fixture\");\n    eprintln!(\"a note on stderr\");\n}\n";
        let edited = "fn main() {\n    println!(\"edited in the page\");\n}\n";
        let events = events(
            server
                .run(&json!({"package": "listing-00-01", "action": "run", "edit": {
                    "file": "src/main.rs", "original": shown, "text": edited}}))
                .await,
        )
        .await;
        assert_eq!(joined(&events, "stdout"), "edited in the page\n", "{events:?}");
        assert_eq!(joined(&events, "stderr"), "");
        assert_eq!(last(&events)["success"], true);
        assert_eq!(fixture_file(main_rs), before, "the listing's own file changed");
        let copy = std::fs::read_to_string(
            server.state.config.scratch.join("ws/listing/src/main.rs"),
        )
        .unwrap();
        assert!(copy.contains("edited in the page") && copy.contains("// ANCHOR: main"), "{copy}");

        // The edited program against the listing's tests: they fail, in the
        // scratch copy, and the listing's own tests still pass.
        let broken = server
            .run(&json!({"package": "listing-00-01", "action": "test", "edit": {
                "file": "src/main.rs", "original": shown, "text": edited}}))
            .await;
        let events = common::events(broken).await;
        assert_eq!(last(&events)["success"], false, "{events:?}");
        let summary = events.iter().find(|e| e["event"] == "summary").unwrap();
        assert_eq!(summary["failed"], 1);
        let shipped = common::events(
            server
                .run(&json!({"package": "listing-00-01", "action": "test"}))
                .await,
        )
        .await;
        assert_eq!(last(&shipped)["success"], true, "{shipped:?}");
    })
    .await;
}

/// Reads events until the program says its pid.
async fn started_pid(body: &mut hyper::body::Incoming, pending: &mut String) -> u32 {
    loop {
        let event = next_event(body, pending)
            .await
            .expect("the run ended before it started");
        if event["event"] == "stdout" {
            let text = event["text"].as_str().unwrap();
            return text.trim().strip_prefix("pid ").unwrap().parse().unwrap();
        }
    }
}

#[cfg(target_os = "linux")]
async fn until_gone(pid: u32) {
    let proc = format!("/proc/{pid}");
    // Poll until the process is gone (or is a zombie being reaped); the
    // test's own time limit bounds the wait.
    loop {
        let state = std::fs::read_to_string(format!("{proc}/stat")).unwrap_or_default();
        let zombie = state
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z'));
        if !Path::new(&proc).exists() || zombie {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn leaving_the_page_kills_the_program() {
    within(300, async {
        let server = start(Options::new("leave")).await;
        let reply = server
            .run(&json!({"package": "listing-00-02", "action": "run"}))
            .await;
        let mut body = reply.response.into_body();
        let mut pending = String::new();
        let pid = started_pid(&mut body, &mut pending).await;
        assert!(Path::new(&format!("/proc/{pid}")).exists());
        // The reader cancels or closes the tab: the connection closes.
        drop(body);
        reply.connection.abort();
        until_gone(pid).await;
    })
    .await;
}

#[tokio::test]
async fn the_time_limit_stops_a_program() {
    within(300, async {
        let mut options = Options::new("time-limit");
        options.run_limit = Duration::from_secs(2);
        let server = start(options).await;
        let events = events(
            server
                .run(&json!({"package": "listing-00-02", "action": "run"}))
                .await,
        )
        .await;
        let notice = events
            .iter()
            .find(|e| e["event"] == "notice")
            .expect("a notice");
        assert!(
            notice["message"].as_str().unwrap().contains("time limit"),
            "{notice}"
        );
        assert_eq!(last(&events)["timed_out"], true);
        assert_eq!(last(&events)["success"], false);
    })
    .await;
}

#[tokio::test]
async fn the_output_cap_stops_a_program() {
    within(300, async {
        let mut options = Options::new("cap");
        options.output_cap = 16 * 1024;
        let server = start(options).await;
        let events = events(
            server
                .run(&json!({"package": "listing-00-03", "action": "run"}))
                .await,
        )
        .await;
        let shown = joined(&events, "stdout").len();
        assert!(shown <= 16 * 1024, "{shown} bytes shown");
        let notice = events
            .iter()
            .find(|e| e["event"] == "notice")
            .expect("a notice");
        assert!(
            notice["message"].as_str().unwrap().contains("16 KiB"),
            "{notice}"
        );
        assert_eq!(last(&events)["capped"], true);
    })
    .await;
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn builds_take_turns_and_the_second_reader_is_told_to_wait() {
    within(300, async {
        let server = start(Options::new("turns")).await;
        // An edited run keeps the build slot until it ends.
        let shown = fixture_file("listings/ch00-fixture/listing-00-02/src/main.rs");
        let first = server
            .run(
                &json!({"package": "listing-00-02", "action": "run", "edit": {
                "file": "src/main.rs", "original": shown, "text": shown}}),
            )
            .await;
        let mut first_body = first.response.into_body();
        let mut pending = String::new();
        let pid = started_pid(&mut first_body, &mut pending).await;

        let second = server
            .run(&json!({"package": "listing-00-01", "action": "run"}))
            .await;
        assert_eq!(second.response.status(), 200);
        let mut second_body = second.response.into_body();
        let mut second_pending = String::new();
        let waiting: Value = next_event(&mut second_body, &mut second_pending)
            .await
            .unwrap();
        assert_eq!(waiting["event"], "waiting", "{waiting}");

        // The first reader cancels; the second goes on.
        drop(first_body);
        first.connection.abort();
        until_gone(pid).await;
        let mut rest = Vec::new();
        while let Some(e) = next_event(&mut second_body, &mut second_pending).await {
            rest.push(e);
        }
        assert_eq!(
            joined(&rest, "stdout"),
            "hello from the fixture\n",
            "{rest:?}"
        );
        assert_eq!(last(&rest)["success"], true);
    })
    .await;
}

#[tokio::test]
async fn a_real_listing_runs_and_prints_its_output_txt() {
    // The course itself, in its own target dir: listing 1-2 as the book shows it.
    within(900, async {
        let mut options = Options::new("real");
        options.root = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join(".."));
        let server = start(options).await;
        let events = events(
            server
                .run(&json!({"package": "listing-01-02", "action": "run"}))
                .await,
        )
        .await;
        let expected = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../listings/ch01-async-basics/listing-01-02/output.txt"),
        )
        .unwrap();
        assert_eq!(joined(&events, "stdout"), expected, "{events:?}");
        assert_eq!(last(&events)["success"], true);
    })
    .await;
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn ctrl_c_ends_the_runs_and_kills_their_programs() {
    within(300, async {
        let server = start(Options::new("shutdown")).await;
        let reply = server
            .run(&json!({"package": "listing-00-02", "action": "run"}))
            .await;
        let mut body = reply.response.into_body();
        let mut pending = String::new();
        let pid = started_pid(&mut body, &mut pending).await;
        // What main does on Ctrl-C.
        server.state.shutdown.cancel();
        server.state.jobs.close();
        server.state.jobs.wait().await;
        until_gone(pid).await;
        // The page's stream ends without an exit event: the page says the
        // server stopped.
        let mut rest = Vec::new();
        while let Some(e) = next_event(&mut body, &mut pending).await {
            rest.push(e);
        }
        assert!(rest.iter().all(|e| e["event"] != "exit"), "{rest:?}");
    })
    .await;
}

#[cfg(target_os = "linux")]
#[tokio::test]
async fn programs_as_shipped_run_a_few_at_a_time() {
    within(300, async {
        let mut options = Options::new("runs");
        options.max_runs = 1;
        let server = start(options).await;
        let first = server
            .run(&json!({"package": "listing-00-02", "action": "run"}))
            .await;
        let mut first_body = first.response.into_body();
        let mut pending = String::new();
        let pid = started_pid(&mut first_body, &mut pending).await;

        // The second builds (the build slot is free), then waits to run.
        let second = server
            .run(&json!({"package": "listing-00-01", "action": "run"}))
            .await;
        let mut second_body = second.response.into_body();
        let mut second_pending = String::new();
        let mut before = Vec::new();
        loop {
            let e = next_event(&mut second_body, &mut second_pending)
                .await
                .unwrap();
            let waiting = e["event"] == "waiting";
            before.push(e);
            if waiting {
                break;
            }
        }
        assert!(joined(&before, "stdout").is_empty(), "{before:?}");
        assert!(
            before[before.len() - 1]["message"]
                .as_str()
                .unwrap()
                .contains("other programs are running"),
            "{before:?}"
        );
        drop(first_body);
        first.connection.abort();
        until_gone(pid).await;
        let mut rest = Vec::new();
        while let Some(e) = next_event(&mut second_body, &mut second_pending).await {
            rest.push(e);
        }
        assert_eq!(
            joined(&rest, "stdout"),
            "hello from the fixture\n",
            "{rest:?}"
        );
    })
    .await;
}
