//! The built-in content: Rust data generated from `content/*.toml` by build.rs,
//! and the original files, kept for `secure-diff content export`.

use super::model::{FauxFeeling, FeelingFamily, Mantra, NeedCategory, Needs, Prompt, Sign, Skill};
use super::schema::Kind;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The built-in content files as written, comments and all.
pub const FILES: [(Kind, &str); 7] = [
    (Kind::Skills, include_str!("../../content/skills.toml")),
    (Kind::Signs, include_str!("../../content/signs.toml")),
    (Kind::Mantras, include_str!("../../content/mantras.toml")),
    (Kind::Feelings, include_str!("../../content/feelings.toml")),
    (Kind::Needs, include_str!("../../content/needs.toml")),
    (Kind::Faux, include_str!("../../content/faux-feelings.toml")),
    (Kind::Prompts, include_str!("../../content/prompts.toml")),
];
