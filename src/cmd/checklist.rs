//! `secure-diff checklist`: the essay's 12 core skills, for self-assessment.

use super::Context;
use crate::cli::ChecklistArgs;
use crate::output::Output;
use std::process::ExitCode;

/// Prints the skills, numbered as in the essay.
pub fn run(args: ChecklistArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    let mut out = Output::stdout();
    if args.output.json {
        out.json(&content.skills)?;
    } else {
        for skill in content.skills.iter() {
            out.line(format!("{:>2}. {}", skill.number, skill.title))?;
            out.wrapped("    ", &skill.summary, 4)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
