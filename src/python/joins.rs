//! Where rejoin joins lines: `Joiner`, `should_join`, `is_wrap_break`, `display_width`.

use std::borrow::Cow;
use std::sync::atomic::Ordering;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use super::comments::text_of;
use super::guarded;
use super::lines::tuple_new;
use crate::joins;
use crate::shape::is_list_item;
use crate::text::char_len;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Joiner>()?;
    module.add_function(wrap_pyfunction!(should_join, module)?)?;
    module.add_function(wrap_pyfunction!(is_wrap_break, module)?)?;
    module.add_function(wrap_pyfunction!(display_width, module)?)?;
    Ok(())
}

/// The join decisions of one `cleaner.rejoin.ScriptRules`, which builds it once.
#[pyclass(frozen, module = "cleaner._core")]
struct Joiner {
    inner: joins::Joiner,
}

#[pymethods]
impl Joiner {
    #[new]
    #[pyo3(signature = (spaceless, hyphenates, continuing_words))]
    fn new(spaceless: bool, hyphenates: bool, continuing_words: Vec<String>) -> Self {
        Joiner {
            inner: joins::Joiner::new(spaceless, hyphenates, &continuing_words),
        }
    }

    /// Rebuilt from its rules when unpickled.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let inner = &slf.get().inner;
        let args = (inner.spaceless, inner.hyphenates, inner.continuing_words());
        (slf.get_type(), args).into_pyobject(py)
    }

    /// `cleaner.rejoin.should_join` with these rules.
    #[pyo3(signature = (prev, nxt, after = None))]
    fn should_join(
        &self,
        py: Python<'_>,
        prev: &Bound<'_, PyString>,
        nxt: &Bound<'_, PyString>,
        after: Option<&Bound<'_, PyString>>,
    ) -> PyResult<bool> {
        let (prev, nxt) = (text_of(prev)?, text_of(nxt)?);
        let after = after.map(text_of).transpose()?;
        guarded(py, "Joiner.should_join", |_| {
            self.inner
                .should_join(&prev, &nxt, after.as_deref().unwrap_or(""))
        })
    }

    /// The paragraphs of `lines` (`cleaner.document.Line` tuples) as
    /// `paragraph_type` tuples (lines, text): `cleaner.rejoin.group_paragraphs`.
    ///
    /// One call per grouping: the decisions for every pair of lines, and the
    /// paragraphs built here, the lines themselves shared, not copied.
    fn group_paragraphs<'py>(
        &self,
        py: Python<'py>,
        lines: &Bound<'py, PyTuple>,
        wrap: i64,
        paragraph_type: &Bound<'py, PyType>,
    ) -> PyResult<Bound<'py, PyList>> {
        let mut read: Vec<LineView<'py>> = Vec::with_capacity(lines.len());
        for line in lines.iter() {
            let fields = line.cast_into::<PyTuple>()?;
            let text = fields.get_item(2)?.cast_into::<PyString>()?;
            let stripped = fields.get_item(3)?.cast_into::<PyString>()?;
            read.push(LineView {
                line: fields.into_any(),
                text,
                stripped,
            });
        }
        let texts: Vec<(Cow<'_, str>, Cow<'_, str>)> = read
            .iter()
            .map(|view| Ok((text_of(&view.text)?, text_of(&view.stripped)?)))
            .collect::<PyResult<_>>()?;
        let starts = guarded(py, "Joiner.group_paragraphs", |progress| {
            self.paragraph_starts(&texts, wrap, progress)
        })?;
        let new = tuple_new(py)?;
        let mut paragraphs = Vec::with_capacity(starts.len());
        for (start, end) in starts {
            let group = &read[start..end];
            let text = if let [only] = group {
                only.stripped.clone()
            } else {
                let parts: Vec<&str> = texts[start..end].iter().map(|(_, s)| &**s).collect();
                PyString::new(py, &parts.join(" "))
            };
            let members = PyTuple::new(py, group.iter().map(|view| &view.line))?;
            let fields = PyTuple::new(py, [members.into_any(), text.into_any()])?;
            paragraphs.push(new.call1((paragraph_type, fields))?);
        }
        PyList::new(py, paragraphs)
    }
}

/// One `Line` and the two of its fields that the decisions read.
struct LineView<'py> {
    line: Bound<'py, PyAny>,
    text: Bound<'py, PyString>,
    stripped: Bound<'py, PyString>,
}

impl Joiner {
    /// The (start, end) line indices of each paragraph: a blank line ends one,
    /// and so does a line that neither a wrap broke nor `should_join` joins;
    /// a list item starts one unless a wrap broke it off.
    fn paragraph_starts(
        &self,
        lines: &[(Cow<'_, str>, Cow<'_, str>)],
        wrap: i64,
        progress: &std::sync::atomic::AtomicUsize,
    ) -> Vec<(usize, usize)> {
        let mut groups = Vec::new();
        let mut start: Option<usize> = None;
        let mut at = 0;
        for (index, (text, stripped)) in lines.iter().enumerate() {
            progress.store(at, Ordering::Relaxed);
            at += char_len(text) + 1;
            if stripped.is_empty() {
                if let Some(first) = start.take() {
                    groups.push((first, index));
                }
                continue;
            }
            if let Some(first) = start {
                let (previous_text, previous) = &lines[index - 1];
                let after = lines.get(index + 1).map_or("", |(_, after)| after);
                let joined = (wrap != 0 && joins::is_wrap_break(previous_text, text, wrap))
                    || (!is_list_item(text) && self.inner.should_join(previous, stripped, after));
                if joined {
                    continue;
                }
                groups.push((first, index));
            }
            start = Some(index);
        }
        if let Some(first) = start {
            groups.push((first, lines.len()));
        }
        groups
    }
}

/// `cleaner.rejoin.DEFAULT_RULES.joiner`, looked up once.
fn default_joiner(py: Python<'_>) -> PyResult<&Bound<'_, Joiner>> {
    static DEFAULT: PyOnceLock<Py<Joiner>> = PyOnceLock::new();
    DEFAULT
        .get_or_try_init(py, || {
            let rules = py.import("cleaner.rejoin")?.getattr("DEFAULT_RULES")?;
            Ok::<_, PyErr>(rules.getattr("joiner")?.cast_into::<Joiner>()?.unbind())
        })
        .map(|joiner| joiner.bind(py))
}

/// `cleaner.rejoin.should_join`: `rules` is a `ScriptRules` (or its `Joiner`),
/// None for the default rules.
#[pyfunction]
#[pyo3(signature = (prev, nxt, rules = None, *, after = None))]
fn should_join(
    py: Python<'_>,
    prev: &Bound<'_, PyString>,
    nxt: &Bound<'_, PyString>,
    rules: Option<&Bound<'_, PyAny>>,
    after: Option<&Bound<'_, PyString>>,
) -> PyResult<bool> {
    let joiner = match rules {
        None => default_joiner(py)?.clone(),
        Some(rules) => match rules.cast::<Joiner>() {
            Ok(joiner) => joiner.clone(),
            Err(_) => rules
                .getattr(pyo3::intern!(py, "joiner"))?
                .cast_into::<Joiner>()?,
        },
    };
    joiner.get().should_join(py, prev, nxt, after)
}

/// `cleaner.rejoin.is_wrap_break`.
#[pyfunction]
fn is_wrap_break(
    py: Python<'_>,
    prev: &Bound<'_, PyString>,
    nxt: &Bound<'_, PyString>,
    width: i64,
) -> PyResult<bool> {
    let (prev, nxt) = (text_of(prev)?, text_of(nxt)?);
    guarded(py, "is_wrap_break", |_| {
        joins::is_wrap_break(&prev, &nxt, width)
    })
}

/// `cleaner.rejoin.display_width`: terminal columns, two for a wide character.
#[pyfunction]
fn display_width(text: &Bound<'_, PyString>) -> PyResult<usize> {
    Ok(joins::display_width(&text_of(text)?))
}
