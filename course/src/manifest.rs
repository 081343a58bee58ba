//! The exercise manifest, `exercises/manifest.toml`.

use crate::Failure;
use serde::Deserialize;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    exercise: Vec<Exercise>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub id: String,
    pub chapter: u32,
    pub title: String,
    pub path: String,
    pub book: String,
    pub failing: Vec<String>,
    #[serde(default)]
    pub hints: Vec<String>,
    /// Classroom minutes for the exercise; the schedule's tracks add them up.
    #[serde(default)]
    pub minutes: Option<u32>,
    /// The starter is working code with a bug to fix, not a `todo!()` to
    /// fill in: its `failing` tests fail on an assertion of the tests.
    #[serde(default)]
    pub broken: bool,
    /// The learner writes a test, not code: this file of the starter
    /// (`tests/caught.rs`) is theirs, `src/` is correct code not to edit,
    /// and each mutant is a bug their tests must catch.
    #[serde(default)]
    pub test_to_write: Option<String>,
    #[serde(default)]
    pub mutant: Vec<Mutant>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mutant {
    pub path: String,
    pub why: String,
    pub failing: Vec<String>,
}

pub struct Manifest {
    pub root: PathBuf,
    pub exercises: Vec<Exercise>,
}

impl Manifest {
    /// Reads and checks the manifest: unique ids, folders that exist. The
    /// exercises come back by chapter, in file order within a chapter.
    pub fn load(root: &Path) -> Result<Manifest, Failure> {
        let path = root.join("exercises").join("manifest.toml");
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Failure(format!(
                "cannot read the exercise manifest {}: {e}",
                path.display()
            ))
        })?;
        let file: File = toml::from_str(&text).map_err(|e| {
            Failure(format!(
                "the exercise manifest {} is not valid: {e}",
                path.display()
            ))
        })?;
        let mut exercises = file.exercise;
        exercises.sort_by_key(|e| e.chapter);
        let manifest = Manifest {
            root: root.to_path_buf(),
            exercises,
        };
        manifest.check()?;
        Ok(manifest)
    }

    /// Problems that make the manifest unusable as a whole.
    fn check(&self) -> Result<(), Failure> {
        let mut seen = HashSet::new();
        let mut problems = Vec::new();
        for e in &self.exercises {
            if !seen.insert(e.id.as_str()) {
                problems.push(format!("exercise id `{}` is used twice", e.id));
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(Failure(format!(
                "the exercise manifest exercises/manifest.toml has problems:\n  - {}",
                problems.join("\n  - ")
            )))
        }
    }

    /// Problems with one entry that stop it from being run: a folder missing,
    /// nothing to test, no hints.
    pub fn problems_of(&self, e: &Exercise) -> Vec<String> {
        let mut problems = Vec::new();
        {
            for (what, dir) in [("starter", self.starter(e)), ("solution", self.solution(e))] {
                if !dir.join("Cargo.toml").is_file() {
                    problems.push(format!(
                        "exercise `{}`: its {what} folder {} has no Cargo.toml",
                        e.id,
                        dir.display()
                    ));
                }
            }
            for m in &e.mutant {
                let file = self.mutant(m);
                if !file.is_file() {
                    problems.push(format!(
                        "exercise `{}`: its mutant {} does not exist",
                        e.id,
                        file.display()
                    ));
                }
            }
            if e.failing.is_empty() {
                problems.push(format!("exercise `{}` names no test in `failing`", e.id));
            }
            if e.hints.is_empty() {
                problems.push(format!("exercise `{}` has no hints", e.id));
            }
            if let Some(file) = &e.test_to_write {
                let path = Path::new(file);
                let inside = path.starts_with("tests")
                    && path.extension().is_some_and(|x| x == "rs")
                    && path
                        .components()
                        .all(|c| matches!(c, std::path::Component::Normal(_)));
                if !inside {
                    problems.push(format!(
                        "exercise `{}`: `test_to_write = \"{file}\"` should name a .rs file \
                         under tests/, relative to the crate",
                        e.id
                    ));
                }
                for (what, dir) in [("starter", self.starter(e)), ("solution", self.solution(e))] {
                    if inside && !dir.join(path).is_file() {
                        problems.push(format!(
                            "exercise `{}`: its {what} has no {file} (its `test_to_write`)",
                            e.id
                        ));
                    }
                }
                if e.mutant.is_empty() {
                    problems.push(format!(
                        "exercise `{}` has a `test_to_write` but no mutant: no bug for the \
                         learner's test to catch",
                        e.id
                    ));
                }
            }
        }
        problems
    }

    pub fn starter(&self, e: &Exercise) -> PathBuf {
        self.root.join("exercises").join(&e.path)
    }

    pub fn solution(&self, e: &Exercise) -> PathBuf {
        self.root.join("solutions").join(&e.path)
    }

    /// A mutant's patch: `mutants/PATH.patch`.
    pub fn mutant(&self, m: &Mutant) -> PathBuf {
        self.root.join("mutants").join(format!("{}.patch", m.path))
    }

    pub fn find(&self, id: &str) -> Result<&Exercise, Failure> {
        if let Some(e) = self.exercises.iter().find(|e| e.id == id) {
            return Ok(e);
        }
        // Only a close name is worth suggesting: a slip of a letter or two
        // (at most a third of the name).
        let close = (id.chars().count() / 3).max(1);
        let closest = self
            .exercises
            .iter()
            .map(|e| (edit_distance(&e.id, id), e))
            .filter(|(d, _)| *d <= close)
            .min_by_key(|(d, _)| *d)
            .map(|(_, e)| format!(" Did you mean `{}`?", e.id))
            .unwrap_or_default();
        Err(Failure(format!(
            "there is no exercise `{id}`.{closest} `cargo course list` shows them all."
        )))
    }
}

/// The package name in a crate folder's Cargo.toml.
pub fn package_name(dir: &Path) -> Result<String, Failure> {
    #[derive(Deserialize)]
    struct Toml {
        package: Package,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
    }
    let path = dir.join("Cargo.toml");
    let text = std::fs::read_to_string(&path)
        .map_err(|e| Failure(format!("cannot read {}: {e}", path.display())))?;
    let toml: Toml = toml::from_str(&text)
        .map_err(|e| Failure(format!("{} is not a valid Cargo.toml: {e}", path.display())))?;
    Ok(toml.package.name)
}

/// Levenshtein distance, for "did you mean".
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = if ca == *cb {
                prev
            } else {
                1 + prev.min(cur).min(row[j])
            };
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::edit_distance;

    #[test]
    fn distance() {
        assert_eq!(edit_distance("join-prices", "join-prices"), 0);
        assert_eq!(edit_distance("join-price", "join-prices"), 1);
        assert_eq!(edit_distance("jion-prices", "join-prices"), 2);
        assert_eq!(edit_distance("", "abc"), 3);
    }
}
