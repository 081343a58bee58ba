// Measures the Run button: the time from the click (the page's request) to
// the program's first line of output, as the page receives it.
//
//   node scripts/bench-run-buttons.mjs     (after `cargo build -p course-server`)
//
// 1. cold: a first run of listing 1-2 on an empty target dir
//    (target/bench-run-cold, removed at the end);
// 2. warm: the same, built (median of 5);
// 3. the first edited run on an empty scratch target dir (target/course-scratch
//    is emptied first), then warm edited runs (median of 3).
// Prints one line per figure; BENCHMARKS.md has the table.

import { spawn, execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const mdbook = execFileSync("cargo", ["course", "mdbook"], { cwd: root, encoding: "utf8" }).trim();
const server = join(root, "target", "debug", "course-server");
const page = "ch01-async-basics/lazy-futures.html";

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const port = s.address().port;
  await new Promise((ok) => s.close(ok));
  return port;
}

async function start(env) {
  const port = await freePort();
  const child = spawn(server, ["--root", root, "--mdbook", mdbook, "--port", String(port), "-d", "target/bench-run-book"], {
    cwd: root, env: { ...process.env, ...env }, stdio: "ignore", detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    try {
      const html = await (await fetch(`${base}/${page}`)).text();
      const m = html.match(/<meta name="course-server" content="([0-9a-f]+)"/);
      if (m) return { base, token: m[1], stop: () => process.kill(-child.pid, "SIGINT") };
    } catch (_) { /* not yet */ }
    await new Promise((ok) => setTimeout(ok, 250));
  }
  throw new Error("the course server did not start");
}

// Seconds from the request to the first stdout event.
async function click(s, body) {
  const t0 = performance.now();
  const res = await fetch(`${s.base}/__course/api/run`, {
    method: "POST",
    headers: { origin: s.base, "x-course-token": s.token, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`refused: ${await res.text()}`);
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  let pending = "";
  let first = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    pending += decoder.decode(value, { stream: true });
    if (first === null && pending.includes('"event":"stdout"')) first = (performance.now() - t0) / 1000;
  }
  if (first === null) throw new Error(`no output: ${pending.slice(-2000)}`);
  return first;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const run = { package: "listing-01-02", action: "run" };
const shown = execFileSync("sed", ["-n", "/ANCHOR: main/,/ANCHOR_END: main/p",
  join(root, "listings/ch01-async-basics/listing-01-02/src/main.rs")], { encoding: "utf8" })
  .split("\n").filter((l) => !l.includes("ANCHOR")).join("\n");
const edited = (n) => ({ ...run, edit: { file: "src/main.rs", original: shown, text: shown.replace("created the future", `made the future (${n})`) } });

// Its own target dir, empty at first: a cold first run, then warm ones that
// no other cargo on the machine holds up (a learner's target dir is theirs).
const coldDir = join(root, "target", "bench-run-cold");
rmSync(coldDir, { recursive: true, force: true });
const s = await start({ CARGO_TARGET_DIR: coldDir });
try {
  console.log(`cold run (empty target dir), click to output: ${(await click(s, run)).toFixed(1)} s`);
  const times = [];
  for (let i = 0; i < 5; i++) times.push(await click(s, run));
  console.log(`warm run, click to output: median ${median(times).toFixed(2)} s of ${times.map((t) => t.toFixed(2)).join(", ")}`);

  rmSync(join(root, "target", "course-scratch"), { recursive: true, force: true });
  console.log(`first edited run (empty scratch target dir): ${(await click(s, edited(0))).toFixed(1)} s`);
  const etimes = [];
  for (let i = 1; i <= 3; i++) etimes.push(await click(s, edited(i)));
  console.log(`edited run, warm: median ${median(etimes).toFixed(2)} s of ${etimes.map((t) => t.toFixed(2)).join(", ")}`);
} finally {
  s.stop();
  rmSync(coldDir, { recursive: true, force: true });
}
process.exit(0);
