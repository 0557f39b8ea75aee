//! Checks of the built-in content and of the rules, from inside.

use super::schema::{Layer, Source};
use super::validate::{self, Base, Rules};
use super::*;

/// The built-in files parsed from their text, as build.rs sees them.
fn builtin_layer() -> Layer {
    let mut layer = Layer::default();
    for (kind, text) in builtin_files() {
        let source = Source {
            path: format!("content/{}", kind.file_name()),
            text: text.to_string(),
        };
        layer.add(kind, source).expect("built-in files parse");
    }
    layer
}

#[test]
fn the_builtin_content_follows_every_rule() {
    let problems = validate::check(&builtin_layer(), &Base::default(), Rules::Builtin);
    let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
