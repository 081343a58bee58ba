//! Edited code runs in a scratch copy, never in the listing's own files.
//!
//! The copy is its own workspace (`<scratch>/ws`, with the course's
//! `[workspace.dependencies]`, lints, profiles and Cargo.lock) and builds
//! into its own target dir (`<scratch>/target`). Sharing the course's target
//! dir would be unsafe: a package of the same name and binary name would
//! overwrite `target/debug/listing-NN-MM`, which the listing's own tests run.

use crate::listings::Listing;
use std::path::{Path, PathBuf};

/// Replaces, in `file`, the lines the book showed (`shown`: the file, or the
/// part between its `ANCHOR` lines, as mdBook included it) by `edited`.
/// Lines are compared without their indentation. `None` when the shown text
/// is not in the file (the page is older than the file).
pub fn splice(file: &str, shown: &str, edited: &str) -> Option<String> {
    let lines: Vec<&str> = file.lines().collect();
    let visible: Vec<usize> = (0..lines.len())
        .filter(|&i| !is_anchor_line(lines[i]))
        .collect();
    let mut want: Vec<&str> = shown.lines().map(str::trim).collect();
    while want.last().is_some_and(|l| l.is_empty()) {
        want.pop();
    }
    while want.first().is_some_and(|l| l.is_empty()) {
        want.remove(0);
    }
    if want.is_empty() || want.len() > visible.len() {
        return None;
    }
    let start = (0..=visible.len() - want.len()).find(|&k| {
        want.iter()
            .enumerate()
            .all(|(j, w)| lines[visible[k + j]].trim() == *w)
    })?;
    let first = visible[start];
    let last = visible[start + want.len() - 1];
    let mut out: Vec<&str> = lines[..first].to_vec();
    out.extend(edited.lines());
    out.extend(&lines[last + 1..]);
    let mut text = out.join("\n");
    text.push('\n');
    Some(text)
}

fn is_anchor_line(line: &str) -> bool {
    line.contains("ANCHOR:") || line.contains("ANCHOR_END:")
}

/// Writes the scratch workspace for `listing` with `file` (relative to the
/// listing) holding `text`, and returns the scratch workspace's manifest.
pub fn prepare(
    root: &Path,
    scratch: &Path,
    listing: &Listing,
    file: &str,
    text: &str,
) -> std::io::Result<PathBuf> {
    let ws = scratch.join("ws");
    let copy = ws.join("listing");
    if copy.exists() {
        std::fs::remove_dir_all(&copy)?;
    }
    copy_dir(&listing.dir, &copy)?;
    std::fs::write(copy.join(file), text)?;

    // The listing's manifest, its relative path dependencies made absolute.
    let manifest = std::fs::read_to_string(listing.dir.join("Cargo.toml"))?;
    let mut manifest: toml::Table = toml::from_str(&manifest).map_err(std::io::Error::other)?;
    for key in ["dependencies", "dev-dependencies", "build-dependencies"] {
        if let Some(deps) = manifest.get_mut(key).and_then(|d| d.as_table_mut()) {
            absolute_paths(deps, &listing.dir);
        }
    }
    std::fs::write(
        copy.join("Cargo.toml"),
        toml::to_string(&manifest).map_err(std::io::Error::other)?,
    )?;

    // The workspace around it: the course's shared settings.
    let course = std::fs::read_to_string(root.join("Cargo.toml"))?;
    let course: toml::Table = toml::from_str(&course).map_err(std::io::Error::other)?;
    let mut workspace = toml::Table::new();
    workspace.insert("resolver".into(), "3".into());
    workspace.insert("members".into(), toml::Value::Array(vec!["listing".into()]));
    if let Some(from) = course.get("workspace").and_then(|w| w.as_table()) {
        for key in ["package", "dependencies", "lints"] {
            if let Some(value) = from.get(key) {
                let mut value = value.clone();
                if key == "dependencies"
                    && let Some(deps) = value.as_table_mut()
                {
                    absolute_paths(deps, root);
                }
                workspace.insert(key.into(), value);
            }
        }
    }
    let mut top = toml::Table::new();
    top.insert("workspace".into(), toml::Value::Table(workspace));
    if let Some(profile) = course.get("profile") {
        top.insert("profile".into(), profile.clone());
    }
    std::fs::write(
        ws.join("Cargo.toml"),
        format!(
            "# Written by `cargo course serve` for edited listings; rewritten on each run.\n{}",
            toml::to_string(&top).map_err(std::io::Error::other)?
        ),
    )?;
    let lock = root.join("Cargo.lock");
    if lock.is_file() {
        std::fs::copy(&lock, ws.join("Cargo.lock"))?;
    }
    Ok(ws.join("Cargo.toml"))
}

fn absolute_paths(deps: &mut toml::Table, base: &Path) {
    for (_, dep) in deps.iter_mut() {
        if let Some(path) = dep.get_mut("path")
            && let Some(p) = path.as_str()
        {
            let abs = base.join(p);
            *path = toml::Value::String(abs.to_string_lossy().into_owned());
        }
    }
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let name = entry.file_name();
        if name == "target" {
            continue;
        }
        if kind.is_dir() {
            copy_dir(&entry.path(), &to.join(&name))?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), to.join(&name))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::splice;

    const FILE: &str = "use x;\n\n// ANCHOR: main\n#[tokio::main]\nasync fn main() {\n    // ANCHOR: inner\n    println!(\"hi\");\n    // ANCHOR_END: inner\n}\n// ANCHOR_END: main\n";

    #[test]
    fn replaces_the_anchored_part_only() {
        let shown = "#[tokio::main]\nasync fn main() {\n    println!(\"hi\");\n}\n";
        let out = splice(FILE, shown, "fn main() {\n    println!(\"bye\");\n}").unwrap();
        assert_eq!(
            out,
            "use x;\n\n// ANCHOR: main\nfn main() {\n    println!(\"bye\");\n}\n// ANCHOR_END: main\n"
        );
    }

    #[test]
    fn the_whole_file_and_dedented_parts_match() {
        let whole = FILE
            .lines()
            .filter(|l| !l.contains("ANCHOR"))
            .collect::<Vec<_>>()
            .join("\n");
        // Marker lines outside the shown lines stay: they are comments.
        assert_eq!(
            splice(FILE, &whole, "fn main() {}").unwrap(),
            "fn main() {}\n// ANCHOR_END: main\n"
        );
        let out = splice(FILE, "println!(\"hi\");", "println!(\"yo\");").unwrap();
        assert!(out.contains("    // ANCHOR: inner\nprintln!(\"yo\");\n    // ANCHOR_END: inner"));
    }

    #[test]
    fn text_not_in_the_file_is_refused() {
        assert_eq!(splice(FILE, "println!(\"other\");", "x"), None);
        assert_eq!(splice(FILE, "\n\n", "x"), None);
    }
}
