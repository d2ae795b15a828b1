//! The native core of cleaner: the per-line work of the pipeline, in one pass where it can.
//!
//! The crate is plain Rust; `python.rs` (feature `python`, turned on by maturin)
//! is the thin PyO3 layer that exposes it as `cleaner._core`. Everything a user
//! touches (configuration, models, the CLI) stays in the Python package.

pub mod ads;
mod alphabet;
pub mod bylines;
pub mod captions;
pub mod chrome;
pub mod comments;
pub mod dates;
pub mod furniture;
pub mod joins;
pub mod language;
pub mod lines;
pub mod patterns;
pub mod score;
pub mod shape;
pub mod text;
pub mod widgets;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(feature = "python")]
mod python;
