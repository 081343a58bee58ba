//! A trait with an `async fn` cannot be used as `dyn Trait`. After a compiler
//! upgrade changes the wording, regenerate the `.stderr` file with
//! `TRYBUILD=overwrite cargo test -p listing-12-02` and read the diff.

#[test]
fn a_trait_with_async_fn_is_not_dyn_compatible() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
