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

/// `spotter`, an exercise whose learner writes the test: `double` is right
/// as shipped, and two bugs (`plus-two`, `squares`) agree with it on 2.
pub const SPOTTER_TEST: &str = "exercises/ch01-fixture/spotter/tests/caught.rs";

impl Course {
    /// Adds `spotter` to this copy of the fixture (starter, its shipped copy,
    /// solution, two mutants, manifest entry, book line).
    pub fn add_spotter(&self) {
        let lib = "/// Doubles a number.\npub fn double(x: u32) -> u32 {\n    x * 2\n}\n";
        let toml = |kind: &str| {
            format!(
                "[package]\nname = \"{kind}-spotter\"\nversion = \"0.1.0\"\nedition.workspace = true\n\
                 publish = false\n\n[lib]\nname = \"spotter\"\ntest = false\ndoctest = false\n\n\
                 [[test]]\nname = \"caught\"\npath = \"tests/caught.rs\"\n"
            )
        };
        let stub =
            "#[test]\nfn catches_the_bugs() {\n    todo!(\"a test that catches the bugs\")\n}\n";
        let readme = "# Exercise: catch the bugs\n\n- Edit: `tests/caught.rs`.\n\
                      - Do not edit: `src/`.\n- Run: `cargo course run spotter`.\n";
        for base in ["exercises", ".course/pristine"] {
            let dir = format!("{base}/ch01-fixture/spotter");
            self.write(&format!("{dir}/Cargo.toml"), &toml("exercise"));
            self.write(&format!("{dir}/src/lib.rs"), lib);
            self.write(&format!("{dir}/tests/caught.rs"), stub);
            self.write(&format!("{dir}/README.md"), readme);
        }
        let dir = "solutions/ch01-fixture/spotter";
        self.write(&format!("{dir}/Cargo.toml"), &toml("solution"));
        self.write(&format!("{dir}/src/lib.rs"), lib);
        self.write(
            &format!("{dir}/tests/caught.rs"),
            "#[test]\nfn doubles() {\n    assert_eq!(spotter::double(3), 6, \"3 doubled is 6\");\n}\n",
        );
        for (what, why, body) in [
            ("plus-two", "Adds two instead of doubling.", "x + 2"),
            ("squares", "Squares instead of doubling.", "x * x"),
        ] {
            self.write(
                &format!("mutants/ch01-fixture/spotter/{what}.patch"),
                &format!(
                    "{why}\n\n--- a/src/lib.rs\n+++ b/src/lib.rs\n@@ -1,4 +1,4 @@\n \
                     /// Doubles a number.\n pub fn double(x: u32) -> u32 {{\n-    x * 2\n+    {body}\n }}\n"
                ),
            );
        }
        let manifest = self.read("exercises/manifest.toml")
            + "\n[[exercise]]\nid = \"spotter\"\nchapter = 1\ntitle = \"Catch the bugs\"\n\
               path = \"ch01-fixture/spotter\"\nbook = \"ch01-fixture/exercises.md\"\n\
               failing = [\"catches_the_bugs\"]\ntest_to_write = \"tests/caught.rs\"\n\
               hints = [\"one\", \"two\", \"three\"]\n\n\
               [[exercise.mutant]]\npath = \"ch01-fixture/spotter/plus-two\"\n\
               why = \"adds two instead of doubling\"\nfailing = [\"doubles\"]\n\n\
               [[exercise.mutant]]\npath = \"ch01-fixture/spotter/squares\"\n\
               why = \"squares instead of doubling\"\nfailing = [\"doubles\"]\n";
        self.write("exercises/manifest.toml", &manifest);
        let page = self.read("src/ch01-fixture/exercises.md") + "\n`cargo course run spotter`\n";
        self.write("src/ch01-fixture/exercises.md", &page);
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
