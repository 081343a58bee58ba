//! Serving and building the book with the pinned mdBook.

use crate::Failure;
use crate::proc;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Duration;

/// The mdBook version pinned in the root Cargo.toml,
/// `[workspace.metadata.course] mdbook-version`.
pub fn pinned_version(root: &Path) -> Result<String, Failure> {
    #[derive(Deserialize)]
    struct Root {
        workspace: Workspace,
    }
    #[derive(Deserialize)]
    struct Workspace {
        metadata: Metadata,
    }
    #[derive(Deserialize)]
    struct Metadata {
        course: Course,
    }
    #[derive(Deserialize)]
    struct Course {
        #[serde(rename = "mdbook-version")]
        mdbook_version: String,
    }
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)?;
    let parsed: Root = toml::from_str(&text).map_err(|e| {
        Failure(format!(
            "{} must set [workspace.metadata.course] mdbook-version: {e}",
            path.display()
        ))
    })?;
    Ok(parsed.workspace.metadata.course.mdbook_version)
}

/// The path of an mdBook of the pinned version: the one on PATH if it is
/// that version, else the course's own copy in `.tools/`, installed on
/// first use.
pub fn mdbook(root: &Path) -> Result<PathBuf, Failure> {
    let version = pinned_version(root)?;
    let local = root.join(".tools").join(format!("mdbook-{version}"));
    let local_bin = local.join("bin").join(if cfg!(windows) {
        "mdbook.exe"
    } else {
        "mdbook"
    });
    for candidate in [local_bin.clone(), PathBuf::from("mdbook")] {
        if version_of(&candidate).as_deref() == Some(version.as_str()) {
            return Ok(candidate);
        }
    }
    eprintln!(
        "The book needs mdBook {version}. Installing it once into {} \
         (cargo install --locked; this takes a few minutes)...",
        local.display()
    );
    let status = crate::kit::install(root, "mdbook", &version, &local)
        .map_err(|e| Failure(format!("could not run cargo install: {e}")))?;
    if !status.success() || version_of(&local_bin).as_deref() != Some(version.as_str()) {
        return Err(Failure(format!(
            "installing mdBook {version} failed (see above). Once crates.io can be reached, \
             run the same command again; or install it yourself with \
             `cargo install mdbook --version {version} --locked`."
        )));
    }
    Ok(local_bin)
}

fn version_of(program: &Path) -> Option<String> {
    let out = proc::run(
        Path::new("."),
        program.to_str()?,
        &["--version"],
        Duration::from_secs(20),
    )
    .ok()?;
    // "mdbook v0.5.4"
    out.stdout
        .trim()
        .strip_prefix("mdbook v")
        .map(str::to_owned)
}

/// The version pinned for `key` in the root Cargo.toml's
/// `[workspace.metadata.course]` (`mdbook-quiz-version`, …).
pub fn pinned(root: &Path, key: &str) -> Result<String, Failure> {
    let path = root.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)?;
    let value: toml::Value = toml::from_str(&text)
        .map_err(|e| Failure(format!("{} is not valid TOML: {e}", path.display())))?;
    value
        .get("workspace")
        .and_then(|w| w.get("metadata"))
        .and_then(|m| m.get("course"))
        .and_then(|c| c.get(key))
        .and_then(|v| v.as_str())
        .map(str::to_owned)
        .ok_or_else(|| {
            Failure(format!(
                "{} must set [workspace.metadata.course] {key}",
                path.display()
            ))
        })
}

/// The path of the program `name` (a crate of the same name) at the version
/// pinned under `key`, installed as mdBook is: the one on PATH if it is that
/// version, else the course's own copy in `.tools/NAME-VERSION/`, installed
/// there with `cargo install --locked` on first use.
pub fn pinned_tool(root: &Path, name: &str, key: &str) -> Result<PathBuf, Failure> {
    let version = pinned(root, key)?;
    let local = root.join(".tools").join(format!("{name}-{version}"));
    let local_bin = local.join("bin").join(if cfg!(windows) {
        format!("{name}.exe")
    } else {
        name.to_owned()
    });
    for candidate in [local_bin.clone(), PathBuf::from(name)] {
        if tool_version(&candidate, name).as_deref() == Some(version.as_str()) {
            return Ok(candidate);
        }
    }
    eprintln!(
        "The book needs {name} {version}. Installing it once into {} \
         (cargo install --locked; this takes a few minutes)...",
        local.display()
    );
    let status = crate::kit::install(root, name, &version, &local)
        .map_err(|e| Failure(format!("could not run cargo install: {e}")))?;
    if !status.success() || tool_version(&local_bin, name).as_deref() != Some(version.as_str()) {
        return Err(Failure(format!(
            "installing {name} {version} failed (see above). Once crates.io can be reached, \
             run the same command again; or install it yourself with \
             `cargo install {name} --version {version} --locked`."
        )));
    }
    Ok(local_bin)
}

/// The version `program --version` reports: "mdbook-quiz 0.5.0" or
/// "mdbook v0.5.4" give "0.5.0" and "0.5.4".
fn tool_version(program: &Path, name: &str) -> Option<String> {
    let out = proc::run(
        Path::new("."),
        program.to_str()?,
        &["--version"],
        Duration::from_secs(20),
    )
    .ok()?;
    version_from(&out.stdout, name)
}

/// The version in `name`'s `--version` line, if the line is `name`'s.
fn version_from(stdout: &str, name: &str) -> Option<String> {
    let mut words = stdout.split_whitespace();
    if words.next()? != name {
        return None;
    }
    let version = words.next()?;
    Some(version.strip_prefix('v').unwrap_or(version).to_owned())
}

/// mdbook-quiz, the preprocessor behind `{{#quiz …}}` (book.toml's
/// `[preprocessor.quiz]`), at its pinned version.
pub fn mdbook_quiz(root: &Path) -> Result<PathBuf, Failure> {
    pinned_tool(root, "mdbook-quiz", "mdbook-quiz-version")
}

/// PATH for mdBook with the folder of each of these `tools` first, so that
/// book.toml names preprocessors by their plain names and stays portable.
pub fn path_with(tools: &[&Path]) -> std::ffi::OsString {
    let dirs = tools
        .iter()
        .filter_map(|t| t.parent())
        .filter(|d| !d.as_os_str().is_empty())
        .map(Path::to_path_buf);
    let old = std::env::var_os("PATH").unwrap_or_default();
    let all: Vec<PathBuf> = dirs.chain(std::env::split_paths(&old)).collect();
    std::env::join_paths(all).unwrap_or(old)
}

pub fn serve(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    let mdbook = mdbook(root)?;
    let quiz = mdbook_quiz(root)?;
    write_archive(root, &root.join("src").join(ARCHIVE))?;
    let args: Vec<&String> = args.iter().filter(|a| *a != "--").collect();
    // The course server stands in front of `mdbook serve` and adds the Run
    // and Test buttons (course-server/); without it, plain mdBook.
    let server = course_server(root);
    println!("Serving the book; open the address below in a browser. Ctrl-C stops.");
    let status = match server {
        Some(server) => Command::new(server)
            .env("PATH", path_with(&[&quiz]))
            .arg("--root")
            .arg(root)
            .arg("--mdbook")
            .arg(&mdbook)
            .args(args)
            .current_dir(root)
            .status()?,
        None => Command::new(mdbook)
            .env("PATH", path_with(&[&quiz]))
            .arg("serve")
            .args(args)
            .current_dir(root)
            .status()?,
    };
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Builds the course server (package `course-server`, kept out of the
/// `course` package so that `cargo course list` stays quick to build) and
/// returns its path; `None`, with a warning, if it does not build.
fn course_server(root: &Path) -> Option<PathBuf> {
    println!(
        "Building the course server for the Run and Test buttons (a minute the first time)..."
    );
    let out = Command::new(proc::cargo())
        .args([
            "build",
            "--quiet",
            "-p",
            "course-server",
            "--bin",
            "course-server",
            "--message-format",
            "json-render-diagnostics",
        ])
        .current_dir(root)
        .stderr(std::process::Stdio::inherit())
        .output();
    let found = match &out {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| l.contains(r#""reason":"compiler-artifact""#))
            .find_map(|l| {
                let rest = l.split(r#""executable":""#).nth(1)?;
                let end = rest.find('"')?;
                Some(PathBuf::from(rest[..end].replace(r"\\", r"\")))
            }),
        _ => None,
    };
    if found.is_none() {
        eprintln!(
            "warning: the course server did not build (see above): serving the book \
             without Run and Test buttons"
        );
    }
    found
}

pub fn build(root: &Path, args: &[String]) -> Result<ExitCode, Failure> {
    if let Some(extra) = args.first() {
        return Err(Failure(format!(
            "`cargo course build` takes no arguments (got `{extra}`)"
        )));
    }
    let mdbook = mdbook(root)?;
    let quiz = mdbook_quiz(root)?;
    // mdBook copies every file of src/ that is not Markdown into the book, so
    // the archive written there is served beside the pages, by `build` and by
    // `serve` alike (`serve` empties book/ each time it rebuilds).
    let count = write_archive(root, &root.join("src").join(ARCHIVE))?;
    let path = path_with(&[&quiz]);
    let out = proc::run_with_env(
        root,
        mdbook.to_str().unwrap_or("mdbook"),
        &["build"],
        &[("PATH", &path)],
        Duration::from_secs(300),
    )?;
    print!("{}", out.stdout);
    eprint!("{}", out.stderr);
    // mdBook logs problems (a missing include, a broken link) as warnings
    // or errors and still exits 0: the book must build with neither.
    let all = out.all();
    let noisy: Vec<&str> = all
        .lines()
        .filter(|l| l.contains(" WARN ") || l.contains("ERROR") || l.contains("[WARN]"))
        .collect();
    if !out.success || !noisy.is_empty() {
        return Err(Failure(format!(
            "mdbook build reported problems:\n{}",
            if noisy.is_empty() {
                out.stderr.clone()
            } else {
                noisy.join("\n")
            }
        )));
    }
    println!("The book is in {}", root.join("book").display());
    println!(
        "The classroom copy of the course ({count} files, starters included) is {}",
        root.join("book").join(ARCHIVE).display()
    );
    Ok(ExitCode::SUCCESS)
}

/// The name of the course archive: written into src/ (and ignored by git), so
/// that mdBook copies it beside the pages and `serve` offers it to a room.
pub const ARCHIVE: &str = "rust-async-patterns.zip";

/// Zips the course (the files git tracks, or the tree without build output
/// when there is no git) for a classroom without git, with the starters as
/// shipped in `.course/pristine/`, so that `cargo course reset` works there too.
fn write_archive(root: &Path, zip: &Path) -> Result<usize, Failure> {
    let files = course_files(root)?;
    let mut out = std::io::BufWriter::new(std::fs::File::create(zip)?);
    crate::zip::write(&mut out, &files)?;
    Ok(files.len())
}

/// The files of the archive: path inside it, content.
pub fn course_files(root: &Path) -> Result<Vec<(String, Vec<u8>)>, Failure> {
    let mut names: Vec<String> = match Command::new("git")
        .args(["ls-files", "-z"])
        .current_dir(root)
        .output()
    {
        Ok(out) if out.status.success() && !out.stdout.is_empty() => {
            String::from_utf8_lossy(&out.stdout)
                .split('\0')
                .filter(|n| !n.is_empty())
                .map(str::to_owned)
                .collect()
        }
        _ => crate::state::files(root)
            .into_iter()
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .filter(|n| {
                !["target/", "book/", ".tools/", ".course/", ".git/"]
                    .iter()
                    .any(|d| n.starts_with(d))
            })
            .filter(|n| *n != format!("src/{ARCHIVE}") && !crate::kit::is_kit_archive(n))
            .collect(),
    };
    names.sort();
    let mut files = Vec::new();
    for name in names {
        let Ok(content) = std::fs::read(root.join(&name)) else {
            continue;
        };
        files.push((format!("rust-async-patterns/{name}"), content));
    }
    let manifest = crate::manifest::Manifest::load(root)?;
    for e in &manifest.exercises {
        for (file, content) in crate::state::pristine(root, e)? {
            let name = format!(
                "rust-async-patterns/.course/pristine/{}/{}",
                e.path,
                file.to_string_lossy().replace('\\', "/")
            );
            files.push((name, content));
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_is_read_from_the_tools_own_line() {
        assert_eq!(
            version_from("mdbook-quiz 0.5.0\n", "mdbook-quiz").as_deref(),
            Some("0.5.0")
        );
        assert_eq!(
            version_from("mdbook v0.5.4\n", "mdbook").as_deref(),
            Some("0.5.4")
        );
        // Another program's line, or none, is no version of this tool.
        assert_eq!(version_from("mdbook v0.5.4", "mdbook-quiz"), None);
        assert_eq!(version_from("mdbook-quizzes 1.0", "mdbook-quiz"), None);
        assert_eq!(version_from("", "mdbook"), None);
    }

    #[test]
    fn the_pinned_version_comes_from_the_workspace_metadata() {
        let root = std::env::temp_dir().join(format!("course-pinned-{}", std::process::id()));
        std::fs::create_dir_all(&root).unwrap();
        std::fs::write(
            root.join("Cargo.toml"),
            "[workspace.metadata.course]\nmdbook-quiz-version = \"9.8.7\"\n",
        )
        .unwrap();
        assert_eq!(
            pinned(&root, "mdbook-quiz-version").ok().as_deref(),
            Some("9.8.7")
        );
        let missing = pinned(&root, "mdbook-version").unwrap_err().0;
        assert!(missing.contains("mdbook-version"), "{missing}");
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn the_tools_folders_come_first_on_path() {
        let quiz = Path::new("/course/.tools/mdbook-quiz-0.5.0/bin/mdbook-quiz");
        let path = path_with(&[quiz, Path::new("mdbook-quiz")]);
        let dirs: Vec<PathBuf> = std::env::split_paths(&path).collect();
        assert_eq!(dirs[0], Path::new("/course/.tools/mdbook-quiz-0.5.0/bin"));
        // A tool found on PATH by its bare name adds no folder.
        let old = std::env::var_os("PATH").unwrap_or_default();
        assert_eq!(dirs.len(), std::env::split_paths(&old).count() + 1);
    }
}
