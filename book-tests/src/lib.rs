//! Checks on the book. The tests are in `tests/`; skeptic's generated
//! tests for the inline snippets are in `tests/skeptic.rs`.
