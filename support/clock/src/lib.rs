//! `#[course_clock::paused_under_test]`: one line above `#[tokio::main]` in a
//! listing whose program waits for seconds.
//!
//! Run as you run it (`cargo run`, or the Run button), the program is the
//! `#[tokio::main] async fn main` the book shows: the same runtime runs the
//! same body (written out once as a plain `async fn`, which the
//! `#[tokio::main]` function awaits). When the environment variable `COURSE_PAUSED_CLOCK` is set, as
//! the listing's test sets it, the same `main` body runs instead on a
//! current-thread runtime whose clock starts paused (chapter 9 explains the
//! paused clock). Every `sleep` then ends at once in real time while tokio's
//! clock moves by the time slept, so the test runs the real binary, compares
//! everything it prints with `output.txt`, and waits for nothing.
//!
//! The book shows the file from `#[tokio::main]` down; this line sits above
//! the anchor.
//!
//! Written against `proc_macro` alone (no syn), so it adds nothing to build.

use proc_macro::{Delimiter, Group, Ident, Punct, Spacing, Span, TokenStream, TokenTree};

/// Put above `#[tokio::main]` on `async fn main`. See the crate docs.
#[proc_macro_attribute]
pub fn paused_under_test(args: TokenStream, item: TokenStream) -> TokenStream {
    if !args.is_empty() {
        return error("`paused_under_test` takes no arguments");
    }
    match expand(item) {
        Ok(tokens) => tokens,
        Err(message) => error(message),
    }
}

fn expand(item: TokenStream) -> Result<TokenStream, &'static str> {
    let tokens: Vec<TokenTree> = item.into_iter().collect();

    // Split the item into its attributes (`#` then `[...]`) and the rest.
    let mut attrs: Vec<(TokenTree, TokenTree)> = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        match (&tokens[i], &tokens[i + 1]) {
            (TokenTree::Punct(p), TokenTree::Group(g))
                if p.as_char() == '#' && g.delimiter() == Delimiter::Bracket =>
            {
                attrs.push((tokens[i].clone(), tokens[i + 1].clone()));
                i += 2;
            }
            _ => break,
        }
    }
    let rest = &tokens[i..];
    if !attrs.iter().any(|(_, g)| is_tokio_main(g)) {
        return Err("put `#[course_clock::paused_under_test]` above `#[tokio::main]`");
    }

    // `async fn main ( ) [-> Type] { body }`, after an optional `pub`.
    let fn_at = rest
        .iter()
        .position(|t| matches!(t, TokenTree::Ident(id) if id.to_string() == "fn"))
        .ok_or("expected `async fn main`")?;
    let is_async = rest[..fn_at]
        .iter()
        .any(|t| matches!(t, TokenTree::Ident(id) if id.to_string() == "async"));
    if !is_async {
        return Err("expected `async fn main`");
    }
    match rest.get(fn_at + 1) {
        Some(TokenTree::Ident(id)) if id.to_string() == "main" => {}
        _ => return Err("expected `async fn main`"),
    }
    match rest.get(fn_at + 2) {
        Some(TokenTree::Group(g))
            if g.delimiter() == Delimiter::Parenthesis && g.stream().is_empty() => {}
        _ => return Err("`main` takes no arguments"),
    }
    let Some(TokenTree::Group(body)) = rest.last() else {
        return Err("expected a body for `main`");
    };
    if body.delimiter() != Delimiter::Brace {
        return Err("expected a body for `main`");
    }
    // Whatever sits between `()` and the body: `-> Type`, or nothing.
    let output: TokenStream = rest[fn_at + 3..rest.len() - 1].iter().cloned().collect();

    let shown = Ident::new("__course_shown_main", Span::call_site());
    let body_fn = Ident::new("__course_main_body", Span::call_site());

    // The body is written out once, as a plain `async fn`: both runtimes
    // below run that one future. (Two copies of it, one per runtime, would
    // compile every task the program spawns twice.)
    let mut out = TokenStream::new();
    // 1. The body, with main's other attributes.
    for (hash, group) in &attrs {
        if !is_tokio_main(group) {
            out.extend([hash.clone(), group.clone()]);
        }
    }
    out.extend(
        format!("async fn {body_fn}()")
            .parse::<TokenStream>()
            .expect("valid tokens"),
    );
    out.extend(output.clone());
    out.extend([TokenTree::Group(body.clone())]);

    // 2. The shown function, `#[tokio::main]` and all, awaiting that body.
    for (hash, group) in &attrs {
        out.extend([hash.clone(), group.clone()]);
    }
    out.extend(rest[..fn_at + 1].iter().cloned());
    out.extend([TokenTree::Ident(shown.clone())]);
    out.extend(rest[fn_at + 2..rest.len() - 1].iter().cloned());
    out.extend([TokenTree::Group(Group::new(
        Delimiter::Brace,
        format!("{body_fn}().await")
            .parse::<TokenStream>()
            .expect("valid tokens"),
    ))]);

    // 3. The real `main`: the shown one, unless the test asked for the
    //    paused clock.
    let mut main: TokenStream = "fn main()".parse().expect("valid tokens");
    main.extend(output);
    let dispatch = format!(
        "{{
            if ::std::env::var_os(\"COURSE_PAUSED_CLOCK\").is_some() {{
                ::std::eprintln!(\"{MARK}\");
                return ::tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .start_paused(true)
                    .build()
                    .expect(\"a current-thread runtime with a paused clock\")
                    .block_on({body_fn}());
            }}
            {shown}()
        }}"
    );
    main.extend(dispatch.parse::<TokenStream>().expect("valid tokens"));
    out.extend(main);
    Ok(out)
}

/// What the program writes to stderr when it runs on the paused clock, so
/// that a test can tell it did (`support::run_bin_paused` checks for it).
const MARK: &str = "course-clock: main runs on tokio's paused clock";

fn is_tokio_main(attr: &TokenTree) -> bool {
    let TokenTree::Group(g) = attr else {
        return false;
    };
    let text: String = g
        .stream()
        .into_iter()
        .take(4)
        .map(|t| t.to_string())
        .collect();
    text.starts_with("tokio::main")
}

fn error(message: &str) -> TokenStream {
    let mut out: TokenStream = "::core::compile_error!".parse().expect("valid tokens");
    let mut lit = TokenStream::new();
    lit.extend([TokenTree::Literal(proc_macro::Literal::string(message))]);
    out.extend([
        TokenTree::Group(Group::new(Delimiter::Parenthesis, lit)),
        TokenTree::Punct(Punct::new(';', Spacing::Alone)),
    ]);
    out
}
