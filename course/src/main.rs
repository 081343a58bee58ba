//! `cargo course`: the course's own tool.
//!
//! Run through the alias in `.cargo/config.toml`, so it needs nothing
//! installed beyond Rust. See `cargo course help`.

mod book;
mod exec;
mod kit;
mod libtest;
mod manifest;
mod mutant;
mod patch;
mod proc;
mod runner;
mod schedule;
mod shipped;
mod state;
mod verify;
mod zip;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
cargo course: the tool of the Rust Async Patterns course

FOR LEARNERS:
    cargo course [list]            every exercise, where you stand, and a progress bar
    cargo course run [ID]          run an exercise's tests (with no ID: the first that does not pass)
    cargo course hint [ID]         the next hint, from gentle to specific (with no ID: the current exercise)
    cargo course watch [ID]        rerun the exercise on every save; move on when it passes
    cargo course reset ID          put the starter back (your files are copied to .course/backups first)
    cargo course reset --tests ID  put back only its tests (and the code its README says not to edit)
    cargo course solution [ID]     show the solution (asks first if the exercise does not pass yet)

FOR THE BOOK AND ITS MAINTAINERS:
    cargo course verify [ID ...]   prove every exercise fails as shipped, for the
                                   intended reason, that its wrong answers (mutants)
                                   are rejected, and that its solution passes
    cargo course serve [-- ARGS]   serve the book (installs the pinned mdBook once);
                                   ARGS go to `mdbook serve`, e.g. -- --hostname 0.0.0.0;
                                   listings get Run and Test buttons for this machine
                                   (-- --allow-remote-run: others may run them as shipped)
    cargo course build             render the book into book/, with a zip of the
                                   course for a classroom without git
    cargo course kit [FILE]        one zip for a classroom with no internet: the course,
                                   the source of every crate and of mdBook (cargo vendor),
                                   and the config that uses them (rust-async-patterns-kit.zip)
    cargo course schedule [--check]  write src/schedule.md from the minutes in the
                                   speaker notes (--check: fail if it is out of date)
    cargo course mdbook            print the path of the pinned mdBook, installing it if needed
    cargo course help              this text
";

/// An error meant for the person at the terminal: what went wrong and what
/// to do about it. Never a panic.
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(Failure(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, Failure> {
    let (command, rest) = match args.split_first() {
        Some((c, rest)) => (c.as_str(), rest),
        None => ("list", &[][..]),
    };
    match command {
        "help" | "-h" | "--help" => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        "list" => runner::list(&root()?),
        "run" => runner::run(&root()?, rest),
        "hint" => runner::hint(&root()?, rest),
        "watch" => runner::watch(&root()?, rest),
        "reset" => runner::reset(&root()?, rest),
        "solution" => runner::solution(&root()?, rest),
        "schedule" => schedule::run(&root()?, rest),
        "verify" => verify::run(&root()?, rest),
        "serve" => book::serve(&root()?, rest),
        "build" => book::build(&root()?, rest),
        "kit" => kit::run(&root()?, rest),
        "mdbook" => {
            println!("{}", book::mdbook(&root()?)?.display());
            Ok(ExitCode::SUCCESS)
        }
        other => Err(Failure(format!("unknown command `{other}`.\n\n{USAGE}"))),
    }
}

/// The course's root folder: `COURSE_ROOT` if set, otherwise the nearest
/// folder at or above the current one that holds `exercises/manifest.toml`.
pub fn root() -> Result<PathBuf, Failure> {
    if let Some(dir) = std::env::var_os("COURSE_ROOT") {
        return Ok(PathBuf::from(dir));
    }
    let here = std::env::current_dir()?;
    for dir in here.ancestors() {
        if dir.join("exercises").join("manifest.toml").is_file() {
            return Ok(dir.to_path_buf());
        }
    }
    Err(Failure(format!(
        "no course found: neither {} nor any folder above it holds exercises/manifest.toml.\n\
         Run `cargo course` from inside the course's checkout.",
        here.display()
    )))
}
