//! The lint that `#[allow(async_fn_in_trait)]` silences in listing 12-1, made
//! an error so the book can show its exact text. After a compiler upgrade
//! changes the wording, regenerate the `.stderr` file with
//! `TRYBUILD=overwrite cargo test -p listing-12-01` and read the diff.

#[test]
fn async_fn_in_a_public_trait_is_linted() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
