//! Writes the book's inline `rust` snippets as tests that skeptic's runtime
//! compiles (and runs, where there is a `main`).
//!
//! The book's listings are `{{#include}}` directives that only mdBook
//! expands, so every block that holds one is left out: what is left are the
//! inline snippets. The tests are written here, the way skeptic's own
//! `generate_doc_tests` writes them (one `#[test]` per fenced `rust` block,
//! named after the page, its section and its line, calling
//! `skeptic::rt::run_test`), rather than by calling it: skeptic as a build
//! dependency would compile it and its dependencies a second time, for the
//! build script, in every cold build.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let book = manifest_dir.parent().unwrap().join("src");
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target = std::env::var("TARGET").unwrap();
    println!("cargo:rerun-if-changed={}", book.display());
    let mut pages = Vec::new();
    collect(&book, &mut pages);
    pages.sort();
    let mut tests = String::from("extern crate skeptic;\n");
    for page in pages {
        let rel = page.strip_prefix(&book).unwrap();
        println!("cargo:rerun-if-changed={}", page.display());
        let text = fs::read_to_string(&page).unwrap();
        let stem = sanitize(&rel.with_extension("").to_string_lossy());
        for (name, flags, code) in snippets(&without_includes(&text), &stem) {
            if flags.ignore {
                tests.push_str("#[ignore]\n");
            }
            if flags.should_panic {
                tests.push_str("#[should_panic]\n");
            }
            let call = if flags.no_run {
                "compile_test"
            } else {
                "run_test"
            };
            writeln!(
                tests,
                "#[test] fn {name}() {{\n    let s = &format!(r####\"\n{{}}\"####, r####\"{code}\"####);\n    \
                 skeptic::rt::{call}(r#\"{}\"#, r#\"{}\"#, r#\"{target}\"#, s);\n}}\n",
                manifest_dir.display(),
                out_dir.display(),
            )
            .unwrap();
        }
    }
    let file = out_dir.join("skeptic-tests.rs");
    if fs::read_to_string(&file).ok().as_deref() != Some(tests.as_str()) {
        fs::write(&file, tests).unwrap();
    }
}

#[derive(Default)]
struct Flags {
    rust: bool,
    ignore: bool,
    should_panic: bool,
    no_run: bool,
}

/// A fence's info string read as skeptic (and rustdoc) read it.
fn flags(info: &str) -> Flags {
    let mut f = Flags::default();
    let (mut rust_tags, mut other_tags) = (false, false);
    for token in info.split(|c: char| !(c == '_' || c == '-' || c.is_alphanumeric())) {
        match token {
            "" => {}
            "rust" => (f.rust, rust_tags) = (true, true),
            "ignore" => (f.ignore, rust_tags) = (true, true),
            "should_panic" => (f.should_panic, rust_tags) = (true, true),
            "no_run" => (f.no_run, rust_tags) = (true, true),
            t if t.starts_with("skt-") || t == "skeptic-template" => {
                panic!("skeptic templates are not supported here: `{info}`")
            }
            _ => other_tags = true,
        }
    }
    f.rust &= !other_tags || rust_tags;
    f
}

/// skeptic's test-name rule: lowercase ASCII letters and digits, runs of
/// anything else as one `_`.
fn sanitize(s: &str) -> String {
    s.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("_")
}

/// Every fenced `rust` block of a page: its test name (page, section of
/// the last `#` or `##` heading, 0-based line of its first line of code),
/// its flags, and its code, with rustdoc's hidden `# ` lines shown.
fn snippets(text: &str, stem: &str) -> Vec<(String, Flags, String)> {
    let mut found = Vec::new();
    let mut section: Option<String> = None;
    let mut lines = text.lines().enumerate();
    while let Some((_, line)) = lines.next() {
        let trimmed = line.trim_start();
        if let Some(heading) = trimmed
            .strip_prefix("# ")
            .or_else(|| trimmed.strip_prefix("## "))
        {
            section = Some(sanitize(heading));
            continue;
        }
        if !trimmed.starts_with("```") {
            continue;
        }
        let indent = line.len() - trimmed.len();
        let ticks = trimmed.len() - trimmed.trim_start_matches('`').len();
        let f = flags(&trimmed[ticks..]);
        let mut code = String::new();
        let mut first = None;
        for (i, line) in lines.by_ref() {
            let t = line.trim_start();
            if t.starts_with(&"`".repeat(ticks)) && t.trim_start_matches('`').trim().is_empty() {
                break;
            }
            first.get_or_insert(i);
            let line = line.get(indent.min(line.len() - t.len())..).unwrap_or("");
            let t = line.trim_start();
            let shown = if let Some(rest) = t.strip_prefix("# ") {
                rest
            } else if line.trim() == "#" {
                ""
            } else {
                line
            };
            code.push_str(shown);
            code.push('\n');
        }
        if f.rust {
            let line = first.unwrap_or(0);
            let name = match &section {
                Some(s) => format!("{stem}_sect_{s}_line_{line}"),
                None => format!("{stem}_line_{line}"),
            };
            found.push((name, f, code));
        }
    }
    found
}

fn collect(dir: &Path, pages: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, pages);
            println!("cargo:rerun-if-changed={}", path.display());
        } else if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
}

/// The page with every fenced block that holds `{{#` replaced by blank
/// lines (so line numbers, and thus skeptic's test names, stay put).
fn without_includes(text: &str) -> String {
    let mut out = String::new();
    let mut block: Vec<&str> = Vec::new();
    let mut fence: Option<&str> = None;
    for line in text.lines() {
        let trimmed = line.trim_start();
        match fence {
            None if trimmed.starts_with("```") => {
                let ticks = &trimmed[..trimmed.len() - trimmed.trim_start_matches('`').len()];
                fence = Some(ticks);
                block.push(line);
            }
            None => {
                out.push_str(line);
                out.push('\n');
            }
            Some(ticks) => {
                block.push(line);
                if trimmed.starts_with(ticks) && trimmed.trim_start_matches('`').trim().is_empty() {
                    let has_include = block.iter().any(|l| l.contains("{{#"));
                    for l in &block {
                        if !has_include {
                            out.push_str(l);
                        }
                        out.push('\n');
                    }
                    block.clear();
                    fence = None;
                }
            }
        }
    }
    out
}
