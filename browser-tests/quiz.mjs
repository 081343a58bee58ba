// The quizzes of the rendered book (mdbook-quiz), in headless Chromium.
//
//   node quiz.mjs [BOOK_DIR]
//
// BOOK_DIR defaults to ../book (written by `cargo course build`); the
// Markdown is read from src/ beside it. Uses Debian's Chromium
// (/usr/bin/chromium, or $CHROMIUM), never a downloaded one. Checks that:
// - every page whose Markdown has a `{{#quiz}}` shows one working quiz with as
//   many questions as its TOML file, and no page shows the raw directive;
// - a reader who answers one question right and one wrong sees each marked
//   so, the correct answer of the wrong one, and every explanation with its
//   link back to the teaching page;
// - the answers stay in the reader's browser: they are in localStorage, a
//   reload shows them again, and no request ever leaves 127.0.0.1;
// - the print page still renders, every quiz included.
// Ends with "quiz: N passed, M failed"; exits non-zero on any failure.

import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { join, dirname, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const bookDir = resolve(process.argv[2] ?? join(root, "book"));
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

const browser = await chromium.launch({
  executablePath,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
    "--disable-quic", "--disable-component-update", "--disable-sync"],
});
// One context for the whole run: localStorage persists across its pages, as
// in a reader's browser.
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const problems = [];
context.on("request", (req) => {
  const url = new URL(req.url());
  if (!["127.0.0.1", "localhost"].includes(url.hostname) && url.protocol !== "data:") {
    problems.push(`request to another host: ${req.url()}`);
  }
});
const page = await context.newPage();
page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error on ${page.url()}: ${msg.text()}`); });
page.on("pageerror", (err) => problems.push(`page error on ${page.url()}: ${err.message}`));

// The quiz's own data, as the preprocessor embedded it in the page.
async function quizData(locator) {
  const raw = await locator.getAttribute("data-quiz-questions");
  return JSON.parse(raw);
}

// Every page of SUMMARY.md: one quiz where the Markdown has one, rendered,
// with its number of questions.
const summary = readFileSync(join(srcDir, "SUMMARY.md"), "utf8");
const pages = [...summary.matchAll(/\]\(([^)]+)\.md\)/g)].map((m) => m[1]);
let withQuiz = 0;
for (const path of pages) {
  const md = readFileSync(join(srcDir, `${path}.md`), "utf8");
  const expected = (md.match(/\{\{#quiz /g) ?? []).length;
  await page.goto(`${base}/${path}.html`, { waitUntil: "load" });
  const raw = await page.$eval("main", (m) => m.textContent.includes("{{#quiz"));
  check(!raw, `${path}: the raw {{#quiz}} directive shows on the page (mdbook-quiz did not run)`);
  if (expected === 0) continue;
  withQuiz++;
  const quizzes = page.locator(".quiz-placeholder");
  await page.locator(".mdbook-quiz header").first().waitFor({ timeout: 10000 }).catch(() => {});
  check((await quizzes.count()) === expected, `${path}: ${expected} quiz(zes) in the Markdown, ${await quizzes.count()} on the page`);
  if ((await quizzes.count()) === 0) continue;
  const data = await quizData(quizzes.first());
  const counter = await page.locator(".mdbook-quiz .counter").first().textContent().catch(() => "");
  check(counter === `${data.questions.length} questions`, `${path}: the quiz says "${counter}", expected ${data.questions.length} questions`);
}
check(withQuiz >= 50, `only ${withQuiz} pages have a quiz`);

// One quiz, answered the way a reader would: the second question wrong,
// the others right.
const target = "ch01-async-basics/lazy-futures";
await page.goto(`${base}/${target}.html`, { waitUntil: "load" });
await page.evaluate(() => localStorage.clear());
await page.reload({ waitUntil: "load" });
const placeholder = page.locator(".quiz-placeholder").first();
const { questions } = await quizData(placeholder);
const quiz = page.locator(".mdbook-quiz").first();
const wrongIndex = 1;
await quiz.locator("button.start").click();
for (const [i, q] of questions.entries()) {
  const right = i !== wrongIndex;
  await quiz.locator(".counter", { hasText: `Question ${i + 1} / ${questions.length}` }).waitFor();
  if (q.type === "MultipleChoice") {
    const value = right ? q.answer.answer : q.prompt.distractors[0];
    await quiz.locator(`input[type=radio][value="${value.replace(/"/g, '\\"')}"]`).check();
  } else {
    await quiz.locator("input[type=text]").fill(right ? q.answer.answer : "certainly not this");
  }
  await quiz.locator("input[type=submit]").click();
}
await quiz.locator("text=Answer Review").waitFor();
const score = await quiz.locator("section > p strong").first().textContent();
check(score === `${questions.length - 1}/${questions.length}`, `the review says ${score} correct, expected ${questions.length - 1}/${questions.length}`);
const rows = quiz.locator(".answer-wrapper");
check((await rows.count()) === questions.length, `the review lists ${await rows.count()} answers`);
for (const [i, q] of questions.entries()) {
  const row = rows.nth(i);
  const correct = await row.locator(".correct").count();
  const incorrect = await row.locator(".incorrect").count();
  if (i === wrongIndex) check(incorrect > 0 && correct === 0, `question ${i + 1}, answered wrong, is not marked wrong`);
  else check(correct > 0 && incorrect === 0, `question ${i + 1}, answered right, is not marked right`);
}
// The correct answers, with every explanation and its link.
await quiz.locator("button", { hasText: "see the correct answers" }).first().click();
const wrongRow = rows.nth(wrongIndex);
await wrongRow.locator(".context").waitFor();
const shown = await wrongRow.locator(".answer-row").textContent();
check(shown.includes("The correct answer is:") && shown.includes(questions[wrongIndex].answer.answer),
  `the wrong answer's review does not give the correct answer: ${shown}`);
for (let i = 0; i < questions.length; i++) {
  const context = rows.nth(i).locator(".context");
  check((await context.count()) === 1, `question ${i + 1}: no explanation after the answers`);
  const hrefs = await context.locator("a[href]").evaluateAll((as) => as.map((a) => a.href));
  check(hrefs.length > 0, `question ${i + 1}: the explanation links nowhere`);
  for (const href of hrefs) {
    const url = new URL(href);
    check(url.origin === base && existsSync(join(bookDir, decodeURIComponent(url.pathname))),
      `question ${i + 1}: the explanation's link ${href} leads nowhere`);
  }
}
// Kept in the browser, and only there.
// mdbook-quiz keys the answers by the quiz's name (its file name).
const quizName = JSON.parse(await placeholder.getAttribute("data-quiz-name"));
const stored = await page.evaluate((key) => localStorage.getItem(key), `mdbook-quiz:${quizName}`);
check(stored !== null, "the answers are not in localStorage (book.toml: cache_answers)");
if (stored !== null) {
  const marks = JSON.parse(stored).answers.map((a) => a.correct);
  check(JSON.stringify(marks) === JSON.stringify(questions.map((_, i) => i !== wrongIndex)),
    `localStorage holds the wrong marks: ${JSON.stringify(marks)}`);
}
await page.reload({ waitUntil: "load" });
await page.locator(".mdbook-quiz").first().locator("text=Answer Review").waitFor({ timeout: 10000 }).catch(() => {});
const again = await page.locator(".mdbook-quiz section > p strong").first().textContent().catch(() => null);
check(again === `${questions.length - 1}/${questions.length}`, `after a reload the quiz shows ${again}, not the reader's answers`);

// The print page: every chapter's quizzes, and no error.
await page.goto(`${base}/print.html`, { waitUntil: "load" });
await page.locator(".mdbook-quiz header").first().waitFor({ timeout: 10000 }).catch(() => {});
const printed = await page.locator(".mdbook-quiz").count();
check(printed === withQuiz, `the print page shows ${printed} quizzes, expected ${withQuiz}`);
const headings = await page.$$eval("main h1", (hs) => hs.length);
check(headings > 0, "the print page has no chapters");

for (const p of problems) check(false, p);
await browser.close();
server.close();
console.log(`quiz: ${passed} passed, ${failed} failed (${withQuiz} pages with a quiz)`);
process.exit(failed === 0 ? 0 : 1);
