//! The content as the program uses it: skills, signs, mantras, vocabularies and
//! prompts.
//!
//! Every string is a `Cow<'static, str>` so that the built-in content can live in
//! `static` data generated at build time (no parsing, no allocation at start-up)
//! while a user's own files produce owned values of the very same types.
//!
//! This file is also compiled into `build.rs`, so it depends on nothing but std
//! and serde.

use serde::Serialize;
use std::borrow::Cow;

/// A piece of text, borrowed from the binary or owned when read from a user's file.
pub type Text = Cow<'static, str>;

/// A list of texts, borrowed from the binary or owned.
pub type TextList = Cow<'static, [Text]>;

/// One of the essay's core skills and behaviors that support differentiation.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Skill {
    /// Stable name used on the command line and in the journal.
    pub id: Text,
    /// Its number in the essay's list.
    pub number: u8,
    /// A few words.
    pub title: Text,
    /// A one-line reminder of what the skill is.
    pub summary: Text,
    /// A few sentences on what living it looks like.
    pub description: Text,
    /// Questions to reflect on.
    pub questions: TextList,
    /// Small things to try.
    pub practices: TextList,
}

/// One of the four common signs that identity or autonomy feels threatened.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sign {
    /// One of [`SIGN_IDS`].
    pub id: Text,
    /// A few words.
    pub name: Text,
    /// What the sign is, in one line.
    pub summary: Text,
    /// What it can feel like in the body.
    pub body: TextList,
    /// What it can sound like.
    pub words: TextList,
    /// Something to do in the moment.
    pub practice: Text,
}

/// The ids of the signs of threat, in the essay's order. They are a contract:
/// the command line, the journal and the shell integration rely on them.
pub const SIGN_IDS: [&str; 4] = ["defending", "judging", "disregarding", "harmonizing"];

/// An identity-affirming phrase to anchor oneself with.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mantra {
    /// Stable name, so that a user's file can replace or hide it.
    pub id: Text,
    /// The mantra itself.
    pub text: Text,
    /// Ids of the signs of threat it answers.
    pub signs: TextList,
    /// Ids of the skills it supports.
    pub skills: TextList,
}

/// Which side of the feelings vocabulary a family belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Needs {
    /// Feelings that come when needs are met.
    Met,
    /// Feelings that come when needs are not met.
    Unmet,
}

/// A family of feelings, such as "peaceful" or "afraid".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeelingFamily {
    /// Stable name of the family.
    pub id: Text,
    /// Heading shown above its words.
    pub name: Text,
    /// Whether these feelings come with needs met or unmet.
    pub needs: Needs,
    /// The feelings.
    pub words: TextList,
    /// Needs often behind these feelings, suggested in a check-in.
    pub often_needs: TextList,
}

/// A category of universal needs, such as "connection" or "autonomy".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NeedCategory {
    /// Stable name of the category.
    pub id: Text,
    /// Heading shown above its words.
    pub name: Text,
    /// The needs.
    pub words: TextList,
}

/// A word that sounds like a feeling but carries a thought about someone else
/// ("betrayed"), with the feelings and needs that may lie under it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FauxFeeling {
    /// The word; it is also its id.
    pub word: Text,
    /// Feelings (words of the feelings vocabulary) that may lie under it.
    pub feelings: TextList,
    /// Needs (words of the needs vocabulary) that may lie under it.
    pub needs: TextList,
}

/// A reflection question for one or more moments of practice.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Prompt {
    /// Stable name.
    pub id: Text,
    /// The moments it belongs to: one of [`PROMPT_MOMENTS`] each.
    pub moments: TextList,
    /// The question or invitation.
    pub text: Text,
}

/// The moments a prompt can belong to.
pub const PROMPT_MOMENTS: [&str; 4] = ["weekly", "checklist", "checkin", "mantra"];
