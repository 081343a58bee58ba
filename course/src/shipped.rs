//! What a learner must leave as shipped: an exercise's tests (everything in
//! `tests/`), its `Cargo.toml` (which says what the tests are), and the code
//! its README marks "Do not edit". Passing changed tests proves nothing, so
//! the runner checks these before it believes a pass.
//!
//! The shipped files come from [`state::pristine`]: `.course/pristine/` in
//! the classroom zip, git in a clone. The README's "Do not edit:" bullet
//! names items in backticks (`` `fetch_price` ``, `` `Job` ``); each name
//! that the shipped `src/` defines (`fn`, `struct`, `enum`, `const`,
//! `static`, `type`, `trait`) is compared, comments and layout aside.
//!
//! An exercise whose learner writes a test (`test_to_write`) turns it round:
//! that one file is the learner's, and all of `src/` is protected (it is the
//! code their test must pin down), with the rest of `tests/`.

use crate::Failure;
use crate::manifest::{Exercise, Manifest};
use crate::state;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

type Files = BTreeMap<PathBuf, Vec<u8>>;

/// One thing that is not as shipped, for the learner to read.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A protected file edited, added or deleted: `tests/check.rs`, …
    File(PathBuf, &'static str),
    /// A "Do not edit" item changed: `fetch_price` in src/lib.rs.
    Item(String, PathBuf),
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::File(path, how) => write!(f, "{} ({how})", path.display()),
            Change::Item(name, file) => write!(
                f,
                "`{name}` in {} (its README says: do not edit)",
                file.display()
            ),
        }
    }
}

/// A file the learner must not change: the tests, and the manifest that
/// names them; with a test to write (`mine`), all of `src/` too, and never
/// the learner's own test file.
fn protected(file: &Path, mine: Option<&Path>) -> bool {
    match mine {
        Some(mine) if file == mine => false,
        Some(_) => {
            file.starts_with("tests") || file.starts_with("src") || file == Path::new("Cargo.toml")
        }
        None => file.starts_with("tests") || file == Path::new("Cargo.toml"),
    }
}

/// What is not as shipped. `Ok(None)`: the shipped files cannot be found
/// (not a git clone, and no .course/pristine), so nothing can be checked.
pub fn changes(m: &Manifest, e: &Exercise) -> Result<Option<Vec<Change>>, Failure> {
    let Ok(shipped) = state::pristine(&m.root, e) else {
        return Ok(None);
    };
    let dir = m.starter(e);
    let now: Files = state::files(&dir)
        .into_iter()
        .map(|f| {
            let bytes = fs::read(dir.join(&f)).unwrap_or_default();
            (f, bytes)
        })
        .collect();
    Ok(Some(compare(
        &shipped,
        &now,
        e.test_to_write.as_deref().map(Path::new),
    )))
}

fn compare(shipped: &Files, now: &Files, mine: Option<&Path>) -> Vec<Change> {
    let mut out = Vec::new();
    for (file, bytes) in shipped.iter().filter(|(f, _)| protected(f, mine)) {
        match now.get(file) {
            None => out.push(Change::File(file.clone(), "deleted")),
            Some(b) if b != bytes => out.push(Change::File(file.clone(), "changed")),
            Some(_) => {}
        }
    }
    for file in now.keys().filter(|f| protected(f, mine)) {
        if !shipped.contains_key(file) {
            out.push(Change::File(file.clone(), "added"));
        }
    }
    for (name, file) in locked_items(shipped) {
        let before = items(&text(shipped, &file), &name);
        let after = items(&text(now, &file), &name);
        if before != after {
            out.push(Change::Item(name, file));
        }
    }
    out
}

fn text(files: &Files, file: &Path) -> String {
    files
        .get(file)
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default()
}

/// (name, file) of each item the shipped README's "Do not edit:" bullet
/// names and the shipped `src/` defines.
fn locked_items(shipped: &Files) -> Vec<(String, PathBuf)> {
    let readme = text(shipped, Path::new("README.md"));
    let mut bullet = String::new();
    let mut inside = false;
    for line in readme.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("- ") || trimmed.is_empty() {
            inside = trimmed.to_lowercase().starts_with("- do not edit");
        }
        if inside {
            bullet.push_str(line);
            bullet.push('\n');
        }
    }
    let names = bullet
        .split('`')
        .skip(1)
        .step_by(2)
        .map(|n| n.rsplit("::").next().unwrap_or(n).to_owned())
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_alphanumeric() || c == '_'));
    let mut out = Vec::new();
    for name in names {
        for file in shipped.keys() {
            if file.starts_with("src")
                && file.extension().is_some_and(|x| x == "rs")
                && !items(&text(shipped, file), &name).is_empty()
            {
                out.push((name.clone(), file.clone()));
            }
        }
    }
    out.dedup();
    out
}

const KINDS: [&str; 7] = ["fn", "struct", "enum", "const", "static", "type", "trait"];

/// The text of every item called `name` in `source`, comments dropped and
/// whitespace collapsed: `fn name…{…}`, `struct name…;`, ….
pub fn items(source: &str, name: &str) -> Vec<String> {
    let plain: Vec<char> = source.chars().collect();
    let chars = mask_comments(&plain);
    let words: Vec<(usize, String)> = words(&chars);
    let mut out = Vec::new();
    for pair in words.windows(2) {
        let ((start, kind), (_, word)) = (&pair[0], &pair[1]);
        if word == name && KINDS.contains(&kind.as_str()) {
            let end = item_end(&chars, *start);
            let item: String = chars[*start..end].iter().collect();
            out.push(item.split_whitespace().collect::<Vec<_>>().join(" "));
        }
    }
    out
}

/// Identifiers with their start, outside string literals.
fn words(chars: &[char]) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '"' {
            i = skip_string(chars, i);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push((start, chars[start..i].iter().collect()));
        } else {
            i += 1;
        }
    }
    out
}

/// Past the closing quote of the string literal that starts at `i`.
fn skip_string(chars: &[char], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '"' => return i + 1,
            _ => i += 1,
        }
    }
    i
}

/// Where the item starting at `start` ends: after its `;` at depth 0, or
/// after the `}` that closes its first top-level `{`.
fn item_end(chars: &[char], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                i = skip_string(chars, i);
                continue;
            }
            // A char literal holding a bracket: '{', '}', '(', …
            '\'' if chars.get(i + 2) == Some(&'\'') => {
                i += 3;
                continue;
            }
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            '{' => depth += 1,
            '}' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1;
                }
            }
            ';' if depth == 0 => return i + 1,
            _ => {}
        }
        i += 1;
    }
    chars.len()
}

/// Puts the protected files and the "Do not edit" items back as shipped,
/// leaving the rest of the learner's code as it is. Returns what it put back.
/// The caller has backed the folder up first.
pub fn restore(m: &Manifest, e: &Exercise) -> Result<Vec<Change>, Failure> {
    let shipped = state::pristine(&m.root, e)?;
    let dir = m.starter(e);
    let Some(changes) = changes(m, e)? else {
        return Ok(Vec::new());
    };
    for change in &changes {
        match change {
            Change::File(file, "added") => fs::remove_file(dir.join(file))?,
            Change::File(file, _) => {
                let to = dir.join(file);
                if let Some(parent) = to.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&to, &shipped[file])?;
            }
            Change::Item(name, file) => {
                let path = dir.join(file);
                let now = fs::read_to_string(&path).unwrap_or_default();
                let fixed = put_back(&text(&shipped, file), &now, name);
                fs::write(&path, fixed)?;
            }
        }
    }
    Ok(changes)
}

/// `now` with each item called `name` replaced by its shipped text (comments
/// inside it included); items it lacks are appended at the end.
fn put_back(shipped: &str, now: &str, name: &str) -> String {
    let spans = |source: &str| -> Vec<(usize, usize)> {
        // Byte spans in the source itself, comments and all.
        let chars: Vec<(usize, char)> = source.char_indices().collect();
        let plain: Vec<char> = chars.iter().map(|(_, c)| *c).collect();
        let masked = mask_comments(&plain);
        let byte = |i: usize| chars.get(i).map_or(source.len(), |(b, _)| *b);
        let mut out = Vec::new();
        for pair in words(&masked).windows(2) {
            let ((start, kind), (_, word)) = (&pair[0], &pair[1]);
            if word == name && KINDS.contains(&kind.as_str()) {
                out.push((byte(*start), byte(item_end(&masked, *start))));
            }
        }
        out
    };
    let old = spans(shipped);
    let new = spans(now);
    let mut result = now.to_owned();
    // From the last, so earlier spans keep their offsets.
    for (k, (s, e)) in old.iter().enumerate().rev() {
        let shipped_text = &shipped[*s..*e];
        match new.get(k) {
            Some(&(ns, ne)) => result.replace_range(ns..ne, shipped_text),
            None => {
                result.push('\n');
                result.push_str(shipped_text);
                result.push('\n');
            }
        }
    }
    result
}

/// The characters of `source`, with every comment character made a space,
/// so that positions stay where they were.
fn mask_comments(chars: &[char]) -> Vec<char> {
    let mut out = chars.to_vec();
    let mut i = 0;
    while i < chars.len() {
        match (chars[i], chars.get(i + 1)) {
            ('"', _) => i = skip_string(chars, i),
            ('/', Some('/')) => {
                while i < chars.len() && chars[i] != '\n' {
                    out[i] = ' ';
                    i += 1;
                }
            }
            ('/', Some('*')) => {
                out[i] = ' ';
                out[i + 1] = ' ';
                i += 2;
                while i < chars.len() {
                    if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                        out[i] = ' ';
                        out[i + 1] = ' ';
                        i += 2;
                        break;
                    }
                    out[i] = ' ';
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIB: &str = "\
/// A slow lookup.
pub async fn fetch_price(item: &str) -> u32 {
    // one second, on the paused clock
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    if item == \"{\" { 1 } else { 2 }
}

pub struct Job(pub [u8; 4]);

pub async fn total_price(a: &str, b: &str) -> u32 {
    todo!(\"both\")
}
";

    const README: &str = "\
# Exercise

- Edit: `src/lib.rs`.
- Do not edit: `fetch_price`, `Job`, or anything in
  `tests/` (the solution is checked against the same tests).
- Run: `cargo course run join-prices`.
";

    fn files(lib: &str, test: &str) -> Files {
        BTreeMap::from([
            (PathBuf::from("README.md"), README.as_bytes().to_vec()),
            (PathBuf::from("Cargo.toml"), b"[package]\n".to_vec()),
            (PathBuf::from("src/lib.rs"), lib.as_bytes().to_vec()),
            (PathBuf::from("tests/check.rs"), test.as_bytes().to_vec()),
        ])
    }

    #[test]
    fn finds_items_whole() {
        let f = items(LIB, "fetch_price");
        assert_eq!(f.len(), 1);
        assert!(
            f[0].starts_with("fn fetch_price(item: &str) -> u32 {"),
            "{f:?}"
        );
        assert!(f[0].ends_with("{ 1 } else { 2 } }"), "{f:?}");
        assert_eq!(items(LIB, "Job"), ["struct Job(pub [u8; 4]);"]);
        assert!(items(LIB, "nothing").is_empty());
    }

    #[test]
    fn the_learners_code_is_free_the_rest_is_not() {
        let shipped = files(LIB, "#[test] fn t() { assert!(false) }");
        // Solving the exercise, and reformatting or commenting a locked item: fine.
        let solved = LIB
            .replace(
                "todo!(\"both\")",
                "fetch_price(a).await + fetch_price(b).await",
            )
            .replace("// one second, on the paused clock", "// mine");
        assert_eq!(
            compare(
                &shipped,
                &files(&solved, "#[test] fn t() { assert!(false) }"),
                None
            ),
            []
        );

        // A gutted test, an added test file, a locked item changed.
        let mut gutted = files(
            &LIB.replace("Duration::from_secs(1)", "Duration::ZERO"),
            "#[test] fn t() {}",
        );
        gutted.insert(PathBuf::from("tests/more.rs"), b"".to_vec());
        let changes = compare(&shipped, &gutted, None);
        assert_eq!(
            changes,
            [
                Change::File(PathBuf::from("tests/check.rs"), "changed"),
                Change::File(PathBuf::from("tests/more.rs"), "added"),
                Change::Item("fetch_price".into(), PathBuf::from("src/lib.rs")),
            ]
        );
        assert_eq!(
            changes[2].to_string(),
            "`fetch_price` in src/lib.rs (its README says: do not edit)"
        );
    }

    #[test]
    fn with_a_test_to_write_that_file_is_the_learners_and_src_is_locked() {
        let shipped = files(LIB, "#[test] fn t() { todo!() }");
        let mine = Some(Path::new("tests/check.rs"));
        // Writing the test: fine.
        let written = files(LIB, "#[test] fn t() { assert_eq!(1, 1) }");
        assert_eq!(compare(&shipped, &written, mine), []);
        // Editing the code under test, or adding another test file: not.
        let mut edited = files(&LIB.replace("{ 1 }", "{ 3 }"), "#[test] fn t() {}");
        edited.insert(PathBuf::from("tests/more.rs"), b"".to_vec());
        assert_eq!(
            compare(&shipped, &edited, mine),
            [
                Change::File(PathBuf::from("src/lib.rs"), "changed"),
                Change::File(PathBuf::from("tests/more.rs"), "added"),
                Change::Item("fetch_price".into(), PathBuf::from("src/lib.rs")),
            ]
        );
    }

    #[test]
    fn put_back_restores_the_item_and_keeps_the_rest() {
        let mine = LIB
            .replace(
                "todo!(\"both\")",
                "fetch_price(a).await + fetch_price(b).await",
            )
            .replace("Duration::from_secs(1)", "Duration::ZERO");
        let fixed = put_back(LIB, &mine, "fetch_price");
        assert!(fixed.contains("Duration::from_secs(1)"), "{fixed}");
        assert!(
            fixed.contains("fetch_price(a).await + fetch_price(b).await"),
            "{fixed}"
        );
        // Deleted: it comes back at the end.
        let without = LIB.replace("pub struct Job(pub [u8; 4]);", "");
        let fixed = put_back(LIB, &without, "Job");
        assert!(fixed.ends_with("struct Job(pub [u8; 4]);\n"), "{fixed}");
    }
}
