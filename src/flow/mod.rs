//! The guided walk-throughs: the checklist, the moment of noticing a sign, and
//! the feelings check-in. Each talks only through a [`crate::prompt::Prompter`]
//! and returns what the person chose; saving it is the command's job, so a
//! flow stopped half-way leaves nothing behind.

pub mod checkin;
pub mod checklist;
pub mod notice;
