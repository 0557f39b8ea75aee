//! `secure-diff checklist`: the essay's 12 core skills, listed, or walked
//! through as a self-assessment that is saved and compared with the last one.

use super::{Context, UsageError, terminal};
use crate::cli::ChecklistArgs;
use crate::content::Content;
use crate::flow::checklist::{self, Assessment};
use crate::journal::{Entry, Filter, Journal, LEVELS, Record};
use crate::output::Output;
use crate::pick::{Pick, pick};
use crate::prompt::Prompter;
use std::process::ExitCode;

/// Lists the skills, walks through them, or saves an assessment given as flags.
pub fn run(args: ChecklistArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    let mut out = Output::stdout();
    let by_flags =
        !args.rate.is_empty() || matches!(args.focus, Some(Some(_))) || args.note.is_some();
    if args.focus == Some(None) && !by_flags {
        show_focus(&context.journal()?, content, &mut out)?;
    } else if by_flags {
        let journal = context.journal()?;
        let before = previous(&journal)?;
        let assessment = from_flags(&args, content, before.as_ref())?;
        let lines = save(&journal, content, &assessment, before.as_ref())?;
        for line in checklist::summary(&assessment, content)
            .into_iter()
            .chain(lines)
        {
            out.line(line)?;
        }
    } else if !args.list
        && let Some(mut prompter) = terminal(
            context,
            args.interactive,
            "--list, or --rate SKILL=LEVEL and --focus SKILL",
        )?
    {
        let journal = context.journal()?;
        let before = previous(&journal)?;
        let assessment = checklist::run(&mut prompter, content, before.as_ref())?;
        for line in save(&journal, content, &assessment, before.as_ref())? {
            prompter.say(&line);
        }
        if let Some(reflection) = pick(&content.prompts_for("checklist"), Pick::Random) {
            prompter.say("");
            prompter.say(&reflection.text);
        }
    } else {
        list(content, args.output.json, &mut out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn list(content: &Content, json: bool, out: &mut Output) -> anyhow::Result<()> {
    if json {
        out.json(&content.skills)?;
    } else {
        for skill in content.skills.iter() {
            out.line(format!("{:>2}. {}", skill.number, skill.title))?;
            out.wrapped("    ", &skill.summary, 4)?;
        }
    }
    Ok(())
}

/// The last assessment in the journal.
fn previous(journal: &Journal) -> anyhow::Result<Option<Assessment>> {
    let filter = Filter {
        kinds: vec!["checklist".into()],
        ..Filter::default()
    };
    let (entries, _) = journal.newest(&filter, Some(1))?;
    Ok(entries.into_iter().next().and_then(|e| match e.record {
        Record::Checklist {
            ratings,
            focus,
            note,
        } => Some(Assessment {
            ratings,
            focus,
            note,
        }),
        _ => None,
    }))
}

/// Saves the assessment; returns what to say next: what moved since `before`,
/// the last one.
fn save(
    journal: &Journal,
    content: &Content,
    assessment: &Assessment,
    before: Option<&Assessment>,
) -> anyhow::Result<Vec<String>> {
    journal.append(&Entry::now(Record::Checklist {
        ratings: assessment.ratings.clone(),
        focus: assessment.focus.clone(),
        note: assessment.note.clone(),
    }))?;
    let mut lines = Vec::new();
    if let Some(before) = before {
        lines.push(String::new());
        lines.push("Since your last assessment:".to_string());
        lines.extend(checklist::changes(before, assessment, content));
    }
    lines.push(String::new());
    lines.push("Saved in your journal.".to_string());
    Ok(lines)
}

fn from_flags(
    args: &ChecklistArgs,
    content: &Content,
    previous: Option<&Assessment>,
) -> anyhow::Result<Assessment> {
    let skill_id = |wanted: &str| -> anyhow::Result<String> {
        Ok(content
            .find_skill(wanted)
            .map_err(UsageError)?
            .id
            .to_string())
    };
    let mut assessment = Assessment {
        focus: previous.and_then(|p| p.focus.clone()),
        ..Assessment::default()
    };
    for rating in &args.rate {
        let Some((skill, level)) = rating.split_once('=') else {
            return Err(UsageError(format!(
                "'{rating}' is not SKILL=LEVEL (for example 3=often)"
            ))
            .into());
        };
        let level = level.trim().to_lowercase();
        if !LEVELS.iter().any(|(id, _)| *id == level) {
            let levels: Vec<&str> = LEVELS.iter().map(|(id, _)| *id).collect();
            return Err(UsageError(format!(
                "'{level}' is not a level; the levels are: {}",
                levels.join(", ")
            ))
            .into());
        }
        assessment.ratings.insert(skill_id(skill)?, level);
    }
    if let Some(Some(focus)) = &args.focus {
        assessment.focus = Some(skill_id(focus)?);
    }
    assessment.note = args.note.clone().filter(|n| !n.trim().is_empty());
    Ok(assessment)
}

/// Says the current focus and since when it has been the focus.
fn show_focus(journal: &Journal, content: &Content, out: &mut Output) -> anyhow::Result<()> {
    let filter = Filter {
        kinds: vec!["checklist".into()],
        ..Filter::default()
    };
    let (entries, _) = journal.newest(&filter, None)?;
    let focus_of = |e: &Entry| match &e.record {
        Record::Checklist { focus, .. } => focus.clone(),
        _ => None,
    };
    let Some(current) = entries.iter().find_map(focus_of) else {
        out.line("You have not chosen a focus yet. `secure-diff checklist` helps you choose one.")?;
        return Ok(());
    };
    let since = entries
        .iter()
        .skip_while(|e| focus_of(e).as_deref() != Some(&current))
        .take_while(|e| focus_of(e).as_deref().is_none_or(|f| f == current))
        .last()
        .map(|e| e.at.format("%-d %B %Y").to_string())
        .unwrap_or_default();
    let title = content
        .skill(&current)
        .map_or(current.clone(), |s| format!("{}. {}", s.number, s.title));
    out.line(format!("Your focus: {title}, since {since}."))?;
    if let Some(skill) = content.skill(&current)
        && let Some(practice) = pick(&skill.practices, Pick::Random)
    {
        out.wrapped("A small practice:", practice, 2)?;
    }
    Ok(())
}
