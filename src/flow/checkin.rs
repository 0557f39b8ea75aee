//! The feelings check-in (skill 12): what happened, the intention, feelings,
//! needs, and a request checked for blame, criticism and demand (skill 3).

use crate::content::vocabulary::{List, Word};
use crate::content::{Content, FauxFeeling};
use crate::prompt::{Answer, Prompter};
use crate::request;

/// One check-in.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Checkin {
    /// What happened, as an observation.
    pub observation: Option<String>,
    /// What the person wants to bring to this moment.
    pub intention: Option<String>,
    /// Feelings named.
    pub feelings: Vec<String>,
    /// Needs named.
    pub needs: Vec<String>,
    /// A request of oneself or of someone.
    pub request: Option<String>,
}

const DONE: &str = "✓ That is all for now";
const THOUGHT: &str = " (a thought?)";

/// Walks through the check-in and returns what the person named.
pub fn run(p: &mut dyn Prompter, content: &Content) -> Answer<Checkin> {
    p.say("Let's take a few breaths and notice what is alive in you.");
    p.say("");
    p.say("What happened? Say it as a camera would have seen it. (Enter to skip)");
    let observation = optional(p.text("What happened", true)?);
    p.say("What is your intention for this moment? (Enter to skip)");
    let intention = optional(p.text("Intention", true)?);

    let feelings = choose_feelings(p, content)?;
    let needs = choose_needs(p, content, &feelings)?;
    let request = choose_request(p)?;
    Ok(Checkin {
        observation,
        intention,
        feelings,
        needs,
        request,
    })
}

/// The item that ends a search, then the words not chosen yet.
fn remaining(all: &[Word<'_>], chosen: &[String]) -> Vec<String> {
    let left = all.iter().filter(|w| !chosen.iter().any(|c| c == w.word));
    std::iter::once(DONE.to_string())
        .chain(left.map(|w| w.word.to_string()))
        .collect()
}

fn optional(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

fn choose_feelings(p: &mut dyn Prompter, content: &Content) -> Answer<Vec<String>> {
    let all = content.words(&[List::Feelings]);
    let mut chosen: Vec<String> = Vec::new();
    loop {
        let mut items = remaining(&all, &chosen);
        items.extend(content.faux.iter().map(|f| format!("{}{THOUGHT}", f.word)));
        let prompt = if chosen.is_empty() {
            "What are you feeling? Type to search".to_string()
        } else {
            format!("Feeling {}. Anything else?", chosen.join(", "))
        };
        let choice = p.search(&prompt, &items)?;
        let picked = &items[choice];
        if choice == 0 {
            return Ok(chosen);
        }
        match picked
            .strip_suffix(THOUGHT)
            .and_then(|w| content.faux.iter().find(|f| f.word == w))
        {
            Some(faux) => {
                for word in under_a_thought(p, faux)? {
                    if !chosen.contains(&word) {
                        chosen.push(word);
                    }
                }
            }
            None => chosen.push(picked.clone()),
        }
    }
}

/// Names a faux feeling gently as a thought, and offers the feelings that may
/// lie under it.
fn under_a_thought(p: &mut dyn Prompter, faux: &FauxFeeling) -> Answer<Vec<String>> {
    p.say(&format!(
        "\"{}\" sounds like a feeling, but it carries a thought about what someone did.",
        faux.word
    ));
    if faux.feelings.is_empty() {
        return Ok(Vec::new());
    }
    p.say("Underneath it, there may be feelings like these.");
    let items: Vec<String> = faux.feelings.iter().map(|f| f.to_string()).collect();
    let picked = p.pick_many("Do any of them fit?", &items)?;
    Ok(picked.into_iter().map(|i| items[i].clone()).collect())
}

fn choose_needs(
    p: &mut dyn Prompter,
    content: &Content,
    feelings: &[String],
) -> Answer<Vec<String>> {
    let mut chosen: Vec<String> = Vec::new();
    let mut suggested: Vec<String> = Vec::new();
    for family in content
        .families
        .iter()
        .filter(|f| f.words.iter().any(|w| feelings.contains(&w.to_string())))
    {
        for need in family.often_needs.iter() {
            if !suggested.iter().any(|s| s == need) {
                suggested.push(need.to_string());
            }
        }
    }
    if !suggested.is_empty() {
        p.say("");
        p.say("These needs are often behind those feelings.");
        let picked = p.pick_many("Are any of them alive for you?", &suggested)?;
        chosen.extend(picked.into_iter().map(|i| suggested[i].clone()));
    }
    let all = content.words(&[List::Needs]);
    loop {
        let items = remaining(&all, &chosen);
        let prompt = if chosen.is_empty() {
            "What do you need? Type to search".to_string()
        } else {
            format!("Needing {}. Any other need?", chosen.join(", "))
        };
        let choice = p.search(&prompt, &items)?;
        if choice == 0 {
            return Ok(chosen);
        }
        chosen.push(items[choice].clone());
    }
}

fn choose_request(p: &mut dyn Prompter) -> Answer<Option<String>> {
    p.say("");
    loop {
        p.say(
            "Is there a request you would like to make, of yourself or of someone? (Enter to skip)",
        );
        let text = p.text("Request", true)?;
        if text.is_empty() {
            return Ok(None);
        }
        let check = request::check(&text);
        if check.flags.is_empty() {
            return Ok(Some(text));
        }
        p.say("");
        p.say("A gentle check, for sharing needs without blame, criticism or demand:");
        for flag in &check.flags {
            p.say(&format!("  \"{}\": {}", flag.words, flag.why));
        }
        p.say(&format!(
            "A request could take this shape: {}",
            check.suggestion
        ));
        let choices = ["Keep my words".to_string(), "Write it again".to_string()];
        if p.select("What would you like to do?", &choices, 1)? == 0 {
            return Ok(Some(text));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prompt::{Reply, ScriptedPrompter};

    #[test]
    fn a_whole_check_in() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([
            Reply::Type("Sam came home two hours late."),
            Reply::Type("To stay kind and honest."),
            Reply::Pick("worried"),
            Reply::Pick("betrayed"),
            Reply::PickMany(vec!["hurt"]),
            Reply::Pick(DONE),
            Reply::PickMany(vec!["reassurance"]),
            Reply::Pick("consideration"),
            Reply::Pick(DONE),
            Reply::Type("You never tell me when you're late!"),
            Reply::Pick("Write it again"),
            Reply::Type("Would you be willing to text me when you'll be late?"),
        ]);
        let checkin = run(&mut p, &content).unwrap();
        assert!(p.is_done(), "{:?}", p.transcript);
        assert_eq!(
            checkin.observation.as_deref(),
            Some("Sam came home two hours late.")
        );
        assert_eq!(
            checkin.intention.as_deref(),
            Some("To stay kind and honest.")
        );
        assert_eq!(checkin.feelings, ["worried", "hurt"]);
        assert_eq!(checkin.needs, ["reassurance", "consideration"]);
        assert_eq!(
            checkin.request.as_deref(),
            Some("Would you be willing to text me when you'll be late?")
        );
        let said = p.transcript.join("\n");
        assert!(
            said.contains("\"betrayed\" sounds like a feeling, but it carries a thought"),
            "{said}"
        );
        assert!(said.contains("\"You never\": This is a judgment"), "{said}");
        assert!(said.contains("Would you be willing to …?"), "{said}");
    }

    #[test]
    fn everything_can_be_skipped_and_words_kept() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([
            Reply::Enter,
            Reply::Enter,
            Reply::Pick(DONE),
            Reply::Pick(DONE),
            Reply::Type("you should rest"),
            Reply::Pick("Keep my words"),
        ]);
        let checkin = run(&mut p, &content).unwrap();
        assert_eq!(checkin.observation, None);
        assert!(checkin.feelings.is_empty() && checkin.needs.is_empty());
        assert_eq!(checkin.request.as_deref(), Some("you should rest"));
    }

    #[test]
    fn cancelling_returns_nothing() {
        let content = Content::builtin();
        let mut p = ScriptedPrompter::new([Reply::Enter, Reply::Cancel]);
        assert!(
            run(&mut p, &content)
                .unwrap_err()
                .is::<crate::prompt::Cancelled>()
        );
    }
}
