//! What the `Send` promise costs, and the bound that is not stable yet.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! files with `TRYBUILD=overwrite cargo test -p listing-12-04` and read the
//! diff. If `return_type_notation.rs` starts to compile, the feature is
//! stable: update the page.

#[test]
fn send_is_checked_in_every_impl_and_rtn_is_unstable() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
