//! The quizzes at the end of the book's pages (mdbook-quiz, `{{#quiz}}`).
//!
//! - Every teaching page (every section page of a chapter: not its
//!   `index.md` overview, not `exercises.md`) includes exactly one quiz,
//!   `quizzes/chNN-slug/chNN-page.toml` (any name in its chapter's folder, as
//!   long as no other quiz has it), on the line just before its speaker
//!   notes; every quiz file is included exactly once, and nowhere else.
//! - Quiz files have different names (the browser keeps answers by name).
//! - Every quiz parses, has 2 to 4 questions, each multiple choice or short
//!   answer with an `id` (so mdbook-quiz never rewrites the file), a prompt,
//!   an answer, and a `context` that links to the heading that teaches it.
//! - The answer key: a question about what a listing prints or does names it
//!   (`listing = "listing-NN-MM"`), and either `check`s its answer against
//!   that listing's tested `output.txt` (or its compiler error, for a listing
//!   that must not compile), or names the listing's `test` that proves it.
//!   A changed listing cannot leave a wrong answer behind.
//!
//! `check` is one of:
//! - `first` / `last`: the answer is on the first / last line of
//!   `output.txt`, and no wrong option is;
//! - `prints`: every piece of the answer is printed, and every wrong option
//!   has a piece that is not;
//! - `order`: the pieces of the answer are printed in that order, and the
//!   pieces of no wrong option are;
//! - `stderr`: the answer is in the listing's `tests/ui/*.stderr` (the
//!   compiler's message, asserted by trybuild), and no wrong option is;
//! - `tests`: the answer is in the source of the listing's tests (the value
//!   an assertion expects), and no wrong option is.
//!
//! `file = "panic.txt"` checks another file of the listing than `output.txt`;
//! either way, one of the listing's tests must read it.
//!
//! The "pieces" of an option are its `code spans`, or its whole text when it
//! has none. A short answer is matched as a whole word.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use toml::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
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

/// The pages of SUMMARY.md, as paths under src/.
fn summary_pages() -> Vec<String> {
    let summary = fs::read_to_string(root().join("src/SUMMARY.md")).unwrap();
    summary
        .lines()
        .filter_map(|l| {
            let start = l.find("](")? + 2;
            let end = start + l[start..].find(')')?;
            Some(l[start..end].to_owned())
        })
        .collect()
}

/// A section page of a chapter: `chNN-slug/page.md`, not its index or its
/// exercises.
fn is_teaching(page: &str) -> bool {
    let Some((dir, file)) = page.split_once('/') else {
        return false;
    };
    dir.starts_with("ch") && file != "index.md" && file != "exercises.md"
}

/// The `{{#quiz PATH}}` directives of a page: (1-based line, PATH).
fn quiz_lines(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| {
            let start = l.find("{{#quiz ")? + "{{#quiz ".len();
            let end = start + l[start..].find("}}")?;
            Some((i + 1, l[start..end].trim().to_owned()))
        })
        .collect()
}

/// The code spans of a Markdown string (`a` or ``a `b` c``), or the whole
/// string when it has none.
fn pieces(md: &str) -> Vec<String> {
    let bytes = md.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'`' {
            i += 1;
            continue;
        }
        let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
        let open_end = i + run;
        // The closing run: exactly `run` backticks.
        let mut j = open_end;
        let mut close = None;
        while j < bytes.len() {
            if bytes[j] == b'`' {
                let r = bytes[j..].iter().take_while(|b| **b == b'`').count();
                if r == run {
                    close = Some(j);
                    break;
                }
                j += r;
            } else {
                j += 1;
            }
        }
        let Some(close) = close else { break };
        let inner = &md[open_end..close];
        let inner = if run > 1 {
            inner.trim_matches(' ')
        } else {
            inner
        };
        out.push(inner.to_owned());
        i = close + run;
    }
    if out.is_empty() {
        out.push(md.trim().to_owned());
    }
    out
}

/// `word` occurs in `text` with no letter or digit either side.
fn has_word(text: &str, word: &str) -> bool {
    let word = word.trim();
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The index of the first of `lines` at or after `from` containing `piece`.
fn find_from(lines: &[&str], from: usize, piece: &str) -> Option<usize> {
    (from..lines.len()).find(|&i| lines[i].contains(piece))
}

fn in_order(lines: &[&str], pieces: &[String]) -> bool {
    let mut at = 0;
    for p in pieces {
        match find_from(lines, at, p) {
            Some(i) => at = i + 1,
            None => return false,
        }
    }
    true
}

/// The heading ids mdBook gives a page (lowercase, spaces to `-`, other
/// punctuation dropped; mdbook-html's `id_from_content`).
fn heading_ids(page_text: &str) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    let mut in_fence = false;
    for line in page_text.lines() {
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if in_fence || !line.starts_with('#') {
            continue;
        }
        let text = line.trim_start_matches('#').trim();
        let text: String = text.chars().filter(|c| !matches!(c, '`' | '*')).collect();
        let id: String = text
            .trim()
            .to_lowercase()
            .chars()
            .filter_map(|c| {
                if c.is_alphanumeric() || c == '_' || c == '-' {
                    Some(c)
                } else if c.is_whitespace() {
                    Some('-')
                } else {
                    None
                }
            })
            .collect();
        ids.insert(id);
    }
    ids
}

/// Markdown link targets in `md`.
fn links(md: &str) -> Vec<String> {
    md.match_indices("](")
        .filter_map(|(i, _)| {
            let rest = &md[i + 2..];
            Some(rest[..rest.find(')')?].to_owned())
        })
        .collect()
}

fn listing_dir(name: &str) -> Option<PathBuf> {
    for chapter in fs::read_dir(root().join("listings")).ok()?.flatten() {
        let dir = chapter.path().join(name);
        if dir.join("Cargo.toml").is_file() {
            return Some(dir);
        }
    }
    None
}

fn tests_source(listing: &Path) -> String {
    let mut out = String::new();
    fn walk(dir: &Path, out: &mut String) {
        for e in fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push_str(&fs::read_to_string(&p).unwrap_or_default());
            }
        }
    }
    walk(&listing.join("tests"), &mut out);
    out
}

fn stderr_files(listing: &Path) -> String {
    fs::read_dir(listing.join("tests/ui"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "stderr"))
        .map(|e| fs::read_to_string(e.path()).unwrap_or_default())
        .collect()
}

const KEYS: [&str; 9] = [
    "id", "type", "prompt", "answer", "context", "listing", "check", "test", "file",
];

/// Checks one quiz file, included by `page` (a path under the root). `ids`
/// collects question ids across quizzes. Returns the problems found, and how
/// many questions were checked against a listing.
fn check_quiz(
    quiz_name: &str,
    text: &str,
    page: &Path,
    ids: &mut BTreeSet<String>,
    problems: &mut Vec<String>,
) -> (usize, usize) {
    let quiz: Value = match toml::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(format!("{quiz_name}: not valid TOML: {e}"));
            return (0, 0);
        }
    };
    let Some(questions) = quiz.get("questions").and_then(Value::as_array) else {
        problems.push(format!("{quiz_name}: no [[questions]]"));
        return (0, 0);
    };
    if !(2..=4).contains(&questions.len()) {
        problems.push(format!(
            "{quiz_name}: {} questions; a page's quiz has 2 to 4",
            questions.len()
        ));
    }
    let page_dir = page.parent().unwrap();
    let mut keyed = 0;
    for (n, q) in questions.iter().enumerate() {
        let at = format!("{quiz_name}, question {}", n + 1);
        let Some(table) = q.as_table() else {
            problems.push(format!("{at}: not a table"));
            continue;
        };
        for key in table.keys() {
            if !KEYS.contains(&key.as_str()) {
                problems.push(format!("{at}: unknown key `{key}` (known: {KEYS:?})"));
            }
        }
        let s = |path: &[&str]| -> Option<String> {
            let mut v = q;
            for k in path {
                v = v.get(*k)?;
            }
            v.as_str().map(str::to_owned)
        };
        match s(&["id"]) {
            None => problems.push(format!(
                "{at}: no `id` (mdbook-quiz would write a random one into the file)"
            )),
            Some(id) => {
                if !ids.insert(id.clone()) {
                    problems.push(format!("{at}: the id `{id}` is used twice"));
                }
            }
        }
        let kind = s(&["type"]).unwrap_or_default();
        if kind != "MultipleChoice" && kind != "ShortAnswer" {
            problems.push(format!(
                "{at}: type `{kind}`; use MultipleChoice or ShortAnswer (Tracing needs nightly)"
            ));
        }
        if s(&["prompt", "prompt"]).is_none_or(|p| p.trim().is_empty()) {
            problems.push(format!("{at}: no prompt.prompt"));
        }
        let answer = s(&["answer", "answer"]).unwrap_or_default();
        if answer.trim().is_empty() {
            problems.push(format!("{at}: no answer.answer"));
        }
        let distractors: Vec<String> = q
            .get("prompt")
            .and_then(|p| p.get("distractors"))
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        if kind == "MultipleChoice" {
            if distractors.is_empty() {
                problems.push(format!("{at}: a multiple choice with no distractors"));
            }
            if distractors.iter().any(|d| d.trim() == answer.trim()) {
                problems.push(format!("{at}: a distractor is the answer"));
            }
        }
        // The explanation links to the place that teaches it.
        let context = s(&["context"]).unwrap_or_default();
        let targets = links(&context);
        if context.trim().is_empty() || targets.is_empty() {
            problems.push(format!(
                "{at}: the `context` must explain the answer and link to the page that teaches it"
            ));
        }
        for target in targets {
            if target.contains("://") {
                continue;
            }
            let (file, fragment) = match target.split_once('#') {
                Some((f, frag)) => (f, Some(frag)),
                None => (target.as_str(), None),
            };
            let Some(md) = file.strip_suffix(".html") else {
                problems.push(format!(
                    "{at}: the link `{target}` should name the rendered page (`page.html#heading`)"
                ));
                continue;
            };
            let linked = page_dir.join(format!("{md}.md"));
            let Ok(linked_text) = fs::read_to_string(&linked) else {
                problems.push(format!("{at}: the link `{target}` points to nothing"));
                continue;
            };
            if let Some(fragment) = fragment
                && !heading_ids(&linked_text).contains(fragment)
            {
                problems.push(format!(
                    "{at}: the link `{target}`: {} has no heading with the id `{fragment}`",
                    rel(&linked)
                ));
            }
        }
        // The answer key, checked against the listing.
        let Some(listing) = s(&["listing"]) else {
            if s(&["check"]).is_some() || s(&["test"]).is_some() {
                problems.push(format!("{at}: `check` or `test` without `listing`"));
            }
            continue;
        };
        let Some(dir) = listing_dir(&listing) else {
            problems.push(format!("{at}: no listing named `{listing}`"));
            continue;
        };
        let tests = tests_source(&dir);
        let check = s(&["check"]);
        let test = s(&["test"]);
        if check.is_none() && test.is_none() {
            problems.push(format!(
                "{at}: names `{listing}` but neither `check`s its output nor names its `test`"
            ));
        }
        if let Some(test) = &test
            && !tests.contains(&format!("fn {test}("))
        {
            problems.push(format!("{at}: {listing} has no test `{test}`"));
        }
        let Some(check) = check else {
            keyed += 1;
            continue;
        };
        let haystack = if check == "tests" {
            tests.clone()
        } else if check == "stderr" {
            let stderr = stderr_files(&dir);
            if stderr.is_empty() {
                problems.push(format!("{at}: {listing} has no tests/ui/*.stderr"));
                continue;
            }
            stderr
        } else {
            let file = s(&["file"]).unwrap_or_else(|| "output.txt".to_owned());
            let Ok(output) = fs::read_to_string(dir.join(&file)) else {
                problems.push(format!("{at}: {listing} has no {file}"));
                continue;
            };
            if !tests.contains(&format!("\"{file}\"")) {
                problems.push(format!(
                    "{at}: no test of {listing} reads its {file}, so it proves nothing"
                ));
            }
            output
        };
        let lines: Vec<&str> = haystack.lines().collect();
        let short = kind == "ShortAnswer";
        let matches = |option: &str| -> bool {
            let ps = pieces(option);
            let found = |text: &str, p: &str| {
                if short {
                    has_word(text, p)
                } else {
                    text.contains(p)
                }
            };
            match check.as_str() {
                "first" => lines
                    .first()
                    .is_some_and(|l| ps.iter().all(|p| found(l, p))),
                "last" => lines.last().is_some_and(|l| ps.iter().all(|p| found(l, p))),
                "prints" | "stderr" | "tests" => ps.iter().all(|p| found(&haystack, p)),
                "order" => in_order(&lines, &ps),
                _ => false,
            }
        };
        if !["first", "last", "prints", "order", "stderr", "tests"].contains(&check.as_str()) {
            problems.push(format!(
                "{at}: unknown check `{check}` (first, last, prints, order, stderr, tests)"
            ));
            continue;
        }
        if !matches(&answer) {
            let file = s(&["file"]).unwrap_or_else(|| "output.txt".to_owned());
            problems.push(format!(
                "{at}: the answer {answer:?} does not match {listing}'s {} (check `{check}`)",
                match check.as_str() {
                    "stderr" => "compiler error",
                    "tests" => "tests",
                    _ => &file,
                }
            ));
        }
        for d in &distractors {
            if matches(d) {
                problems.push(format!(
                    "{at}: the wrong option {d:?} also matches {listing}'s output (check `{check}`): the key is ambiguous"
                ));
            }
        }
        keyed += 1;
    }
    (questions.len(), keyed)
}

#[test]
fn every_teaching_page_ends_with_a_quiz_and_every_answer_key_holds() {
    let src = root().join("src");
    let mut problems = Vec::new();
    let mut included: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut ids = BTreeSet::new();
    let (mut quizzes, mut questions, mut keyed) = (0, 0, 0);
    let pages = summary_pages();
    let teaching: Vec<&String> = pages.iter().filter(|p| is_teaching(p)).collect();
    assert!(
        teaching.len() >= 50,
        "found only {} teaching pages in SUMMARY.md",
        teaching.len()
    );
    for page in &pages {
        let path = src.join(page);
        let Ok(text) = fs::read_to_string(&path) else {
            continue; // book.rs reports a missing page
        };
        let found = quiz_lines(&text);
        if !is_teaching(page) {
            for (line, _) in &found {
                problems.push(format!(
                    "src/{page}:{line}: a quiz on a page that teaches nothing new"
                ));
            }
            continue;
        }
        // quizzes/chNN-slug/chNN-page.toml: the chapter's number keeps the
        // file's name (the key of the reader's answers) unique in the book.
        let (chapter, file) = page.split_once('/').unwrap();
        let number = chapter.split('-').next().unwrap();
        let expected = format!(
            "quizzes/{chapter}/{number}-{}",
            file.replace(".md", ".toml")
        );
        let folder = format!("quizzes/{chapter}/");
        match found.as_slice() {
            [] => problems.push(format!(
                "src/{page}: no quiz; add {{{{#quiz ../../{expected}}}}} before the speaker notes (CONTRIBUTING.md)"
            )),
            [(line, quiz)] => {
                let file = rel(&path.parent().unwrap().join(quiz));
                included.entry(file.clone()).or_default().push(page.clone());
                if !file.starts_with(&folder) {
                    problems.push(format!(
                        "src/{page}:{line}: the quiz is {file}; a page's quiz is in {folder}"
                    ));
                }
                let next = text
                    .lines()
                    .skip(*line)
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                if next.trim() != "<details class=\"speaker-notes\">" {
                    problems.push(format!(
                        "src/{page}:{line}: the quiz goes just before the speaker notes"
                    ));
                }
                match fs::read_to_string(root().join(&file)) {
                    Err(_) => problems.push(format!("src/{page}:{line}: {file} does not exist")),
                    Ok(quiz_text) => {
                        quizzes += 1;
                        let (q, k) = check_quiz(&file, &quiz_text, &path, &mut ids, &mut problems);
                        questions += q;
                        keyed += k;
                    }
                }
            }
            more => problems.push(format!(
                "src/{page}: {} quizzes; a page ends with one",
                more.len()
            )),
        }
    }
    // Every quiz file is included, and only once.
    let mut files = Vec::new();
    for chapter in fs::read_dir(root().join("quizzes")).unwrap().flatten() {
        for f in fs::read_dir(chapter.path()).unwrap().flatten() {
            files.push(rel(&f.path()));
        }
    }
    // mdbook-quiz keeps a reader's answers in localStorage under the file's
    // stem (`mdbook-quiz:select`): two quizzes with one stem would share them.
    let mut stems = BTreeMap::new();
    for file in &files {
        let stem = Path::new(file)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if let Some(other) = stems.insert(stem.clone(), file.clone()) {
            problems.push(format!(
                "{file} and {other} have the same name `{stem}`: the browser would keep one set of answers for both"
            ));
        }
    }
    for file in files {
        match included.get(&file).map(Vec::len) {
            None => problems.push(format!("{file} is never included by a page")),
            Some(1) => {}
            Some(n) => problems.push(format!("{file} is included {n} times")),
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) with the quizzes:\n  - {}",
        problems.len(),
        problems.join("\n  - ")
    );
    println!(
        "{quizzes} quizzes on {} teaching pages, {questions} questions, {keyed} checked against a listing",
        teaching.len()
    );
}

#[test]
fn the_quiz_checker_catches_what_it_should() {
    // One quiz with one of each mistake, as if included by listing 1-2's page.
    let page = root().join("src/ch01-async-basics/lazy-futures.md");
    let quiz = r#"
[[questions]]
id = "selftest-1"
type = "MultipleChoice"
listing = "listing-01-02"
check = "first"
prompt.prompt = "Which line comes first?"
prompt.distractors = ["`created the future; visits = 0`"]
answer.answer = "``the body of `visit` runs``"
context = "No link here."

[[questions]]
id = "selftest-1"
type = "Tracing"
listing = "listing-01-02"
test = "no_such_test"
lisitng = "typo"
prompt.prompt = "?"
answer.answer = "x"
context = "See [nowhere](lazy-futures.html#no-such-heading) and [gone](gone.html)."

[[questions]]
type = "ShortAnswer"
listing = "listing-01-03"
check = "stderr"
prompt.prompt = "Which lint?"
answer.answer = "unused_variables"
context = "See [the page](lazy-futures.html#forgetting-await)."
"#;
    let mut problems = Vec::new();
    let mut ids = BTreeSet::new();
    check_quiz("selftest.toml", quiz, &page, &mut ids, &mut problems);
    let all = problems.join("\n");
    for expected in [
        "question 1: the answer \"``the body of `visit` runs``\" does not match listing-01-02's output.txt",
        "question 1: the wrong option \"`created the future; visits = 0`\" also matches",
        "question 1: the `context` must explain the answer and link",
        "question 2: the id `selftest-1` is used twice",
        "question 2: type `Tracing`",
        "question 2: listing-01-02 has no test `no_such_test`",
        "question 2: unknown key `lisitng`",
        "has no heading with the id `no-such-heading`",
        "the link `gone.html` points to nothing",
        "question 3: no `id`",
        "question 3: the answer \"unused_variables\" does not match listing-01-03's compiler error",
    ] {
        assert!(
            all.contains(expected),
            "the quiz checker missed `{expected}`; it said:\n{all}"
        );
    }
    // And the right quiz passes: listing 1-2 prints `created the future` first.
    let good = r#"
[[questions]]
id = "selftest-good-1"
type = "MultipleChoice"
listing = "listing-01-02"
check = "first"
prompt.prompt = "Which line comes first?"
prompt.distractors = ["``the body of `visit` runs``"]
answer.answer = "`created the future; visits = 0`"
context = "See [Futures are lazy](lazy-futures.html)."

[[questions]]
id = "selftest-good-2"
type = "ShortAnswer"
listing = "listing-01-02"
check = "order"
prompt.prompt = "?"
answer.answer = "`created the future` then ``the body of `visit` runs``"
context = "See [Forgetting `.await`](lazy-futures.html#forgetting-await)."
"#;
    let mut problems = Vec::new();
    let (q, keyed) = check_quiz("good.toml", good, &page, &mut ids, &mut problems);
    assert_eq!((q, keyed), (2, 2));
    assert!(
        problems.is_empty(),
        "a good quiz was rejected: {problems:?}"
    );
}

#[test]
fn pieces_are_the_code_spans() {
    assert_eq!(pieces("`a` then `b`"), ["a", "b"]);
    assert_eq!(pieces("``the `x` runs``"), ["the `x` runs"]);
    assert_eq!(pieces("plain text"), ["plain text"]);
    assert!(has_word("polled 4 times", "4"));
    assert!(!has_word("polled 40 times", "4"));
}
