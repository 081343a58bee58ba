//! The real binary: it listens, answers, and on Ctrl-C (SIGINT) says goodbye
//! to its idle client and shuts down. It runs on tokio's paused clock
//! (support/clock), so the two-second request is answered at once.
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

#[test]
fn the_program_answers_then_says_bye_on_ctrl_c() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_listing-16-06"))
        .arg("127.0.0.1:0")
        .env("COURSE_PAUSED_CLOCK", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the server");
    let pid = child.id().to_string();
    // If anything below hangs, kill the server after a minute so the test
    // fails instead of hanging the suite.
    let (done, watchdog) = mpsc::channel::<()>();
    let killer = pid.clone();
    let watchdog = std::thread::spawn(move || {
        if watchdog.recv_timeout(Duration::from_secs(60)).is_err() {
            let _ = Command::new("sh")
                .args(["-c", &format!("kill -9 {killer}")])
                .status();
        }
    });

    let mut out = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut first = String::new();
    out.read_line(&mut first).expect("read the first line");
    let addr = first
        .trim_end()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("the first line should say where it listens: {first:?}"))
        .to_string();

    let client = TcpStream::connect(&addr).expect("connect to the server");
    client
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let mut writer = client.try_clone().unwrap();
    let mut reader = BufReader::new(client);
    writer.write_all(b"hello\n").unwrap();
    let mut answer = String::new();
    reader.read_line(&mut answer).unwrap();
    assert_eq!(answer, "HELLO\n", "the work closure upper-cases a request");

    // The answer came back, so the server is running and its Ctrl-C task has
    // been polled: SIGINT now reaches tokio's handler, not the default one.
    let status = Command::new("sh")
        .args(["-c", &format!("kill -INT {pid}")])
        .status()
        .unwrap();
    assert!(status.success());

    let mut bye = String::new();
    reader.read_line(&mut bye).unwrap();
    assert_eq!(
        bye,
        format!("{}\n", listing_16_06::BYE),
        "the idle client is told why"
    );

    let mut rest = String::new();
    out.read_to_string(&mut rest).unwrap();
    let status = child.wait().unwrap();
    done.send(()).unwrap();
    watchdog.join().unwrap();
    assert_eq!(rest, "shut down\n");
    assert!(status.success(), "{status}");
}
