#!/usr/bin/env python3
"""Generate N demo-like friends for the suggest benchmark, deterministic for a seed.

    python3 Benchmarks/generate-friends.py OUT.yaml [--friends 200] [--seed 1]

Interests come from the topics Benchmarks/generate-corpus.py writes about (so matches happen),
with weights, avoid phrases, cities, birthdays, cadences and last contacts spread so that some
friends are overdue and some have a birthday this week. Python 3 standard library only.
"""

import argparse
import random

TOPICS = [
    "sourdough", "trail running", "jazz piano", "birdwatching", "board games", "urban cycling",
    "heat pumps", "climate", "Rust", "Swift", "gardening", "chess", "pottery", "Omaha", "Lincoln",
    "baking", "ultramarathon", "composting", "espresso", "bread", "kiln", "migration", "tomatoes",
]
AVOID = ["politics", "crypto", "startups", "snakes", "celebrity gossip"]
CITIES = ["Omaha", "Lincoln", "Des Moines", "Kansas City", "Denver"]
FIRST = ["Ava", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kai", "Lena",
         "Mateo", "Nora", "Omar", "Pia", "Quinn", "Rosa", "Sven", "Tara", "Uma", "Vik", "Wren", "Yusuf", "Zoë"]
LAST = ["Park", "Müller", "Bell", "Raman", "Okafor", "Lee", "Alvarez", "Novak", "Sato", "Dubois", "Kowalski", "Haddad"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--friends", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lines = ["friends:"]
    for number in range(args.friends):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        interests = rng.sample(TOPICS, rng.randint(2, 5))
        rendered = ", ".join(f"{{phrase: {i}, weight: 2}}" if rng.random() < 0.2 else i for i in interests)
        lines += [
            f"  - name: {name}",
            f"    email: friend{number:04d}@example.org",
            f"    interests: [{rendered}]",
            f"    avoid: [{rng.choice(AVOID)}]",
            f"    city: {rng.choice(CITIES)}",
            f"    birthday: {rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"    last_contact: 2026-{rng.randint(6, 11):02d}-{rng.randint(1, 27):02d}",
            f"    every: {rng.choice(['2w', '1m', '3m'])}",
        ]
    with open(args.out, "w", encoding="utf-8") as file:
        file.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
