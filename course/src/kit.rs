//! `cargo course kit`: one zip for a classroom with no internet. It holds the
//! course (as the classroom zip has it, starters included), the source of
//! every crate the workspace needs (`cargo vendor`, every platform), the
//! sources of the pinned book tools, and a `.cargo/config.toml` that points
//! cargo at them, so that `cargo test`, `cargo course run` and
//! `cargo course serve|build` work on a machine with Rust and no network.

use crate::Failure;
use crate::proc;
use crate::zip::{self, Entry};
use std::fs;
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, ExitStatus, Stdio};
use std::time::Instant;

/// The kit's file name, written at the course's root (and ignored by git).
pub const KIT: &str = "rust-async-patterns-kit.zip";
/// The kit's own README, at the root of the unpacked course.
const README: &str = "README-OFFLINE.txt";
/// The folder every file of the kit is under, as in the classroom zip.
const TOP: &str = "rust-async-patterns";
/// The tools the book is built with: the crate, and the key of its pinned
/// version in the root Cargo.toml's `[workspace.metadata.course]`. mdBook
/// must be pinned; the others are packed when they are.
const TOOLS: [(&str, &str); 2] = [
    ("mdbook", "mdbook-version"),
    ("mdbook-quiz", "mdbook-quiz-version"),
];
/// The first line of what the kit adds to `.cargo/config.toml`; everything
/// from it to the end of the file is the kit's.
const MARK: &str = "# Added by `cargo course kit`: every crate comes from vendor/, not crates.io.";

/// Where, inside a course folder, the kit keeps a tool's source.
fn tool_source(root: &Path, name: &str, version: &str) -> PathBuf {
    root.join(".tools")
        .join("src")
        .join(format!("{name}-{version}"))
}

/// Files that only the kit has: left out when the course is zipped again
/// from an unpacked kit (the book's own classroom zip).
pub fn only_in_kit(name: &str) -> bool {
    name.starts_with("vendor/") || name == README || name.trim_start_matches("src/") == KIT
}

/// A course file as the classroom zip should carry it: the course's
/// `.cargo/config.toml` without the kit's source replacement, which would
/// point at a vendor/ folder the classroom zip does not have.
pub fn without_kit(name: &str, content: Vec<u8>) -> Vec<u8> {
    if name != ".cargo/config.toml" {
        return content;
    }
    let text = String::from_utf8_lossy(&content);
    match text.find(MARK) {
        Some(at) => format!("{}\n", text[..at].trim_end()).into_bytes(),
        None => content,
    }
}

/// The course's `.cargo/config.toml` with the kit's source replacement added.
fn kit_config(course_config: &str) -> String {
    let course = without_kit(".cargo/config.toml", course_config.as_bytes().to_vec());
    format!(
        "{}\n\n{MARK}\n\
         # Run cargo from inside this folder, so that it reads this file.\n\
         [source.crates-io]\n\
         replace-with = \"vendored-sources\"\n\
         \n\
         [source.vendored-sources]\n\
         directory = \"vendor\"\n",
        String::from_utf8_lossy(&course).trim_end()
    )
}

/// `cargo install` of the pinned tool `name` into `into`: from the kit's own
/// copy of its source, with no network, when the course came as a kit;
/// otherwise from crates.io. Both honour the Cargo.lock the tool was
/// published with (`--locked`).
pub fn install(root: &Path, name: &str, version: &str, into: &Path) -> std::io::Result<ExitStatus> {
    let source = tool_source(root, name, version);
    let mut cargo = Command::new(proc::cargo());
    if !source.join("Cargo.toml").is_file() {
        return cargo
            .args(["install", name, "--version", version, "--locked", "--root"])
            .arg(into)
            .status();
    }
    // With --path, cargo reads the .cargo/config.toml of the folders above
    // the source, so the kit's vendor/ replaces crates.io.
    let build = root.join(".tools").join("build");
    let status = cargo
        .args(["install", "--locked", "--offline", "--path"])
        .arg(&source)
        .arg("--target-dir")
        .arg(&build)
        .arg("--root")
        .arg(into)
        .status()?;
    if status.success() {
        let _ = fs::remove_dir_all(&build);
    }
    Ok(status)
}

pub fn run(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let out = match args {
        [] => root.join(KIT),
        [path] if !path.starts_with('-') => PathBuf::from(path),
        _ => return Err(Failure("usage: cargo course kit [FILE.zip]".into())),
    };
    let started = Instant::now();
    let staging = root.join("target").join("kit");
    for dir in ["vendor", "tools"] {
        remove(&staging.join(dir))?;
    }
    let tools = pinned_tools(root)?;
    let list: Vec<String> = tools.iter().map(|(n, v)| format!("{n} {v}")).collect();
    println!("1/3 The sources of {}…", list.join(" and "));
    let mut sources = Vec::new();
    for (name, version) in &tools {
        sources.push(copy_tool(root, &staging, name, version)?);
    }
    println!("2/3 cargo vendor: the source of every crate, for every platform…");
    let vendor = staging.join("vendor");
    let mut cargo = Command::new(proc::cargo());
    cargo
        .current_dir(root)
        .args(["vendor", "--locked", "--manifest-path"])
        .arg(root.join("Cargo.toml"));
    for dir in &sources {
        cargo.arg("--sync").arg(dir.join("Cargo.toml"));
    }
    let vendored = cargo
        .arg(&vendor)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Failure(format!("could not run cargo vendor: {e}")))?;
    if !vendored.status.success() {
        return Err(Failure(format!(
            "cargo vendor failed (it needs crates.io, or the crates already in ~/.cargo):\n{}",
            String::from_utf8_lossy(&vendored.stderr).trim_end()
        )));
    }
    println!("3/3 Writing {}…", out.display());
    let stats = write_kit(root, &tools, &sources, &vendor, &out)?;
    remove(&vendor)?;
    println!(
        "The kit is {}: {} (unpacked {}, {} files; {} crates in vendor/). Made in {} s.",
        out.display(),
        size(stats.compressed),
        size(stats.unpacked),
        stats.files,
        stats.crates,
        started.elapsed().as_secs()
    );
    println!(
        "Copy it to each machine, unpack it, and follow {TOP}/{README}: \
         `cargo test`, then `cargo course serve`, with no network."
    );
    Ok(ExitCode::SUCCESS)
}

fn size(bytes: u64) -> String {
    format!("{:.0} MB", bytes as f64 / 1_000_000.0)
}

fn remove(dir: &Path) -> Result<(), Failure> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
            Err(Failure(format!("could not remove {}: {e}", dir.display())))
        }
        _ => Ok(()),
    }
}

/// Each tool of [`TOOLS`] that the root Cargo.toml pins, with its version.
fn pinned_tools(root: &Path) -> Result<Vec<(String, String)>, Failure> {
    let path = root.join("Cargo.toml");
    let value: toml::Value = toml::from_str(&fs::read_to_string(&path)?)
        .map_err(|e| Failure(format!("{} is not valid TOML: {e}", path.display())))?;
    let course = value
        .get("workspace")
        .and_then(|w| w.get("metadata"))
        .and_then(|m| m.get("course"));
    let mut tools = Vec::new();
    for (name, key) in TOOLS {
        match course.and_then(|c| c.get(key)).and_then(|v| v.as_str()) {
            Some(version) => tools.push((name.to_owned(), version.to_owned())),
            None if name == "mdbook" => {
                return Err(Failure(format!(
                    "{} must set [workspace.metadata.course] {key}",
                    path.display()
                )));
            }
            None => {}
        }
    }
    Ok(tools)
}

/// Copies the published source of `name` `version` (with the Cargo.lock it
/// was published with) to `staging/tools/NAME-VERSION/`, a workspace of its
/// own, and returns that folder. The source comes from this course folder
/// if it is itself a kit, else from cargo's download cache after a
/// `cargo fetch`.
fn copy_tool(root: &Path, staging: &Path, name: &str, version: &str) -> Result<PathBuf, Failure> {
    let mut from = tool_source(root, name, version);
    if !from.join("Cargo.toml").is_file() {
        from = fetch(staging, name, version)?;
    }
    let to = staging.join("tools").join(format!("{name}-{version}"));
    for file in walk(&from)? {
        if file == Path::new(".cargo-ok") || file.starts_with("target") {
            continue;
        }
        let target = to.join(&file);
        if let Some(dir) = target.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::copy(from.join(&file), &target)?;
    }
    if !to.join("Cargo.lock").is_file() {
        return Err(Failure(format!(
            "{name} {version} was published without a Cargo.lock: the kit cannot pin its \
             dependencies."
        )));
    }
    // Unpacked inside the course, the tool must not be taken for a member of
    // the course's workspace.
    let manifest = to.join("Cargo.toml");
    let text = fs::read_to_string(&manifest)?;
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        fs::write(&manifest, format!("{}\n\n[workspace]\n", text.trim_end()))?;
    }
    Ok(to)
}

/// `cargo fetch`es `name` `version` through a throwaway manifest, and returns
/// the folder cargo unpacked it into.
fn fetch(staging: &Path, name: &str, version: &str) -> Result<PathBuf, Failure> {
    let dir = staging.join("fetch").join(name);
    fs::create_dir_all(dir.join("src"))?;
    fs::write(dir.join("src").join("lib.rs"), "")?;
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[package]\nname = \"course-kit-fetch\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\
             publish = false\n\n[dependencies]\n{name} = \"={version}\"\n\n[workspace]\n"
        ),
    )?;
    let _ = fs::remove_file(dir.join("Cargo.lock"));
    let out = Command::new(proc::cargo())
        .args(["fetch", "--quiet", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Failure(format!("could not run cargo fetch: {e}")))?;
    if !out.status.success() {
        return Err(Failure(format!(
            "could not download {name} {version} (making a kit needs crates.io once):\n{}",
            String::from_utf8_lossy(&out.stderr).trim_end()
        )));
    }
    let home = cargo_home().ok_or_else(|| Failure("cannot tell where CARGO_HOME is".into()))?;
    let registries = home.join("registry").join("src");
    let wanted = format!("{name}-{version}");
    let mut found = Vec::new();
    for entry in fs::read_dir(&registries).into_iter().flatten().flatten() {
        let dir = entry.path().join(&wanted);
        if dir.join(".cargo-ok").is_file() && dir.join("Cargo.toml").is_file() {
            found.push(dir);
        }
    }
    found.sort();
    found.pop().ok_or_else(|| {
        Failure(format!(
            "cargo fetch succeeded, but {wanted} is not unpacked under {}",
            registries.display()
        ))
    })
}

fn cargo_home() -> Option<PathBuf> {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|h| h.join(".cargo")))
}

/// Every file under `dir`, relative to it, sorted. Unlike the course's own
/// walk, nothing is skipped: cargo checks every vendored file's checksum.
fn walk(dir: &Path) -> Result<Vec<PathBuf>, Failure> {
    fn go(base: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                go(base, &path, out)?;
            } else {
                out.push(path.strip_prefix(base).unwrap_or(&path).to_path_buf());
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    go(dir, dir, &mut out)
        .map_err(|e| Failure(format!("could not read {}: {e}", dir.display())))?;
    out.sort();
    Ok(out)
}

struct Stats {
    files: usize,
    crates: usize,
    unpacked: u64,
    compressed: u64,
}

fn write_kit(
    root: &Path,
    tools: &[(String, String)],
    sources: &[PathBuf],
    vendor: &Path,
    out: &Path,
) -> Result<Stats, Failure> {
    let partial = out.with_extension("zip.partial");
    let file = fs::File::create(&partial)
        .map_err(|e| Failure(format!("cannot write {}: {e}", partial.display())))?;
    let mut zip = zip::Writer::new(BufWriter::new(file));
    let mut stats = Stats {
        files: 0,
        crates: 0,
        unpacked: 0,
        compressed: 0,
    };
    let deflate = Entry {
        deflate: true,
        executable: false,
    };
    let mut crates = 0;
    let mut add = |zip: &mut zip::Writer<BufWriter<fs::File>>,
                   name: &str,
                   data: &[u8],
                   entry: Entry|
     -> Result<(), Failure> {
        stats.files += 1;
        stats.unpacked += data.len() as u64;
        zip.add(name, data, entry)
            .map_err(|e| Failure(format!("cannot write {}: {e}", partial.display())))
    };

    let config_name = format!("{TOP}/.cargo/config.toml");
    let mut course = crate::book::course_files(root)?;
    if !course.iter().any(|(n, _)| *n == config_name) {
        course.push((config_name.clone(), Vec::new()));
    }
    for (name, content) in &course {
        if *name == config_name {
            let config = kit_config(&String::from_utf8_lossy(content));
            add(&mut zip, name, config.as_bytes(), deflate)?;
        } else {
            add(&mut zip, name, content, deflate)?;
        }
    }
    add(
        &mut zip,
        &format!("{TOP}/{README}"),
        readme(tools).as_bytes(),
        deflate,
    )?;
    let mut trees: Vec<(String, PathBuf)> = sources
        .iter()
        .map(|dir| {
            let folder = dir.file_name().unwrap_or_default().to_string_lossy();
            (format!("{TOP}/.tools/src/{folder}"), dir.clone())
        })
        .collect();
    trees.push((format!("{TOP}/vendor"), vendor.to_path_buf()));
    for (prefix, dir) in trees {
        for file in walk(&dir)? {
            let path = dir.join(&file);
            let data = fs::read(&path)
                .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
            let name = format!("{prefix}/{}", file.to_string_lossy().replace('\\', "/"));
            if dir == vendor && file.ends_with(".cargo-checksum.json") {
                crates += 1;
            }
            let entry = Entry {
                deflate: true,
                executable: is_executable(&path),
            };
            add(&mut zip, &name, &data, entry)?;
        }
    }
    let (writer, compressed) = zip
        .finish()
        .map_err(|e| Failure(format!("cannot write {}: {e}", partial.display())))?;
    writer
        .into_inner()
        .map_err(|e| Failure(format!("cannot write {}: {e}", partial.display())))?
        .sync_all()?;
    fs::rename(&partial, out)
        .map_err(|e| Failure(format!("cannot write {}: {e}", out.display())))?;
    stats.compressed = compressed;
    stats.crates = crates;
    Ok(stats)
}

#[cfg(unix)]
fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o111 != 0)
}

#[cfg(not(unix))]
fn is_executable(_: &Path) -> bool {
    false
}

/// The kit's README: the steps, in the order a learner follows them.
fn readme(tools: &[(String, String)]) -> String {
    let tools: Vec<String> = tools.iter().map(|(n, v)| format!("{n} {v}")).collect();
    format!(
        "Rust Async Patterns: the offline kit
====================================

This folder is the whole course, plus the source code of every crate it
uses (vendor/, for Linux, macOS and Windows alike) and of the tools that
build the book (.tools/src/: {tools}). Nothing in it needs the internet:
.cargo/config.toml tells cargo to take every crate from vendor/ instead of
crates.io.

You need Rust 1.95 or newer (https://rustup.rs) with what its installer asks
for on your system, and nothing else.

1. Unpack the kit anywhere (done, if you are reading this), and open a
   terminal in this folder, {TOP}. Run every command from here:
   outside it, cargo does not read .cargo/config.toml and looks for
   crates.io.

2. Build and test everything once (a few minutes the first time; after
   that, seconds):

       cargo test

3. Open the book (the first time, this builds mdBook from .tools/src/,
   a few minutes more):

       cargo course serve

   then go to http://localhost:3000 in a browser.

4. Work the exercises:

       cargo course            every exercise, and where you stand
       cargo course run        run the first exercise that does not pass yet
       cargo course watch      rerun it on every save
       cargo course hint ID    a hint, more specific each time you ask

README.md says more about the course and its commands.
",
        tools = tools.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const COURSE_CONFIG: &str =
        "# the alias\n[alias]\ncourse = \"run --quiet --package course --\"\n";

    #[test]
    fn the_kit_config_keeps_the_alias_and_replaces_crates_io() {
        let kit = kit_config(COURSE_CONFIG);
        let parsed: toml::Value = toml::from_str(&kit).unwrap();
        assert_eq!(
            parsed["alias"]["course"].as_str(),
            Some("run --quiet --package course --")
        );
        assert_eq!(
            parsed["source"]["crates-io"]["replace-with"].as_str(),
            Some("vendored-sources")
        );
        assert_eq!(
            parsed["source"]["vendored-sources"]["directory"].as_str(),
            Some("vendor")
        );
    }

    #[test]
    fn zipping_an_unpacked_kit_again_drops_what_only_the_kit_has() {
        let kit = kit_config(COURSE_CONFIG);
        let back = without_kit(".cargo/config.toml", kit.clone().into_bytes());
        assert_eq!(String::from_utf8(back).unwrap(), COURSE_CONFIG);
        // Twice through the kit: still one replacement.
        let again = kit_config(&kit);
        assert_eq!(again.matches("[source.crates-io]").count(), 1, "{again}");
        // Other files pass through untouched.
        assert_eq!(
            without_kit("src/lib.rs", kit.clone().into_bytes()),
            kit.into_bytes()
        );
        assert!(only_in_kit("vendor/tokio/src/lib.rs"));
        assert!(only_in_kit(README));
        assert!(only_in_kit(KIT));
        assert!(only_in_kit(&format!("src/{KIT}")));
        assert!(!only_in_kit("src/running-the-course.md"));
        assert!(!only_in_kit("exercises/manifest.toml"));
    }

    #[test]
    fn pinned_tools_need_mdbook_and_take_the_quiz_when_pinned() {
        let dir = std::env::temp_dir().join(format!("course-kit-pins-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let write = |text: &str| fs::write(dir.join("Cargo.toml"), text).unwrap();
        write("[workspace.metadata.course]\nmdbook-version = \"0.5.4\"\n");
        assert_eq!(
            pinned_tools(&dir).ok(),
            Some(vec![("mdbook".to_owned(), "0.5.4".to_owned())])
        );
        write(
            "[workspace.metadata.course]\nmdbook-version = \"0.5.4\"\nmdbook-quiz-version = \"0.5.0\"\n",
        );
        assert_eq!(
            pinned_tools(&dir).ok(),
            Some(vec![
                ("mdbook".to_owned(), "0.5.4".to_owned()),
                ("mdbook-quiz".to_owned(), "0.5.0".to_owned())
            ])
        );
        write("[workspace.metadata.course]\n");
        let Err(Failure(why)) = pinned_tools(&dir) else {
            panic!("no mdbook-version must be an error");
        };
        assert!(why.contains("mdbook-version"), "{why}");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_readme_gives_the_steps_in_order() {
        let text = readme(&[("mdbook".into(), "0.5.4".into())]);
        let at = |s: &str| {
            text.find(s)
                .unwrap_or_else(|| panic!("no `{s}` in:\n{text}"))
        };
        assert!(at("Unpack") < at("cargo test"));
        assert!(at("cargo test") < at("cargo course serve"));
        assert!(at("cargo course serve") < at("cargo course run"));
        assert!(text.contains("mdbook 0.5.4"));
    }
}
