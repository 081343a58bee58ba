//! `course-server --root DIR --mdbook PATH [-- MDBOOK-SERVE-ARGS]`: started
//! by `cargo course serve`. Serves the book on `--hostname`/`--port` (as
//! `mdbook serve` would: localhost:3000 unless told), with mdBook itself
//! behind it on a loopback port, and the Run and Test buttons' API.

use course_server::policy::Policy;
use course_server::{Config, State};
use std::net::{SocketAddr, ToSocketAddrs};
use std::path::PathBuf;
use std::process::{ExitCode, Stdio};
use std::time::Duration;
use tokio::io::AsyncBufReadExt;
use tokio::net::TcpListener;

struct Args {
    root: PathBuf,
    mdbook: PathBuf,
    hostname: String,
    port: u16,
    allow_remote_run: bool,
    open: bool,
    /// Passed on to `mdbook serve`.
    rest: Vec<String>,
}

fn parse(args: Vec<String>) -> Result<Args, String> {
    let mut root = None;
    let mut mdbook = None;
    let mut hostname = "localhost".to_owned();
    let mut port = 3000u16;
    let mut allow_remote_run = false;
    let mut open = false;
    let mut rest = Vec::new();
    let mut it = args.into_iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_owned(), Some(v.to_owned())),
            _ => (arg.clone(), None),
        };
        let mut value = |name: &str| {
            inline
                .clone()
                .or_else(|| it.next())
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match flag.as_str() {
            "--root" => root = Some(PathBuf::from(value("--root")?)),
            "--mdbook" => mdbook = Some(PathBuf::from(value("--mdbook")?)),
            "-n" | "--hostname" => hostname = value("--hostname")?,
            "-p" | "--port" => {
                let v = value("--port")?;
                port = v
                    .parse()
                    .map_err(|_| format!("--port takes a number, not `{v}`"))?;
            }
            "--allow-remote-run" => allow_remote_run = true,
            "-o" | "--open" => open = true,
            "--" => {}
            _ => rest.push(arg),
        }
    }
    Ok(Args {
        root: root.ok_or("--root is required")?,
        mdbook: mdbook.ok_or("--mdbook is required")?,
        hostname,
        port,
        allow_remote_run,
        open,
        rest,
    })
}

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1).collect()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(args)) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

async fn run(args: Args) -> Result<ExitCode, String> {
    // The reader's address first: a port in use is said at once.
    let bind: SocketAddr = (args.hostname.as_str(), args.port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot use the hostname `{}`: {e}", args.hostname))?
        .min_by_key(|a| !a.is_ipv4())
        .ok_or_else(|| format!("no address for `{}`", args.hostname))?;
    let listener = TcpListener::bind(bind)
        .await
        .map_err(|e| format!("cannot serve on {bind}: {e} (is another `cargo course serve` running? try -- --port 3001)"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();

    // mdBook on a free loopback port, behind us.
    let book_port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").map_err(|e| e.to_string())?;
        probe.local_addr().map_err(|e| e.to_string())?.port()
    };
    let mut mdbook = tokio::process::Command::new(&args.mdbook);
    mdbook
        .arg("serve")
        .args(["--hostname", "127.0.0.1", "--port", &book_port.to_string()])
        .args(&args.rest)
        .current_dir(&args.root)
        .stdin(Stdio::null())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    let mut mdbook = mdbook
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", args.mdbook.display()))?;

    let wildcard = bind.ip().is_unspecified();
    let shown_host = if wildcard {
        "localhost".to_owned()
    } else {
        args.hostname.clone()
    };
    let url = format!("http://{shown_host}:{port}");
    // mdBook's log, with its own (internal) address replaced by ours.
    if let Some(stderr) = mdbook.stderr.take() {
        let url = url.clone();
        let internal = format!("127.0.0.1:{book_port}");
        tokio::spawn(async move {
            let mut lines = tokio::io::BufReader::new(stderr).lines();
            while let Ok(Some(line)) = lines.next_line().await {
                eprintln!("{}", line.replace(&format!("http://{internal}"), &url));
            }
        });
    }

    let policy = Policy {
        port,
        hostname: (!wildcard && !args.hostname.eq_ignore_ascii_case("localhost"))
            .then(|| args.hostname.clone()),
        allow_remote_run: args.allow_remote_run,
        token: course_server::random_token(),
    };
    let mut config = Config::new(args.root.clone(), policy);
    let upstream: SocketAddr = ([127, 0, 0, 1], book_port).into();
    config.upstream = Some(upstream);
    let state = State::new(config);

    // Wait for mdBook's first build.
    tokio::select! {
        ready = course_server::wait_for(upstream, Duration::from_secs(600)) => {
            if !ready {
                return Err("mdbook serve did not start within 10 minutes".into());
            }
        }
        status = mdbook.wait() => {
            return Ok(match status {
                Ok(s) if s.success() => ExitCode::SUCCESS,
                _ => ExitCode::FAILURE,
            });
        }
    }
    println!(
        "Run and Test buttons: on for {url} (this machine){}",
        if args.allow_remote_run {
            "; other machines may run listings as shipped (--allow-remote-run), never edited code"
        } else if wildcard {
            "; other machines read the book without them (--allow-remote-run lets them run listings as shipped)"
        } else {
            ""
        }
    );
    if args.open {
        println!("Open {url} in a browser.");
    }

    let server = tokio::spawn(course_server::serve(listener, state.clone()));
    let code = tokio::select! {
        _ = tokio::signal::ctrl_c() => ExitCode::SUCCESS,
        status = mdbook.wait() => match status {
            Ok(s) if s.success() => ExitCode::SUCCESS,
            _ => ExitCode::FAILURE,
        },
    };
    // Graceful: no new connections, running programs killed, jobs ended.
    state.shutdown.cancel();
    state.jobs.close();
    let _ = tokio::time::timeout(Duration::from_secs(5), state.jobs.wait()).await;
    let _ = server.await;
    let _ = mdbook.start_kill();
    Ok(code)
}
