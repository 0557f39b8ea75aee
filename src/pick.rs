//! Choosing one item from a list: at random, reproducibly from a seed, or the
//! item of the day, which stays the same all day and changes from one day to
//! the next.

use chrono::NaiveDate;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;

/// How to choose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Any item, different each time.
    Random,
    /// The same item every time for the same seed and list.
    Seeded(u64),
    /// The item of this day.
    Day(NaiveDate),
}

/// Chooses one item, or `None` from an empty list.
pub fn pick<T>(items: &[T], how: Pick) -> Option<&T> {
    match how {
        Pick::Random => items.choose(&mut rand::rng()),
        Pick::Seeded(seed) => items.choose(&mut StdRng::seed_from_u64(seed)),
        Pick::Day(day) => items.get(day_index(day, items.len())?),
    }
}

/// The index of a day's item among `len`: every item comes once in `len`
/// consecutive days, and two consecutive days never share one (when `len > 1`).
///
/// Days are walked with a step coprime with `len`, about 0.618 of it, so that
/// neighboring items (often on the same theme) are not shown on neighboring days.
pub fn day_index(day: NaiveDate, len: usize) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let len_i = len as i64;
    let days = day.signed_duration_since(NaiveDate::MIN).num_days();
    let step = step_for(len) as i64;
    Some(((days.rem_euclid(len_i) * step).rem_euclid(len_i)) as usize)
}

fn step_for(len: usize) -> usize {
    let mut step = ((len as f64) * 0.618).round().max(1.0) as usize;
    while gcd(step, len) != 1 {
        step += 1;
    }
    step
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_item_of_the_day_changes_every_day_and_repeats_only_after_all_were_shown() {
        for len in [2, 3, 10, 150, 176, 177] {
            let start = date(2026, 11, 24);
            let mut seen = HashSet::new();
            let mut previous = None;
            for offset in 0..len as i64 {
                let day = start + chrono::Duration::days(offset);
                let index = day_index(day, len).unwrap();
                assert!(index < len);
                assert_ne!(
                    Some(index),
                    previous,
                    "len {len}: same item two days running"
                );
                previous = Some(index);
                seen.insert(index);
            }
            assert_eq!(seen.len(), len, "len {len}: not every item in {len} days");
            let next = start + chrono::Duration::days(len as i64);
            assert_ne!(Some(day_index(next, len).unwrap()), previous, "len {len}");
        }
    }

    #[test]
    fn the_item_of_the_day_is_the_same_all_day() {
        let items: Vec<u32> = (0..150).collect();
        let day = Pick::Day(date(2030, 1, 1));
        assert_eq!(pick(&items, day), pick(&items, day));
    }

    #[test]
    fn a_seed_gives_the_same_item_and_different_seeds_spread() {
        let items: Vec<u32> = (0..150).collect();
        assert_eq!(pick(&items, Pick::Seeded(7)), pick(&items, Pick::Seeded(7)));
        let chosen: HashSet<_> = (0..50).map(|s| pick(&items, Pick::Seeded(s))).collect();
        assert!(
            chosen.len() > 20,
            "50 seeds chose only {} items",
            chosen.len()
        );
    }

    #[test]
    fn nothing_is_chosen_from_an_empty_list() {
        let empty: [u8; 0] = [];
        assert_eq!(pick(&empty, Pick::Random), None);
        assert_eq!(pick(&empty, Pick::Day(date(2026, 1, 1))), None);
    }
}
