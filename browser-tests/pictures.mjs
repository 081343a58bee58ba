// The book's pictures (timelines and concept diagrams), in headless Chromium.
//
//   node pictures.mjs [BOOK_DIR] [SCREENSHOT_DIR]
//
// BOOK_DIR defaults to ../book (written by `cargo course build`); the
// Markdown is read from src/ beside it. Screenshots go to
// ../target/screenshots. Uses Debian's Chromium (/usr/bin/chromium, or
// $CHROMIUM), never a downloaded one. For every page whose Markdown shows a
// picture (`<img>`), in the light theme and in the dark ones (coal, navy,
// ayu), checks that every picture:
// - is on the page, as many as in the Markdown, each with the Markdown's alt
//   text and its caption right above it;
// - loads (naturalWidth > 0, no 4xx answer), is visible, and is drawn at a
//   readable size (at least 400 px wide in a 1280 px window);
// - is drawn on its own light panel, so it reads the same on a dark page;
// then that the print page shows every picture too. Screenshots of a few
// pictures in light and dark go to SCREENSHOT_DIR.
// Ends with "pictures: N passed, M failed"; exits non-zero on any failure.

import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { join, dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const bookDir = resolve(process.argv[2] ?? join(root, "book"));
const shots = resolve(process.argv[3] ?? join(root, "target", "screenshots"));
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

const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml",
  ".png": "image/png", ".woff2": "font/woff2", ".woff": "font/woff", ".ttf": "font/ttf", ".json": "application/json" };
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
const base = `http://127.0.0.1:${server.address().port}`;

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else { failed++; console.log(`FAIL ${what}`); }
}

// The pages that show pictures, and each picture's alt text, from the Markdown.
const summary = readFileSync(join(srcDir, "SUMMARY.md"), "utf8");
const pages = [...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]);
const withPictures = [];
for (const path of pages) {
  const md = readFileSync(join(srcDir, `${path}.md`), "utf8");
  const imgs = [...md.matchAll(/^<img [^>]*>/gm)].map((m) => ({
    src: (m[0].match(/ src="([^"]*)"/) ?? [])[1],
    alt: (m[0].match(/ alt="([^"]*)"/) ?? [])[1] ?? "",
  }));
  if (imgs.length > 0) withPictures.push({ path, imgs });
}
const total = withPictures.reduce((n, p) => n + p.imgs.length, 0);
check(total >= 15, `the Markdown shows ${total} pictures; expected at least 15 (12 timelines, 3 diagrams)`);

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-quic", "--disable-component-update", "--disable-sync"],
});

async function open(context, path) {
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
  page.on("response", (res) => { if (res.status() >= 400) problems.push(`${res.status()} for ${res.url()}`); });
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") {
      problems.push(`request to another host: ${req.url()}`);
    }
  });
  await page.goto(`${base}/${path}`, { waitUntil: "load" });
  return { page, problems };
}

// What the browser sees of each picture: size, load state, caption above,
// and the colour of its top-left corner (its own panel, if it has one).
async function inspect(page) {
  return page.$$eval("main img", async (imgs) => Promise.all(imgs.map(async (img) => {
    img.scrollIntoView({ block: "center" });
    if (!img.complete) await new Promise((ok) => { img.onload = ok; img.onerror = ok; });
    try { await img.decode(); } catch { /* reported as naturalWidth 0 */ }
    const box = img.getBoundingClientRect();
    const style = getComputedStyle(img);
    let corner = null;
    if (img.naturalWidth > 0) {
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const [r, g, b, a] = ctx.getImageData(8, 8, 1, 1).data;
      corner = { r, g, b, a };
    }
    const holder = img.closest("p") ?? img;
    const prev = holder.previousElementSibling;
    return {
      src: img.getAttribute("src"),
      alt: img.getAttribute("alt") ?? "",
      naturalWidth: img.naturalWidth,
      width: box.width,
      height: box.height,
      visible: style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0,
      caption: prev?.querySelector?.(".caption.picture")?.textContent ?? null,
      corner,
    };
  })));
}

const themes = ["light", "coal", "navy", "ayu"];
for (const theme of themes) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((t) => localStorage.setItem("mdbook-theme", t), theme);
  for (const { path, imgs } of withPictures) {
    const { page, problems } = await open(context, `${path}.html`);
    const htmlClass = await page.evaluate(() => document.documentElement.className);
    check(htmlClass.split(" ").includes(theme), `${path} [${theme}]: the page is not in the ${theme} theme (${htmlClass})`);
    const seen = await inspect(page);
    check(seen.length === imgs.length, `${path} [${theme}]: ${imgs.length} pictures in the Markdown, ${seen.length} on the page`);
    for (const [i, img] of seen.entries()) {
      const where = `${path} [${theme}] ${img.src}`;
      check(img.naturalWidth > 0, `${where}: does not load`);
      check(img.visible, `${where}: is not visible`);
      check(img.width >= 400, `${where}: drawn ${Math.round(img.width)} px wide, too small to read`);
      check(img.alt.trim().split(/\s+/).length >= 6, `${where}: alt text "${img.alt}" does not say what it shows`);
      check(imgs[i] && img.alt === imgs[i].alt, `${where}: alt text differs from the Markdown's`);
      check(img.caption !== null && img.caption.startsWith("Figure "), `${where}: no "Figure" caption right above it`);
      const c = img.corner;
      const light = c && c.a > 200 && (0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b) > 200;
      check(light, `${where}: not on a light panel of its own (corner ${JSON.stringify(c)})`);
    }
    for (const p of problems) check(false, `${path} [${theme}]: ${p}`);
    await page.close();
  }
  // A few screenshots for a reviewer, of the picture and its caption.
  for (const [path, n, name] of [
    ["ch05-select-join/cancellation-safety", 0, "lossy"],
    ["ch09-time/interval", 0, "missed-ticks"],
    ["ch11-blocking/starving", 0, "blocked"],
    ["ch01-async-basics/poll-model", 0, "poll-wake"],
  ]) {
    if (theme !== "light" && theme !== "coal") break;
    if (!withPictures.some((p) => p.path === path)) continue;
    const { page } = await open(context, `${path}.html`);
    const img = (await page.$$("main img"))[n];
    await img.scrollIntoViewIfNeeded();
    const box = await img.boundingBox();
    await page.screenshot({
      path: join(shots, `picture-${name}-${theme}.png`),
      clip: { x: Math.max(0, box.x - 20), y: Math.max(0, box.y - 60), width: box.width + 40, height: box.height + 80 },
    });
    await page.close();
  }
  await context.close();
}

// The print page holds every picture, loaded.
{
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, problems } = await open(context, "print.html");
  const seen = await inspect(page);
  check(seen.length === total, `print page: ${seen.length} pictures, ${total} in the Markdown`);
  for (const img of seen) check(img.naturalWidth > 0, `print page: ${img.src} does not load`);
  for (const p of problems) check(false, `print page: ${p}`);
  await context.close();
}

await browser.close();
server.close();
console.log(`screenshots: ${shots}/picture-*.png`);
console.log(`pictures: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
