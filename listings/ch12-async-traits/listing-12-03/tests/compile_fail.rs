//! Spawning a call to a plain `async fn` of a trait, from generic code, does
//! not compile. After a compiler upgrade changes the wording, regenerate the
//! `.stderr` file with `TRYBUILD=overwrite cargo test -p listing-12-03` and
//! read the diff.

#[test]
fn spawning_an_async_trait_method_needs_a_send_bound() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
