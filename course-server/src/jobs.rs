//! A Run or Test job: build with cargo, run, and stream what happens to the
//! page as lines of JSON (`{"event": "stdout", "text": "…"}`).
//!
//! Every child process starts through [`spawn`], in its own process group,
//! and is killed with its group when the job ends early: the reader cancels,
//! leaves the page (the connection closes), the time limit or the output cap
//! is reached, or the server stops.

use crate::State;
use crate::listings::Listing;
use bytes::Bytes;
use serde_json::{Value, json};
use std::path::{Path, PathBuf};
use std::process::{ExitStatus, Stdio};
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt};
use tokio::process::{Child, Command};
use tokio::sync::mpsc;
use tokio::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Run,
    Test,
}

/// What a job runs: a listing as shipped, or with one file edited.
pub struct Job {
    pub action: Action,
    pub listing: Listing,
    /// `(file relative to the listing, its whole new text)`.
    pub edit: Option<(String, String)>,
}

/// The reader went away (or the server is stopping): stop everything.
pub struct Gone;

/// The page's end of the stream.
pub struct Out {
    tx: mpsc::Sender<Bytes>,
    /// Bytes of output sent so far, against the cap.
    shown: usize,
    cap: usize,
}

impl Out {
    pub fn new(tx: mpsc::Sender<Bytes>, cap: usize) -> Out {
        Out { tx, shown: 0, cap }
    }

    async fn send(&mut self, event: Value) -> Result<(), Gone> {
        let mut line = event.to_string();
        line.push('\n');
        self.tx.send(Bytes::from(line)).await.map_err(|_| Gone)
    }

    async fn progress(&mut self, line: &str) -> Result<(), Gone> {
        self.send(json!({"event": "progress", "line": line})).await
    }

    async fn notice(&mut self, message: &str) -> Result<(), Gone> {
        self.send(json!({"event": "notice", "message": message}))
            .await
    }

    /// Counts `n` more bytes of output; false once past the cap.
    fn within_cap(&mut self, n: usize) -> bool {
        self.shown += n;
        self.shown <= self.cap
    }
}

/// A child in its own process group, killed with the group unless it was
/// waited for.
struct Proc {
    child: Child,
    reaped: bool,
}

impl Proc {
    fn kill(&mut self) {
        if !self.reaped {
            kill_group(&self.child);
            let _ = self.child.start_kill();
        }
    }

    async fn wait(&mut self) -> Option<ExitStatus> {
        let status = self.child.wait().await.ok();
        self.reaped = true;
        status
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        self.kill();
    }
}

fn kill_group(child: &Child) {
    #[cfg(unix)]
    if let Some(pid) = child.id() {
        // `kill` with a number we hold, never with anything from a request.
        let _ = std::process::Command::new("kill")
            .args(["-KILL", "--", &format!("-{pid}")])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }
    #[cfg(not(unix))]
    let _ = child;
}

/// Starts `command`: the one place the server starts a process.
fn spawn(state: &State, mut command: Command) -> std::io::Result<Proc> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env("CARGO_TERM_COLOR", "never")
        .env("RUST_BACKTRACE", "0")
        .kill_on_drop(true);
    #[cfg(unix)]
    command.process_group(0);
    state.spawned.fetch_add(1, Ordering::SeqCst);
    let child = command.spawn()?;
    Ok(Proc {
        child,
        reaped: false,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Pipe {
    Stdout,
    Stderr,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Show {
    Stdout,
    Stderr,
    Progress,
    /// Not shown: kept for the server (cargo's JSON messages).
    Keep,
}

struct Piece {
    pipe: Pipe,
    text: String,
}

#[derive(Default)]
struct Ended {
    status: Option<ExitStatus>,
    timed_out: bool,
    capped: bool,
    kept: Vec<String>,
    stdout: String,
}

impl Ended {
    fn success(&self) -> bool {
        !self.timed_out && !self.capped && self.status.is_some_and(|s| s.success())
    }
}

/// Reads a pipe, by lines (`lines`) or as it comes, whole UTF-8 characters only.
async fn read_pipe(
    mut from: impl AsyncRead + Unpin,
    pipe: Pipe,
    lines: bool,
    to: mpsc::Sender<Piece>,
) {
    let mut buf = vec![0u8; 8192];
    let mut pending: Vec<u8> = Vec::new();
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        pending.extend_from_slice(&buf[..n]);
        let ready = if lines {
            pending
                .iter()
                .rposition(|b| *b == b'\n')
                .map_or(0, |p| p + 1)
        } else {
            match std::str::from_utf8(&pending) {
                Ok(_) => pending.len(),
                Err(e) if e.error_len().is_none() => e.valid_up_to(),
                Err(_) => pending.len(),
            }
        };
        if ready == 0 {
            continue;
        }
        let chunk: Vec<u8> = pending.drain(..ready).collect();
        let text = String::from_utf8_lossy(&chunk).into_owned();
        let pieces: Vec<String> = if lines {
            text.split_inclusive('\n').map(str::to_owned).collect()
        } else {
            vec![text]
        };
        for text in pieces {
            if to.send(Piece { pipe, text }).await.is_err() {
                return;
            }
        }
    }
    if !pending.is_empty() {
        let text = String::from_utf8_lossy(&pending).into_owned();
        let _ = to.send(Piece { pipe, text }).await;
    }
}

/// Runs `command` to its end, its time limit, the output cap, or the reader
/// leaving, sending what it prints as `route` says.
async fn watch(
    state: &State,
    out: &mut Out,
    command: Command,
    limit: Duration,
    lines: bool,
    route: impl Fn(Pipe, &str) -> Show,
) -> Result<Ended, Gone> {
    let mut proc = match spawn(state, command) {
        Ok(p) => p,
        Err(e) => {
            out.notice(&format!("could not start the command: {e}"))
                .await?;
            return Ok(Ended::default());
        }
    };
    let (ptx, mut prx) = mpsc::channel(64);
    if let Some(stdout) = proc.child.stdout.take() {
        tokio::spawn(read_pipe(stdout, Pipe::Stdout, lines, ptx.clone()));
    }
    if let Some(stderr) = proc.child.stderr.take() {
        tokio::spawn(read_pipe(stderr, Pipe::Stderr, lines, ptx.clone()));
    }
    drop(ptx);
    let deadline = Instant::now() + limit;
    let mut heartbeat = tokio::time::interval(state.config.heartbeat);
    heartbeat.tick().await;
    let page = out.tx.clone();
    let mut ended = Ended::default();
    loop {
        tokio::select! {
            piece = prx.recv() => {
                let Some(piece) = piece else { break };
                let show = route(piece.pipe, &piece.text);
                if show == Show::Keep {
                    ended.kept.push(piece.text);
                    continue;
                }
                if !out.within_cap(piece.text.len()) {
                    proc.kill();
                    ended.capped = true;
                    out.notice(&format!(
                        "stopped: the output passed {} KiB, the most the page shows",
                        out.cap / 1024
                    )).await?;
                    break;
                }
                let event = match show {
                    Show::Stdout => {
                        ended.stdout.push_str(&piece.text);
                        json!({"event": "stdout", "text": piece.text})
                    }
                    Show::Stderr => json!({"event": "stderr", "text": piece.text}),
                    _ => json!({"event": "progress", "line": piece.text.trim_end()}),
                };
                out.send(event).await?;
            }
            _ = tokio::time::sleep_until(deadline) => {
                proc.kill();
                ended.timed_out = true;
                out.notice(&format!("stopped: still running after {} s, the time limit", limit.as_secs())).await?;
                break;
            }
            _ = heartbeat.tick() => {
                // Lets the server notice a reader who left while the program is quiet.
                out.send(json!({"event": "tick"})).await?;
            }
            _ = page.closed() => return Err(Gone),
            _ = state.shutdown.cancelled() => return Err(Gone),
        }
    }
    // The pipes are closed; the process may still be running.
    tokio::select! {
        status = proc.wait() => ended.status = status,
        _ = tokio::time::sleep_until(deadline) => {
            proc.kill();
            ended.timed_out = true;
            out.notice(&format!("stopped: still running after {} s, the time limit", limit.as_secs())).await?;
            ended.status = proc.wait().await;
        }
        _ = page.closed() => return Err(Gone),
        _ = state.shutdown.cancelled() => return Err(Gone),
    }
    Ok(ended)
}

fn exit_event(phase: &str, ended: &Ended) -> Value {
    #[cfg(unix)]
    let signal = {
        use std::os::unix::process::ExitStatusExt;
        ended.status.and_then(|s| s.signal())
    };
    #[cfg(not(unix))]
    let signal: Option<i32> = None;
    json!({
        "event": "exit",
        "phase": phase,
        "code": ended.status.and_then(|s| s.code()),
        "signal": signal,
        "success": ended.success(),
        "timed_out": ended.timed_out,
        "capped": ended.capped,
    })
}

/// cargo's own status lines on stderr: progress, not the program's output.
fn is_cargo_status(line: &str) -> bool {
    let t = line.trim_start();
    [
        "Compiling ",
        "Checking ",
        "Finished ",
        "Running ",
        "Doc-tests ",
        "Blocking waiting",
        "Locking ",
        "Adding ",
        "Updating ",
        "Downloading ",
        "Downloaded ",
        "Executable ",
        "Fresh ",
        "warning: ",
    ]
    .iter()
    .any(|p| t.starts_with(p))
}

/// The binary cargo built, from its `--message-format json` lines.
fn executable(kept: &[String], bin: &str) -> Option<PathBuf> {
    kept.iter().rev().find_map(|line| {
        let v: Value = serde_json::from_str(line).ok()?;
        if v["reason"] != "compiler-artifact" || v["target"]["name"] != bin {
            return None;
        }
        let kinds = v["target"]["kind"].as_array()?;
        if !kinds.iter().any(|k| k == "bin") {
            return None;
        }
        v["executable"].as_str().map(PathBuf::from)
    })
}

/// Adds up libtest's `test result: ok. 3 passed; 0 failed; …` lines.
pub fn summary(stdout: &str) -> Option<(u64, u64)> {
    let mut found = None;
    for line in stdout.lines() {
        let Some(rest) = line.trim().strip_prefix("test result: ") else {
            continue;
        };
        let count = |what: &str| -> u64 {
            rest.split(';')
                .filter_map(|part| part.trim().strip_suffix(what))
                .filter_map(|n| n.trim().rsplit(' ').next()?.parse::<u64>().ok())
                .sum()
        };
        let (p, f) = found.unwrap_or((0, 0));
        found = Some((p + count(" passed"), f + count(" failed")));
    }
    found
}

/// A permit of `semaphore`, telling the page it waits when it must.
async fn queue(
    state: &State,
    out: &mut Out,
    semaphore: &Arc<tokio::sync::Semaphore>,
    why: &str,
) -> Result<tokio::sync::OwnedSemaphorePermit, Gone> {
    if let Ok(permit) = semaphore.clone().try_acquire_owned() {
        return Ok(permit);
    }
    out.send(json!({"event": "waiting", "message": why}))
        .await?;
    let page = out.tx.clone();
    tokio::select! {
        permit = semaphore.clone().acquire_owned() => permit.map_err(|_| Gone),
        _ = page.closed() => Err(Gone),
        _ = state.shutdown.cancelled() => Err(Gone),
    }
}

/// The whole job, from the queue to the exit event.
pub async fn run(state: Arc<State>, job: Job, mut out: Out) -> Result<(), Gone> {
    let config = &state.config;
    // One build at a time; a second reader waits in line and is told so.
    let permit = queue(
        &state,
        &mut out,
        &state.builds,
        "another build is running; this one starts when it ends",
    )
    .await?;

    // Where cargo works: the course itself, or the scratch workspace.
    let mut cargo_args: Vec<String> = Vec::new();
    let mut target_dir = config.target_dir.clone();
    let mut program_dir = job.listing.dir.clone();
    if let Some((file, text)) = &job.edit {
        out.progress(&format!(
            "Copying {} with your edit of {file} to a scratch workspace",
            job.listing.package
        ))
        .await?;
        let root = config.root.clone();
        let scratch = config.scratch.clone();
        let listing = job.listing.clone();
        let (file, text) = (file.clone(), text.clone());
        let prepared = tokio::task::spawn_blocking(move || {
            crate::scratch::prepare(&root, &scratch, &listing, &file, &text)
        })
        .await;
        let manifest = match prepared {
            Ok(Ok(manifest)) => manifest,
            Ok(Err(e)) => {
                out.notice(&format!("could not write the scratch copy: {e}"))
                    .await?;
                out.send(json!({"event": "exit", "phase": "build", "success": false}))
                    .await?;
                return Ok(());
            }
            Err(_) => return Err(Gone),
        };
        cargo_args.push("--manifest-path".into());
        cargo_args.push(manifest.to_string_lossy().into_owned());
        target_dir = Some(config.scratch.join("target"));
        program_dir = config.scratch.join("ws").join("listing");
    }
    let cargo = |args: &[&str]| {
        let mut c = Command::new(&config.cargo);
        c.args(args)
            .args(&cargo_args)
            .args(["-p", &job.listing.package])
            .current_dir(&config.root);
        if let Some(dir) = &target_dir {
            c.env("CARGO_TARGET_DIR", dir);
        }
        c
    };

    match job.action {
        Action::Run => {
            let bin = job.listing.bin.clone().unwrap_or_default();
            out.progress(&format!("Building {}…", job.listing.package))
                .await?;
            let build = cargo(&[
                "build",
                "--message-format",
                "json-render-diagnostics",
                "--bin",
                &bin,
            ]);
            let built = watch(
                &state,
                &mut out,
                build,
                config.compile_limit,
                true,
                |pipe, _| match pipe {
                    Pipe::Stdout => Show::Keep,
                    Pipe::Stderr => Show::Progress,
                },
            )
            .await?;
            let exe = executable(&built.kept, &bin);
            let Some(exe) = exe.filter(|_| built.success()) else {
                out.send(exit_event("build", &built)).await?;
                return Ok(());
            };
            // A listing as shipped runs beside the next build (a few at a
            // time); an edited one keeps the scratch workspace until it ends.
            let _permit = if job.edit.is_some() {
                Some(permit)
            } else {
                drop(permit);
                Some(
                    queue(
                        &state,
                        &mut out,
                        &state.runs,
                        "other programs are running; this one starts when one ends",
                    )
                    .await?,
                )
            };
            out.progress(&format!("Running {}", display_path(&exe, &config.root)))
                .await?;
            let mut program = Command::new(&exe);
            program.current_dir(&program_dir);
            let ran = watch(
                &state,
                &mut out,
                program,
                config.run_limit,
                false,
                |pipe, _| match pipe {
                    Pipe::Stdout => Show::Stdout,
                    Pipe::Stderr => Show::Stderr,
                },
            )
            .await?;
            out.send(exit_event("run", &ran)).await?;
        }
        Action::Test => {
            out.progress(&format!("Building the tests of {}…", job.listing.package))
                .await?;
            let build = cargo(&["test", "--no-run"]);
            let built = watch(
                &state,
                &mut out,
                build,
                config.compile_limit,
                true,
                |_, _| Show::Progress,
            )
            .await?;
            if !built.success() {
                out.send(exit_event("build", &built)).await?;
                return Ok(());
            }
            let test = cargo(&["test"]);
            let ran = watch(
                &state,
                &mut out,
                test,
                config.run_limit,
                true,
                |pipe, line| match pipe {
                    Pipe::Stdout => Show::Stdout,
                    Pipe::Stderr if is_cargo_status(line) => Show::Progress,
                    Pipe::Stderr => Show::Stderr,
                },
            )
            .await?;
            drop(permit);
            if let Some((passed, failed)) = summary(&ran.stdout) {
                out.send(json!({"event": "summary", "passed": passed, "failed": failed}))
                    .await?;
            }
            out.send(exit_event("test", &ran)).await?;
        }
    }
    Ok(())
}

fn display_path(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_add_up() {
        let out = "running 2 tests\ntest a ... ok\n\ntest result: ok. 2 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\
                   test result: FAILED. 1 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(summary(out), Some((3, 3)));
        assert_eq!(summary("no tests here"), None);
    }

    #[test]
    fn finds_the_binary_in_cargos_messages() {
        let kept = vec![
            r#"{"reason":"compiler-artifact","target":{"name":"listing-01-02","kind":["lib"]},"executable":null}"#.to_owned(),
            r#"{"reason":"compiler-artifact","target":{"name":"listing-01-02","kind":["bin"]},"executable":"/t/debug/listing-01-02"}"#.to_owned(),
            r#"{"reason":"build-finished","success":true}"#.to_owned(),
        ];
        assert_eq!(
            executable(&kept, "listing-01-02"),
            Some(PathBuf::from("/t/debug/listing-01-02"))
        );
        assert_eq!(executable(&kept, "other"), None);
    }

    #[test]
    fn cargo_status_lines() {
        assert!(is_cargo_status("   Compiling tokio v1.52.2"));
        assert!(is_cargo_status(
            "     Running tests/output.rs (target/debug/deps/output-1)"
        ));
        assert!(!is_cargo_status(
            "thread 'main' panicked at src/main.rs:3:5"
        ));
    }
}
