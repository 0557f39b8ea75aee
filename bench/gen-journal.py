#!/usr/bin/env python3
"""Writes a realistic journal for the benchmarks: about 25 years of several
entries a day, every kind of entry, in the format of docs/journal-format.md.

Moments (`mantra --record`, the most frequent use) make up 60% of the
entries; notes the rest, from a few words to a few paragraphs' worth (3 to 50
words, and one in ten up to 300), so that a line averages about 200 bytes.

usage: gen-journal.py ENTRIES OUTPUT [--seed N]
"""
import json
import random
import sys
from datetime import datetime, timedelta, timezone

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
SIGNS = ["defending", "judging", "disregarding", "harmonizing"]
SKILLS = [
    "grounded-identity", "self-connection", "self-responsibility", "meeting-differences",
    "empathic-listening", "choosing-relationships", "thriving", "many-strategies",
    "meaning", "autonomy", "authentic-expression", "mindfulness",
]
WORDS = (
    "today talk with Sam felt tense I noticed my jaw tighten and I wanted to explain "
    "myself again so I took a breath and listened instead we found a way that worked "
    "for both of us later I walked by the river and felt calmer grateful hopeful tired "
    "sad because I need rest and connection the meeting at work my sister called about "
    "the holidays I said no kindly and it was hard but true"
).split()


def entry_id(at, rng):
    millis = int(at.timestamp() * 1000)
    time = "".join(ALPHABET[(millis >> (5 * shift)) & 31] for shift in range(8, -1, -1))
    return time + "".join(rng.choice(ALPHABET) for _ in range(5))


def main():
    count, output = int(sys.argv[1]), sys.argv[2]
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    offset = timezone(timedelta(hours=1))
    start = datetime(2001, 1, 1, 8, 0, tzinfo=offset)
    step = (datetime(2026, 1, 1, tzinfo=offset) - start) / max(count, 1)
    with open(output, "w", encoding="utf-8") as out:
        for i in range(count):
            at = start + step * i + timedelta(seconds=rng.randint(0, 60))
            entry = {"v": 1, "id": entry_id(at, rng), "at": at.isoformat(timespec="seconds")}
            kind = rng.choices(["note", "moment"], weights=[2, 3])[0]
            if kind == "note":
                length = rng.randint(3, 300 if rng.random() < 0.1 else 50)
                entry.update(kind="note", text=" ".join(rng.choice(WORDS) for _ in range(length)))
            else:
                entry.update(
                    kind="moment",
                    sign=rng.choice(SIGNS),
                    mantra_id="return-breath-answer",
                    mantra="I return to my breath before I answer.",
                    skills=[rng.choice(SKILLS)],
                )
            out.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
