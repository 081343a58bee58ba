//! The listings of the course: `listings/*/*/Cargo.toml`, found by package
//! name. A request names a listing only through this table.

use serde::Serialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Serialize)]
pub struct Listing {
    /// The package name, `listing-01-02`.
    pub package: String,
    /// Its folder relative to the course root, with `/`:
    /// `listings/ch01-async-basics/listing-01-02`.
    pub folder: String,
    /// The binary `cargo run -p` would run, if it has one.
    pub bin: Option<String>,
    /// It has tests to run.
    pub tests: bool,
    #[serde(skip)]
    pub dir: PathBuf,
}

/// Every listing package under `root/listings/*/*`, by package name.
pub fn scan(root: &Path) -> BTreeMap<String, Listing> {
    let mut found = BTreeMap::new();
    let Ok(chapters) = std::fs::read_dir(root.join("listings")) else {
        return found;
    };
    for chapter in chapters.flatten() {
        let Ok(packages) = std::fs::read_dir(chapter.path()) else {
            continue;
        };
        for package in packages.flatten() {
            let dir = package.path();
            if let Some(listing) = read(root, &dir) {
                found.insert(listing.package.clone(), listing);
            }
        }
    }
    found
}

fn read(root: &Path, dir: &Path) -> Option<Listing> {
    let text = std::fs::read_to_string(dir.join("Cargo.toml")).ok()?;
    let manifest: toml::Table = toml::from_str(&text).ok()?;
    let package = manifest.get("package")?.get("name")?.as_str()?.to_owned();
    let bins = manifest.get("bin").and_then(|b| b.as_array());
    let bin = match bins.and_then(|b| b.first()) {
        Some(first) => first
            .get("name")
            .and_then(|n| n.as_str())
            .map(str::to_owned),
        None if dir.join("src/main.rs").is_file() => Some(package.clone()),
        None => None,
    };
    let tests = dir.join("tests").is_dir() || manifest.get("test").is_some();
    let folder = dir
        .strip_prefix(root)
        .ok()?
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    Some(Listing {
        package,
        folder,
        bin,
        tests,
        dir: dir.to_path_buf(),
    })
}
