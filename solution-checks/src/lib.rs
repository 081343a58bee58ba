//! Nothing here: this package's tests (one file per chapter, under `tests/`)
//! run every exercise's own tests against its solution. book-tests writes
//! them from `exercises/manifest.toml`.
