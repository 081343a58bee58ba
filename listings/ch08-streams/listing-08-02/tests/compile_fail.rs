//! Programs that must not compile, with the exact errors the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! files with `TRYBUILD=overwrite cargo test -p listing-08-02` and read the diff.

#[test]
fn both_stream_ext_traits_clash() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
