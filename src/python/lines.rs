//! The line table: `split_lines`, `phrase_key`, `is_blank_text`.

use std::sync::atomic::Ordering;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use super::guarded;
use crate::lines;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(split_lines, module)?)?;
    module.add_function(wrap_pyfunction!(phrase_key, module)?)?;
    module.add_function(wrap_pyfunction!(is_blank_text, module)?)?;
    module.add_function(wrap_pyfunction!(recall, module)?)?;
    module.add_function(wrap_pyfunction!(cut_whole_lines, module)?)?;
    Ok(())
}

/// `tuple.__new__`, which builds a `Line` (a named tuple) from its fields without
/// going through the named tuple's Python-level `__new__`.
pub(super) fn tuple_new(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static TUPLE_NEW: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    TUPLE_NEW
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.get_type::<PyTuple>().getattr("__new__")?.unbind())
        })
        .map(|new| new.bind(py))
}

/// The lines of `text` as instances of `line_type` (`cleaner.document.Line`):
/// (number, start, text, stripped, key), offsets in characters.
#[pyfunction]
fn split_lines<'py>(
    py: Python<'py>,
    text: &str,
    line_type: &Bound<'py, PyType>,
) -> PyResult<Bound<'py, PyList>> {
    let records = guarded(py, "split_lines", |progress| {
        let records = lines::split_lines(text);
        progress.store(
            records.last().map_or(0, |line| line.start),
            Ordering::Relaxed,
        );
        records
    })?;
    let new = tuple_new(py)?;
    let empty = PyString::new(py, "");
    let mut made = Vec::with_capacity(records.len());
    for record in &records {
        let line_text = PyString::new(py, record.text);
        let stripped = if record.stripped.is_empty() {
            empty.clone()
        } else if record.stripped.len() == record.text.len() {
            line_text.clone()
        } else {
            PyString::new(py, record.stripped)
        };
        let key = if record.key.is_empty() {
            empty.clone()
        } else if record.key.len() == record.stripped.len() && record.key == record.stripped {
            stripped.clone()
        } else {
            PyString::new(py, &record.key)
        };
        let fields = PyTuple::new(
            py,
            [
                record.number.into_pyobject(py)?.into_any(),
                record.start.into_pyobject(py)?.into_any(),
                line_text.into_any(),
                stripped.into_any(),
                key.into_any(),
            ],
        )?;
        made.push(new.call1((line_type, fields))?);
    }
    PyList::new(py, made)
}

/// `phrase_key` of one string (see `lines::phrase_key`).
#[pyfunction]
fn phrase_key(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, "phrase_key", |_| lines::phrase_key(text).into_owned())
}

/// Whether `text` shows nothing: only whitespace and invisible characters. A lone
/// surrogate (which `rejoin`, a public function, may be given) is neither.
#[pyfunction]
fn is_blank_text(text: &Bound<'_, PyString>) -> bool {
    text.to_str().is_ok_and(lines::is_blank_text)
}

/// The character offset of a `Line` (its second field).
fn start_of(line: &Bound<'_, PyAny>) -> PyResult<usize> {
    line.cast::<PyTuple>()?.get_item(1)?.extract()
}

/// Per line of `lines`: the verdict that `verdicts` holds for it when it is the very
/// object of `judged` that was judged, else `unseen`.
///
/// A filter's later round sees the kept lines of the round before, the same
/// objects in the same order (text order), and new pieces of the lines a cut
/// went through. So one walk over both, comparing offsets and then identity,
/// finds every verdict: no line is hashed, and a filter keeps a list (a
/// pointer per line) where a dict keyed by the lines took some 40 bytes a line.
#[pyfunction]
fn recall<'py>(
    py: Python<'py>,
    judged: &Bound<'py, PyTuple>,
    verdicts: &Bound<'py, PyList>,
    lines: &Bound<'py, PyTuple>,
    unseen: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyList>> {
    if judged.len() != verdicts.len() {
        return Err(PyValueError::new_err(format!(
            "recall: {} lines judged but {} verdicts",
            judged.len(),
            verdicts.len()
        )));
    }
    let mut recalled = Vec::with_capacity(lines.len());
    let mut at = 0;
    let mut at_start = match judged.len() {
        0 => usize::MAX,
        _ => start_of(&judged.get_item(0)?)?,
    };
    for line in lines.iter() {
        let start = start_of(&line)?;
        while at_start < start {
            at += 1;
            at_start = if at < judged.len() {
                start_of(&judged.get_item(at)?)?
            } else {
                usize::MAX
            };
        }
        if at_start == start && judged.get_item(at)?.is(&line) {
            recalled.push(verdicts.get_item(at)?);
        } else {
            recalled.push(unseen.clone());
        }
    }
    PyList::new(py, recalled)
}

/// The character offsets a `Line` spans: its start and the end of its text.
fn span_of(line: &Bound<'_, PyAny>) -> PyResult<(usize, usize)> {
    let fields = line.cast::<PyTuple>()?;
    let start: usize = fields.get_item(1)?.extract()?;
    Ok((
        start,
        start + fields.get_item(2)?.cast::<PyString>()?.len()?,
    ))
}

/// Cut the removals that take a whole kept line out of a doc's lines, in one pass.
///
/// `lines` are the kept lines in text order and `content` the non-blank ones among
/// them; `spans` are the (start, end) of the removals in the order the pipeline
/// takes them. A span takes a whole line when it starts where a kept line with
/// text starts and ends where that text ends, and no earlier span took the line.
/// Returns the lines and the content without those lines, and per span whether
/// it took one. The pipeline cuts a few dozen times per page: this is the
/// loop over every line that each cut needs.
#[pyfunction]
fn cut_whole_lines<'py>(
    py: Python<'py>,
    lines: &Bound<'py, PyTuple>,
    content: &Bound<'py, PyTuple>,
    spans: Vec<(usize, usize)>,
) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyTuple>, Vec<bool>)> {
    let line_spans = lines
        .iter()
        .map(|line| span_of(&line))
        .collect::<PyResult<Vec<_>>>()?;
    let mut taken = vec![false; line_spans.len()];
    let mut whole = Vec::with_capacity(spans.len());
    for &(start, end) in &spans {
        let at = line_spans.partition_point(|&(line_start, _)| line_start < start);
        let takes = at < line_spans.len()
            && line_spans[at].0 == start
            && line_spans[at].1 == end
            && end > start
            && !taken[at];
        if takes {
            taken[at] = true;
        }
        whole.push(takes);
    }
    let mut taken_starts: Vec<usize> = line_spans
        .iter()
        .zip(&taken)
        .filter(|(_, &gone)| gone)
        .map(|(&(start, _), _)| start)
        .collect();
    taken_starts.sort_unstable();
    let kept_lines = lines
        .iter()
        .zip(&taken)
        .filter(|(_, &gone)| !gone)
        .map(|(line, _)| line)
        .collect::<Vec<_>>();
    let kept_lines = PyTuple::new(py, kept_lines)?;
    let mut kept_content = Vec::with_capacity(content.len());
    for line in content.iter() {
        if taken_starts.binary_search(&span_of(&line)?.0).is_err() {
            kept_content.push(line);
        }
    }
    Ok((kept_lines, PyTuple::new(py, kept_content)?, whole))
}
