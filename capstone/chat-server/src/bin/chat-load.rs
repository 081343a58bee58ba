//! A load test for `chat-server`, on 127.0.0.1 only.
//!
//! ```text
//! chat-load [--server PATH] [--clients N] [--messages M] [--limit SECS] [--queue LINES]
//! ```
//!
//! It starts the server (the `chat-server` binary beside this one, unless
//! `--server` says otherwise) on a free port, connects N clients, names
//! them, and has each send M messages, one at a time: a client sends its
//! next message when it has heard its previous one. Every client checks that
//! it hears every message of every client, in the order each was sent. When
//! all are done, or at the hard time limit, it stops the server (closing its
//! standard input) and prints the figures: clients, messages per second, and
//! the server's peak memory (VmHWM in /proc/PID/status). It exits with 1 if
//! a client that kept up missed a message, or if the limit was reached.
use std::path::PathBuf;
use std::process::{ExitCode, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio::sync::Barrier;
use tokio::task::JoinSet;
use tokio::time::timeout;

const USAGE: &str =
    "usage: chat-load [--server PATH] [--clients N] [--messages M] [--limit SECS] [--queue LINES]";

struct Load {
    server: PathBuf,
    clients: usize,
    messages: usize,
    limit: Duration,
    queue: usize,
}

fn load(args: &[String]) -> Result<Load, String> {
    let beside = std::env::current_exe()
        .map_err(|e| e.to_string())?
        .with_file_name("chat-server");
    let mut load = Load {
        server: beside,
        clients: 200,
        messages: 50,
        limit: Duration::from_secs(120),
        queue: 4096,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let value = args.next().ok_or(format!("{arg} needs a value"))?;
        let number = || {
            value
                .parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or(format!("{arg}: `{value}` is not a number above 0"))
        };
        match arg.as_str() {
            "--server" => load.server = PathBuf::from(value),
            "--clients" => load.clients = number()?,
            "--messages" => load.messages = number()?,
            "--limit" => load.limit = Duration::from_secs(number()? as u64),
            "--queue" => load.queue = number()?,
            _ => return Err(format!("unknown option {arg}")),
        }
    }
    Ok(load)
}

/// How a client's run ended.
enum Outcome {
    /// It heard every message.
    KeptUp,
    /// The server dropped it as too slow.
    Dropped,
}

/// One client: names itself `c{index}`, waits for the others, then sends
/// its messages one at a time and checks every message it hears.
async fn client(
    addr: String,
    index: usize,
    load: Arc<Load>,
    ready: Arc<Barrier>,
    started: Arc<OnceLock<Instant>>,
) -> Result<Outcome, String> {
    let socket = TcpStream::connect(&addr)
        .await
        .map_err(|e| format!("c{index}: cannot connect: {e}"))?;
    let (reader, mut writer) = socket.into_split();
    let mut lines = BufReader::new(reader).lines();
    let closed = || format!("c{index}: the server closed the connection early");
    let mut send = async |line: String| {
        writer
            .write_all(format!("{line}\n").as_bytes())
            .await
            .map_err(|e| format!("c{index}: cannot send: {e}"))
    };
    send(format!("/nick c{index}")).await?;
    let renamed = format!(" is now c{index}");
    loop {
        let line = lines.next_line().await.ok().flatten().ok_or_else(closed)?;
        if line.starts_with("* ") && line.ends_with(&renamed) {
            break; // from now on, this client hears every message
        }
    }
    if ready.wait().await.is_leader() {
        let _ = started.set(Instant::now());
    }
    let total = load.clients * load.messages;
    let mut expected = vec![0; load.clients]; // the next message from each client
    let (mut heard, mut sent) = (0, 1);
    send("m0".to_owned()).await?;
    while heard < total {
        let line = lines.next_line().await.ok().flatten().ok_or_else(closed)?;
        if line == "! too slow: disconnected" {
            return Ok(Outcome::Dropped);
        }
        if line.starts_with("* ") {
            continue; // arrivals, names, departures
        }
        let parsed = line.strip_prefix('c').and_then(|rest| {
            let (from, message) = rest.split_once(": m")?;
            Some((from.parse::<usize>().ok()?, message.parse::<usize>().ok()?))
        });
        let Some((from, message)) = parsed.filter(|(from, _)| *from < load.clients) else {
            return Err(format!("c{index}: unexpected line {line:?}"));
        };
        if message != expected[from] {
            return Err(format!(
                "c{index}: from c{from}, heard message {message} when {} was next",
                expected[from]
            ));
        }
        expected[from] += 1;
        heard += 1;
        if from == index && sent < load.messages {
            send(format!("m{sent}")).await?;
            sent += 1;
        }
    }
    send("/quit".to_owned()).await?;
    while lines.next_line().await.ok().flatten().is_some() {}
    Ok(Outcome::KeptUp)
}

/// The server's peak resident memory, in kB, from /proc.
fn peak_rss_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let load = match load(&args) {
        Ok(load) => Arc::new(load),
        Err(e) => {
            eprintln!("chat-load: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut server = match Command::new(&load.server)
        .args(["0", "--stop-on-eof", "--quiet", "--queue"])
        .arg(load.queue.to_string())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
    {
        Ok(server) => server,
        Err(e) => {
            eprintln!("chat-load: cannot start {}: {e}", load.server.display());
            return ExitCode::from(2);
        }
    };
    let pid = server.id().expect("the server is running");
    let mut out = BufReader::new(server.stdout.take().unwrap()).lines();
    let first = out.next_line().await.ok().flatten().unwrap_or_default();
    let Some(addr) = first
        .strip_prefix("chat server listening on ")
        .and_then(|rest| rest.split(';').next())
    else {
        eprintln!("chat-load: the server said {first:?}, not where it listens");
        return ExitCode::FAILURE;
    };

    let ready = Arc::new(Barrier::new(load.clients));
    let started = Arc::new(OnceLock::new());
    let mut set = JoinSet::new();
    for index in 0..load.clients {
        let client = client(
            addr.to_owned(),
            index,
            load.clone(),
            ready.clone(),
            started.clone(),
        );
        set.spawn(client);
    }
    let run = timeout(load.limit, async {
        let mut outcomes = Vec::new();
        while let Some(joined) = set.join_next().await {
            outcomes.push(joined.unwrap_or_else(|e| Err(format!("a client panicked: {e}"))));
        }
        outcomes
    })
    .await;
    let finished = Instant::now();
    let peak = peak_rss_kb(pid);
    drop(server.stdin.take()); // the server stops
    let stopped = timeout(Duration::from_secs(10), server.wait()).await;

    let Ok(outcomes) = run else {
        println!("FAILED: the load did not finish within {:?}", load.limit);
        return ExitCode::FAILURE;
    };
    let mut failures: Vec<String> = outcomes
        .iter()
        .filter_map(|o| o.as_ref().err().cloned())
        .collect();
    let kept_up = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(Outcome::KeptUp)))
        .count();
    let dropped: usize = outcomes
        .iter()
        .filter(|o| matches!(o, Ok(Outcome::Dropped)))
        .count();
    let total = load.clients * load.messages;
    let secs = started
        .get()
        .map(|t| finished.duration_since(*t).as_secs_f64())
        .unwrap_or(f64::NAN);
    let heard = kept_up * total;
    println!(
        "clients: {} ({kept_up} kept up, {dropped} dropped)",
        load.clients
    );
    println!(
        "messages sent: {total}, delivered: {heard} of {}",
        load.clients * total
    );
    println!(
        "time: {secs:.2} s; {:.0} messages/s sent, {:.0} lines/s delivered",
        total as f64 / secs,
        heard as f64 / secs
    );
    match peak {
        Some(kb) => println!("server peak RSS: {:.1} MB", kb as f64 / 1024.0),
        None => println!("server peak RSS: unknown (no /proc/{pid}/status)"),
    }
    match stopped {
        Ok(Ok(status)) if status.success() => {}
        Ok(Ok(status)) => failures.push(format!("the server exited with {status}")),
        _ => failures.push("the server did not stop within 10 s".to_owned()),
    }
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        for failure in failures.iter().take(10) {
            println!("FAILED: {failure}");
        }
        ExitCode::FAILURE
    }
}
