//! Programs that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes an error's wording, regenerate the
//! `.stderr` files with `TRYBUILD=overwrite cargo test -p listing-10-06`
//! and read the diff.

#[test]
fn an_error_without_send_cannot_cross_a_spawn() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
