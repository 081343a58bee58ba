//! Hands the book's inline `rust` snippets to skeptic.
//!
//! skeptic reads raw Markdown, but the book's listings are `{{#include}}`
//! directives that only mdBook expands. So each page is copied into OUT_DIR
//! with every block that holds an include removed, and skeptic compiles (and
//! runs, where there is a `main`) what is left: the inline snippets.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let book = manifest_dir.parent().unwrap().join("src");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("book");
    let _ = fs::remove_dir_all(&out);
    println!("cargo:rerun-if-changed={}", book.display());
    let mut pages = Vec::new();
    collect(&book, &mut pages);
    pages.sort();
    let mut copies = Vec::new();
    for page in pages {
        let rel = page.strip_prefix(&book).unwrap();
        println!("cargo:rerun-if-changed={}", page.display());
        let text = fs::read_to_string(&page).unwrap();
        // skeptic names tests after the file: make names unique per page.
        let flat = rel.to_string_lossy().replace(['/', '\\', '-'], "_");
        let copy = out.join(flat);
        fs::create_dir_all(&out).unwrap();
        fs::write(&copy, without_includes(&text)).unwrap();
        copies.push(copy);
    }
    skeptic::generate_doc_tests(&copies);
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
