// The Run and Test buttons, the way a reader uses them: in headless Chromium.
//
//   node run-buttons.mjs [BOOK_DIR]
//
// Starts `cargo course serve` on a free port (its book written to
// target/run-buttons-book, not book/), then on the page of listing 1-2:
// clicks Run and sees the program's output, equal to its output.txt, and
// "matches the book's output"; clicks Test and sees the tests' summary;
// edits the listing, runs the edit, sees the edited output (kept after a
// reload), and resets it; a second click stops a run of listing 16-6 (a
// server) and its program. On every page, each listing block has buttons.
// No console error, no request to another host.
// Then the static book in BOOK_DIR (default ../book, from `cargo course
// build`) served by a plain file server: no buttons and no request to the
// course server. Ends with "run-buttons: N passed, M failed".

import { chromium } from "playwright-core";
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync, mkdirSync } from "node:fs";
import { join, dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const bookDir = resolve(process.argv[2] ?? join(root, "book"));
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const listing = "listings/ch01-async-basics/listing-01-02";
const pagePath = "ch01-async-basics/lazy-futures.html";
const mainRs = `${listing}/src/main.rs`;
// A first run may build the listing and its dependencies.
const BUILD_MS = 15 * 60 * 1000;

for (const [what, path] of [["a book", join(bookDir, "index.html")], ["Chromium", executablePath]]) {
  if (!existsSync(path)) {
    console.error(`no ${what} at ${path} (run \`cargo course build\`; install Debian's chromium)`);
    process.exit(2);
  }
}

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${what}`); }
}

async function freePort() {
  const s = createServer();
  await new Promise((ok) => s.listen(0, "127.0.0.1", ok));
  const port = s.address().port;
  await new Promise((ok) => s.close(ok));
  return port;
}

// `cargo course serve`, in its own process group so that it stops whole.
const port = await freePort();
const serve = spawn("cargo", ["course", "serve", "--", "--port", String(port), "-d", "target/run-buttons-book"], {
  cwd: root, detached: true, stdio: ["ignore", "pipe", "pipe"],
  env: { ...process.env, COURSE_TEST_TIMEOUT: "600" },
});
let serveLog = "";
serve.stdout.on("data", (d) => { serveLog += d; });
serve.stderr.on("data", (d) => { serveLog += d; });
let serveExited = false;
serve.on("exit", () => { serveExited = true; });
function stopServe() {
  if (serveExited) return;
  try { process.kill(-serve.pid, "SIGINT"); } catch (_) { /* gone */ }
  setTimeout(() => { try { process.kill(-serve.pid, "SIGKILL"); } catch (_) { /* gone */ } }, 5000).unref();
}
process.on("exit", stopServe);

const base = `http://127.0.0.1:${port}`;
async function served() {
  const until = Date.now() + BUILD_MS;
  while (Date.now() < until && !serveExited) {
    try {
      const res = await fetch(`${base}/${pagePath}`);
      if (res.ok && (await res.text()).includes('name="course-server"')) return true;
    } catch (_) { /* not yet */ }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  return false;
}
const up = await served();
check(up, `cargo course serve did not serve a page with the course server's tag:\n${serveLog.slice(-3000)}`);
if (!up) {
  stopServe();
  console.log(`run-buttons: ${passed} passed, ${failed} failed`);
  process.exit(1);
}

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-quic", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const problems = [];
const courseRequests = [];
function watch(page, where) {
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`${where}: console error: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`${where}: page error: ${err.message}`));
  page.on("response", (res) => { if (res.status() >= 400) problems.push(`${where}: ${res.status()} for ${res.url()}`); });
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") {
      problems.push(`${where}: request to another host: ${req.url()}`);
    }
    if (url.pathname.startsWith("/__course/")) courseRequests.push(`${where}: ${url.pathname}`);
  });
}

const expected = readFileSync(join(root, listing, "output.txt"), "utf8");
const bar = (path) => `.course-run-bar[data-path="${path}"]`;
const panel = (path) => `.course-run-output[data-path="${path}"]`;

async function finished(page, path) {
  // The status line says how the run ended once it has.
  await page.waitForFunction((sel) => {
    const s = document.querySelector(`${sel} .course-run-status`);
    return s && /(Exit status|Does not compile|Stopped|Killed|Tests:|refused|Lost the connection|server stopped)/.test(s.textContent);
  }, panel(path), { timeout: BUILD_MS });
  return page.$eval(panel(path), (p) => ({
    status: p.querySelector(".course-run-status").textContent,
    stdout: [...p.querySelectorAll(".course-run-stdout")].map((s) => s.textContent).join(""),
    stderr: [...p.querySelectorAll(".course-run-stderr")].map((s) => s.textContent).join(""),
  }));
}

// Live reload still works behind the course server: the page's websocket
// to mdBook's /__livereload opens through it.
{
  const page = await context.newPage();
  watch(page, "live reload");
  await page.goto(`${base}/${pagePath}`, { waitUntil: "load" });
  const opened = await page.evaluate(() => new Promise((ok) => {
    const s = new WebSocket(`ws://${location.host}/__livereload`);
    s.onopen = () => { s.close(); ok(true); };
    s.onerror = () => ok(false);
    setTimeout(() => ok(false), 20000);
  }));
  check(opened, "the live-reload websocket opens through the course server");
  await page.close();
}
// From here on, a rebuild of the book (someone saving a page) must not
// reload the page in the middle of a run: the live-reload socket is mocked.
await context.routeWebSocket(/\/__livereload$/, () => {});

try {
  const page = await context.newPage();
  watch(page, "served page");
  await page.goto(`${base}/${pagePath}`, { waitUntil: "load" });
  await page.waitForSelector(bar(mainRs), { timeout: 30000 });
  const bars = await page.$$eval(".course-run-bar", (bs) => bs.map((b) => b.dataset.path));
  check(bars.includes(`${listing}/src/lib.rs`) && bars.includes(`${listing}/tests/lazy.rs`),
    `every listing block of the page has buttons: ${bars.join(", ")}`);
  check(!bars.some((p) => p.endsWith("output.txt")), "no buttons under an output");

  // Run: the program's output, streamed, equal to output.txt.
  await page.click(`${bar(mainRs)} .course-run-run`);
  let run = await finished(page, mainRs);
  check(run.stdout === expected, `Run shows the output.txt:\n${JSON.stringify(run.stdout)}\nvs\n${JSON.stringify(expected)}`);
  check(run.status.includes("Exit status 0."), `Run's status: ${run.status}`);
  check(run.status.includes("Matches the book's output."), `Run says it matches the book: ${run.status}`);
  mkdirSync(join(root, "target", "screenshots"), { recursive: true });
  await page.$eval(bar(mainRs), (b) => b.previousElementSibling.scrollIntoView());
  await page.screenshot({ path: join(root, "target", "screenshots", "run-buttons.png") });

  // Test: the summary of the listing's tests.
  await page.click(`${bar(mainRs)} .course-run-test`);
  const test = await finished(page, mainRs);
  check(/Tests: [1-9]\d* passed, 0 failed\./.test(test.status), `Test's summary: ${test.status}`);
  const log = await page.$eval(`${panel(mainRs)} .course-run-log`, (l) => l.textContent);
  check(log.includes("test result: ok."), "Test shows libtest's own lines");

  // Edit and run the edit, in a scratch copy.
  const before = readFileSync(join(root, mainRs), "utf8");
  await page.click(`${bar(mainRs)} .course-run-edit`);
  await page.waitForSelector(".course-run-editor");
  const text = await page.$eval(".course-run-editor", (t) => t.value);
  check(text.includes("created the future"), "the editor holds the listing's code");
  await page.fill(".course-run-editor", text.replace("created the future", "made the future"));
  await page.click(`${bar(mainRs)} .course-run-run`);
  run = await finished(page, mainRs);
  check(run.stdout === expected.replace("created the future", "made the future"),
    `the edited program's output: ${JSON.stringify(run.stdout)}`);
  check(run.status.includes("Differs from the book's output.") && run.status.includes("your edited version"),
    `the status of an edited run: ${run.status}`);
  check(readFileSync(join(root, mainRs), "utf8") === before, "the listing's own file is untouched");

  // The edit is kept in the browser until reset.
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector(".course-run-editor", { timeout: 30000 });
  const kept = await page.$eval(".course-run-editor", (t) => t.value);
  check(kept.includes("made the future"), "the edit survives a reload");
  await page.click(`${bar(mainRs)} .course-run-reset`);
  check((await page.$$(".course-run-editor")).length === 0, "reset removes the editor");
  const shown = await page.$eval(`${bar(mainRs)}`, (b) => {
    const pre = b.previousElementSibling;
    return pre && !pre.hidden ? pre.querySelector("code").textContent : null;
  });
  check(shown !== null && shown.includes("created the future"), "reset shows the book's code again");
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector(bar(mainRs), { timeout: 30000 });
  check((await page.$$(".course-run-editor")).length === 0, "after a reset, a reload shows no edit");
  await page.close();
} catch (err) {
  check(false, `served book: ${err.stack ?? err}`);
}

// A second click stops a run: listing 16-6 serves until Ctrl-C (the time
// limit is set to 10 minutes above, so only the click can stop it).
try {
  const path = "listings/ch16-async-io/listing-16-06/src/main.rs";
  const page = await context.newPage();
  watch(page, "cancel");
  await page.goto(`${base}/ch16-async-io/shutdown.html`, { waitUntil: "load" });
  await page.waitForSelector(bar(path), { timeout: 30000 });
  await page.click(`${bar(path)} .course-run-run`);
  await page.waitForSelector(`${panel(path)} .course-run-stdout`, { timeout: BUILD_MS });
  check((await page.$eval(`${bar(path)} .course-run-run`, (b) => b.textContent)) === "■ Stop", "a running Run button offers Stop");
  const running = () => execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
    .split("\n").filter((l) => /\/listing-16-06$/.test(l.trim())).length;
  check(running() === 1, "the program runs");
  await page.click(`${bar(path)} .course-run-run`);
  await page.waitForFunction((sel) => document.querySelector(`${sel} .course-run-status`).textContent === "Cancelled.",
    panel(path), { timeout: 30000 });
  let left = running();
  for (let i = 0; i < 300 && left > 0; i++) {
    await new Promise((ok) => setTimeout(ok, 100));
    left = running();
  }
  check(left === 0, "Stop ends the program");
  await page.close();
} catch (err) {
  check(false, `cancel: ${err.stack ?? err}`);
}

// Every page: each block whose caption names a Rust file of a listing that
// has a main or tests gets its buttons.
try {
  const summary = readFileSync(join(root, "src", "SUMMARY.md"), "utf8");
  const pages = [...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]);
  let blocks = 0;
  for (const path of pages) {
    const page = await context.newPage();
    watch(page, path);
    await page.goto(`${base}/${path}.html`, { waitUntil: "load" });
    const named = await page.$$eval("main .caption", (cs) => cs.map((c) => {
      const codes = c.querySelectorAll("code");
      return codes.length ? codes[codes.length - 1].textContent.trim() : "";
    }));
    const want = named.filter((n) => {
      const m = n.match(/^(listings\/[^/]+\/[^/]+)\/.+\.rs$/);
      return m && (existsSync(join(root, m[1], "src", "main.rs")) || existsSync(join(root, m[1], "tests")));
    });
    if (want.length > 0) {
      await page.waitForSelector(".course-run-bar", { timeout: 30000 }).catch(() => {});
    }
    const bars = await page.$$eval(".course-run-bar", (bs) => bs.map((b) => b.dataset.path));
    check(JSON.stringify(bars) === JSON.stringify(want), `${path}: buttons under ${JSON.stringify(bars)}, listings ${JSON.stringify(want)}`);
    blocks += bars.length;
    await page.close();
  }
  check(blocks > 100, `buttons under ${blocks} listing blocks in all`);
  console.log(`buttons under ${blocks} listing blocks on ${pages.length} pages`);
} catch (err) {
  check(false, `every page: ${err.stack ?? err}`);
}

// The static book: no buttons, no request to a course server.
{
  const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
    ".woff2": "font/woff2", ".json": "application/json" };
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
    let file = join(bookDir, path);
    if (!file.startsWith(bookDir)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) { res.writeHead(404).end("not found"); return; }
    res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const page = await context.newPage();
  watch(page, "static book");
  await page.goto(`http://127.0.0.1:${server.address().port}/${pagePath}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  check((await page.$$("main .caption")).length > 0, "the static page shows its listings");
  check((await page.$$(".course-run-bar, .course-run-output")).length === 0, "the static book shows no Run or Test button");
  check(!courseRequests.some((r) => r.startsWith("static book")), `the static book asks no course server: ${courseRequests}`);
  await page.close();
  server.close();
}

for (const p of problems) check(false, p);
await browser.close();
stopServe();
console.log(`run-buttons: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
