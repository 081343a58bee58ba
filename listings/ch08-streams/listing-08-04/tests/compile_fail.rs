//! A program that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! with `TRYBUILD=overwrite cargo test -p listing-08-04` and read the diff.

#[test]
fn a_sleep_field_cannot_be_polled_through_pin() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
