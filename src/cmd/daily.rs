//! `secure-diff daily`: the daily line the shell shows once a day: the mantra
//! of the day, the current focus, and a reminder when the weekly self-empathy
//! practice is due.

use super::Context;
use crate::cli::DailyArgs;
use crate::content::Content;
use crate::journal::{Filter, Journal, Record};
use crate::output::Output;
use crate::paths;
use crate::pick::{Pick, pick};
use chrono::{Local, NaiveDate};
use std::process::ExitCode;

/// Shows the daily line, unless it was shown today or is turned off.
pub fn run(args: DailyArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let config = context.config()?;
    if !config.daily_line && !args.force {
        return Ok(ExitCode::SUCCESS);
    }
    let today = Local::now().date_naive();
    let state = paths::daily_state_file();
    if !args.force && state.as_deref().is_some_and(|s| shown_on(s) == Some(today)) {
        return Ok(ExitCode::SUCCESS);
    }
    let content = context.content()?;
    let journal = context.journal()?;
    let lines = daily_lines(
        content,
        &journal,
        today,
        config.practice_interval_days,
        &args.cmd,
    )?;
    let mut out = Output::stdout();
    for line in lines {
        out.wrapped("", &line, 2)?;
    }
    out.flush()?;
    if let Some(state) = state {
        remember(&state, today);
    }
    Ok(ExitCode::SUCCESS)
}

fn shown_on(state: &std::path::Path) -> Option<NaiveDate> {
    let text = std::fs::read_to_string(state).ok()?;
    text.trim().parse().ok()
}

/// Notes the day; a failure only means the line may show again today.
fn remember(state: &std::path::Path, today: NaiveDate) {
    if let Some(folder) = state.parent() {
        let _ = std::fs::create_dir_all(folder);
    }
    let _ = std::fs::write(state, format!("{today}\n"));
}

/// What the daily line says.
fn daily_lines(
    content: &Content,
    journal: &Journal,
    today: NaiveDate,
    interval: u32,
    cmd: &str,
) -> anyhow::Result<Vec<String>> {
    let mut lines = Vec::new();
    if let Some(mantra) = pick(&content.mantras_for(None), Pick::Day(today)) {
        lines.push(mantra.text.to_string());
    }
    let newest = |kind: &str| {
        journal.newest(
            &Filter {
                kinds: vec![kind.into()],
                ..Filter::default()
            },
            Some(1),
        )
    };
    let (checklists, _) = newest("checklist")?;
    let focus = checklists.first().and_then(|e| match &e.record {
        Record::Checklist { focus, .. } => focus.clone(),
        _ => None,
    });
    if let Some(skill) = focus.and_then(|f| content.skill(&f)) {
        lines.push(format!("Your focus: {}. {}", skill.number, skill.title));
    }
    let (checkins, _) = newest("checkin")?;
    let last = checkins
        .first()
        .map(|e| e.at.with_timezone(&Local).date_naive());
    match last.map(|day| (today - day).num_days()) {
        Some(days) if days < i64::from(interval) => {}
        Some(days) => lines.push(format!(
            "{days} days since your last check-in. When you have a quiet moment: {cmd} feelings"
        )),
        None => lines.push(format!(
            "Your weekly check-in, when you have a quiet moment: {cmd} feelings"
        )),
    }
    Ok(lines)
}
