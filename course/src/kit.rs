//! `cargo course kit`: one zip for a classroom with no internet. It holds the
//! course (as the classroom zip has it, starters included), the source of
//! every crate the workspace needs (`cargo vendor`, every platform), the
//! sources of the pinned book tools, and a `.cargo/config.toml` that points
//! cargo at them, so that `cargo test`, `cargo course run` and
//! `cargo course serve|build` work on a machine with Rust and no network.
//!
//! Inside the zip:
//!
//! ```text
//! rust-async-patterns-kit/
//!   README.txt                 the steps, in the order a learner follows them
//!   .cargo/config.toml         crates.io replaced by the folder below
//!   registry/src/kit-0000000000000000/NAME-VERSION/   every crate
//!   rust-async-patterns/       the course; .tools/src/ holds the tools' sources
//! ```
//!
//! The crates sit outside the course, in a folder shaped like cargo's own
//! download cache (`registry/src/NAME-HASH/NAME-VERSION`): the compile-fail
//! tests compare compiler messages that name files of other crates, and
//! trybuild writes those paths as `$CARGO/tokio-$VERSION/…` only for that
//! shape. Inside the course folder they would read `$WORKSPACE/vendor/…`.

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
/// The folder every file of the kit is under.
const TOP: &str = "rust-async-patterns-kit";
/// The course's folder inside it, as in the classroom zip.
const COURSE: &str = "rust-async-patterns";
/// Where the crates are, inside [`TOP`].
const CRATES: &str = "registry/src/kit-0000000000000000";
/// The configuration at the kit's root: cargo, run anywhere inside the kit,
/// reads it as well as the course's own `.cargo/config.toml` (the alias).
const CONFIG: &str = "\
# The offline kit (`cargo course kit`): cargo, run anywhere inside this folder,
# takes every crate from registry/ instead of downloading it from crates.io.
# registry/src/NAME-HASH/ is the shape of cargo's own download cache, so the
# course's compile-fail tests read compiler messages as they expect.
[source.crates-io]
replace-with = \"kit\"

[source.kit]
directory = \"registry/src/kit-0000000000000000\"
";
/// The tools the book is built with: the crate, and the key of its pinned
/// version in the root Cargo.toml's `[workspace.metadata.course]`. mdBook
/// must be pinned; the others are packed when they are.
const TOOLS: [(&str, &str); 2] = [
    ("mdbook", "mdbook-version"),
    ("mdbook-quiz", "mdbook-quiz-version"),
];

/// Where, inside a course folder, the kit keeps a tool's source.
fn tool_source(root: &Path, name: &str, version: &str) -> PathBuf {
    root.join(".tools")
        .join("src")
        .join(format!("{name}-{version}"))
}

/// A kit written into the course (at its root, or in src/ to be served):
/// never packed into the classroom zip or into another kit.
pub fn is_kit_archive(name: &str) -> bool {
    name.trim_start_matches("src/").starts_with(KIT)
}

/// `cargo install` of the pinned tool `name` into `into`: from the kit's own
/// copy of its source, with no network, when the course came as a kit;
/// otherwise from crates.io. Both honour the Cargo.lock the tool was
/// published with (`--locked`).
pub fn install(root: &Path, name: &str, version: &str, into: &Path) -> std::io::Result<ExitStatus> {
    let (mut cargo, build) = install_command(root, name, version, into);
    let status = cargo.status()?;
    if let (true, Some(build)) = (status.success(), build) {
        let _ = fs::remove_dir_all(build);
    }
    Ok(status)
}

/// The command [`install`] runs, and the build folder to remove after it
/// (a `--path` install keeps its build; one from crates.io does not).
fn install_command(
    root: &Path,
    name: &str,
    version: &str,
    into: &Path,
) -> (Command, Option<PathBuf>) {
    let source = tool_source(root, name, version);
    let mut cargo = Command::new(proc::cargo());
    if !source.join("Cargo.toml").is_file() {
        cargo
            .args(["install", name, "--version", version, "--locked", "--root"])
            .arg(into);
        return (cargo, None);
    }
    // With --path, cargo reads the .cargo/config.toml of the folders above
    // the source, so the kit's vendor/ replaces crates.io.
    let build = root.join(".tools").join("build");
    cargo
        .args(["install", "--locked", "--offline", "--path"])
        .arg(&source)
        .arg("--target-dir")
        .arg(&build)
        .arg("--root")
        .arg(into);
    (cargo, Some(build))
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
        .args(["vendor", "--locked", "--versioned-dirs", "--manifest-path"])
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
        let stderr = String::from_utf8_lossy(&vendored.stderr);
        let hint = if stderr.contains("--locked") {
            "Cargo.lock does not match the Cargo.toml files: the kit packs exactly the \
             lock, so bring it up to date first (a `cargo test` does), then make the kit."
        } else {
            "cargo vendor needs crates.io, or the crates already downloaded into ~/.cargo."
        };
        return Err(Failure(format!(
            "cargo vendor failed:\n{}\n{hint}",
            stderr.trim_end()
        )));
    }
    println!("3/3 Writing {}…", out.display());
    let stats = write_kit(root, &tools, &sources, &vendor, &out)?;
    remove(&vendor)?;
    println!(
        "The kit is {}: {} (unpacked {}, {} files, {} crates; its longest path has {} \
         characters). Made in {} s.",
        out.display(),
        size(stats.compressed),
        size(stats.unpacked),
        stats.files,
        stats.crates,
        stats.longest,
        started.elapsed().as_secs()
    );
    println!(
        "Copy it to each machine, unpack it, and follow {TOP}/README.txt: \
         `cargo test`, then `cargo course serve`, in {TOP}/{COURSE}, with no network."
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
    /// Characters in the longest path inside the kit (Windows stops at 260).
    longest: usize,
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
        longest: 0,
    };
    let deflate = Entry {
        deflate: true,
        executable: false,
    };
    let mut add = |zip: &mut zip::Writer<BufWriter<fs::File>>,
                   name: &str,
                   data: &[u8],
                   entry: Entry|
     -> Result<(), Failure> {
        stats.files += 1;
        stats.unpacked += data.len() as u64;
        stats.longest = stats.longest.max(name.chars().count());
        zip.add(name, data, entry)
            .map_err(|e| Failure(format!("cannot write {}: {e}", partial.display())))
    };

    add(
        &mut zip,
        &format!("{TOP}/README.txt"),
        readme(tools).as_bytes(),
        deflate,
    )?;
    add(
        &mut zip,
        &format!("{TOP}/.cargo/config.toml"),
        CONFIG.as_bytes(),
        deflate,
    )?;
    // The course as the classroom zip has it: rust-async-patterns/….
    for (name, content) in crate::book::course_files(root)? {
        if !is_kit_archive(name.trim_start_matches(&format!("{COURSE}/"))) {
            add(&mut zip, &format!("{TOP}/{name}"), &content, deflate)?;
        }
    }
    let mut trees: Vec<(String, PathBuf)> = sources
        .iter()
        .map(|dir| {
            let folder = dir.file_name().unwrap_or_default().to_string_lossy();
            (format!("{TOP}/{COURSE}/.tools/src/{folder}"), dir.clone())
        })
        .collect();
    trees.push((format!("{TOP}/{CRATES}"), vendor.to_path_buf()));
    let mut crates = 0;
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

{COURSE}/ is the whole course. registry/ holds the source code of
every crate it uses (for Linux, macOS and Windows alike), and
{COURSE}/.tools/src/ the tools that build the book: {tools}.
Nothing here needs the internet: .cargo/config.toml tells cargo to take
every crate from registry/ instead of crates.io.

You need Rust 1.95 or newer (https://rustup.rs) with what its installer asks
for on your system, and nothing else.

1. Unpack the kit (done, if you are reading this) and open a terminal in
   its course folder, {COURSE}. Run every command there: outside
   this kit's folder, cargo does not read .cargo/config.toml and looks for
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

{COURSE}/README.md says more about the course and its commands.
",
        tools = tools.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kit_config_replaces_crates_io_with_its_registry_folder() {
        let parsed: toml::Value = toml::from_str(CONFIG).unwrap();
        assert_eq!(
            parsed["source"]["crates-io"]["replace-with"].as_str(),
            Some("kit")
        );
        let dir = parsed["source"]["kit"]["directory"].as_str().unwrap();
        assert_eq!(dir, CRATES);
        // trybuild rewrites a path to `$CARGO/NAME-$VERSION/…` only when it
        // has `/registry/src/` and then a folder NAME-HASH, 16 hex digits.
        let folder = dir.strip_prefix("registry/src/").unwrap();
        let (_, hash) = folder.rsplit_once('-').unwrap();
        assert_eq!(hash.len(), 16);
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
        // It leaves the course's own config (the alias) alone.
        assert!(parsed.get("alias").is_none());
    }

    #[test]
    fn a_kit_is_never_packed_into_a_zip_of_the_course() {
        assert!(is_kit_archive(KIT));
        assert!(is_kit_archive(&format!("src/{KIT}")));
        assert!(is_kit_archive(&format!("{KIT}.partial")));
        assert!(!is_kit_archive("src/rust-async-patterns.zip"));
        assert!(!is_kit_archive("src/running-the-course.md"));
        assert!(!is_kit_archive("exercises/manifest.toml"));
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
    fn tools_install_from_the_kit_offline_when_it_has_their_source() {
        let dir = std::env::temp_dir().join(format!("course-kit-install-{}", std::process::id()));
        let into = dir.join(".tools").join("mdbook-0.5.4");
        let args = |c: &Command| -> Vec<String> {
            c.get_args()
                .map(|a| a.to_string_lossy().into_owned())
                .collect()
        };
        // A checkout: from crates.io, at the pinned version, with its lock.
        let (online, build) = install_command(&dir, "mdbook", "0.5.4", &into);
        let online = args(&online);
        assert_eq!(
            online[..6],
            [
                "install",
                "mdbook",
                "--version",
                "0.5.4",
                "--locked",
                "--root"
            ]
        );
        assert!(!online.contains(&"--offline".to_owned()), "{online:?}");
        assert_eq!(build, None);
        // A kit: from its copy of the source, offline, with its lock.
        let source = tool_source(&dir, "mdbook", "0.5.4");
        fs::create_dir_all(&source).unwrap();
        fs::write(source.join("Cargo.toml"), "[package]\n").unwrap();
        let (offline, build) = install_command(&dir, "mdbook", "0.5.4", &into);
        let offline = args(&offline);
        assert_eq!(
            offline[..5],
            [
                "install".to_owned(),
                "--locked".to_owned(),
                "--offline".to_owned(),
                "--path".to_owned(),
                source.to_string_lossy().into_owned()
            ]
        );
        assert!(
            offline.contains(&into.to_string_lossy().into_owned()),
            "{offline:?}"
        );
        assert_eq!(build, Some(dir.join(".tools").join("build")));
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
