//! The book keeps the course's promise: nothing shown to a reader is
//! untested. These tests read every page under `src/` and fail when
//!
//! - a `rust`, `toml` or `text` block is neither an `{{#include}}` of a file
//!   under `listings/` nor (for `rust`) an inline snippet that skeptic
//!   compiles (so no `ignore`);
//! - an include names a file or an anchor that does not exist;
//! - an inline `rust` block has no skeptic test (build.rs writes them);
//! - an included listing has no caption, or its caption names another file;
//! - a listing folder, or a listing's `output.txt`, is never shown;
//! - an output file the book shows is not read by any of its listing's tests;
//! - a chapter page has no speaker notes with their minutes;
//! - a link to another page of the book points nowhere;
//! - a picture (`<img>`) has no alt text that says what it shows, no caption
//!   line above it, or a file that does not exist; a timeline's copy under
//!   `src/images/timelines/` differs from the `timeline*.svg` beside its
//!   listing that the caption names; a picture is never shown, has no
//!   `<title>`, or (for a timeline) is not drawn by any of its listing's
//!   tests.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn pages() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(&root().join("src"), &mut out);
    out.sort();
    out
}

struct Block {
    /// 1-based line of the opening fence.
    line: usize,
    info: String,
    body: Vec<String>,
    /// The last non-blank line before the block.
    before: String,
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<(Block, String)> = None;
    let mut before = String::new();
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        match &mut current {
            None => {
                if trimmed.starts_with("```") {
                    let ticks_len = trimmed.len() - trimmed.trim_start_matches('`').len();
                    let ticks = trimmed[..ticks_len].to_owned();
                    let info = trimmed[ticks_len..].trim().to_owned();
                    current = Some((
                        Block {
                            line: i + 1,
                            info,
                            body: Vec::new(),
                            before: before.clone(),
                        },
                        ticks,
                    ));
                } else if !line.trim().is_empty() {
                    before = line.trim().to_owned();
                }
            }
            Some((block, ticks)) => {
                if trimmed.starts_with(ticks.as_str())
                    && trimmed.trim_start_matches('`').trim().is_empty()
                {
                    let (block, _) = current.take().unwrap();
                    before = String::new();
                    out.push(block);
                } else {
                    block.body.push(line.to_owned());
                }
            }
        }
    }
    assert!(current.is_none(), "a code block is never closed");
    out
}

/// `{{#include path:anchor}}` or `{{#rustdoc_include path:anchor}}`.
struct Include {
    path: PathBuf,
    anchor: Option<String>,
}

fn parse_include(line: &str, page: &Path) -> Option<Include> {
    let inner = line.trim().strip_prefix("{{#")?.strip_suffix("}}")?;
    let (kind, arg) = inner.split_once(' ')?;
    if kind != "include" && kind != "rustdoc_include" {
        return None;
    }
    let (file, anchor) = match arg.trim().split_once(':') {
        Some((f, a)) => (f, Some(a.to_owned())),
        None => (arg.trim(), None),
    };
    let path = page.parent().unwrap().join(file);
    Some(Include { path, anchor })
}

fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn rel(path: &Path) -> String {
    normalize(path)
        .strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

#[derive(Default)]
struct Findings {
    problems: Vec<String>,
    /// Inline `rust` blocks: skeptic's tests must compile each one.
    snippets: usize,
    included: BTreeSet<String>,
    /// Pictures shown: the `src` files and the files their captions name.
    pictures: BTreeSet<String>,
}

fn check_page(page: &Path, text: &str, f: &mut Findings) {
    let name = rel(page);
    for block in blocks(text) {
        let lang = block.info.split(',').next().unwrap_or("").trim().to_owned();
        let flags: Vec<&str> = block.info.split(',').skip(1).map(str::trim).collect();
        let at = format!("{name}:{}", block.line);
        let includes: Vec<&String> = block.body.iter().filter(|l| l.contains("{{#")).collect();
        if includes.is_empty() {
            match lang.as_str() {
                "rust" if flags.contains(&"ignore") => f.problems.push(format!(
                    "{at}: a `rust,ignore` block is never compiled; make it a listing or a snippet skeptic compiles"
                )),
                "rust" => f.snippets += 1, // compiled by skeptic (tests/skeptic.rs)
                "toml" | "text" | "" => f.problems.push(format!(
                    "{at}: a `{lang}` block pasted into the page; show a file from a listing with {{{{#include}}}} instead"
                )),
                _ => {} // console commands and the like
            }
            continue;
        }
        if includes.len() != block.body.iter().filter(|l| !l.trim().is_empty()).count() {
            f.problems
                .push(format!("{at}: a block mixes an include with pasted lines"));
        }
        for line in includes {
            let Some(inc) = parse_include(line, page) else {
                f.problems
                    .push(format!("{at}: cannot read the directive `{}`", line.trim()));
                continue;
            };
            let file = rel(&inc.path);
            if !file.starts_with("listings/") {
                f.problems.push(format!(
                    "{at}: includes {file}, which is not under listings/"
                ));
            }
            if !block.before.contains("class=\"caption\"") {
                f.problems.push(format!(
                    "{at}: the include of {file} has no caption line above it (see CONTRIBUTING.md)"
                ));
            } else if !block.before.contains(&format!("<code>{file}</code>")) {
                f.problems.push(format!(
                    "{at}: the caption above the include of {file} names another file: {}",
                    block.before
                ));
            }
            let Ok(content) = fs::read_to_string(&inc.path) else {
                f.problems
                    .push(format!("{at}: includes {file}, which does not exist"));
                f.included.insert(file);
                continue;
            };
            if let Some(anchor) = &inc.anchor {
                let is_range = anchor.chars().all(|c| c.is_ascii_digit() || c == ':');
                if !is_range && !content.contains(&format!("ANCHOR: {anchor}")) {
                    f.problems
                        .push(format!("{at}: {file} has no `ANCHOR: {anchor}`"));
                }
            }
            f.included.insert(file);
        }
    }
    check_links(page, text, f);
    check_notes(page, text, f);
    check_pictures(page, text, f);
}

/// `name="value"` in an HTML tag.
fn html_attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Every `<img>`: alt text of a few words, a file that exists, and a caption
/// line above it naming the file it shows. A timeline's caption names the
/// `timeline*.svg` beside its listing, and the page's copy under
/// `src/images/` must be the same bytes.
fn check_pictures(page: &Path, text: &str, f: &mut Findings) {
    let name = rel(page);
    let mut before = String::new();
    for (i, line) in text.lines().enumerate() {
        let tag = line.trim();
        if !tag.starts_with("<img") {
            if !tag.is_empty() {
                before = tag.to_owned();
            }
            continue;
        }
        let at = format!("{name}:{}", i + 1);
        match html_attr(tag, "alt") {
            None => f.problems.push(format!("{at}: a picture with no alt text")),
            Some(alt) if alt.split_whitespace().count() < 6 => f.problems.push(format!(
                "{at}: the alt text `{alt}` is too short to say what the picture shows"
            )),
            Some(_) => {}
        }
        let Some(src) = html_attr(tag, "src") else {
            f.problems.push(format!("{at}: a picture with no src"));
            continue;
        };
        let path = page.parent().unwrap().join(src);
        let file = rel(&path);
        f.pictures.insert(file.clone());
        let Ok(shown) = fs::read(&path) else {
            f.problems
                .push(format!("{at}: the picture {file} does not exist"));
            continue;
        };
        if !before.contains("class=\"caption picture\"") {
            f.problems.push(format!(
                "{at}: the picture {file} has no caption line above it \
                 (`<span class=\"caption picture\">Figure N-M: … — <code>path</code></span>`)"
            ));
            continue;
        }
        let named = before
            .split("<code>")
            .nth(1)
            .and_then(|rest| rest.split("</code>").next())
            .unwrap_or("");
        if named.starts_with("listings/") {
            f.pictures.insert(named.to_owned());
            match fs::read(root().join(named)) {
                Err(_) => f.problems.push(format!(
                    "{at}: the caption names {named}, which does not exist"
                )),
                Ok(original) if original != shown => f.problems.push(format!(
                    "{at}: {file} differs from {named}, which its caption names \
                     (run the listing's tests with UPDATE_TIMELINES=1)"
                )),
                Ok(_) => {}
            }
        } else if named != file {
            f.problems.push(format!(
                "{at}: the caption above the picture {file} names another file: {before}"
            ));
        }
    }
}

fn files_under(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|n| n != "target") {
                files_under(&path, ext, out);
            }
        } else if path.extension().is_some_and(|e| e == ext) {
            out.push(path);
        }
    }
}

/// Every picture in the repository is shown, names itself for screen
/// readers, and (for a timeline) is drawn and compared by its listing's
/// tests.
fn check_picture_files(f: &mut Findings) {
    let mut svgs = Vec::new();
    files_under(&root().join("src"), "svg", &mut svgs);
    files_under(&root().join("listings"), "svg", &mut svgs);
    for path in svgs {
        let file = rel(&path);
        if !f.pictures.contains(&file) {
            f.problems
                .push(format!("{file} is never shown in the book"));
        }
        let svg = fs::read_to_string(&path).unwrap_or_default();
        if !svg.contains("<title") || !svg.contains("role=\"img\"") {
            f.problems.push(format!(
                "{file} has no <title> or role=\"img\" for screen readers"
            ));
        }
        if !file.starts_with("listings/") {
            continue;
        }
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let tests = fs::read_dir(path.parent().unwrap().join("tests"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| fs::read_to_string(e.path()).ok())
            .collect::<String>();
        if !tests.contains(&format!("\"{name}\"")) || !tests.contains("assert_timeline") {
            f.problems.push(format!(
                "{file} is shown in the book, but no test beside it draws and compares it"
            ));
        }
    }
}

/// Relative links to other pages (and their `#fragments`' pages) exist.
fn check_links(page: &Path, text: &str, f: &mut Findings) {
    let name = rel(page);
    for (i, _) in text.match_indices("](") {
        let rest = &text[i + 2..];
        let Some(end) = rest.find(')') else { continue };
        let target = &rest[..end];
        // The course archive is written beside the book by `cargo course build`.
        if target.contains("://")
            || target.starts_with('#')
            || target.starts_with("mailto:")
            || target.ends_with(".zip")
        {
            continue;
        }
        let file = target.split('#').next().unwrap();
        if file.is_empty() {
            continue;
        }
        let path = page.parent().unwrap().join(file);
        if !path.exists() {
            f.problems
                .push(format!("{name}: the link `{target}` points to nothing"));
        }
    }
}

/// Every page of a chapter ends with speaker notes that give its minutes.
fn check_notes(page: &Path, text: &str, f: &mut Findings) {
    let name = rel(page);
    let in_chapter = name.starts_with("src/ch");
    if !in_chapter {
        return;
    }
    let has_notes = text.contains("<details class=\"speaker-notes\">")
        && text.lines().any(|l| minutes(l).is_some());
    if !has_notes {
        f.problems.push(format!(
            "{name}: no speaker notes with minutes (`<summary>Speaker notes · N minutes</summary>`)"
        ));
    }
}

/// `<summary>Speaker notes · 10 minutes</summary>` → 10.
fn minutes(line: &str) -> Option<u32> {
    let rest = line.trim().strip_prefix("<summary>Speaker notes · ")?;
    let n = rest.strip_suffix(" minutes</summary>")?;
    n.parse().ok()
}

#[test]
fn every_code_block_is_tested_and_every_listing_shown() {
    let mut f = Findings::default();
    let pages = pages();
    assert!(!pages.is_empty(), "no pages found under src/");
    for page in &pages {
        check_page(page, &fs::read_to_string(page).unwrap(), &mut f);
    }
    // Every listing folder is shown somewhere, and so is its output.txt.
    let listings = root().join("listings");
    for chapter in fs::read_dir(&listings).unwrap() {
        for listing in fs::read_dir(chapter.unwrap().path()).unwrap() {
            let dir = listing.unwrap().path();
            if !dir.join("Cargo.toml").exists() {
                continue;
            }
            let dir_rel = rel(&dir);
            if !f
                .included
                .iter()
                .any(|i| i.starts_with(&format!("{dir_rel}/")))
            {
                f.problems
                    .push(format!("{dir_rel} is never shown in the book"));
            }
            let output = format!("{dir_rel}/output.txt");
            if dir.join("output.txt").exists() && !f.included.contains(&output) {
                f.problems
                    .push(format!("{output} is never shown in the book"));
            }
        }
    }
    check_picture_files(&mut f);
    // Every inline snippet has its test in what build.rs wrote for skeptic.
    let tests = fs::read_to_string(concat!(env!("OUT_DIR"), "/skeptic-tests.rs")).unwrap();
    let written = tests.matches("#[test] fn ").count();
    if written != f.snippets {
        f.problems.push(format!(
            "the pages have {} inline `rust` blocks, but book-tests/build.rs wrote {written} \
             skeptic tests for them",
            f.snippets
        ));
    }
    // Every output the book shows is asserted by a test: a `.txt` file must be
    // read by its listing's tests, a `.stderr` file is trybuild's own.
    for file in &f.included {
        if !file.ends_with(".txt") {
            continue;
        }
        let path = root().join(file);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let listing = path.parent().unwrap();
        let tests = fs::read_dir(listing.join("tests"))
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| fs::read_to_string(e.path()).ok())
            .collect::<String>();
        if !tests.contains(&format!("\"{name}\"")) {
            f.problems.push(format!(
                "{file} is shown in the book, but no test in {}/tests reads it",
                rel(listing)
            ));
        }
    }
    assert!(
        f.problems.is_empty(),
        "{} problem(s) in the book:\n  - {}",
        f.problems.len(),
        f.problems.join("\n  - ")
    );
}

#[test]
fn the_checker_catches_what_it_should() {
    // A page with one of each mistake: the checker must name them all.
    // The page is checked as if it were src/ch99-selftest.md; it is never written.
    let page = root().join("src").join("ch99-selftest.md");
    let text = "\
# Self test

```rust,ignore
fn main() {}
```

```toml
[dependencies]
```

<span class=\"caption\">Listing: <code>listings/ch01-async-basics/listing-01-01/output.txt</code></span>

```rust
{{#include ../listings/ch01-async-basics/listing-01-01/src/main.rs:nowhere}}
```

```text
{{#include ../listings/no-such-listing/output.txt}}
```

[a broken link](no-such-page.md)

<img src=\"images/poll-wake.svg\" alt=\"\">

<span class=\"caption picture\">Figure 99-1: <code>src/images/elsewhere.svg</code></span>

<img src=\"images/no-such-picture.svg\" alt=\"A picture that is not there at all\">

<span class=\"caption picture\">Figure 99-2: <code>src/images/actor.svg</code></span>

<img src=\"images/poll-wake.svg\" alt=\"The poll and wake cycle, in four steps\">

<span class=\"caption picture\">Figure 99-3: <code>listings/ch05-select-join/listing-05-14/timeline-race.svg</code></span>

<img src=\"images/timelines/listing-05-14-lossy.svg\" alt=\"Another run than the caption names, drawn\">
";
    let mut f = Findings::default();
    check_page(&page, text, &mut f);
    let all = f.problems.join("\n");
    for expected in [
        "`rust,ignore` block",
        "a `toml` block pasted",
        "has no `ANCHOR: nowhere`",
        "names another file",
        "does not exist",
        "has no caption",
        "points to nothing",
        "no speaker notes",
        "the alt text `` is too short",
        "has no caption line above it (`<span",
        "images/no-such-picture.svg does not exist",
        "names another file: <span class=\"caption picture\">Figure 99-2",
        "listing-05-14-lossy.svg differs from listings/ch05-select-join/listing-05-14/timeline-race.svg",
    ] {
        assert!(
            all.contains(expected),
            "the checker missed `{expected}`; it said:\n{all}"
        );
    }
}

/// Whether `COURSE_BLESS` asks the generated files to be written.
fn blessing() -> bool {
    std::env::var_os("COURSE_BLESS").is_some()
}

/// Writes each generated file that differs (when blessing), or else names
/// it: the files still out of date.
fn write_or_compare(want: &[(PathBuf, String)], bless: bool) -> Vec<String> {
    let mut stale = Vec::new();
    for (path, text) in want {
        if fs::read_to_string(path).ok().as_deref() == Some(text.as_str()) {
            continue;
        }
        if bless {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, text).unwrap();
        } else {
            stale.push(rel(path));
        }
    }
    stale
}

/// `cargo test` checks every solution through `solution-checks/`: one test
/// binary per chapter, whose modules are the exercises' own test files, run
/// against the solution crates it depends on. (One binary per chapter rather
/// than one per exercise: the cold build links 17 test binaries, not 72.)
/// This test writes what that package must contain from the manifest and
/// the solutions' `Cargo.toml`s, and fails if the files differ; run it with
/// `COURSE_BLESS=1` to write them.
#[test]
fn solution_checks_cover_every_exercise() {
    let root = root();
    let manifest: toml::Table =
        toml::from_str(&fs::read_to_string(root.join("exercises/manifest.toml")).unwrap()).unwrap();
    let mut chapters: std::collections::BTreeMap<String, String> = Default::default();
    let mut packages = String::new();
    let mut deps: std::collections::BTreeMap<String, String> = Default::default();
    for e in manifest["exercise"].as_array().unwrap() {
        let id = e["id"].as_str().unwrap();
        let path = e["path"].as_str().unwrap();
        let dir = root.join("solutions").join(path);
        let cargo: toml::Table =
            toml::from_str(&fs::read_to_string(dir.join("Cargo.toml")).unwrap()).unwrap();
        let name = cargo["package"]["name"].as_str().unwrap();
        packages.push_str(&format!("{name} = {{ path = \"../solutions/{path}\" }}\n"));
        for table in ["dependencies", "dev-dependencies"] {
            for (dep, value) in cargo
                .get(table)
                .and_then(|t| t.as_table())
                .into_iter()
                .flatten()
            {
                let value = value.to_string();
                let old = deps.entry(dep.clone()).or_insert_with(|| value.clone());
                assert_eq!(
                    *old, value,
                    "solutions/{path}: `{dep}` is declared differently in another solution"
                );
            }
        }
        let chapter = path.split('/').next().unwrap().replace('-', "_");
        let file = chapters.entry(chapter).or_default();
        let tests = cargo["test"]
            .as_array()
            .expect("a solution names its [[test]]");
        for t in tests {
            let test_path = dir.join(t["path"].as_str().unwrap());
            let test_path = normalize(&test_path);
            let module = if tests.len() == 1 {
                id.replace('-', "_")
            } else {
                format!("{}_{}", id.replace('-', "_"), t["name"].as_str().unwrap())
            };
            file.push_str(&format!(
                "\n// {id}: `cargo course run {id}`\n#[path = \"../../{}\"]\nmod {module};\n",
                rel(&test_path)
            ));
        }
    }
    let mut want: Vec<(PathBuf, String)> = Vec::new();
    let dir = root.join("solution-checks");
    let deps: String = deps.iter().map(|(k, v)| format!("{k} = {v}\n")).collect();
    want.push((
        dir.join("Cargo.toml"),
        format!(
            "# Written by book-tests (`COURSE_BLESS=1 cargo test -p book-tests --test book`)\n\
             # from exercises/manifest.toml and the solutions' Cargo.toml: do not edit.\n\
             [package]\n\
             name = \"solution-checks\"\n\
             description = \"Runs every exercise's tests against its solution, one test binary per chapter\"\n\
             version.workspace = true\n\
             edition.workspace = true\n\
             rust-version.workspace = true\n\
             license.workspace = true\n\
             publish.workspace = true\n\n\
             [lib]\n\
             test = false\n\
             doctest = false\n\n\
             [lints]\n\
             workspace = true\n\n\
             # The solutions, by package; each is used under its library's name.\n\
             [dev-dependencies]\n\
             {packages}\n\
             # What the solutions' tests use.\n\
             {deps}"
        ),
    ));
    for (chapter, mods) in &chapters {
        want.push((
            dir.join("tests").join(format!("{chapter}.rs")),
            format!(
                "//! Written by book-tests from exercises/manifest.toml: do not edit.\n\
                 //! Each module is one exercise's own tests, run against its solution.\n\
                 //! `cargo test -p solution-checks --test {chapter}` runs the chapter's;\n\
                 //! `cargo test -p solution-ID` runs one solution's alone.\n{mods}"
            ),
        ));
    }
    let bless = blessing();
    let mut stale = write_or_compare(&want, bless);
    let seen: BTreeSet<&PathBuf> = want.iter().map(|(path, _)| path).collect();
    for entry in fs::read_dir(dir.join("tests"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let path = entry.path();
        if !seen.contains(&path) {
            if bless {
                fs::remove_file(&path).unwrap();
            } else {
                stale.push(format!("{} (no chapter has it)", rel(&path)));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "solution-checks/ is out of date with exercises/manifest.toml: {}.\n\
         Run `COURSE_BLESS=1 cargo test -p book-tests --test book` to rewrite it.",
        stale.join(", ")
    );
}

fn has_lib(dir: &Path, cargo: &toml::Table) -> bool {
    cargo.contains_key("lib") || dir.join("src/lib.rs").is_file()
}

/// A listing's tests that are not part of its chapter's package: those of a
/// listing with trybuild cases (trybuild builds the package that runs it),
/// or whose program reads cargo's variables for its package (it must be
/// built as its own package to read its own).
fn runs_alone(dir: &Path, cargo: &toml::Table) -> bool {
    let reads_cargo_vars = cargo
        .get("bin")
        .and_then(|b| b.as_array())
        .into_iter()
        .flatten()
        .any(|b| {
            fs::read_to_string(dir.join(b["path"].as_str().unwrap()))
                .is_ok_and(|t| t.contains("env!(\"CARGO_"))
        });
    if reads_cargo_vars {
        return true;
    }
    fs::read_dir(dir.join("tests"))
        .into_iter()
        .flatten()
        .flatten()
        .any(|e| fs::read_to_string(e.path()).is_ok_and(|t| t.contains("trybuild")))
}

/// `cargo test` runs the listings through one package per chapter
/// (`listings/chNN-slug/Cargo.toml`): it builds every listing's programs as
/// its own binaries, under the listing's names, and compiles the listings'
/// test files as the modules of one test binary. (One test binary per
/// chapter rather than one per listing: the cold build links 17, not 129.)
/// Each listing stays a package of its own, so `cargo run -p listing-NN-MM`
/// and `cargo test -p listing-NN-MM` work as before; the listings are simply
/// not default members, except those that run alone (see `runs_alone`).
/// This test writes the chapters' packages and the root's list of default
/// members from the listings' `Cargo.toml`s, and fails if they differ; run
/// it with `COURSE_BLESS=1` to write them.
#[test]
fn listing_chapters_run_every_listing() {
    let root = root();
    let mut want: Vec<(PathBuf, String)> = Vec::new();
    let mut alone: Vec<String> = Vec::new();
    let mut unrun: Vec<String> = Vec::new();
    let mut chapters: Vec<PathBuf> = fs::read_dir(root.join("listings"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    chapters.sort();
    for chapter in &chapters {
        let slug = chapter.file_name().unwrap().to_string_lossy().into_owned();
        let number = &slug[..4];
        let mut listings: Vec<PathBuf> = fs::read_dir(chapter)
            .unwrap()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("Cargo.toml").is_file())
            .collect();
        listings.sort();
        let mut bins = String::new();
        let mut packages = String::new();
        let mut deps: std::collections::BTreeMap<String, String> = Default::default();
        let mut dev_deps: std::collections::BTreeMap<String, String> = Default::default();
        let mut mods = String::new();
        for dir in &listings {
            let folder = dir.file_name().unwrap().to_string_lossy().into_owned();
            let cargo: toml::Table =
                toml::from_str(&fs::read_to_string(dir.join("Cargo.toml")).unwrap()).unwrap();
            if runs_alone(dir, &cargo) {
                alone.push(rel(dir));
                continue;
            }
            let name = cargo["package"]["name"].as_str().unwrap();
            packages.push_str(name);
            if has_lib(dir, &cargo) {
                deps.insert(name.to_owned(), format!("{{ path = \"{folder}\" }}"));
            }
            // Each program again, under a name of the chapter's (two
            // packages' binaries may not share a name): the tests' `env!`
            // below maps the listing's name to it.
            let mut bin_arms = String::new();
            for b in cargo
                .get("bin")
                .and_then(|b| b.as_array())
                .into_iter()
                .flatten()
            {
                let bin = b["name"].as_str().unwrap();
                bins.push_str(&format!(
                    "[[bin]]\nname = \"{number}-{bin}\"\npath = \"{folder}/{}\"\ntest = false\n\n",
                    b["path"].as_str().unwrap()
                ));
                bin_arms.push_str(&format!(
                    "    (\"CARGO_BIN_EXE_{bin}\") => {{\n        \
                     ::core::env!(\"CARGO_BIN_EXE_{number}-{bin}\")\n    }};\n"
                ));
            }
            for (table, into) in [
                ("dependencies", &mut deps),
                ("dev-dependencies", &mut dev_deps),
            ] {
                for (dep, value) in cargo
                    .get(table)
                    .and_then(|t| t.as_table())
                    .into_iter()
                    .flatten()
                {
                    // A path is the listing's: make it the chapter's.
                    let mut value = value.clone();
                    if let Some(path) = value.get_mut("path") {
                        let to = normalize(&dir.join(path.as_str().unwrap()));
                        let to = to.strip_prefix(chapter).expect("a path inside the chapter");
                        *path = toml::Value::String(to.to_string_lossy().replace('\\', "/"));
                    }
                    // A listing that spells out a workspace dependency's
                    // version for the reader (4-1) gets the workspace's.
                    let value = value.to_string();
                    let workspace = "{ workspace = true }".to_owned();
                    let old = into.entry(dep.clone()).or_insert_with(|| value.clone());
                    if *old != value && (*old == workspace || value == workspace) {
                        *old = workspace;
                    }
                    assert!(
                        *old == value || *old == "{ workspace = true }",
                        "{}: `{dep}` is declared differently in another listing of the chapter",
                        rel(dir)
                    );
                }
            }
            // The listing's test targets: its [[test]]s, or else each file
            // directly under tests/.
            let mut tests: Vec<String> = match cargo.get("test").and_then(|t| t.as_array()) {
                Some(tests) => tests
                    .iter()
                    .map(|t| t["path"].as_str().unwrap().to_owned())
                    .collect(),
                None => fs::read_dir(dir.join("tests"))
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "rs"))
                    .map(|p| format!("tests/{}", p.file_name().unwrap().to_string_lossy()))
                    .collect(),
            };
            tests.sort();
            // A file under tests/ that no test root declares is never run.
            let roots: String = tests
                .iter()
                .filter_map(|t| fs::read_to_string(dir.join(t)).ok())
                .collect();
            for e in fs::read_dir(dir.join("tests"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let file = format!("tests/{}", e.file_name().to_string_lossy());
                let Some(stem) = file
                    .strip_suffix(".rs")
                    .and_then(|f| f.strip_prefix("tests/"))
                else {
                    continue;
                };
                if !tests.contains(&file) && !roots.contains(&format!("mod {stem};")) {
                    unrun.push(format!("{}/{file}", rel(dir)));
                }
            }
            if tests.is_empty() {
                continue;
            }
            let ident = folder.replace('-', "_");
            mods.push_str(&format!(
                "\n#[allow(unused_macros)]\nmacro_rules! env {{\n    \
                 (\"CARGO_MANIFEST_DIR\") => {{\n        \
                 concat!(::core::env!(\"CARGO_MANIFEST_DIR\"), \"/{folder}\")\n    }};\n\
                 {bin_arms}    \
                 ($($name:tt)*) => {{\n        ::core::env!($($name)*)\n    }};\n}}\n"
            ));
            for t in &tests {
                let module = if tests.len() == 1 {
                    ident.clone()
                } else {
                    let stem = Path::new(t)
                        .file_stem()
                        .unwrap()
                        .to_string_lossy()
                        .into_owned();
                    format!("{ident}_{stem}")
                };
                mods.push_str(&format!("#[path = \"{folder}/{t}\"]\nmod {module};\n"));
            }
        }
        if packages.is_empty() {
            continue;
        }
        let table = |deps: &std::collections::BTreeMap<String, String>| -> String {
            deps.iter().map(|(k, v)| format!("{k} = {v}\n")).collect()
        };
        want.push((
            chapter.join("Cargo.toml"),
            format!(
                "# Written by book-tests (`COURSE_BLESS=1 cargo test -p book-tests --test book`)\n\
                 # from the listings' Cargo.toml: do not edit. `cargo test` builds this\n\
                 # chapter's programs and runs its listings' tests here, as one test binary;\n\
                 # each listing is still a package (`cargo run -p listing-NN-MM`).\n\
                 [package]\n\
                 name = \"listings-{number}\"\n\
                 description = \"The programs and tests of {slug}'s listings, built together\"\n\
                 version.workspace = true\n\
                 edition.workspace = true\n\
                 rust-version.workspace = true\n\
                 license.workspace = true\n\
                 publish.workspace = true\n\
                 autobins = false\n\
                 autoexamples = false\n\
                 autotests = false\n\
                 autobenches = false\n\n\
                 {bins}\
                 [[test]]\n\
                 name = \"listings\"\n\
                 path = \"listings.rs\"\n\n\
                 [lints]\n\
                 workspace = true\n\n\
                 [dependencies]\n\
                 {}\n\
                 [dev-dependencies]\n\
                 {}",
                table(&deps),
                table(&dev_deps)
            ),
        ));
        want.push((
            chapter.join("listings.rs"),
            format!(
                "//! Written by book-tests from the listings' Cargo.toml: do not edit.\n\
                 //! Each module is one listing's test file. Before each, `env!` is\n\
                 //! shadowed so that `env!(\"CARGO_MANIFEST_DIR\")` is the listing's own\n\
                 //! folder and `env!(\"CARGO_BIN_EXE_listing-NN-MM\")` its program, as\n\
                 //! built here: what they are when `cargo test -p listing-NN-MM` runs\n\
                 //! it alone.\n{mods}"
            ),
        ));
    }
    // The root's default members: every chapter, and the listings that run alone.
    let cargo_path = root.join("Cargo.toml");
    let cargo = fs::read_to_string(&cargo_path).unwrap();
    let (start, end) = (
        "    # listings that run alone: start\n",
        "    # listings that run alone: end\n",
    );
    let a = cargo
        .find(start)
        .expect("the root Cargo.toml marks the listings that run alone")
        + start.len();
    let b = cargo.find(end).unwrap();
    let block: String = alone.iter().map(|l| format!("    \"{l}\",\n")).collect();
    want.push((cargo_path, format!("{}{block}{}", &cargo[..a], &cargo[b..])));

    assert!(
        unrun.is_empty(),
        "no test binary runs these files: declare each as a module (`mod NAME;`) in its \
         listing's tests/all.rs: {}",
        unrun.join(", ")
    );
    let stale = write_or_compare(&want, blessing());
    assert!(
        stale.is_empty(),
        "the chapters' packages under listings/ are out of date with the listings: {}.\n\
         Run `COURSE_BLESS=1 cargo test -p book-tests --test book` to rewrite them.",
        stale.join(", ")
    );
}
