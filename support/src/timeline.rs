//! Timelines drawn from a program's own run.
//!
//! A [`Recorder`] notes what happens, and when, on tokio's clock: a task
//! starts, waits, resumes, ends; a message is sent, received or dropped; a
//! tick fires or is skipped. [`Recorder::svg`] draws the run as an SVG
//! picture: one lane per task, time along the bottom. On the paused clock
//! (`#[tokio::test(start_paused = true)]`) a run is the same every time, and
//! so is its picture, byte for byte, so [`assert_timeline`] can compare it
//! with the file the book shows.
//!
//! The writer is our own (a few hundred lines, no dependency): it draws only
//! lanes, bars, marks and text, and its output is plain, stable SVG 1.1.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tokio::time::Instant;

/// What happened: a moment ([`Kind::Send`], [`Kind::Tick`], …) or the start
/// of a stretch of time ([`Kind::Wait`], [`Kind::Busy`]) that lasts until the
/// lane's next start of a stretch, [`Kind::Resume`], [`Kind::End`] or
/// [`Kind::Drop`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The task starts (a hollow circle).
    Start,
    /// The task waits, here, until its next event (a pale, dashed bar).
    Wait,
    /// The task holds its thread and lets nothing else run on it (a dark
    /// orange bar).
    Busy,
    /// The task holds something others may wait for: a permit, a lock
    /// (a teal bar).
    Hold,
    /// The task runs again after a wait.
    Resume,
    /// The task is done (a filled circle).
    End,
    /// A message leaves (a triangle pointing right).
    Send,
    /// A message arrives (a triangle pointing left).
    Recv,
    /// A future, a task or a message is dropped unfinished (a red cross).
    Drop,
    /// A timer fires (a green diamond).
    Tick,
    /// A tick that was due and never came (a grey, hollow diamond).
    Skip,
}

/// One thing that happened, `at` this long after the recorder was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub lane: String,
    pub kind: Kind,
    pub label: String,
    pub at: Duration,
}

/// Notes events on tokio's clock. Cheap to clone: every clone writes into
/// the same timeline, so each task can hold its own.
#[derive(Debug, Clone)]
pub struct Recorder {
    start: Instant,
    events: Arc<Mutex<Vec<Event>>>,
    lanes: Arc<Vec<String>>,
}

impl Default for Recorder {
    fn default() -> Self {
        Self::new()
    }
}

impl Recorder {
    /// A recorder whose time 0 is now, on tokio's clock.
    pub fn new() -> Self {
        Self::with_lanes(&[])
    }

    /// A recorder whose picture shows these lanes first, in this order.
    /// Other lanes follow in the order of their first event. Use it where
    /// the order of first events is up to the scheduler (`select!` polls
    /// its branches in a random order), so the picture stays the same.
    pub fn with_lanes(lanes: &[&str]) -> Self {
        Recorder {
            start: Instant::now(),
            events: Arc::default(),
            lanes: Arc::new(lanes.iter().map(|l| l.to_string()).collect()),
        }
    }

    /// Notes that `kind` happened in `lane` now.
    pub fn note(&self, lane: &str, kind: Kind, label: &str) {
        self.note_at(lane, kind, label, self.start.elapsed());
    }

    /// The recorder's time 0, on tokio's clock.
    pub fn origin(&self) -> Instant {
        self.start
    }

    /// Notes an event at a time measured by the program itself: for
    /// drawing what a listing returns (ticks, attempts) rather than what it
    /// notes as it runs.
    pub fn note_at(&self, lane: &str, kind: Kind, label: &str, at: Duration) {
        self.events.lock().unwrap().push(Event {
            lane: lane.to_owned(),
            kind,
            label: label.to_owned(),
            at,
        });
    }

    pub fn start(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Start, label);
    }
    pub fn wait(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Wait, label);
    }
    pub fn busy(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Busy, label);
    }
    pub fn hold(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Hold, label);
    }
    pub fn resume(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Resume, label);
    }
    pub fn end(&self, lane: &str, label: &str) {
        self.note(lane, Kind::End, label);
    }
    pub fn send(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Send, label);
    }
    pub fn recv(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Recv, label);
    }
    pub fn dropped(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Drop, label);
    }
    pub fn tick(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Tick, label);
    }
    pub fn skip(&self, lane: &str, label: &str) {
        self.note(lane, Kind::Skip, label);
    }

    /// Every event so far, in the order they were noted.
    pub fn events(&self) -> Vec<Event> {
        self.events.lock().unwrap().clone()
    }

    /// The lanes: those given to [`Recorder::with_lanes`] that have events,
    /// then the others in the order of their first event.
    pub fn lanes(&self) -> Vec<String> {
        lanes(&self.lanes, &self.events())
    }

    /// The timeline as an SVG picture. `title` and `desc` become its
    /// `<title>` and `<desc>`, which screen readers announce. The time axis
    /// ends a little after the last event.
    pub fn svg(&self, title: &str, desc: &str) -> String {
        let events = self.events();
        render(
            &lanes(&self.lanes, &events),
            &events,
            title,
            desc,
            Duration::ZERO,
        )
    }

    /// Like [`Recorder::svg`], with a time axis that reaches at least
    /// `until`: to show how long something would have lasted.
    pub fn svg_until(&self, title: &str, desc: &str, until: Duration) -> String {
        let events = self.events();
        render(&lanes(&self.lanes, &events), &events, title, desc, until)
    }
}

// ---------------------------------------------------------------------------
// The SVG writer.
//
// Sizes are in SVG user units. The picture is 800 wide and is scaled to the
// page's width; in the book's column of about 720 px the 17-unit labels are
// 15 px, close to the body text, and readable from the back of a room on a
// projector.

const WIDTH: f64 = 800.0;
const TOP: f64 = 52.0;
const LANE: f64 = 80.0;
const FONT: f64 = 17.0;
/// Average advance of a character of the sans-serif font, per unit of size:
/// an estimate, used only to keep labels apart.
const CHAR: f64 = 0.56;
const BAR: f64 = 24.0;

/// The picture's own style sheet. The panel is light in every book theme
/// (an `<img>` cannot see the page's theme), so the colours need to work on
/// white only; each mark also differs by shape, so none relies on colour.
const STYLE: &str = "\
.panel{fill:#ffffff;stroke:#b8b8b8;stroke-width:1}\
text{fill:#1b1b1b;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;font-size:17px}\
.title{font-size:19px;font-weight:bold}\
.lane-name{font-weight:bold}\
.axis{stroke:#555555;stroke-width:1.5}\
.grid{stroke:#d9d9d9;stroke-width:1}\
.axis-label{font-size:15px;fill:#444444}\
.life{stroke:#333333;stroke-width:2}\
.wait{fill:#dce8fb;stroke:#2456b3;stroke-width:1.5;stroke-dasharray:5 3}\
.busy{fill:#b34d00;stroke:#7a3400;stroke-width:1.5}\
.hold{fill:#0f766e;stroke:#0a4f4a;stroke-width:1.5}\
.busy-label{fill:#ffffff;font-weight:bold}\
.start{fill:#ffffff;stroke:#1b1b1b;stroke-width:2}\
.end{fill:#1b1b1b}\
.send{fill:#6a2fc0}\
.recv{fill:#6a2fc0}\
.drop{stroke:#c0161b;stroke-width:4;stroke-linecap:round}\
.drop-label{fill:#a01014;font-weight:bold}\
.tick{fill:#0b7a4b;stroke:#064d2f;stroke-width:1}\
.skip{fill:#ffffff;stroke:#777777;stroke-width:2;stroke-dasharray:3 2}\
.skip-label{fill:#666666}";

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A number with at most one decimal, and none when it is whole: stable
/// text for the same value on every platform.
fn num(x: f64) -> String {
    let tenths = (x * 10.0).round() as i64;
    if tenths % 10 == 0 {
        format!("{}", tenths / 10)
    } else {
        format!("{}.{}", tenths / 10, (tenths % 10).abs())
    }
}

fn text_width(s: &str, size: f64) -> f64 {
    s.chars().count() as f64 * size * CHAR
}

/// A step for the time axis (1, 2 or 5 times a power of ten, in ms) that
/// gives at most ten ticks.
fn tick_step(total_ms: u64) -> u64 {
    let mut base = 1;
    loop {
        for m in [1, 2, 5] {
            let step = base * m;
            if total_ms.div_ceil(step) <= 10 {
                return step;
            }
        }
        base *= 10;
    }
}

fn time_label(ms: u64, in_seconds: bool) -> String {
    if in_seconds {
        if ms.is_multiple_of(1000) {
            format!("{} s", ms / 1000)
        } else {
            format!("{} s", num(ms as f64 / 1000.0))
        }
    } else {
        format!("{ms} ms")
    }
}

fn is_stretch(kind: Kind) -> bool {
    matches!(kind, Kind::Wait | Kind::Busy | Kind::Hold)
}

/// Whether `next` ends a stretch of kind `kind` in the same lane. A task
/// that waits or blocks does nothing else until it runs again, so any event
/// of its lane ends the stretch; a task that holds a permit or a lock may
/// send, receive or tick while it holds it.
fn closes_stretch(kind: Kind, next: Kind) -> bool {
    kind != Kind::Hold
        || matches!(
            next,
            Kind::Wait | Kind::Busy | Kind::Hold | Kind::Resume | Kind::End | Kind::Drop
        )
}

/// Places labels in a lane without overlap: each row remembers the spans
/// its labels already take.
struct Rows {
    taken: Vec<Vec<(f64, f64)>>,
}

impl Rows {
    /// Row offsets from the lane's centre line: above, below, higher.
    const OFFSETS: [f64; 3] = [-18.0, 32.0, -36.0];

    fn new() -> Self {
        Rows {
            taken: vec![Vec::new(); Self::OFFSETS.len()],
        }
    }

    fn place(&mut self, left: f64, right: f64) -> f64 {
        let free = |spans: &Vec<(f64, f64)>| {
            spans
                .iter()
                .all(|&(l, r)| right + 6.0 <= l || left >= r + 6.0)
        };
        // The first free row; if none is, the one with the fewest labels.
        let i = (0..self.taken.len())
            .find(|&i| free(&self.taken[i]))
            .unwrap_or_else(|| {
                (0..self.taken.len())
                    .min_by_key(|&i| self.taken[i].len())
                    .unwrap()
            });
        self.taken[i].push((left, right));
        Self::OFFSETS[i]
    }
}

/// Events of one kind, in one lane, at one moment, drawn as one mark whose
/// label lists theirs: "spawn 1, spawn 2, spawn 3".
fn merge(events: &[Event]) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    for e in events {
        let same = |p: &&mut Event| p.lane == e.lane && p.kind == e.kind && p.at == e.at;
        if let Some(prev) = out
            .iter_mut()
            .rev()
            .find(same)
            .filter(|_| !is_stretch(e.kind))
        {
            if !e.label.is_empty() {
                if !prev.label.is_empty() {
                    prev.label.push_str(", ");
                }
                prev.label.push_str(&e.label);
            }
            continue;
        }
        out.push(e.clone());
    }
    out
}

fn lanes(declared: &[String], events: &[Event]) -> Vec<String> {
    let mut lanes: Vec<String> = declared
        .iter()
        .filter(|l| events.iter().any(|e| &e.lane == *l))
        .cloned()
        .collect();
    for e in events {
        if !lanes.contains(&e.lane) {
            lanes.push(e.lane.clone());
        }
    }
    lanes
}

fn render(lanes: &[String], events: &[Event], title: &str, desc: &str, until: Duration) -> String {
    let events = &merge(events);
    let last_ms = events
        .iter()
        .map(|e| e.at.as_millis() as u64)
        .chain([until.as_millis() as u64])
        .max()
        .unwrap_or(0);
    let step = tick_step(last_ms.max(1));
    let total_ms = last_ms.max(1).div_ceil(step) * step;
    let in_seconds = total_ms >= 2000;

    let name_width = lanes
        .iter()
        .map(|l| text_width(l, FONT) as u64)
        .max()
        .unwrap_or(0) as f64;
    let x0 = (24.0 + name_width + 24.0).max(140.0);
    let x1 = WIDTH - 40.0;
    let x = |at: Duration| x0 + (x1 - x0) * at.as_secs_f64() * 1000.0 / total_ms as f64;
    let axis_y = TOP + LANE * lanes.len() as f64 + 8.0;
    let height = axis_y + 52.0;

    let mut s = String::new();
    let _ = writeln!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" \
         role=\"img\" aria-labelledby=\"title desc\">",
        w = num(WIDTH),
        h = num(height)
    );
    let _ = writeln!(s, "<title id=\"title\">{}</title>", esc(title));
    let _ = writeln!(s, "<desc id=\"desc\">{}</desc>", esc(desc));
    let _ = writeln!(s, "<style>{STYLE}</style>");
    let _ = writeln!(
        s,
        "<rect class=\"panel\" x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"{}\" rx=\"6\"/>",
        num(WIDTH - 1.0),
        num(height - 1.0)
    );
    let _ = writeln!(
        s,
        "<text class=\"title\" x=\"24\" y=\"30\">{}</text>",
        esc(title)
    );

    // The time axis, with a faint line up through the lanes at each tick.
    let _ = writeln!(
        s,
        "<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
        num(x0),
        num(axis_y),
        num(x1),
        num(axis_y)
    );
    let mut t = 0;
    while t <= total_ms {
        let tx = x(Duration::from_millis(t));
        let _ = writeln!(
            s,
            "<line class=\"grid\" x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\"/>\
             <line class=\"axis\" x1=\"{0}\" y1=\"{2}\" x2=\"{0}\" y2=\"{3}\"/>\
             <text class=\"axis-label\" x=\"{0}\" y=\"{4}\" text-anchor=\"middle\">{5}</text>",
            num(tx),
            num(TOP),
            num(axis_y),
            num(axis_y + 6.0),
            num(axis_y + 24.0),
            time_label(t, in_seconds)
        );
        t += step;
    }
    let _ = writeln!(
        s,
        "<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">time</text>",
        num(x0 - 28.0),
        num(axis_y + 24.0)
    );

    for (i, lane) in lanes.iter().enumerate() {
        let cy = TOP + LANE * i as f64 + LANE / 2.0;
        let mine: Vec<&Event> = events.iter().filter(|e| &e.lane == lane).collect();
        let _ = writeln!(
            s,
            "<g class=\"lane\"><text class=\"lane-name\" x=\"24\" y=\"{}\">{}</text>",
            num(cy + 5.0),
            esc(lane)
        );
        // The task's life: from its first event to its last.
        let first = mine.first().map(|e| x(e.at)).unwrap_or(x0);
        let last = mine.last().map(|e| x(e.at)).unwrap_or(x0);
        if last > first {
            let _ = writeln!(
                s,
                "<line class=\"life\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\"/>",
                num(first),
                num(cy),
                num(last),
                num(cy)
            );
        }
        let mut rows = Rows::new();
        // Stretches first, so that marks are drawn on top of them.
        for (j, e) in mine.iter().enumerate() {
            if !is_stretch(e.kind) {
                continue;
            }
            let until = mine[j + 1..]
                .iter()
                .find(|n| closes_stretch(e.kind, n.kind))
                .map(|n| n.at)
                .unwrap_or(Duration::from_millis(total_ms));
            if until == e.at {
                continue; // a wait that never waited
            }
            let (a, b) = (x(e.at), x(until));
            let class = match e.kind {
                Kind::Busy => "busy",
                Kind::Hold => "hold",
                _ => "wait",
            };
            let _ = writeln!(
                s,
                "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"4\"/>",
                num(a),
                num(cy - BAR / 2.0),
                num((b - a).max(2.0)),
                num(BAR)
            );
            if e.label.is_empty() {
                continue;
            }
            let w = text_width(&e.label, FONT);
            if w + 10.0 <= b - a {
                let class = if e.kind == Kind::Wait {
                    ""
                } else {
                    " class=\"busy-label\""
                };
                let _ = writeln!(
                    s,
                    "<text{class} x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    num((a + b) / 2.0),
                    num(cy + 5.5),
                    esc(&e.label)
                );
            } else {
                let left = a.min(WIDTH - 8.0 - w);
                let dy = rows.place(left, left + w);
                let _ = writeln!(
                    s,
                    "<text x=\"{}\" y=\"{}\">{}</text>",
                    num(left),
                    num(cy + dy),
                    esc(&e.label)
                );
            }
        }
        for e in &mine {
            let ex = x(e.at);
            match e.kind {
                Kind::Wait | Kind::Busy | Kind::Hold | Kind::Resume => {}
                Kind::Start => {
                    let _ = writeln!(
                        s,
                        "<circle class=\"start\" cx=\"{}\" cy=\"{}\" r=\"6\"/>",
                        num(ex),
                        num(cy)
                    );
                }
                Kind::End => {
                    let _ = writeln!(
                        s,
                        "<circle class=\"end\" cx=\"{}\" cy=\"{}\" r=\"6\"/>",
                        num(ex),
                        num(cy)
                    );
                }
                Kind::Send => {
                    let _ = writeln!(
                        s,
                        "<path class=\"send\" d=\"M{} {}l14 8l-14 8z\"/>",
                        num(ex - 7.0),
                        num(cy - 8.0)
                    );
                }
                Kind::Recv => {
                    let _ = writeln!(
                        s,
                        "<path class=\"recv\" d=\"M{} {}l-14 8l14 8z\"/>",
                        num(ex + 7.0),
                        num(cy - 8.0)
                    );
                }
                Kind::Drop => {
                    let _ = writeln!(
                        s,
                        "<path class=\"drop\" d=\"M{0} {1}l14 14M{0} {2}l14 -14\"/>",
                        num(ex - 7.0),
                        num(cy - 7.0),
                        num(cy + 7.0)
                    );
                }
                Kind::Tick | Kind::Skip => {
                    let class = if e.kind == Kind::Tick { "tick" } else { "skip" };
                    let _ = writeln!(
                        s,
                        "<path class=\"{class}\" d=\"M{} {}l8 9l-8 9l-8 -9z\"/>",
                        num(ex),
                        num(cy - 9.0)
                    );
                }
            }
            if e.label.is_empty() || is_stretch(e.kind) {
                continue;
            }
            let w = text_width(&e.label, FONT);
            let left = (ex - w / 2.0).clamp(x0 - 20.0, WIDTH - 8.0 - w);
            let dy = rows.place(left, left + w);
            let class = match e.kind {
                Kind::Drop => " class=\"drop-label\"",
                Kind::Skip => " class=\"skip-label\"",
                _ => "",
            };
            let _ = writeln!(
                s,
                "<text{class} x=\"{}\" y=\"{}\">{}</text>",
                num(left),
                num(cy + dy),
                esc(&e.label)
            );
        }
        s.push_str("</g>\n");
    }
    s.push_str("</svg>\n");
    s
}

// ---------------------------------------------------------------------------
// Comparing with the committed pictures.

/// Where the book's copy of a listing's picture lives: mdBook publishes only
/// `src/`, so `listings/chNN-slug/listing-NN-MM/timeline-NAME.svg` is also
/// kept as `src/images/timelines/listing-NN-MM-NAME.svg`.
pub fn book_copy(manifest_dir: &str, file: &str) -> PathBuf {
    let dir = Path::new(manifest_dir);
    let listing = dir.file_name().unwrap().to_string_lossy().into_owned();
    let root = dir
        .ancestors()
        .nth(3)
        .expect("a listing lives in listings/chNN-slug/listing-NN-MM");
    let stem = file
        .strip_suffix(".svg")
        .expect("a picture's file ends in .svg");
    let suffix = stem.strip_prefix("timeline").unwrap_or(stem);
    root.join("src/images/timelines")
        .join(format!("{listing}{suffix}.svg"))
}

/// Asserts that `svg` is the picture committed as `file` beside the listing
/// (`manifest_dir` is `env!("CARGO_MANIFEST_DIR")`) and as its copy under
/// `src/images/timelines/` (see [`book_copy`]). With `UPDATE_TIMELINES=1` in
/// the environment it writes both files instead.
#[track_caller]
pub fn assert_timeline(manifest_dir: &str, file: &str, svg: &str) {
    let beside = Path::new(manifest_dir).join(file);
    let copy = book_copy(manifest_dir, file);
    if std::env::var_os("UPDATE_TIMELINES").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::write(&beside, svg).unwrap();
        std::fs::write(&copy, svg).unwrap();
        return;
    }
    for path in [&beside, &copy] {
        let committed = std::fs::read_to_string(path).unwrap_or_else(|e| {
            panic!(
                "cannot read {}: {e}\nRun the test with UPDATE_TIMELINES=1 to draw it.",
                path.display()
            )
        });
        if committed != svg {
            panic!(
                "the run's timeline differs from {}, which the book shows.\n\
                 Fix the program, or (if the new picture is right) run the test \
                 with UPDATE_TIMELINES=1 and look at the picture before committing it.",
                path.display()
            );
        }
    }
}

#[cfg(test)]
mod tests {
    fn draw(events: &[Event], title: &str, desc: &str) -> String {
        render(&lanes(&[], events), events, title, desc, Duration::ZERO)
    }

    use super::*;

    fn sample() -> Vec<Event> {
        let ev = |lane: &str, kind, label: &str, ms| Event {
            lane: lane.into(),
            kind,
            label: label.into(),
            at: Duration::from_millis(ms),
        };
        vec![
            ev("main", Kind::Start, "start", 0),
            ev("main", Kind::Wait, "sleep <1 s> & more", 0),
            ev("worker", Kind::Busy, "hashing", 200),
            ev("worker", Kind::Send, "result", 700),
            ev("worker", Kind::Hold, "permit", 800),
            ev("worker", Kind::End, "", 900),
            ev("main", Kind::Resume, "", 1000),
            ev("main", Kind::Drop, "loser", 1000),
            ev("timer", Kind::Tick, "tick", 500),
            ev("timer", Kind::Skip, "skipped", 1500),
            ev("main", Kind::End, "done", 1500),
        ]
    }

    #[test]
    fn the_same_events_draw_the_same_bytes() {
        let a = draw(&sample(), "A run", "What it shows.");
        let b = draw(&sample(), "A run", "What it shows.");
        assert_eq!(a, b);
        assert!(a.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(a.ends_with("</svg>\n"));
    }

    #[test]
    fn the_picture_names_itself_for_screen_readers_and_escapes_text() {
        let svg = draw(&sample(), "Tom & Jerry <race>", "A \"desc\".");
        assert!(svg.contains("<title id=\"title\">Tom &amp; Jerry &lt;race&gt;</title>"));
        assert!(svg.contains("<desc id=\"desc\">A &quot;desc&quot;.</desc>"));
        assert!(svg.contains("aria-labelledby=\"title desc\""));
        assert!(svg.contains("sleep &lt;1 s&gt; &amp; more"));
        assert!(!svg.contains("<1 s>"));
    }

    #[test]
    fn one_lane_per_task_in_order_of_appearance_and_a_mark_per_event() {
        let svg = draw(&sample(), "t", "d");
        let names: Vec<&str> = svg
            .match_indices("class=\"lane-name\"")
            .map(|(i, _)| {
                let rest = &svg[i..];
                let open = rest.find('>').unwrap() + 1;
                &rest[open..open + rest[open..].find('<').unwrap()]
            })
            .collect();
        assert_eq!(names, ["main", "worker", "timer"]);
        for class in [
            "wait", "busy", "hold", "start", "send", "drop", "tick", "skip",
        ] {
            assert_eq!(
                svg.matches(&format!("class=\"{class}\"")).count(),
                1,
                "one mark of class {class}"
            );
        }
    }

    #[test]
    fn a_wait_lasts_until_the_lane_resumes() {
        let svg = draw(&sample(), "t", "d");
        // 1500 ms is rounded up to 1600 (steps of 200 ms); main waits from 0
        // to 1000 ms: 1000/1600 of the axis.
        let rect = svg.lines().find(|l| l.contains("class=\"wait\"")).unwrap();
        let x0: f64 = attr(rect, "x");
        let width: f64 = attr(rect, "width");
        let axis = svg
            .lines()
            .find(|l| l.starts_with("<line class=\"axis\""))
            .unwrap();
        let (a, b): (f64, f64) = (attr(axis, "x1"), attr(axis, "x2"));
        assert_eq!(x0, a);
        let expected = (b - a) * 1000.0 / 1600.0;
        assert!((width - expected).abs() < 0.2, "{width} vs {expected}");
    }

    fn attr(line: &str, name: &str) -> f64 {
        let key = format!(" {name}=\"");
        let i = line.find(&key).unwrap() + key.len();
        line[i..i + line[i..].find('"').unwrap()].parse().unwrap()
    }

    #[test]
    fn every_element_is_closed() {
        let svg = draw(&sample(), "t", "d");
        let opened = svg.matches('<').count();
        let self_closed = svg.matches("/>").count();
        let closing = svg.matches("</").count();
        assert_eq!(opened, self_closed + 2 * closing, "unbalanced tags:\n{svg}");
    }

    #[test]
    fn axis_steps_and_labels() {
        assert_eq!(tick_step(1), 1);
        assert_eq!(tick_step(2000), 200);
        assert_eq!(tick_step(7500), 1000);
        assert_eq!(tick_step(550), 100);
        assert_eq!(time_label(200, false), "200 ms");
        assert_eq!(time_label(3000, true), "3 s");
        assert_eq!(time_label(2500, true), "2.5 s");
        assert_eq!(num(12.25), "12.3");
        assert_eq!(num(40.0), "40");
    }

    #[test]
    fn labels_that_would_overlap_go_to_another_row() {
        let mut rows = Rows::new();
        assert_eq!(rows.place(300.0, 400.0), -18.0);
        assert_eq!(
            rows.place(0.0, 100.0),
            -18.0,
            "room on the left of the first"
        );
        assert_eq!(rows.place(50.0, 150.0), 32.0);
        assert_eq!(rows.place(120.0, 200.0), -18.0);
        assert_eq!(rows.place(120.0, 200.0), -36.0);
        // Every row is taken here: the first with the fewest labels.
        assert_eq!(rows.place(120.0, 200.0), 32.0);
    }

    #[test]
    fn events_at_one_moment_share_a_mark() {
        let ev = |kind, label: &str| Event {
            lane: "main".into(),
            kind,
            label: label.into(),
            at: Duration::ZERO,
        };
        let merged = merge(&[
            ev(Kind::Send, "a"),
            ev(Kind::Send, "b"),
            ev(Kind::Tick, "c"),
        ]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].label, "a, b");
        let svg = draw(&[ev(Kind::Wait, "never"), ev(Kind::End, "")], "t", "d");
        assert!(!svg.contains("never"), "a wait of no time is not drawn");
    }

    #[test]
    fn the_book_copy_is_named_after_the_listing() {
        let dir = "/r/listings/ch05-select-join/listing-05-13";
        assert_eq!(
            book_copy(dir, "timeline.svg"),
            Path::new("/r/src/images/timelines/listing-05-13.svg")
        );
        assert_eq!(
            book_copy(dir, "timeline-race.svg"),
            Path::new("/r/src/images/timelines/listing-05-13-race.svg")
        );
    }

    #[tokio::test(start_paused = true)]
    async fn declared_lanes_come_first_and_the_axis_can_reach_further() {
        let rec = Recorder::with_lanes(&["b", "a", "unused"]);
        rec.tick("a", "");
        rec.tick("c", "");
        rec.tick("b", "");
        assert_eq!(rec.lanes(), ["b", "a", "c"]);
        let svg = rec.svg_until("t", "d", Duration::from_secs(2));
        assert!(svg.contains(">2 s</text>"), "the axis reaches 2 s");
        assert!(!rec.svg("t", "d").contains(">2 s</text>"));
    }

    #[tokio::test(start_paused = true)]
    async fn the_recorder_notes_on_tokios_clock() {
        let rec = Recorder::new();
        let other = rec.clone();
        rec.start("a", "go");
        tokio::time::sleep(Duration::from_millis(250)).await;
        other.end("a", "done");
        let events = rec.events();
        assert_eq!(events.len(), 2);
        assert_eq!(events[1].at, Duration::from_millis(250));
        assert_eq!(rec.lanes(), ["a"]);
    }
}
