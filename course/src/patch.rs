//! Unified diffs, as `git diff` and `diff -u` write them, and a strict way to
//! apply one: every context and removed line must match the file exactly (no
//! fuzz). A hunk may sit at another line than its header says, as `git
//! apply` allows, when its lines match exactly there.
//!
//! A mutant is such a patch against its solution crate: free text first
//! (why the change is wrong), then `--- a/src/lib.rs` / `+++ b/src/lib.rs`
//! and the hunks. Paths are relative to the crate, after the `a/` and `b/`.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    /// The free text before the first `---` line.
    pub why: String,
    pub files: Vec<FilePatch>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FilePatch {
    /// `None` for `/dev/null`: the file is created, or deleted.
    pub old: Option<PathBuf>,
    pub new: Option<PathBuf>,
    pub hunks: Vec<Hunk>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hunk {
    /// The `@@ … @@` line, for messages.
    pub header: String,
    /// 1-based first line of the old side (0 for an empty old side).
    pub old_start: usize,
    pub lines: Vec<Line>,
    /// A `\ No newline at end of file` after the old side's last line.
    pub old_no_newline: bool,
    /// The same, after the new side's last line.
    pub new_no_newline: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Context(String),
    Remove(String),
    Add(String),
}

impl Hunk {
    fn old_lines(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                Line::Context(s) | Line::Remove(s) => Some(s.as_str()),
                Line::Add(_) => None,
            })
            .collect()
    }

    fn new_lines(&self) -> Vec<&str> {
        self.lines
            .iter()
            .filter_map(|l| match l {
                Line::Context(s) | Line::Add(s) => Some(s.as_str()),
                Line::Remove(_) => None,
            })
            .collect()
    }
}

/// Reads a patch. Errors say which line is wrong and why.
pub fn parse(text: &str) -> Result<Patch, String> {
    let lines: Vec<&str> = text.lines().collect();
    let first = lines
        .iter()
        .position(|l| l.starts_with("--- "))
        .ok_or("it holds no `--- a/PATH` line: it changes nothing")?;
    let why = lines[..first]
        .iter()
        .filter(|l| !l.starts_with("diff --git ") && !l.starts_with("index "))
        .copied()
        .collect::<Vec<_>>()
        .join("\n")
        .trim()
        .to_owned();
    let mut files = Vec::new();
    let mut i = first;
    while i < lines.len() {
        let line = lines[i];
        let git_header = [
            "diff --git ",
            "index ",
            "new file mode",
            "deleted file mode",
            "old mode",
            "new mode",
        ];
        if line.is_empty() || git_header.iter().any(|h| line.starts_with(h)) {
            i += 1;
            continue;
        }
        let Some(old) = line.strip_prefix("--- ") else {
            return Err(format!(
                "line {}: expected `--- a/PATH` or a hunk, found `{line}`",
                i + 1
            ));
        };
        let Some(new) = lines.get(i + 1).and_then(|l| l.strip_prefix("+++ ")) else {
            return Err(format!("line {}: `---` is not followed by `+++`", i + 1));
        };
        let old = header_path(old, "a/").map_err(|e| format!("line {}: {e}", i + 1))?;
        let new = header_path(new, "b/").map_err(|e| format!("line {}: {e}", i + 2))?;
        if old.is_none() && new.is_none() {
            return Err(format!("line {}: both sides are /dev/null", i + 1));
        }
        i += 2;
        let mut hunks = Vec::new();
        while let Some(header) = lines.get(i).filter(|l| l.starts_with("@@ ")) {
            let (old_start, old_len, new_len) =
                hunk_header(header).ok_or_else(|| format!("line {}: bad hunk header", i + 1))?;
            let mut hunk = Hunk {
                header: header.to_string(),
                old_start,
                lines: Vec::new(),
                old_no_newline: false,
                new_no_newline: false,
            };
            i += 1;
            let (mut old_seen, mut new_seen) = (0, 0);
            while old_seen < old_len || new_seen < new_len {
                let Some(&l) = lines.get(i) else {
                    return Err(format!("the hunk `{header}` ends early"));
                };
                let (kind, rest) = match l.chars().next() {
                    Some(c @ (' ' | '-' | '+')) => (c, &l[1..]),
                    // Some editors strip the space of an empty context line.
                    None => (' ', ""),
                    Some(_) => {
                        return Err(format!(
                            "line {}: the hunk `{header}` ends early, at `{l}`",
                            i + 1
                        ));
                    }
                };
                match kind {
                    ' ' => {
                        old_seen += 1;
                        new_seen += 1;
                        hunk.lines.push(Line::Context(rest.to_owned()));
                    }
                    '-' => {
                        old_seen += 1;
                        hunk.lines.push(Line::Remove(rest.to_owned()));
                    }
                    _ => {
                        new_seen += 1;
                        hunk.lines.push(Line::Add(rest.to_owned()));
                    }
                }
                i += 1;
                if lines.get(i).is_some_and(|l| l.starts_with('\\')) {
                    match kind {
                        '-' => hunk.old_no_newline = true,
                        '+' => hunk.new_no_newline = true,
                        _ => {
                            hunk.old_no_newline = true;
                            hunk.new_no_newline = true;
                        }
                    }
                    i += 1;
                }
            }
            if old_seen != old_len || new_seen != new_len {
                return Err(format!("the hunk `{header}` has more lines than it says"));
            }
            hunks.push(hunk);
        }
        if hunks.is_empty() {
            return Err(format!("line {}: `---`/`+++` with no hunk", i + 1));
        }
        files.push(FilePatch { old, new, hunks });
    }
    Ok(Patch { why, files })
}

/// `a/src/lib.rs` → `src/lib.rs`; `/dev/null` → None. A path must stay inside
/// the crate.
fn header_path(field: &str, prefix: &str) -> Result<Option<PathBuf>, String> {
    // `diff -u` may add a tab and a date after the name.
    let name = field.split('\t').next().unwrap_or(field).trim_end();
    if name == "/dev/null" {
        return Ok(None);
    }
    let Some(rel) = name.strip_prefix(prefix) else {
        return Err(format!(
            "the path `{name}` must start with `{prefix}` (paths relative to the crate, as `git diff` writes them)"
        ));
    };
    let path = PathBuf::from(rel);
    if rel.is_empty()
        || path
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
    {
        return Err(format!("the path `{name}` must stay inside the crate"));
    }
    Ok(Some(path))
}

/// `@@ -12,7 +12,6 @@ fn name` → (12, 7, 6). A missing count is 1.
fn hunk_header(line: &str) -> Option<(usize, usize, usize)> {
    let inner = line.strip_prefix("@@ -")?;
    let (ranges, _) = inner.split_once(" @@")?;
    let (old, new) = ranges.split_once(" +")?;
    let range = |r: &str| -> Option<(usize, usize)> {
        match r.split_once(',') {
            Some((start, len)) => Some((start.parse().ok()?, len.parse().ok()?)),
            None => Some((r.parse().ok()?, 1)),
        }
    };
    let (old_start, old_len) = range(old)?;
    let (_, new_len) = range(new)?;
    Some((old_start, old_len, new_len))
}

/// Applies `patch` to `files` (path relative to the crate → content).
pub fn apply(files: &mut BTreeMap<PathBuf, Vec<u8>>, patch: &Patch) -> Result<(), String> {
    for fp in &patch.files {
        let shown = fp
            .old
            .as_ref()
            .or(fp.new.as_ref())
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        let (mut lines, mut newline_at_end) = match &fp.old {
            None => {
                if let Some(new) = &fp.new
                    && files.contains_key(new)
                {
                    return Err(format!("{shown}: the patch creates it, but it exists"));
                }
                (Vec::new(), true)
            }
            Some(old) => {
                let bytes = files
                    .get(old)
                    .ok_or_else(|| format!("{shown}: no such file in the solution"))?;
                let text = String::from_utf8(bytes.clone())
                    .map_err(|_| format!("{shown}: not UTF-8 text"))?;
                let newline_at_end = text.is_empty() || text.ends_with('\n');
                (
                    text.lines().map(str::to_owned).collect::<Vec<_>>(),
                    newline_at_end,
                )
            }
        };
        // Hunks in order; `shift` is how far the new side has moved lines.
        let mut shift: isize = 0;
        let mut floor = 0; // no hunk may go back before the end of the last
        for hunk in &fp.hunks {
            let old = hunk.old_lines();
            let stated = (hunk.old_start.saturating_sub(1) as isize + shift).max(0) as usize;
            let stated = if old.is_empty() {
                // A pure insertion after line `old_start`.
                (hunk.old_start as isize + shift).max(0) as usize
            } else {
                stated
            };
            let fits = |at: usize| {
                at >= floor
                    && at + old.len() <= lines.len()
                    && lines[at..at + old.len()]
                        .iter()
                        .zip(&old)
                        .all(|(a, b)| a == b)
            };
            let at = if fits(stated) {
                stated
            } else {
                let candidates: Vec<usize> = (floor..=lines.len().saturating_sub(old.len()))
                    .filter(|&at| fits(at))
                    .collect();
                match candidates.iter().min_by_key(|&&at| at.abs_diff(stated)) {
                    Some(&at) if !old.is_empty() => at,
                    _ => return Err(mismatch(&shown, hunk, &lines, stated, &old)),
                }
            };
            if hunk.old_no_newline && at + old.len() == lines.len() && newline_at_end {
                return Err(format!(
                    "{shown}: the hunk `{}` says the file does not end with a newline, but it does",
                    hunk.header
                ));
            }
            let new: Vec<String> = hunk.new_lines().into_iter().map(str::to_owned).collect();
            let reaches_end = at + old.len() == lines.len();
            shift += new.len() as isize - old.len() as isize;
            floor = at + new.len();
            lines.splice(at..at + old.len(), new);
            if reaches_end {
                newline_at_end = !hunk.new_no_newline;
            }
        }
        if let Some(old) = &fp.old {
            files.remove(old);
        }
        if let Some(new) = &fp.new {
            let mut text = lines.join("\n");
            if newline_at_end && !lines.is_empty() {
                text.push('\n');
            }
            files.insert(new.clone(), text.into_bytes());
        } else if !lines.is_empty() {
            return Err(format!(
                "{shown}: the patch deletes it, but lines would be left"
            ));
        }
    }
    Ok(())
}

fn mismatch(file: &str, hunk: &Hunk, lines: &[String], at: usize, old: &[&str]) -> String {
    let mut detail = String::new();
    for (k, want) in old.iter().enumerate() {
        match lines.get(at + k) {
            Some(have) if have == want => {}
            Some(have) => {
                detail = format!(
                    "\n  line {} should be `{want}`\n  but it is          `{have}`",
                    at + k + 1
                );
                break;
            }
            None => {
                detail = format!(
                    "\n  line {} should be `{want}`, but the file has {} lines",
                    at + k + 1,
                    lines.len()
                );
                break;
            }
        }
    }
    format!(
        "{file}: the hunk `{}` does not apply: its lines are found nowhere in the file (no fuzz is allowed){detail}",
        hunk.header
    )
}

/// Makes `path` absolute and without `.` or `..`, by reading it, not the disk.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIB: &str = "fn a() {}\n\nfn b() {\n    one();\n    two();\n}\n\nfn c() {}\n";

    const PATCH: &str = "\
Calls `two` before `one`.

The order matters because one sets up what two reads.

--- a/src/lib.rs
+++ b/src/lib.rs
@@ -2,5 +2,5 @@
 
 fn b() {
-    one();
     two();
+    one();
 }
";

    fn crate_files() -> BTreeMap<PathBuf, Vec<u8>> {
        BTreeMap::from([(PathBuf::from("src/lib.rs"), LIB.as_bytes().to_vec())])
    }

    fn lib(files: &BTreeMap<PathBuf, Vec<u8>>) -> String {
        String::from_utf8(files[Path::new("src/lib.rs")].clone()).unwrap()
    }

    #[test]
    fn reads_the_why_and_applies_exactly() {
        let patch = parse(PATCH).unwrap();
        assert_eq!(
            patch.why,
            "Calls `two` before `one`.\n\nThe order matters because one sets up what two reads."
        );
        let mut files = crate_files();
        apply(&mut files, &patch).unwrap();
        assert_eq!(
            lib(&files),
            "fn a() {}\n\nfn b() {\n    two();\n    one();\n}\n\nfn c() {}\n"
        );
    }

    #[test]
    fn a_hunk_may_move_but_its_lines_must_match_exactly() {
        // Two lines added at the top: the hunk is found two lines lower.
        let mut files = crate_files();
        let moved = format!("// x\n// y\n{LIB}");
        files.insert(PathBuf::from("src/lib.rs"), moved.into_bytes());
        apply(&mut files, &parse(PATCH).unwrap()).unwrap();
        assert!(lib(&files).contains("    two();\n    one();\n"));

        // One context line changed: no fuzz, a clear error.
        let mut files = crate_files();
        files.insert(
            PathBuf::from("src/lib.rs"),
            LIB.replace("fn b()", "fn bee()").into_bytes(),
        );
        let err = apply(&mut files, &parse(PATCH).unwrap()).unwrap_err();
        assert!(
            err.contains("src/lib.rs: the hunk `@@ -2,5 +2,5 @@` does not apply"),
            "{err}"
        );
        assert!(err.contains("should be `fn b() {`"), "{err}");
        assert!(err.contains("but it is          `fn bee() {`"), "{err}");
    }

    #[test]
    fn refuses_paths_outside_the_crate_and_missing_files() {
        let bad = PATCH.replace("--- a/src/lib.rs", "--- a/../x.rs");
        assert!(
            parse(&bad)
                .unwrap_err()
                .contains("must stay inside the crate")
        );
        let bare = PATCH
            .replace("--- a/src/lib.rs", "--- src/lib.rs")
            .replace("+++ b/src/lib.rs", "+++ src/lib.rs");
        assert!(parse(&bare).unwrap_err().contains("must start with `a/`"));
        let other = PATCH
            .replace("a/src/lib.rs", "a/src/main.rs")
            .replace("b/src/lib.rs", "b/src/main.rs");
        let err = apply(&mut crate_files(), &parse(&other).unwrap()).unwrap_err();
        assert!(err.contains("src/main.rs: no such file"), "{err}");
        assert!(
            parse("just words\n")
                .unwrap_err()
                .contains("changes nothing")
        );
    }

    #[test]
    fn reads_what_git_diff_writes() {
        // Produced by `git diff --no-index`: headers, a new file, no newline at the end.
        let text = "\
diff --git a/src/lib.rs b/src/lib.rs
index 1111111..2222222 100644
--- a/src/lib.rs
+++ b/src/lib.rs
@@ -8 +8 @@ fn b() {
-fn c() {}
+fn c() { b() }
\\ No newline at end of file
diff --git a/src/extra.rs b/src/extra.rs
new file mode 100644
--- /dev/null
+++ b/src/extra.rs
@@ -0,0 +1,2 @@
+// added
+pub fn d() {}
";
        let patch = parse(text).unwrap();
        assert_eq!(patch.files.len(), 2);
        let mut files = crate_files();
        apply(&mut files, &patch).unwrap();
        assert!(lib(&files).ends_with("fn c() { b() }"), "{}", lib(&files));
        assert_eq!(
            files[Path::new("src/extra.rs")],
            b"// added\npub fn d() {}\n".to_vec()
        );
    }

    #[test]
    fn normalizes_paths() {
        assert_eq!(
            normalize(Path::new("/a/b/c/../../d/./e")),
            PathBuf::from("/a/d/e")
        );
    }
}
