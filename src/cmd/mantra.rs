//! `secure-diff mantra`: one identity-affirming mantra, instantly; or the
//! mantra of the day; or all of them; or, with `--notice`, the moment a sign
//! of threat was noticed, walked through.

use super::{Context, require_terminal};
use crate::cli::MantraArgs;
use crate::content::Mantra;
use crate::flow::notice;
use crate::journal::{Entry, Record};
use crate::output::Output;
use crate::pick::{Pick, pick};
use anyhow::bail;
use std::process::ExitCode;

/// Prints the mantra (or mantras) asked for.
pub fn run(args: MantraArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    if args.notice {
        let instead =
            "--sign SIGN --record (SIGN: defending, judging, disregarding or harmonizing)";
        let mut prompter = require_terminal(context, instead)?;
        let how = args.seed.map_or(Pick::Random, Pick::Seeded);
        let noticed = notice::run(&mut prompter, content, how)?;
        if noticed.record {
            record(context, noticed.sign.as_deref(), &noticed.mantra)?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let default_sign = if args.all {
        None
    } else {
        context.config()?.default_sign.as_deref()
    };
    let sign = args.sign.as_deref().or(default_sign);
    let mantras = content.mantras_for(sign);
    let mut out = Output::stdout();
    if args.all {
        if args.output.json {
            out.json(&mantras)?;
        } else {
            for mantra in &mantras {
                out.line(&mantra.text)?;
            }
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }

    let how = if args.today {
        Pick::Day(chrono::Local::now().date_naive())
    } else if let Some(seed) = args.seed {
        Pick::Seeded(seed)
    } else {
        Pick::Random
    };
    let Some(mantra) = pick(&mantras, how) else {
        match sign {
            Some(sign) => {
                bail!("no mantra answers the sign '{sign}': your content files hide them all")
            }
            None => bail!("there are no mantras: your content files hide them all"),
        }
    };
    if args.output.json {
        out.json(&[mantra])?;
    } else {
        out.line(&mantra.text)?;
    }
    out.flush()?;
    if args.record {
        record(context, sign, mantra)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Keeps the moment in the journal: the sign noticed and the mantra shown.
fn record(context: &Context, sign: Option<&str>, mantra: &Mantra) -> anyhow::Result<()> {
    let entry = Entry::now(Record::Moment {
        sign: sign.map(String::from),
        mantra_id: mantra.id.to_string(),
        mantra: mantra.text.to_string(),
        skills: mantra.skills.iter().map(ToString::to_string).collect(),
    });
    context.journal()?.append(&entry)?;
    eprintln!("Kept in your journal.");
    Ok(())
}
