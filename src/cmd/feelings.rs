//! `secure-diff feelings`: the feelings and needs vocabularies, printed by
//! group or searched, and the faux feelings with what may lie under them.

use super::Context;
use crate::cli::{FeelingsArgs, Vocabulary};
use crate::content::vocabulary::{List, Word};
use crate::content::{Content, Needs};
use crate::output::Output;
use std::process::ExitCode;

/// Prints a vocabulary or the result of a search.
pub fn run(args: FeelingsArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    let mut out = Output::stdout();
    let code = match &args.search {
        Some(query) => search(&content, query, args.output.json, &mut out)?,
        None => {
            let lists = lists(args.list.unwrap_or(Vocabulary::All));
            if args.output.json {
                out.json(&content.words(lists))?;
            } else {
                print_lists(&content, lists, &mut out)?;
            }
            ExitCode::SUCCESS
        }
    };
    out.flush()?;
    Ok(code)
}

fn lists(which: Vocabulary) -> &'static [List] {
    match which {
        Vocabulary::All => &[List::Feelings, List::Needs, List::Faux],
        Vocabulary::Feelings => &[List::Feelings],
        Vocabulary::Needs => &[List::Needs],
        Vocabulary::Faux => &[List::Faux],
    }
}

fn print_lists(content: &Content, lists: &[List], out: &mut Output) -> std::io::Result<()> {
    let mut first = true;
    let mut heading = |out: &mut Output, text: &str| {
        if !std::mem::take(&mut first) {
            out.line("")?;
        }
        out.line(text)
    };
    if lists.contains(&List::Feelings) {
        for (needs, title) in [
            (Needs::Met, "Feelings when needs are met"),
            (Needs::Unmet, "Feelings when needs are not met"),
        ] {
            heading(out, title)?;
            for family in content.families.iter().filter(|f| f.needs == needs) {
                out.wrapped(&format!("  {}:", family.name), &family.words.join(", "), 4)?;
            }
        }
    }
    if lists.contains(&List::Needs) {
        heading(out, "Needs")?;
        for category in content.categories.iter() {
            out.wrapped(
                &format!("  {}:", category.name),
                &category.words.join(", "),
                4,
            )?;
        }
    }
    if lists.contains(&List::Faux) {
        heading(
            out,
            "Faux feelings: thoughts about others that sound like feelings",
        )?;
        for faux in content.faux.iter() {
            let under = underneath(&faux.feelings, &faux.needs);
            out.wrapped(&format!("  {}:", faux.word), &under, 4)?;
        }
    }
    Ok(())
}

/// "perhaps feeling hurt or sad, and needing trust": what may lie under a faux feeling.
fn underneath(feelings: &[impl AsRef<str>], needs: &[impl AsRef<str>]) -> String {
    let mut parts = Vec::new();
    if !feelings.is_empty() {
        parts.push(format!("feeling {}", either(feelings)));
    }
    if !needs.is_empty() {
        parts.push(format!("needing {}", either(needs)));
    }
    format!("perhaps {}", parts.join(", and "))
}

/// "a, b or c"
fn either(words: &[impl AsRef<str>]) -> String {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => words.join(""),
    }
}

fn search(
    content: &Content,
    query: &str,
    json: bool,
    out: &mut Output,
) -> anyhow::Result<ExitCode> {
    let found = content.search(query);
    if json {
        out.json(&found)?;
    } else {
        for word in &found {
            describe(word, out)?;
        }
    }
    if found.is_empty() {
        eprintln!(
            "No word in the vocabularies starts with or contains '{}'. `secure-diff feelings --list` shows them all.",
            query.trim()
        );
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

fn describe(word: &Word<'_>, out: &mut Output) -> std::io::Result<()> {
    let first = format!("{}:", word.word);
    let text = match word.list {
        List::Feelings if word.met == Some(true) => {
            format!("a feeling, when needs are met ({})", word.group_name)
        }
        List::Feelings => format!("a feeling, when needs are not met ({})", word.group_name),
        List::Needs => format!("a need ({})", word.group_name),
        List::Faux => format!(
            "sounds like a feeling, but carries a thought about what someone else did. Underneath, {}.",
            underneath(
                word.feelings_under.unwrap_or_default(),
                word.needs_under.unwrap_or_default()
            )
        ),
    };
    out.wrapped(&first, &text, 2)
}

#[cfg(test)]
mod tests {
    use super::{either, underneath};

    #[test]
    fn lists_read_as_a_sentence() {
        assert_eq!(either(&["hurt"]), "hurt");
        assert_eq!(either(&["hurt", "sad"]), "hurt or sad");
        assert_eq!(either(&["a", "b", "c"]), "a, b or c");
        assert_eq!(
            underneath(&["hurt", "sad"], &["trust"]),
            "perhaps feeling hurt or sad, and needing trust"
        );
        let none: [&str; 0] = [];
        assert_eq!(underneath(&none, &["trust"]), "perhaps needing trust");
    }
}
