// Run and Test buttons on the book's listings, when the book is served by
// `cargo course serve` (course-server/). That server puts
// <meta name="course-server" content="TOKEN"> into the pages of readers who
// may run code; without it (the static book/, plain `mdbook serve`, a copy on
// a web host) this script does nothing at all: no buttons, no requests.
(function () {
  "use strict";
  const meta = document.querySelector('meta[name="course-server"]');
  if (!meta || !window.fetch || !window.ReadableStream) return;
  const token = meta.getAttribute("content");
  const mayEdit = meta.dataset.edit === "true";
  const headers = { "x-course-token": token, "content-type": "application/json" };

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // The path a caption names: its last code span (the caption's text may
  // hold code spans of its own, as in "Listing 16-6: `main` — path").
  function captionPath(caption) {
    const codes = caption.querySelectorAll("code");
    return codes.length ? codes[codes.length - 1] : null;
  }

  // "listings/ch01-async-basics/listing-01-02/src/main.rs" → its parts.
  function listingPath(caption) {
    const code = captionPath(caption);
    const m = code && code.textContent.trim().match(/^listings\/([^/]+)\/([^/]+)\/(.+\.rs)$/);
    return m ? { folder: `listings/${m[1]}/${m[2]}`, package: m[2], file: m[3], path: m[0] } : null;
  }

  function blockAfter(caption) {
    const p = caption.closest("p");
    const next = p ? p.nextElementSibling : caption.nextElementSibling;
    return next && next.tagName === "PRE" && next.querySelector("code") ? next : null;
  }

  // The output the book shows for a listing: the block under the caption
  // naming its output.txt, and whether the book says the order may differ.
  function bookOutput(folder) {
    for (const caption of document.querySelectorAll("main .caption")) {
      const code = captionPath(caption);
      if (!code || code.textContent.trim() !== `${folder}/output.txt`) continue;
      const pre = blockAfter(caption);
      if (!pre) continue;
      let unordered = false;
      const after = pre.nextElementSibling;
      if (after && after.classList && after.classList.contains("output-note")) unordered = true;
      return { text: pre.querySelector("code").textContent, unordered };
    }
    return null;
  }

  function normalize(text, unordered) {
    const lines = text.replace(/\r\n/g, "\n").split("\n").map((l) => l.trimEnd());
    while (lines.length && lines[lines.length - 1] === "") lines.pop();
    if (unordered) lines.sort();
    return lines.join("\n");
  }

  async function hello() {
    try {
      const res = await fetch("/__course/api/hello", { method: "POST", headers, body: "" });
      if (!res.ok) return null;
      const body = await res.json();
      return body && body.ok ? body : null;
    } catch (_) {
      return null;
    }
  }

  function attach(caption, pre, where, info, canEdit) {
    const code = pre.querySelector("code");
    const original = code.textContent;
    const key = `course-run:${where.path}`;
    const bar = el("div", "course-run-bar");
    bar.dataset.path = where.path;
    const buttons = {};
    const add = (name, label, title) => {
      const b = el("button", `course-run-${name}`, label);
      b.type = "button";
      b.title = title;
      bar.appendChild(b);
      buttons[name] = b;
      return b;
    };
    if (info.run) add("run", "▶ Run", `cargo run -p ${where.package}, on this machine`);
    if (info.test) add("test", "✓ Test", `cargo test -p ${where.package}, on this machine`);
    let editor = null;
    if (canEdit) {
      add("edit", "✎ Edit", "edit this code and run your version (in a scratch copy)");
      add("reset", "↺ Reset", "put the book's code back");
      buttons.reset.hidden = true;
    }
    const panel = el("div", "course-run-output");
    panel.dataset.path = where.path;
    panel.hidden = true;
    const status = el("div", "course-run-status");
    const log = el("pre", "course-run-log");
    panel.append(status, log);
    pre.after(bar, panel);

    function openEditor(text) {
      if (!editor) {
        editor = el("textarea", "course-run-editor");
        editor.spellcheck = false;
        editor.rows = Math.min(40, Math.max(6, original.split("\n").length + 1));
        editor.addEventListener("input", () => {
          localStorage.setItem(key, JSON.stringify({ original, text: editor.value }));
        });
        pre.after(editor);
        pre.hidden = true;
      }
      editor.value = text;
      buttons.edit.hidden = true;
      buttons.reset.hidden = false;
    }
    if (canEdit) {
      try {
        const saved = JSON.parse(localStorage.getItem(key) || "null");
        if (saved && saved.original === original) openEditor(saved.text);
        else if (saved) localStorage.removeItem(key);
      } catch (_) {
        localStorage.removeItem(key);
      }
      buttons.edit.addEventListener("click", () => {
        openEditor(original);
        localStorage.setItem(key, JSON.stringify({ original, text: original }));
        editor.focus();
      });
      buttons.reset.addEventListener("click", () => {
        localStorage.removeItem(key);
        if (editor) editor.remove();
        editor = null;
        pre.hidden = false;
        buttons.edit.hidden = false;
        buttons.reset.hidden = true;
      });
    }

    let running = null;
    for (const action of ["run", "test"]) {
      if (!buttons[action]) continue;
      const button = buttons[action];
      const label = button.textContent;
      button.addEventListener("click", async () => {
        // A second click cancels: the server sees the connection close and
        // kills what it started.
        if (running) {
          running.abort();
          return;
        }
        const controller = new AbortController();
        running = controller;
        for (const b of Object.values(buttons)) if (b !== button) b.disabled = true;
        button.textContent = "■ Stop";
        button.classList.add("course-run-running");
        panel.hidden = false;
        log.textContent = "";
        status.textContent = action === "run" ? "Building…" : "Building the tests…";
        status.className = "course-run-status";
        const edited = editor && editor.value !== original;
        const request = { package: where.package, action };
        if (edited) request.edit = { file: where.file, original, text: editor.value };
        let stdout = "";
        let exit = null;
        let summary = null;
        try {
          const res = await fetch("/__course/api/run", {
            method: "POST", headers, body: JSON.stringify(request), signal: controller.signal,
          });
          if (!res.ok) {
            let message = `refused (${res.status})`;
            try { message = (await res.json()).error || message; } catch (_) { /* not JSON */ }
            status.textContent = message;
            status.classList.add("course-run-failed");
            return;
          }
          const reader = res.body.getReader();
          const decoder = new TextDecoder();
          let pending = "";
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            pending += decoder.decode(value, { stream: true });
            let at;
            while ((at = pending.indexOf("\n")) >= 0) {
              const line = pending.slice(0, at);
              pending = pending.slice(at + 1);
              if (!line.trim()) continue;
              const e = JSON.parse(line);
              if (e.event === "stdout" || e.event === "stderr") {
                if (e.event === "stdout") stdout += e.text;
                if (status.textContent.startsWith("Building") || status.textContent.startsWith("Waiting")) {
                  status.textContent = action === "run" ? "Running…" : "Testing…";
                }
                log.appendChild(el("span", `course-run-${e.event}`, e.text));
              } else if (e.event === "progress") {
                log.appendChild(el("span", "course-run-progress", `${e.line}\n`));
                if (/^\s*Running/.test(e.line)) status.textContent = action === "run" ? "Running…" : "Testing…";
              } else if (e.event === "waiting") {
                status.textContent = `Waiting: ${e.message}`;
              } else if (e.event === "notice") {
                log.appendChild(el("span", "course-run-notice", `${e.message}\n`));
              } else if (e.event === "summary") {
                summary = e;
              } else if (e.event === "exit") {
                exit = e;
              }
            }
          }
          const parts = [];
          if (!exit) parts.push("The server stopped before the run ended.");
          else if (exit.phase === "build") parts.push("Does not compile (see above).");
          else if (exit.timed_out) parts.push("Stopped at the time limit.");
          else if (exit.capped) parts.push("Stopped: too much output.");
          else if (exit.code !== null && exit.code !== undefined) parts.push(`Exit status ${exit.code}.`);
          else if (exit.signal) parts.push(`Killed by signal ${exit.signal}.`);
          if (summary) parts.push(`Tests: ${summary.passed} passed, ${summary.failed} failed.`);
          status.textContent = parts.join(" ");
          status.classList.add(exit && exit.success ? "course-run-ok" : "course-run-failed");
          if (exit && exit.phase === "run" && !exit.timed_out && !exit.capped) {
            const book = bookOutput(where.folder);
            if (book) {
              const same = normalize(stdout, book.unordered) === normalize(book.text, book.unordered);
              const match = el("span", "course-run-match",
                same ? " ✓ Matches the book's output." : " ✗ Differs from the book's output.");
              match.classList.add(same ? "course-run-ok" : "course-run-failed");
              status.appendChild(match);
            }
          }
          if (edited) status.appendChild(el("span", "course-run-edited", " (your edited version)"));
        } catch (err) {
          if (controller.signal.aborted) {
            status.textContent = "Cancelled.";
          } else {
            status.textContent = `Lost the connection to the course server (${err.message}).`;
            status.classList.add("course-run-failed");
          }
        } finally {
          running = null;
          button.textContent = label;
          button.classList.remove("course-run-running");
          for (const b of Object.values(buttons)) b.disabled = false;
        }
      });
    }
  }

  async function start() {
    const info = await hello();
    if (!info) return;
    for (const caption of document.querySelectorAll("main .caption")) {
      const where = listingPath(caption);
      if (!where) continue;
      const listing = info.listings[where.package];
      if (!listing || listing.folder !== where.folder || !(listing.run || listing.test)) continue;
      const pre = blockAfter(caption);
      if (!pre) continue;
      attach(caption, pre, where, listing, mayEdit && info.edit);
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
