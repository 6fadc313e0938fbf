#!/usr/bin/env python3
"""Matching on interests learned from friends' own posts, against typed interests (issue 16).

For each development set of ../shared/relevance (or the sets given), every friend gets a feed of
their own: 20 posts of their topics, taken from the *other* sets and never from this one (no post
a friend "wrote" is a post to rank). Their typed interests are removed; `share fetch` reads their
feeds over HTTP from 127.0.0.1, as it reads a friend's blog; `share match` from the store then
learns what each writes about (TopicLearner) and ranks the set's entries on that alone. The
set's own run with the typed interests (what relevance/run runs) gives the reference.

    swift build -c release && Scripts/learned-relevance.py            # the table
    Scripts/learned-relevance.py --posts 10                           # fewer posts each

Prints P@1 and nDCG@5 for typed and learned interests per set, and learned / typed.
"""
import argparse
import hashlib
import html
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "relevance"
SEEDS = ["seed-101", "seed-202", "seed-303"]


def items_by_label(sets):
    """Every item of the given sets (id -> item), with its title and summary from the feed."""
    import xml.etree.ElementTree as ET
    items = {}
    for name in sets:
        directory = SHARED / "sets" / name
        qrels = json.loads((directory / "qrels.json").read_text())
        texts = {}
        for feed in (directory / "feeds").glob("*.xml"):
            for item in ET.parse(feed).getroot().iter("item"):
                guid = item.findtext("guid")
                texts[guid] = (item.findtext("title") or "", item.findtext("description") or "", item.findtext("pubDate") or "")
        for guid, item in qrels["items"].items():
            if guid in texts:
                items[guid] = {"labels": item["labels"], "title": texts[guid][0], "summary": texts[guid][1], "date": texts[guid][2]}
    return items


def own_feed(friend, posts):
    entries = "\n".join(
        f"""    <item>
      <title>{html.escape(post['title'])}</title>
      <link>https://{friend['email'].split('@')[0]}.example/posts/{guid}</link>
      <guid isPermaLink="false">own-{guid}</guid>
      <pubDate>{post['date']}</pubDate>
      <description>{html.escape(post['summary'])}</description>
    </item>"""
        for guid, post in posts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>{html.escape(friend['name'])}</title>
    <link>https://{friend['email'].split('@')[0]}.example/</link>
    <description>What {html.escape(friend['name'])} posts</description>
{entries}
  </channel>
</rss>
"""


def yaml_string(text):
    return json.dumps(text, ensure_ascii=False)


def serve(directory):
    handler = lambda *a, **k: http.server.SimpleHTTPRequestHandler(*a, directory=directory, **k)  # noqa: E731
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def score(name, run):
    result = subprocess.run(
        [sys.executable, str(SHARED / "score.py"), str(SHARED / "sets" / name / "qrels.json"), run, "--json"],
        check=True, capture_output=True, text=True)
    data = json.loads(result.stdout)
    return data["precision@1"], data["nDCG@5"]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=20, help="posts of their own per friend (20)")
    parser.add_argument("--salt", default="", help="another choice of each friend's posts (the same for a given salt)")
    parser.add_argument("--keep", metavar="DIR", help="keep each set's friends file, feeds and store under DIR")
    parser.add_argument("sets", nargs="*", default=SEEDS)
    args = parser.parse_args()
    binary = os.environ.get("SHARE_BIN", str(ROOT / ".build/release/share"))
    if not SHARED.exists():
        sys.exit(f"learned-relevance: no {SHARED}: the development sets live beside the project")
    if not os.access(binary, os.X_OK):
        sys.exit(f"learned-relevance: no {binary}: run `swift build -c release` first (or set SHARE_BIN)")

    print(f"{'set':10} {'typed P@1':>9} {'nDCG@5':>7} {'learned P@1':>11} {'nDCG@5':>7} {'ratio':>6}")
    ratios = []
    for name in args.sets:
        directory = SHARED / "sets" / name
        others = [s for s in SEEDS if s != name]
        here = set(json.loads((directory / "qrels.json").read_text())["items"])
        pool = {guid: item for guid, item in items_by_label(others).items() if guid not in here}
        friends = json.loads((directory / "qrels.json").read_text())["friends"]
        with tempfile.TemporaryDirectory() as temporary:
            scratch = temporary
            if args.keep:
                scratch = os.path.join(args.keep, name)
                os.makedirs(scratch, exist_ok=True)
            own = Path(scratch) / "own"
            own.mkdir()
            server = serve(str(own))
            port = server.server_address[1]
            lines = ["friends:"]
            for friend in friends:
                # Their posts: round-robin over their topics, each topic's posts in a fixed order
                # (a hash of the id), so every run and every machine gives the same feed.
                by_label = {label: sorted((g for g, item in pool.items() if label in item["labels"]),
                                          key=lambda g: hashlib.sha256((args.salt + friend["email"] + g).encode()).hexdigest())
                            for label in friend["labels"]}
                chosen = []
                while len(chosen) < args.posts and any(by_label.values()):
                    for label in friend["labels"]:
                        if by_label[label] and len(chosen) < args.posts:
                            guid = by_label[label].pop(0)
                            if guid not in chosen:
                                chosen.append(guid)
                file = friend["email"].split("@")[0] + ".xml"
                (own / file).write_text(own_feed(friend, [(g, pool[g]) for g in chosen]), encoding="utf-8")
                lines += [f"  - name: {yaml_string(friend['name'])}", f"    email: {yaml_string(friend['email'])}",
                          f"    feeds: [{yaml_string(f'http://127.0.0.1:{port}/{file}')}]"]
            learned_friends = Path(scratch) / "friends-learned.yaml"
            learned_friends.write_text("\n".join(lines) + "\n", encoding="utf-8")
            store = str(Path(scratch) / "store.sqlite")
            environment = dict(os.environ, SHARE_STORE=store)

            def share(*arguments, friends):
                return subprocess.run([binary, *arguments, "--friends", str(friends)] if arguments[0] != "feeds" else [binary, *arguments],
                                      cwd=directory, env=environment, check=True, capture_output=True, text=True)

            share("feeds", "import", "feeds.opml", friends=None)
            share("fetch", friends=learned_friends)
            figures = []
            # Typed: the set's own run (relevance/run's command). Learned: from the store, where
            # the friends' posts are.
            for label, friends_file, source in (
                ("typed", directory / "friends.yaml", ["--offline", "--opml", "feeds.opml", "--store", str(Path(scratch) / "typed.sqlite")]),
                ("learned", learned_friends, []),
            ):
                run = Path(scratch) / f"{label}.jsonl"
                result = share("match", *source, "--since", "30d", "--top", "5", "--min-score", "0", "--format", "json", friends=friends_file)
                run.write_text(result.stdout, encoding="utf-8")
                figures.append(score(name, str(run)))
            server.shutdown()
        ratio = figures[1][1] / figures[0][1]
        ratios.append(ratio)
        print(f"{name:10} {figures[0][0]:9.3f} {figures[0][1]:7.3f} {figures[1][0]:11.3f} {figures[1][1]:7.3f} {ratio:6.3f}")
    print(f"mean learned / typed nDCG@5: {sum(ratios) / len(ratios):.3f} (issue 16 asks for 0.9 or more)")


if __name__ == "__main__":
    main()
