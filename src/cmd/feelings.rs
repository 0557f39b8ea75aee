//! `secure-diff feelings`: the feelings check-in (intention, feelings, needs,
//! request), the vocabularies printed by group or searched, and the request
//! check on its own.

use super::{Context, terminal};
use crate::cli::{CheckinArgs, FeelingsArgs, Vocabulary};
use crate::content::vocabulary::{List, Word};
use crate::content::{Content, Needs};
use crate::flow::checkin::{self, Checkin};
use crate::journal::{Entry, Record};
use crate::output::Output;
use crate::pick::{Pick, pick};
use crate::prompt::Prompter;
use crate::request;
use std::process::ExitCode;

/// Runs a check-in, saves one given as flags, checks a request, or prints a
/// vocabulary or a search.
pub fn run(args: FeelingsArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    let mut out = Output::stdout();
    let code = if let Some(text) = &args.check_request {
        check_request(text, args.output.json, &mut out)?
    } else if let Some(query) = &args.search {
        search(content, query, args.output.json, &mut out)?
    } else if args.checkin != CheckinArgs::default() {
        let checkin = from_flags(&args.checkin, content);
        save(context, checkin)?;
        eprintln!("Saved in your journal.");
        ExitCode::SUCCESS
    } else if args.list.is_none()
        && let Some(mut prompter) = terminal(
            context,
            args.interactive,
            "--feeling, --need, --intention, --observation and --request, or --list",
        )?
    {
        let checkin = checkin::run(&mut prompter, content)?;
        save(context, checkin)?;
        prompter.say("");
        prompter.say("Saved in your journal.");
        if let Some(reflection) = pick(&content.prompts_for("checkin"), Pick::Random) {
            prompter.say(&reflection.text);
        }
        ExitCode::SUCCESS
    } else {
        let lists = lists(args.list.unwrap_or(Vocabulary::All));
        if args.output.json {
            out.json(&content.words(lists))?;
        } else {
            print_lists(content, lists, &mut out)?;
        }
        ExitCode::SUCCESS
    };
    out.flush()?;
    Ok(code)
}

fn save(context: &Context, checkin: Checkin) -> anyhow::Result<()> {
    let Checkin {
        observation,
        intention,
        feelings,
        needs,
        request,
    } = checkin;
    let record = Record::Checkin {
        observation,
        intention,
        feelings,
        needs,
        request,
    };
    context.journal()?.append(&Entry::now(record))
}

/// A check-in from flags. A faux feeling given as a feeling is named gently.
fn from_flags(args: &CheckinArgs, content: &Content) -> Checkin {
    let text = |t: &Option<String>| {
        t.as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
    };
    for word in &args.feelings {
        if let Some(faux) = content
            .faux
            .iter()
            .find(|f| f.word.eq_ignore_ascii_case(word.trim()))
        {
            eprintln!(
                "\"{}\" sounds like a feeling, but it carries a thought about what someone did; underneath, {}.",
                faux.word,
                underneath(&faux.feelings, &faux.needs)
            );
        }
    }
    let words = |list: &[String]| {
        list.iter()
            .map(|w| w.trim().to_lowercase())
            .filter(|w| !w.is_empty())
            .collect()
    };
    Checkin {
        observation: text(&args.observation),
        intention: text(&args.intention),
        feelings: words(&args.feelings),
        needs: words(&args.needs),
        request: text(&args.request),
    }
}

fn check_request(text: &str, json: bool, out: &mut Output) -> anyhow::Result<ExitCode> {
    let check = request::check(text);
    if json {
        out.json(&check)?;
        return Ok(ExitCode::SUCCESS);
    }
    if check.flags.is_empty() {
        out.line("Nothing to flag: this reads as a request that leaves room for yes and no.")?;
        return Ok(ExitCode::SUCCESS);
    }
    for flag in &check.flags {
        let kind = format!("{:?}", flag.kind).to_lowercase();
        out.wrapped(&format!("\"{}\" ({kind}):", flag.words), flag.why, 2)?;
    }
    out.wrapped("A request could take this shape:", check.suggestion, 2)?;
    Ok(ExitCode::SUCCESS)
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
    if query.trim().is_empty() {
        let message = "give a word to search for, or the beginning of one (`--search anx`)";
        return Err(super::UsageError(message.to_string()).into());
    }
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
