//! This listing's test files, built as one test binary: one link instead
//! of 3, which keeps the course's cold build and test run short.
mod backoff;
mod output;
mod timeline;
