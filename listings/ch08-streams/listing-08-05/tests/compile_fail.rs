//! A program that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! with `TRYBUILD=overwrite cargo test -p listing-08-05` and read the diff.

#[test]
fn a_stream_that_borrows_must_capture_the_lifetime() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
