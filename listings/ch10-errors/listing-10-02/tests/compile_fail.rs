//! Programs that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes an error's wording, regenerate the
//! `.stderr` files with `TRYBUILD=overwrite cargo test -p listing-10-02`
//! and read the diff.

#[test]
fn question_mark_needs_await_and_a_known_error_type() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
