//! The line patterns of the `comment_stubs` filter: `CommentStubMatcher`.

use std::borrow::Cow;

use pyo3::prelude::*;
use pyo3::types::PyString;

use super::guarded;
use crate::comments::{self, CommentMatcher};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<CommentStubMatcher>()?;
    Ok(())
}

/// The text of a Python string; a lone surrogate (no UTF-8) becomes U+FFFD, a
/// character that no pattern names and that is, like it, neither a word
/// character, a digit nor a space: one character for one, so lengths hold.
pub(super) fn text_of<'a>(text: &'a Bound<'_, PyString>) -> PyResult<Cow<'a, str>> {
    if let Ok(text) = text.to_str() {
        return Ok(Cow::Borrowed(text));
    }
    let bytes = text
        .call_method1("encode", ("utf-8", "surrogatepass"))?
        .extract::<Vec<u8>>()?;
    let mut out = String::with_capacity(bytes.len());
    let mut rest = &bytes[..];
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                out.push_str(valid);
                break;
            }
            Err(error) => {
                let (valid, after) = rest.split_at(error.valid_up_to());
                out.push_str(std::str::from_utf8(valid).expect("checked"));
                out.push('\u{FFFD}');
                // A surrogate is three bytes in "surrogatepass" UTF-8.
                rest = &after[3.min(after.len())..];
            }
        }
    }
    Ok(Cow::Owned(out))
}

/// The comment-stub patterns (`cleaner.filters.comments`), compiled once.
#[pyclass(frozen, module = "cleaner._core")]
struct CommentStubMatcher {
    inner: CommentMatcher,
}

#[pymethods]
impl CommentStubMatcher {
    #[new]
    fn new(py: Python<'_>) -> PyResult<Self> {
        let inner = guarded(py, "CommentStubMatcher", |_| CommentMatcher::new())?;
        Ok(CommentStubMatcher { inner })
    }

    /// "disclaimer", "count", "comment_header" or None for a stripped line.
    fn rule_for<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyString>>> {
        let text = text_of(text)?;
        let verdict = guarded(py, "CommentStubMatcher.rule_for", |_| {
            self.inner.verdict(&text)
        })?;
        Ok(verdict.map(|verdict| {
            match verdict {
                comments::Verdict::Disclaimer => pyo3::intern!(py, "disclaimer"),
                comments::Verdict::Count => pyo3::intern!(py, "count"),
                comments::Verdict::CommentHeader => pyo3::intern!(py, "comment_header"),
            }
            .clone()
        }))
    }

    /// Whether the whole of `text` is a comment count ("12 comments", "评论(12)").
    fn is_count(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
        let text = text_of(text)?;
        guarded(py, "CommentStubMatcher.is_count", |_| {
            comments::is_count(&text)
        })
    }

    /// Whether `text` is a number of one to six digits and nothing else ("0", "١٢").
    #[staticmethod]
    fn is_bare_count(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
        let text = text_of(text)?;
        guarded(py, "CommentStubMatcher.is_bare_count", |_| {
            comments::is_bare_count(&text)
        })
    }
}
