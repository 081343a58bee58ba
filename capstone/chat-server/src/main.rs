//! The chat server of chapter 17, stage 6's solution behind a thin `main`.
//!
//! ```text
//! cargo run -p chat-server -- [PORT] [--queue N] [--idle SECS] [--grace SECS] [--stop-on-eof] [--quiet]
//! ```
//!
//! The port comes from the argument, else from `CHAT_PORT`, else 7878; 0
//! asks the system for a free one. Talk to it with `nc 127.0.0.1 PORT` from
//! two terminals. Ctrl-C stops it gracefully; with `--stop-on-eof`, so does
//! closing its standard input (the tests and the load test use that).
use chat_shutdown::{Config, serve};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio_util::sync::CancellationToken;

const USAGE: &str = "usage: chat-server [PORT] [--queue N] [--idle SECS] [--grace SECS] \
                     [--stop-on-eof] [--quiet]";

struct Options {
    port: u16,
    config: Config,
    stop_on_eof: bool,
    quiet: bool,
}

fn options(args: &[String], env_port: Option<String>) -> Result<Options, String> {
    let mut port = env_port;
    let mut config = Config::default();
    let (mut stop_on_eof, mut quiet) = (false, false);
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut value = |what: &str| {
            let v = args.next().ok_or(format!("{arg} needs {what}"))?;
            v.parse::<u64>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or(format!("{arg}: `{v}` is not {what}"))
        };
        match arg.as_str() {
            "--queue" => config.queue = value("a number of lines (1 or more)")? as usize,
            "--idle" => config.idle = Duration::from_secs(value("a number of seconds")?),
            "--grace" => config.grace = Duration::from_secs(value("a number of seconds")?),
            "--stop-on-eof" => stop_on_eof = true,
            "--quiet" => quiet = true,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') => return Err(format!("unknown option {flag}")),
            p => port = Some(p.to_owned()),
        }
    }
    let port = match port {
        None => 7878,
        Some(p) => p
            .parse()
            .map_err(|_| format!("`{p}` is not a port number (0 to 65535)"))?,
    };
    Ok(Options {
        port,
        config,
        stop_on_eof,
        quiet,
    })
}

#[tokio::main]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match options(&args, std::env::var("CHAT_PORT").ok()) {
        Ok(options) => options,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("chat-server: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if !options.quiet {
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_ansi(std::io::stderr().is_terminal())
            .init();
    }
    let listener = match TcpListener::bind(("127.0.0.1", options.port)).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!(
                "chat-server: cannot listen on 127.0.0.1:{}: {e}",
                options.port
            );
            return ExitCode::FAILURE;
        }
    };
    let addr = listener
        .local_addr()
        .expect("a bound listener has an address");
    println!(
        "chat server listening on {addr}; talk to it with: nc 127.0.0.1 {}",
        addr.port()
    );
    let stop = CancellationToken::new();
    if options.stop_on_eof {
        // A plain thread: a blocked read of stdin must not keep the
        // runtime from shutting down.
        let stop = stop.clone();
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut std::io::stdin().lock(), &mut std::io::sink());
            stop.cancel();
        });
    }
    tokio::spawn({
        let stop = stop.clone();
        async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                stop.cancel();
            }
        }
    });
    match serve(listener, options.config, stop).await {
        Ok(()) => {
            println!("chat server stopped");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chat-server: {e}");
            ExitCode::FAILURE
        }
    }
}
