//! Where a learner stands: the pristine starters, what changed, and the
//! cached result of each exercise's tests.

use crate::Failure;
use crate::manifest::{Exercise, Manifest};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The course's private folder, ignored by git: caches, hint progress, backups.
pub fn dot_course(root: &Path) -> PathBuf {
    root.join(".course")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// The starter as shipped: its tests fail (CI proves it).
    NotStarted,
    Failing,
    Passing,
    /// Its tests (or code its README says not to edit) are not as shipped:
    /// passing them would prove nothing, so they are not run.
    TestsChanged,
}

impl State {
    pub fn label(self) -> &'static str {
        match self {
            State::NotStarted => "failing (not started)",
            State::Failing => "failing",
            State::Passing => "passing",
            State::TestsChanged => "tests changed",
        }
    }

    pub fn mark(self) -> &'static str {
        match self {
            State::Passing => "✓",
            State::TestsChanged => "!",
            _ => "✗",
        }
    }
}

/// The files of a crate folder that make up the exercise, relative to it,
/// sorted: everything but build output and editor litter.
pub fn files(dir: &Path) -> Vec<PathBuf> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if name == "target" || is_editor_litter(&name) {
                continue;
            }
            if path.is_dir() {
                walk(base, &path, out);
            } else {
                out.push(path.strip_prefix(base).unwrap().to_path_buf());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Swap, backup and lock files that editors write next to the real one.
pub fn is_editor_litter(name: &str) -> bool {
    name.starts_with(".#")
        || name.starts_with('.') && (name.ends_with(".swp") || name.ends_with(".swx") || name.ends_with(".swo"))
        || name.ends_with('~')
        || name == "4913" // vim's write test
        || name.ends_with(".tmp")
        || name == ".DS_Store"
}

/// A stable hash (FNV-1a, 64 bits) of an exercise folder's files and names.
pub fn hash_dir(dir: &Path) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    for file in files(dir) {
        eat(file.to_string_lossy().as_bytes());
        eat(&[0]);
        eat(&fs::read(dir.join(&file)).unwrap_or_default());
        eat(&[0xff]);
    }
    h
}

/// The starter's files as shipped, relative path → content. From
/// `.course/pristine/PATH/` if the course came as an archive, else from git
/// (the upstream branch if there is one, so a learner's own commits are not
/// mistaken for the starter; else HEAD).
pub fn pristine(root: &Path, e: &Exercise) -> Result<BTreeMap<PathBuf, Vec<u8>>, Failure> {
    let copy = dot_course(root).join("pristine").join(&e.path);
    if copy.is_dir() {
        return Ok(files(&copy)
            .into_iter()
            .map(|f| {
                let bytes = fs::read(copy.join(&f)).unwrap_or_default();
                (f, bytes)
            })
            .collect());
    }
    let prefix = format!("exercises/{}/", e.path);
    for base in ["@{upstream}", "HEAD"] {
        let Some(listing) = git(root, &["ls-tree", "-r", "--name-only", base, "--", &prefix])
        else {
            continue;
        };
        let mut out = BTreeMap::new();
        for name in String::from_utf8_lossy(&listing).lines() {
            let Some(content) = git(root, &["show", &format!("{base}:{name}")]) else {
                continue;
            };
            out.insert(
                PathBuf::from(name.strip_prefix(&prefix).unwrap_or(name)),
                content,
            );
        }
        if !out.is_empty() {
            return Ok(out);
        }
    }
    Err(Failure(format!(
        "cannot find the starter of `{}` as shipped: this folder is not a git checkout of the \
         course and has no .course/pristine/{} copy. Clone the course with git to use this command.",
        e.id, e.path
    )))
}

fn git(root: &Path, args: &[&str]) -> Option<Vec<u8>> {
    let out = Command::new("git")
        .args(args)
        .current_dir(root)
        .output()
        .ok()?;
    out.status.success().then_some(out.stdout)
}

/// The starter is exactly as shipped.
pub fn is_pristine(root: &Path, manifest: &Manifest, e: &Exercise) -> bool {
    let Ok(shipped) = pristine(root, e) else {
        return false;
    };
    let dir = manifest.starter(e);
    let now = files(&dir);
    now.len() == shipped.len()
        && now.iter().all(|f| {
            shipped
                .get(f)
                .is_some_and(|c| fs::read(dir.join(f)).ok().as_ref() == Some(c))
        })
}

/// The last test result per exercise, keyed by the hash of its files, in
/// `.course/results`: one line `ID HASH passing|failing`.
pub struct Cache {
    path: PathBuf,
    entries: BTreeMap<String, (u64, bool)>,
}

impl Cache {
    pub fn load(root: &Path) -> Cache {
        let path = dot_course(root).join("results");
        let mut entries = BTreeMap::new();
        for line in fs::read_to_string(&path).unwrap_or_default().lines() {
            let parts: Vec<&str> = line.split_whitespace().collect();
            if let [id, hash, state] = parts[..]
                && let Ok(hash) = u64::from_str_radix(hash, 16)
            {
                entries.insert(id.to_owned(), (hash, state == "passing"));
            }
        }
        Cache { path, entries }
    }

    pub fn get(&self, id: &str, hash: u64) -> Option<bool> {
        self.entries
            .get(id)
            .filter(|(h, _)| *h == hash)
            .map(|(_, p)| *p)
    }

    pub fn put(&mut self, id: &str, hash: u64, passing: bool) {
        self.entries.insert(id.to_owned(), (hash, passing));
        let text: String = self
            .entries
            .iter()
            .map(|(id, (h, p))| {
                format!("{id} {h:016x} {}\n", if *p { "passing" } else { "failing" })
            })
            .collect();
        if let Some(dir) = self.path.parent() {
            let _ = fs::create_dir_all(dir);
        }
        let _ = fs::write(&self.path, text);
    }
}
