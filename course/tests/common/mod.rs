//! The fixture course (tests/fixture), copied afresh for each test: two
//! exercises (`adder` fails on a todo!, `sleeper`'s test hangs), their
//! solutions, and a mutant of `adder`.
#![allow(dead_code)] // each test file uses part of it

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A fresh copy of the fixture course, with the shipped starters kept in
/// `.course/pristine` (as an archive of the course has them).
pub struct Course {
    pub root: PathBuf,
}

impl Course {
    pub fn new() -> Course {
        static N: AtomicUsize = AtomicUsize::new(0);
        let root = std::env::temp_dir().join(format!(
            "course-runner-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&root);
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture");
        copy_dir(&fixture, &root);
        copy_dir(&fixture.join("exercises"), &root.join(".course/pristine"));
        Course { root }
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_course"));
        c.args(args)
            .env("COURSE_ROOT", &self.root)
            // Generous: a test here that is not meant to hang never nears it.
            .env("COURSE_TEST_TIMEOUT", "20")
            // Each copy builds into its own target dir. Copies share their
            // relative paths, so in a shared one cargo would take another
            // copy's newer build of `adder` for this one's (its fingerprints
            // compare file times): a solved adder seen as failing, now and then.
            .env("CARGO_TARGET_DIR", self.root.join("target"))
            .stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> (i32, String) {
        let out: Output = self.command(args).output().expect("the course binary runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        // The tests under the runner may panic; the runner itself (main) must not.
        assert!(
            !text.contains("thread 'main'"),
            "the runner panicked:\n{text}"
        );
        (out.status.code().unwrap_or(-1), text)
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path(rel)).unwrap()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn solve(&self, id: &str) {
        std::fs::copy(
            self.path(&format!("solutions/ch01-fixture/{id}/src/lib.rs")),
            self.path(&format!("exercises/ch01-fixture/{id}/src/lib.rs")),
        )
        .unwrap();
    }
}

impl Drop for Course {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let dest = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &dest);
        } else {
            std::fs::copy(entry.path(), dest).unwrap();
        }
    }
}
