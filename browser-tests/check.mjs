// Checks the rendered book the way readers see it: in headless Chromium.
//
//   node check.mjs [BOOK_DIR] [SCREENSHOT_DIR]
//
// BOOK_DIR defaults to ../book (written by `cargo course build`), screenshots
// go to ../target/screenshots. Uses Debian's Chromium (/usr/bin/chromium, or
// $CHROMIUM); it never downloads a browser. For every page in src/SUMMARY.md:
// it loads with no console error and no request to any host but ours; each
// listing caption in the Markdown shows up above a code block whose include was
// expanded; speaker notes are closed, and open on a click. Then: the search
// finds terms from late chapters, and the print page renders every chapter.
// Ends with "browser: N passed, M failed"; exits non-zero on any failure.

import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { join, dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const bookDir = resolve(process.argv[2] ?? join(root, "book"));
const shots = resolve(process.argv[3] ?? join(root, "target", "screenshots"));
// The Markdown the book was built from: src/ beside the book folder.
const srcDir = resolve(bookDir, "..", "src");
const executablePath = process.env.CHROMIUM ?? "/usr/bin/chromium";

if (!existsSync(join(bookDir, "index.html"))) {
  console.error(`no book in ${bookDir}: run \`cargo course build\` first`);
  process.exit(2);
}
if (!existsSync(executablePath)) {
  console.error(`no Chromium at ${executablePath}: install Debian's \`chromium\` package, or set CHROMIUM`);
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// A static file server on 127.0.0.1, on a free port.
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
  ".png": "image/png", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".json": "application/json",
  ".txt": "text/plain", ".zip": "application/zip" };
const server = createServer((req, res) => {
  let path = decodeURIComponent(new URL(req.url, "http://127.0.0.1").pathname);
  let file = join(bookDir, path);
  if (!file.startsWith(bookDir)) { res.writeHead(403).end(); return; }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
  if (!existsSync(file)) { res.writeHead(404).end("not found"); return; }
  res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
const base = `http://127.0.0.1:${server.address().port}`;

// The pages, from SUMMARY.md: `[Title](path.md)`.
const summary = readFileSync(join(srcDir, "SUMMARY.md"), "utf8");
const pages = [...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]);

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${what}`); }
}

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-quic", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });

async function open(path) {
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error: ${msg.text()}`); });
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") {
      problems.push(`request to another host: ${req.url()}`);
    }
  });
  page.on("response", (res) => { if (res.status() >= 400) problems.push(`${res.status()} for ${res.url()}`); });
  await page.goto(`${base}/${path}`, { waitUntil: "load" });
  return { page, problems };
}

for (const path of pages) {
  const { page, problems } = await open(`${path}.html`);
  const md = readFileSync(join(srcDir, `${path}.md`), "utf8");
  // Listings: every caption of the Markdown is on the page, followed by code.
  const captions = (md.match(/<span class="caption">/g) ?? []).length;
  // (Pictures' captions, `caption picture`, are pictures.mjs's to check.)
  const shown = await page.$$eval("main .caption:not(.picture)", (els) => els.map((el) => {
    let next = el.closest("p")?.nextElementSibling ?? el.nextElementSibling;
    return { text: el.textContent, code: next?.tagName === "PRE" ? next.textContent : null };
  }));
  check(shown.length === captions, `${path}: ${captions} captions in the Markdown, ${shown.length} on the page`);
  for (const s of shown) {
    check(s.code !== null && s.code.trim().length > 0, `${path}: no code under the caption "${s.text}"`);
    check(s.code === null || !s.code.includes("{{#"), `${path}: an include was not expanded under "${s.text}"`);
  }
  // Speaker notes: closed until clicked.
  const notes = await page.$$("details.speaker-notes");
  if (path.startsWith("ch")) check(notes.length > 0, `${path}: no speaker notes`);
  for (const note of notes) {
    check(!(await note.evaluate((d) => d.open)), `${path}: speaker notes are open by default`);
    const body = await note.$("ul, p");
    if (body) {
      check(!(await body.isVisible()), `${path}: speaker notes are visible before a click`);
      await (await note.$("summary")).click();
      check(await body.isVisible(), `${path}: speaker notes do not open on a click`);
    }
  }
  // Every link to another page of the book leads to a file that exists.
  const hrefs = await page.$$eval("main a[href]", (as) => as.map((a) => a.href));
  for (const href of hrefs) {
    const url = new URL(href);
    if (url.origin !== base) continue;
    const file = join(bookDir, decodeURIComponent(url.pathname));
    check(existsSync(file), `${path}: the link ${url.pathname} leads nowhere`);
  }
  for (const p of problems) check(false, `${path}: ${p}`);
  check(problems.length === 0, `${path}: loads cleanly`);
  await page.close();
}

// Search finds terms that only late chapters teach.
for (const [term, where] of [["JoinSet", "ch03"], ["MissedTickBehavior", "ch09"]]) {
  if (!pages.some((p) => p.startsWith(where))) continue;
  const { page, problems } = await open("index.html");
  await page.click("#mdbook-search-toggle");
  await page.waitForSelector("#mdbook-searchbar", { state: "visible" });
  // The index loads in the background after the first click; type again
  // until results show, so a slow machine does not fail the check.
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.fill("#mdbook-searchbar", "");
    await page.type("#mdbook-searchbar", term, { delay: 20 });
    const found = await page
      .waitForSelector("#mdbook-searchresults li a", { timeout: 5000 })
      .then(() => true, () => false);
    if (found) break;
  }
  const links = await page.$$eval("#mdbook-searchresults li a", (as) => as.map((a) => a.getAttribute("href")));
  check(links.some((href) => href.includes(where)), `search for ${term} finds a page of ${where}: ${links.join(", ")}`);
  for (const p of problems) check(false, `search: ${p}`);
  await page.close();
}

// The print page holds every chapter.
{
  const { page, problems } = await open("print.html");
  const headings = await page.$$eval("main h1", (hs) => hs.map((h) => h.textContent.trim()));
  const chapterTitles = [...summary.matchAll(/^- \[([^\]]+)\]\(ch/gm)].map((m) => m[1].replace(/\\</g, "<"));
  for (const title of chapterTitles) check(headings.includes(title), `print page: no chapter "${title}"`);
  for (const p of problems) check(false, `print page: ${p}`);
  await page.close();
}

// Two screenshots for a reviewer: a page with listings, and its notes open.
{
  const target = pages.find((p) => p.includes("ch03-spawning-tasks/spawn")) ?? pages.find((p) => p.startsWith("ch01-async-basics/first-program"));
  const { page } = await open(`${target}.html`);
  await page.screenshot({ path: join(shots, "listing-page.png"), fullPage: false });
  const summaryEl = await page.$("details.speaker-notes summary");
  if (summaryEl) {
    await summaryEl.click();
    await summaryEl.scrollIntoViewIfNeeded();
  }
  await page.screenshot({ path: join(shots, "speaker-notes-open.png"), fullPage: false });
  await page.close();
  console.log(`screenshots: ${shots}/listing-page.png, ${shots}/speaker-notes-open.png`);
}

await browser.close();
server.close();
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
