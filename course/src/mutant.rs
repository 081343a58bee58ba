//! A mutant is a patch against its solution crate
//! (`mutants/chNN-slug/ID/WHAT.patch`, see [`crate::patch`]). To test one,
//! `cargo course verify` writes a scratch copy of the solution with the
//! patch applied, and never touches the solution itself.
//!
//! The scratch crate lives in `TARGET/course-verify/ID/WHAT/` and is a
//! workspace of its own, built into the course's own target dir
//! (`CARGO_TARGET_DIR` if set, else `target/`). Its Cargo.toml is the
//! solution's, with the root's `[workspace.dependencies]`, lints and profile
//! copied in and every path that leaves the crate made absolute. Same
//! dependency versions (the root Cargo.lock is copied), same features, same
//! profile: cargo reuses the dependencies already built, and only the
//! mutant itself is compiled. It runs offline.

use crate::manifest::{Exercise, Manifest, Mutant};
use crate::patch::{self, normalize};
use crate::state;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// The target dir the course's workspace builds into.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if Path::new(&dir).is_absolute() => PathBuf::from(dir),
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

/// The last part of a mutant's path: `ch01-x/join-prices/sequential` → `sequential`.
pub fn short_name(m: &Mutant) -> &str {
    m.path.rsplit('/').next().unwrap_or(&m.path)
}

/// Writes the scratch crate of mutant `m` of exercise `e`, and returns its
/// folder. The error says, in a sentence, why it could not be made.
///
/// For an exercise whose learner writes a test (`test_to_write`), the
/// scratch crate runs the solution's own tests/ files where they are (not a
/// copy), so a panic in them is reported at the solution's path, and a
/// patch cannot touch them.
pub fn scratch(manifest: &Manifest, e: &Exercise, m: &Mutant) -> Result<PathBuf, String> {
    let place = target_dir(&manifest.root)
        .join("course-verify")
        .join(&e.id)
        .join(short_name(m));
    let package = format!("mutant-{}-{}", e.id, short_name(m));
    write(
        manifest,
        m,
        &manifest.solution(e),
        e.test_to_write.is_some(),
        &place,
        &package,
    )
}

/// The scratch crate of bug `m` against the learner's own crate (their test
/// file included, `src/` patched), for an exercise whose learner writes a
/// test: `TARGET/course-run/ID/WHAT/`. The starter itself is never touched.
pub fn scratch_of_starter(
    manifest: &Manifest,
    e: &Exercise,
    m: &Mutant,
) -> Result<PathBuf, String> {
    let place = target_dir(&manifest.root)
        .join("course-run")
        .join(&e.id)
        .join(short_name(m));
    let package = format!("bug-{}-{}", e.id, short_name(m));
    write(manifest, m, &manifest.starter(e), false, &place, &package)
}

/// Copies crate `from` into `dir` with patch `m` applied; with
/// `tests_in_place`, its tests/ folder is not copied but named by absolute
/// path.
fn write(
    manifest: &Manifest,
    m: &Mutant,
    from: &Path,
    tests_in_place: bool,
    dir: &Path,
    package: &str,
) -> Result<PathBuf, String> {
    let root = &manifest.root;
    let patch_file = manifest.mutant(m);
    let shown = patch_file
        .strip_prefix(root)
        .unwrap_or(&patch_file)
        .display()
        .to_string();
    let text =
        fs::read_to_string(&patch_file).map_err(|err| format!("cannot read {shown}: {err}"))?;
    let parsed = patch::parse(&text).map_err(|err| format!("{shown} is not a patch: {err}"))?;
    if parsed.why.is_empty() {
        return Err(format!(
            "{shown} does not say why it is wrong: put a sentence before its first `---` line"
        ));
    }

    let mut files: BTreeMap<PathBuf, Vec<u8>> = BTreeMap::new();
    for file in state::files(from) {
        let skipped = file == Path::new("Cargo.toml")
            || file == Path::new("Cargo.lock")
            || (tests_in_place && file.starts_with("tests"));
        if !skipped {
            let bytes = fs::read(from.join(&file)).map_err(|err| err.to_string())?;
            files.insert(file, bytes);
        }
    }
    let from_shown = from.strip_prefix(root).unwrap_or(from).display();
    patch::apply(&mut files, &parsed).map_err(|err| {
        format!(
            "{shown} does not apply to {from_shown}: {err}\n\
             (regenerate it: apply it by hand where it still fits, then \
             `git diff --no-index` the two src/ folders)"
        )
    })?;

    let tests = from.join("tests");
    let inside = |abs: &Path| abs.starts_with(from) && !(tests_in_place && abs.starts_with(&tests));
    let toml = scratch_manifest(root, from, package, &inside)?;
    files.insert(PathBuf::from("Cargo.toml"), toml.into_bytes());

    sync(dir, &files).map_err(|err| format!("cannot write {}: {err}", dir.display()))?;
    // The same versions as the course: cargo trims the copy to what this
    // crate uses, and resolves nothing new.
    fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|err| format!("cannot copy Cargo.lock into {}: {err}", dir.display()))?;
    Ok(dir.to_path_buf())
}

/// Makes `dir` hold exactly `files` (and its Cargo.lock), rewriting only the
/// files that changed, so that cargo rebuilds a mutant only when it changed.
fn sync(dir: &Path, files: &BTreeMap<PathBuf, Vec<u8>>) -> std::io::Result<()> {
    for old in state::files(dir) {
        if old != Path::new("Cargo.lock") && !files.contains_key(&old) {
            fs::remove_file(dir.join(&old))?;
        }
    }
    for (file, bytes) in files {
        let to = dir.join(file);
        if fs::read(&to).ok().as_ref() != Some(bytes) {
            if let Some(parent) = to.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&to, bytes)?;
        }
    }
    Ok(())
}

/// The solution's Cargo.toml, made into a workspace of its own.
fn scratch_manifest(
    root: &Path,
    solution: &Path,
    package: &str,
    inside: &dyn Fn(&Path) -> bool,
) -> Result<String, String> {
    let read = |path: &Path| -> Result<toml::Table, String> {
        let text =
            fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        toml::from_str(&text).map_err(|e| format!("{} is not valid TOML: {e}", path.display()))
    };
    let mut crate_toml = read(&solution.join("Cargo.toml"))?;
    let root_toml = read(&root.join("Cargo.toml"))?;

    match crate_toml
        .get_mut("package")
        .and_then(toml::Value::as_table_mut)
    {
        Some(p) => {
            p.insert("name".into(), toml::Value::String(package.to_owned()));
        }
        None => {
            return Err(format!(
                "{}/Cargo.toml has no [package]",
                solution.display()
            ));
        }
    }
    absolute_paths(&mut crate_toml, solution, inside);

    let mut workspace = toml::Table::new();
    if let Some(root_ws) = root_toml.get("workspace").and_then(toml::Value::as_table) {
        for key in ["resolver", "package", "dependencies", "lints"] {
            if let Some(value) = root_ws.get(key) {
                workspace.insert(key.into(), value.clone());
            }
        }
    }
    if let Some(deps) = workspace.get_mut("dependencies") {
        absolute_paths_in_deps(deps, root, inside);
    }
    crate_toml.insert("workspace".into(), toml::Value::Table(workspace));
    if let Some(profile) = root_toml.get("profile") {
        crate_toml.insert("profile".into(), profile.clone());
    }
    let body = toml::to_string(&crate_toml).map_err(|e| e.to_string())?;
    Ok(format!(
        "# Written by `cargo course verify`: a solution with a mutant's patch\n\
         # applied. Not part of the course; rewritten on every run.\n{body}"
    ))
}

/// Every `path = "…"` of the crate's targets and dependencies that leaves
/// `solution`, made absolute (those inside it stay relative: they name the
/// scratch copy's own files).
fn absolute_paths(table: &mut toml::Table, base: &Path, inside: &dyn Fn(&Path) -> bool) {
    for key in ["lib", "bin", "test", "example", "bench"] {
        match table.get_mut(key) {
            Some(toml::Value::Table(t)) => absolute_path_field(t, base, inside),
            Some(toml::Value::Array(items)) => {
                for item in items {
                    if let toml::Value::Table(t) = item {
                        absolute_path_field(t, base, inside);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(toml::Value::Table(p)) = table.get_mut("package")
        && let Some(toml::Value::String(build)) = p.get("build")
    {
        let abs = normalize(&base.join(build));
        if !inside(&abs) {
            p.insert(
                "build".into(),
                toml::Value::String(abs.display().to_string()),
            );
        }
    }
    for key in ["dependencies", "dev-dependencies", "build-dependencies"] {
        if let Some(deps) = table.get_mut(key) {
            absolute_paths_in_deps(deps, base, inside);
        }
    }
    if let Some(toml::Value::Table(targets)) = table.get_mut("target") {
        for (_, t) in targets.iter_mut() {
            if let toml::Value::Table(t) = t {
                for key in ["dependencies", "dev-dependencies", "build-dependencies"] {
                    if let Some(deps) = t.get_mut(key) {
                        absolute_paths_in_deps(deps, base, inside);
                    }
                }
            }
        }
    }
}

fn absolute_paths_in_deps(deps: &mut toml::Value, base: &Path, inside: &dyn Fn(&Path) -> bool) {
    if let toml::Value::Table(deps) = deps {
        for (_, dep) in deps.iter_mut() {
            if let toml::Value::Table(dep) = dep {
                absolute_path_field(dep, base, inside);
            }
        }
    }
}

fn absolute_path_field(t: &mut toml::Table, base: &Path, inside: &dyn Fn(&Path) -> bool) {
    if let Some(toml::Value::String(path)) = t.get("path") {
        let abs = normalize(&base.join(path));
        if !inside(&abs) {
            t.insert(
                "path".into(),
                toml::Value::String(abs.display().to_string()),
            );
        }
    }
}
