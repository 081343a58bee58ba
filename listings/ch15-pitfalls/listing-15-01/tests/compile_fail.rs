//! A program that must not compile, with the exact error the book shows.
//! After a compiler upgrade changes the wording, regenerate the `.stderr`
//! with `TRYBUILD=overwrite cargo test -p listing-15-01` and read the diff.

#[test]
fn a_std_guard_held_across_an_await_in_a_task_does_not_compile() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
