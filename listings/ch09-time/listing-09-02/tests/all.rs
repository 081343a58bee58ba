//! This listing's test files, built as one test binary: one link instead
//! of 2, which keeps the course's cold build and test run short.
mod cancel;
mod output;
