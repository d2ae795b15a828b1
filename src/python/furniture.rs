//! The per-line tests of the `browser_furniture` filter, and `is_placeholder`.

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString, PyTuple};

use super::comments::text_of;
use super::guarded;
use crate::furniture::{self, Rule, Wordless};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(is_placeholder, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_is_iframe, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_is_address_piece, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_wordless_rule, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_wordless_rules, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_markers, module)?)?;
    module.add_function(wrap_pyfunction!(furniture_is_prose, module)?)?;
    Ok(())
}

fn wordless_name<'py>(py: Python<'py>, rule: Wordless) -> Bound<'py, PyString> {
    match rule {
        Wordless::Bullet => pyo3::intern!(py, "bullet"),
        Wordless::AdSlot => pyo3::intern!(py, "ad_slot"),
        Wordless::Image => pyo3::intern!(py, "image"),
    }
    .clone()
}

fn rule_name<'py>(py: Python<'py>, rule: Rule) -> Bound<'py, PyString> {
    match rule {
        Rule::AdSlot => pyo3::intern!(py, "ad_slot"),
        Rule::Image => pyo3::intern!(py, "image"),
        Rule::LinkNumber => pyo3::intern!(py, "link_number"),
        Rule::Widget => pyo3::intern!(py, "widget"),
        Rule::FormLine => pyo3::intern!(py, "form_line"),
    }
    .clone()
}

/// Whether `text` is only what a text browser draws for images and empty ad slots.
#[pyfunction]
fn is_placeholder(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
    let text = text_of(text)?;
    guarded(py, "is_placeholder", |_| furniture::is_placeholder(&text))
}

/// Whether the line `text` is an iframe ("IFRAME: //...").
#[pyfunction]
fn furniture_is_iframe(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
    let text = text_of(text)?;
    guarded(py, "furniture_is_iframe", |_| furniture::is_iframe(&text))
}

/// Whether the line `text` is the rest of an iframe's address, wrapped by the dump.
#[pyfunction]
fn furniture_is_address_piece(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
    let text = text_of(text)?;
    guarded(py, "furniture_is_address_piece", |_| {
        furniture::is_address_piece(&text)
    })
}

/// "bullet", "ad_slot", "image" (in a dump) or None: the rule for a line of furniture
/// without a word.
#[pyfunction]
#[pyo3(signature = (text, *, dump))]
fn furniture_wordless_rule<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    dump: bool,
) -> PyResult<Option<Bound<'py, PyString>>> {
    let text = text_of(text)?;
    let rule = guarded(py, "furniture_wordless_rule", |_| {
        furniture::wordless_rule(&text, dump)
    })?;
    Ok(rule.map(|rule| wordless_name(py, rule)))
}

/// `furniture_wordless_rule` of every line of `lines` (`cleaner.document.Line`s), in one
/// call: the filter asks it of every line in every round of a dump.
#[pyfunction]
#[pyo3(signature = (lines, *, dump))]
fn furniture_wordless_rules<'py>(
    py: Python<'py>,
    lines: &Bound<'py, PyTuple>,
    dump: bool,
) -> PyResult<Bound<'py, PyList>> {
    let rules = PyList::empty(py);
    for line in lines.iter() {
        let text = line.cast::<PyTuple>()?.get_item(2)?;
        let text = text_of(text.cast::<PyString>()?)?;
        let rule = guarded(py, "furniture_wordless_rules", |_| {
            furniture::wordless_rule(&text, dump)
        })?;
        match rule {
            Some(rule) => rules.append(wordless_name(py, rule))?,
            None => rules.append(py.None())?,
        }
    }
    Ok(rules)
}

/// The markers of the line `text` as (spans, whole, wordless): spans are (start, end,
/// rule) in characters from the line's start, whole the rule of the whole line or None.
#[pyfunction]
#[pyo3(signature = (text, window, *, dump, numbers))]
fn furniture_markers<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyString>,
    window: &Bound<'py, PyString>,
    dump: bool,
    numbers: bool,
) -> PyResult<Bound<'py, PyTuple>> {
    let text = text_of(text)?;
    let window = text_of(window)?;
    let found = guarded(py, "furniture_markers", |_| {
        furniture::markers(&text, &window, dump, numbers)
    })?;
    let spans = PyList::empty(py);
    for marker in &found.spans {
        spans.append((marker.start, marker.end, rule_name(py, marker.rule)))?;
    }
    let whole = found.whole.map(|rule| rule_name(py, rule));
    (spans, whole, found.wordless).into_pyobject(py)
}

/// True when `text` reads as prose: eight words, or a sentence of four.
#[pyfunction]
fn furniture_is_prose(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
    let text = text_of(text)?;
    guarded(py, "furniture_is_prose", |_| furniture::is_prose(&text))
}
