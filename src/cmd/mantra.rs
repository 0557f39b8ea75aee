//! `secure-diff mantra`: one identity-affirming mantra, instantly; or the
//! mantra of the day; or all of them.

use super::Context;
use crate::cli::MantraArgs;
use crate::journal::{Entry, Record};
use crate::output::Output;
use crate::pick::{Pick, pick};
use anyhow::bail;
use std::process::ExitCode;

/// Prints the mantra (or mantras) asked for.
pub fn run(args: MantraArgs, context: &Context) -> anyhow::Result<ExitCode> {
    let content = context.content()?;
    let sign = args.sign.as_deref();
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
        let entry = Entry::now(Record::Moment {
            sign: sign.map(String::from),
            mantra_id: mantra.id.to_string(),
            mantra: mantra.text.to_string(),
            skills: mantra.skills.iter().map(ToString::to_string).collect(),
        });
        context.journal()?.append(&entry)?;
        eprintln!("Recorded in your journal.");
    }
    Ok(ExitCode::SUCCESS)
}
