#!/usr/bin/env python3
"""Generate a large, deterministic, mixed feed corpus for `share` benchmarks.

    python3 Benchmarks/generate-corpus.py OUT_DIR [--feeds 1000] [--seed 1]

Writes OUT_DIR/feeds/NNNN-<format>-<encoding>-<topic>.<ext> (about 100 KB per feed on
average, so ~100 MB for 1,000 feeds), OUT_DIR/corpus.opml (every file by relative path),
and OUT_DIR/manifest.json (format, encoding, entry count, size and injected defects of
each file, so a benchmark can check what it parsed).

Format mix: ~45% RSS 2.0, ~25% Atom 1.0, ~10% RSS 1.0 (RDF), ~10% JSON Feed 1.1,
~5% RSS 0.91/0.92, ~5% deliberately ill-formed (bare &, HTML entities undefined in XML,
mismatched tags, control characters, junk before the XML declaration, truncated files).
Encodings: mostly UTF-8, some windows-1252 and ISO-8859-1 (real single-byte bytes;
characters outside the charset become numeric character references, as real
generators do), a few UTF-16 with BOM. JSON Feeds are always UTF-8.

Entry text mixes the demo topics (sourdough, trail running, jazz piano, birdwatching,
board games, urban cycling, climate & heat pumps, Rust/Swift, gardening, chess,
pottery, Omaha/Lincoln) with matcher traps ("running a company", "training a model",
politics, Java the island/coffee/language, Python the snake/language).

Python 3 standard library only. Same --seed and --feeds give byte-identical output.
Existing files in OUT_DIR are overwritten, never deleted.
"""

import argparse
import json
import os
import random
import re
import sys
import time
from datetime import datetime, timedelta, timezone

NOW = datetime(2026, 11, 28, 12, 0, 0, tzinfo=timezone.utc)

# --------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------

# key: (display name, weight, keywords, nouns, adjectives, facts, tags)
TOPICS = {
    "sourdough": ("Sourdough", 6,
        ["sourdough", "sourdough starter", "levain", "bread baking", "country loaf", "baking"],
        ["starter", "levain", "crumb", "crust", "banneton", "Dutch oven", "bench knife", "rye loaf",
         "focaccia", "discard jar", "overnight proof", "scoring blade"],
        ["open", "tangy", "blistered", "wholegrain", "crackly", "underproofed"],
        ["the starter doubled in six hours once the kitchen warmed up",
         "a cold overnight proof makes the crumb more open and the crust more blistered",
         "whole wheat flour ferments faster than white, so watch the dough, not the clock",
         "the loaf went into a preheated Dutch oven at 480°F for twenty minutes with the lid on",
         "discard crackers are the best thing to happen to a forgotten jar of sourdough starter",
         "a stiff levain gives a milder bread with less sour tang",
         "stretch-and-folds every thirty minutes replaced kneading entirely",
         "rye flour makes a sticky dough, so wet your hands instead of adding flour",
         "the bakery down the street sells out of its country loaf by ten",
         "hydration above 80% is impressive online and miserable on the bench",
         "the crumb shot tells you more about fermentation than the crust ever will",
         "salt goes in after the autolyse, not before",
         "a crème fraîche glaze on the focaccia was a happy accident"],
        ["Sourdough", "Baking", "Bread", "Recipes"]),
    "trail": ("Trail Running", 6,
        ["trail running", "ultramarathon", "trail race", "50K", "long run", "trail runners", "ultrarunning"],
        ["switchback", "aid station", "headlamp", "hydration vest", "gel flask", "cutoff", "hill repeat",
         "trailhead", "blister kit", "race bib", "finish line"],
        ["muddy", "technical", "frozen", "hilly", "long", "brutal"],
        ["the last ten miles of an ultramarathon are run mostly with the head",
         "walking the steep climbs is faster than running them after mile thirty",
         "the aid station volunteers had grilled cheese and flat cola at mile 27",
         "trail running shoes with a rock plate saved my feet on the limestone",
         "a headlamp with a spare battery is mandatory gear for the 100K",
         "hill repeats on Tuesday nights are the least fun and most useful workout",
         "eating 250 calories an hour is the difference between finishing and dropping",
         "the cutoff at the halfway aid station was generous this year",
         "most trail runners underestimate how long the descents take",
         "the race sold out its 400 bibs in eleven minutes",
         "a long run on frozen singletrack feels twice as far",
         "taper weeks make every trail runner paranoid about phantom injuries"],
        ["Trail running", "Ultramarathon", "Race report", "Training"]),
    "jazz": ("Jazz Piano", 6,
        ["jazz piano", "jazz", "piano trio", "jazz standards", "comping", "voicings"],
        ["shell voicing", "ii–V–I", "Real Book", "left hand", "walking bass line", "solo chorus",
         "turnaround", "open jam", "reharmonisation", "upright piano"],
        ["swinging", "rootless", "sparse", "late-night", "smoky", "bluesy"],
        ["shell voicings with just the third and seventh leave room for the soloist",
         "learning a jazz standard in all twelve keys is slow and worth it",
         "the open jam on Tuesdays welcomes pianists who can comp on a blues",
         "transcribing four bars a day beats transcribing a whole solo once a month",
         "the piano trio played Monk tunes with a lot of space and very few notes",
         "rootless voicings sound thin alone and great with a bass player",
         "comping is mostly about listening and leaving gaps",
         "a ii–V–I in every key is the jazz pianist's daily bread",
         "the house upright piano at the club is a quarter-tone flat and nobody minds",
         "stride piano needs a left hand that can leap a tenth without looking",
         "the Real Book has wrong changes in at least three tunes we play every week"],
        ["Jazz piano", "Jazz", "Practice", "Gigs"]),
    "birds": ("Birdwatching", 6,
        ["birdwatching", "birding", "bird count", "migration", "binoculars", "sandhill cranes", "owls"],
        ["snowy owl", "sandhill crane", "dark-eyed junco", "bald eagle", "feeder", "field guide",
         "spotting scope", "life list", "marsh trail", "warbler"],
        ["rare", "early", "migrating", "backyard", "elusive", "first-winter"],
        ["sandhill cranes gather on the Platte by the hundreds of thousands each spring",
         "a pair of 8x42 binoculars is the sweet spot for most birdwatching",
         "the Christmas bird count needs volunteers for the Omaha circle",
         "juncos arrive at backyard feeders as soon as the first frost hits",
         "a snowy owl has been sitting on the same rooftop all week",
         "bald eagles fish below the lock and dam when the river freezes elsewhere",
         "birding by ear is easier in spring when the warblers are singing",
         "clean feeders every two weeks to stop disease spreading among finches",
         "the marsh trail at dawn had more birds than people for once",
         "my life list went up by three species on a single field trip",
         "a spotting scope is heavy but makes the ducks on the far shore identifiable"],
        ["Birdwatching", "Birding", "Migration", "Sightings"]),
    "boardgames": ("Board Games", 6,
        ["board games", "board game", "tabletop games", "game night", "cooperative games"],
        ["meeple", "deck builder", "rulebook", "expansion", "worker placement game", "dice tower",
         "co-op campaign", "card draft", "prototype", "score pad"],
        ["cooperative", "cutthroat", "family-weight", "heavy", "two-player", "quick"],
        ["cooperative board games are the easiest way to get non-gamers to the table",
         "the rulebook was 40 pages and the game took 20 minutes to learn anyway",
         "our Friday game night has settled on three regulars and one rotating seat",
         "the expansion fixes the runaway leader problem in the base game",
         "worker placement games reward planning three turns ahead",
         "the board game café in Benson lends games for the price of a coffee",
         "a good two-player board game is harder to design than a party game",
         "playtesting a prototype with strangers is humbling and necessary",
         "legacy campaigns permanently change the board, which still feels illegal",
         "the kids beat us at a deck builder for the first time this week"],
        ["Board games", "Game night", "Reviews", "Tabletop"]),
    "cycling": ("Urban Cycling", 6,
        ["urban cycling", "bike lanes", "cycling", "bike commute", "protected bike lane", "cargo bike"],
        ["bike lane", "cargo bike", "studded tyre", "bike rack", "trail connector", "fender set",
         "pannier", "crosswalk", "bike share dock", "e-bike"],
        ["protected", "painted", "winter", "car-free", "downtown", "electric"],
        ["the new protected bike lane downtown uses concrete curbs instead of plastic posts",
         "winter bike commuting gets easier with studded tyres and pogies",
         "the bike share added twelve docks along the riverfront",
         "a cargo bike replaced our second car for school runs",
         "urban cycling counts rose by a third after the trail connector opened",
         "drivers still park in the bike lane outside the bakery every morning",
         "fenders are the single best upgrade for a year-round commuter",
         "the MoPac trail links Omaha and Lincoln with sixty miles of crushed limestone",
         "e-bikes flattened the hills that used to stop new commuters",
         "a good U-lock costs less than one stolen bike"],
        ["Urban cycling", "Bike lanes", "Commuting", "Cycling"]),
    "climate": ("Heat Pump", 6,
        ["heat pump", "heat pumps", "climate", "climate change", "cold-climate heat pump", "home energy",
         "electrification"],
        ["mini-split", "furnace", "attic insulation", "energy audit", "thermostat", "backup heat strip",
         "utility bill", "induction stove", "solar panel", "blower door test"],
        ["cold-climate", "efficient", "ductless", "drafty", "all-electric", "leaky"],
        ["a cold-climate heat pump kept the house at 68°F when it was 5°F outside",
         "the energy audit found more air leaks around the attic hatch than anywhere else",
         "switching from a propane furnace to a heat pump cut the heating bill by a quarter",
         "ductless mini-splits work well in old houses without ductwork",
         "insulating the attic first makes the heat pump smaller and cheaper",
         "the utility offers a rebate for heat pumps that meet the cold-climate spec",
         "November was the warmest on record for the region, a sign of climate change",
         "backup resistance strips should only run on the coldest nights",
         "an induction stove boils water faster than gas and keeps the kitchen air cleaner",
         "heat pump sales overtook gas furnaces for the second year running",
         "climate scientists expect more freeze-thaw cycles on the Plains",
         "subsidies of up to €9,000 pushed heat pump sales up in Europe"],
        ["Heat pumps", "Climate", "Home energy", "Electrification"]),
    "code": ("Systems Programming", 6,
        ["Rust", "Swift", "programming", "compiler", "concurrency", "open source", "Swift on Linux"],
        ["borrow checker", "async runtime", "actor", "protocol", "generic parser", "crate",
         "Swift package", "benchmark", "memory safety", "XML parser", "test suite"],
        ["zero-copy", "concurrent", "type-safe", "incremental", "lock-free", "generic"],
        ["the borrow checker rejected the code until the lifetime was made explicit",
         "Swift actors removed a whole class of data races from the feed fetcher",
         "Rust crates for XML parsing vary a lot in how they treat encodings",
         "compile times dropped after splitting the package into smaller modules",
         "strict concurrency checking in Swift 6 found two real bugs",
         "the benchmark parsed a thousand feeds in under two seconds",
         "memory safety without a garbage collector is still the main reason to pick Rust",
         "Swift on Linux now ships with Foundation rewritten in Swift",
         "async/await makes network code read top to bottom again",
         "the open source maintainers merged the patch after three review rounds",
         "a generic parser over byte slices avoided copying every string"],
        ["Rust", "Swift", "Programming", "Open source"]),
    "garden": ("Garden", 6,
        ["gardening", "garden", "vegetable garden", "raised beds", "compost", "seed starting", "perennials"],
        ["raised bed", "compost pile", "garlic bed", "seed catalog", "tomato seedling", "cover crop",
         "leaf mulch", "pollinator garden", "rain barrel", "pruning saw"],
        ["native", "heirloom", "frost-tender", "overgrown", "shady", "no-dig"],
        ["garlic planted in late fall comes up first thing in spring",
         "six inches of shredded leaves makes the best winter mulch",
         "the seed catalogs arrived and I circled far too many tomato varieties",
         "a cover crop of winter rye keeps the raised beds from eroding",
         "compost turned every two weeks is ready by spring",
         "native perennials bring more pollinators than any annual bed",
         "start peppers indoors eight to ten weeks before the last frost",
         "a rain barrel under the downspout waters the whole herb garden in July",
         "the first hard freeze finally finished off the basil",
         "gardening in Zone 5b means patience in April and panic in October"],
        ["Gardening", "Garden", "Vegetables", "Compost"]),
    "chess": ("Chess", 6,
        ["chess", "chess club", "endgame", "chess opening", "chess tournament", "rapid chess", "chess puzzles"],
        ["rook endgame", "Sicilian", "opening repertoire", "blitz game", "simul", "tiebreak",
         "pawn structure", "knight fork", "chess clock", "crosstable"],
        ["sharp", "quiet", "drawn", "winning", "tactical", "positional"],
        ["the rook endgame was a draw until I moved the king the wrong way",
         "the chess club meets Thursday nights in the library's back room",
         "blitz games are fun but rapid chess teaches more",
         "a knight fork on move nineteen decided the tournament",
         "the simul against the FIDE master lasted three hours",
         "studying one opening deeply beats knowing ten badly",
         "puzzles every morning improved my tactics more than any book",
         "the youngest player in the tournament beat two adults",
         "keep the rook behind the passed pawn, as every endgame book says",
         "Chess960 removes opening theory and exposes who really understands the middlegame"],
        ["Chess", "Tournaments", "Endgames", "Puzzles"]),
    "pottery": ("Pottery", 6,
        ["pottery", "ceramics", "wheel throwing", "glaze", "kiln", "clay studio", "stoneware"],
        ["kiln", "glaze test tile", "pottery wheel", "stoneware mug", "bisque firing", "celadon glaze",
         "slip trailer", "trimming tool", "studio membership", "raku firing"],
        ["glossy", "matte", "wheel-thrown", "hand-built", "speckled", "crackled"],
        ["centering clay is mostly about bracing your elbows, not strength",
         "the celadon glaze pooled beautifully in the carved lines",
         "a cone 6 firing takes about twelve hours plus a day to cool",
         "trimming a foot ring is the most satisfying part of throwing a bowl",
         "the studio's holiday pottery sale funds kiln repairs for the year",
         "glaze test tiles save you from ruining a whole batch of mugs",
         "raku firing is dramatic, smoky and unpredictable",
         "reclaiming clay scraps takes a week of drying and wedging",
         "stoneware mugs need thick handles that are pulled, not rolled",
         "every potter has a shelf of seconds they can't bring themselves to throw away"],
        ["Pottery", "Ceramics", "Glazes", "Studio"]),
    "local": ("Omaha & Lincoln", 6,
        ["Omaha", "Lincoln", "Nebraska", "Old Market", "Council Bluffs", "Benson", "local events",
         "farmers market"],
        ["farmers market", "city library", "streetcar line", "holiday lights", "riverfront park",
         "food truck rally", "art walk", "community theatre", "music venue", "skating ribbon"],
        ["free", "family-friendly", "downtown", "weekend", "outdoor", "sold-out"],
        ["the Old Market holiday lights go on the night of Thanksgiving",
         "the winter farmers market in Omaha runs every other Saturday through March",
         "Lincoln's Haymarket has live music most Friday nights",
         "the riverfront park reopened with a new playground and skating ribbon",
         "the Benson First Friday art walk draws a crowd even in the cold",
         "the downtown Omaha library branch is adding Sunday hours",
         "the Lincoln children's museum is free on the first Sunday",
         "the food truck rally moves indoors for the winter",
         "Council Bluffs and Omaha share a pedestrian bridge over the Missouri",
         "local events calendars in Nebraska fill up fast in December"],
        ["Omaha", "Lincoln", "Events", "Local"]),
    # ---- traps for a matcher --------------------------------------------------------
    "company": ("Founder", 4,
        ["running a company", "startup", "founders", "fundraising", "hiring", "management"],
        ["board meeting", "seed round", "hiring plan", "burn rate", "offsite", "runway", "cap table",
         "pitch deck", "sales pipeline"],
        ["bootstrapped", "remote", "early-stage", "profitable", "lean", "awkward"],
        ["running a company means you write the offer letters and, eventually, the other letters",
         "our runway is eighteen months if we stop hiring today",
         "the board meeting ran long because nobody read the pre-read",
         "training new managers is cheaper than hiring experienced ones",
         "running a startup is a marathon, which is a metaphor I promised to stop using",
         "we moved to a four-day week and output went up",
         "the seed round closed after forty-one pitch meetings",
         "founders who keep running the sales calls learn the most about the product",
         "a hiring plan is a budget with names in it"],
        ["Startups", "Running a company", "Management", "Founders"]),
    "mltrain": ("Machine Learning", 4,
        ["machine learning", "training a model", "neural network", "fine-tuning", "dataset", "model training"],
        ["training run", "loss curve", "GPU cluster", "checkpoint", "learning rate", "transformer",
         "evaluation set", "embedding index", "data pipeline"],
        ["overfit", "distilled", "fine-tuned", "sparse", "quantized", "noisy"],
        ["the training run took thirty-one hours on a single GPU",
         "the loss curve flattened after the second epoch",
         "fine-tuning on our own data beat the bigger general model",
         "training a model is mostly cleaning the dataset",
         "the learning rate warm-up fixed the early divergence",
         "checkpoints every thousand steps saved us when the machine rebooted",
         "the evaluation set leaked into training, which explained the perfect score",
         "embeddings made the search feature understand synonyms"],
        ["Machine learning", "AI", "Training", "Data"]),
    "politics": ("Politics", 5,
        ["politics", "election", "city council", "legislature", "campaign", "policy", "mayor"],
        ["ballot measure", "city council vote", "campaign ad", "recount", "committee hearing", "budget bill",
         "polling place", "town hall", "filibuster"],
        ["partisan", "contested", "bipartisan", "late-night", "heated", "narrow"],
        ["the city council vote split along the usual lines",
         "the legislature's budget committee delayed the hearing again",
         "campaign spending in the mayoral race doubled compared with four years ago",
         "turnout in the midterm election was the highest in decades",
         "the recount changed the margin by eleven votes",
         "the ballot measure on the streetcar passed narrowly",
         "politics at the statehouse stalled the property tax bill",
         "a town hall on zoning drew three hundred residents"],
        ["Politics", "Elections", "City hall", "Policy"]),
    "javaisland": ("Indonesia Travel", 2,
        ["Java", "Indonesia", "Jakarta", "Yogyakarta", "volcano", "Bromo"],
        ["volcano", "night train", "rice terrace", "temple", "crater rim", "motorbike taxi", "street market",
         "ferry"],
        ["volcanic", "crowded", "tropical", "misty", "sunrise", "overnight"],
        ["the night train across Java is the best way to see the rice terraces at dawn",
         "Mount Bromo's crater rim is crowded at sunrise and empty an hour later",
         "Yogyakarta's temples are best visited before the heat of midday",
         "Java is the most populous island on Earth",
         "the volcano on Java erupted again and closed two airports",
         "street food in Jakarta starts at dawn and never really stops"],
        ["Travel", "Indonesia", "Java", "Asia"]),
    "javacoffee": ("Coffee", 3,
        ["java", "coffee", "espresso", "coffee roaster", "pour-over", "cup of java"],
        ["espresso shot", "pour-over", "roaster", "burr grinder", "latte", "cold brew", "coffee cherry",
         "single origin"],
        ["bright", "nutty", "dark-roast", "single-origin", "fruity", "bitter"],
        ["a cup of java at the corner roaster costs more than it used to",
         "the espresso shot pulled in twenty-eight seconds tasted of dark chocolate",
         "a burr grinder matters more than the coffee machine",
         "Americans started calling coffee java because of the island's plantations",
         "cold brew concentrate keeps for two weeks in the fridge",
         "the roaster sources single origin beans from smallholder farms"],
        ["Coffee", "Food & drink", "Java", "Cafés"]),
    "javalang": ("JVM", 2,
        ["Java", "JVM", "programming", "Spring", "virtual threads", "Kotlin"],
        ["virtual thread", "garbage collector", "JVM flag", "Maven build", "Spring Boot app", "stack trace",
         "heap dump"],
        ["enterprise", "legacy", "reactive", "blocking", "modular", "verbose"],
        ["Java virtual threads made the blocking code scale without rewriting it",
         "the garbage collector pause dropped below a millisecond after the upgrade",
         "the Maven build finally finished in under a minute",
         "the JVM warms up slowly but runs the benchmark fast once it does",
         "the Spring Boot app's startup time halved with the new release"],
        ["Java", "JVM", "Programming", "Backend"]),
    "pythonsnake": ("Reptile", 2,
        ["python", "snake", "reptile", "zoo", "ball python", "reticulated python"],
        ["ball python", "reticulated python", "terrarium", "reptile keeper", "heat lamp", "shed skin",
         "snake hook", "zoo enclosure"],
        ["cold-blooded", "shy", "enormous", "invasive", "docile", "striped"],
        ["the reticulated python at the zoo gets weighed once a month",
         "a ball python curls into a ball when it is frightened",
         "Burmese pythons are an invasive species in the Florida Everglades",
         "the snake handler removed a python from a kitchen cupboard",
         "a python's terrarium needs a warm side and a cool side",
         "the python shed its skin in one perfect piece"],
        ["Wildlife", "Reptiles", "Zoo", "Snakes"]),
    "pythonlang": ("Python", 3,
        ["Python", "programming", "pandas", "Django", "type hints", "scripting"],
        ["virtual environment", "type hint", "pandas dataframe", "Django view", "pip install", "script",
         "asyncio loop", "Jupyter notebook"],
        ["typed", "async", "vectorised", "legacy", "readable", "slow"],
        ["Python type hints caught the bug before the tests did",
         "the pandas dataframe used eight gigabytes of memory for a one-gigabyte CSV",
         "a Python script glued the whole data pipeline together",
         "Django's admin saved us weeks of work",
         "the new Python release is noticeably faster on our benchmarks",
         "virtual environments still confuse every new programmer on the team"],
        ["Python", "Programming", "Data", "Tutorials"]),
}
TOPIC_KEYS = list(TOPICS)  # insertion order: deterministic
CODE_TOPICS = {"code", "javalang", "pythonlang", "mltrain"}

PEOPLE = ["Marguerite Olsen", "Dale Whitcomb", "Ines Calder", "Rosa Delgado", "Cal Moreno",
          "June Halvorsen", "Noor Haddad", "Ben Achterberg", "Amara Nwosu", "Lena Osei",
          "Gail Rasmussen", "Renée Dubois", "Jürgen Müller", "Tomás Pérez", "José Ñúñez",
          "Zoë Adler", "Björn Lindqvist", "Siobhán Kelly", "Nguyễn Thị Lan", "Priyanka Shah",
          "Kwame Asante", "Eleanor Marsh", "Hattie Lund", "Walt Brenner", "Daniel Okoro",
          "Maria Feldman", "Sam Whitfield", "Aiko Tanaka", "Mateus Costa", "Fatima Zahra",
          "Olu Adeyemi", "Grace Whitaker", "Henrik Sørensen", "Chloé Martin", "Dmitri Volkov",
          "Ana Lucía Ríos", "Ravi Menon", "Mei Chen", "Liam Doyle", "Sofia Marino"]
PLACES = ["Omaha", "Lincoln", "Council Bluffs", "Kearney", "Grand Island", "Papillion", "Bellevue",
          "Benson", "Dundee", "Des Moines", "Kansas City", "Sioux City", "Denver", "Minneapolis",
          "Zürich", "Montréal", "São Paulo", "München", "Kraków", "Reykjavík"]
OPENERS = ["", "", "", "", "Honestly, ", "After {n} weeks I'm convinced that ", "In {place}, ",
           "According to {person}, ", "As usual, ", "To nobody's surprise, ", "For what it's worth, ",
           "Every {day} I'm reminded that ", "Once again, ", "As {person} put it, ", "Around {place}, ",
           "Funny enough, ", "It turns out ", "We learned that ", "I keep telling people that "]
CLOSERS = ["", "", "", "", "", " — at least in my experience", ", which surprised everyone",
           " (more on that later)", ", as far as I can tell", " & that's the short version",
           ", or so the regulars say", "…"]
FILLERS = ["That is the whole trick.", "More next week.", "Let me know how yours turns out.",
           "I'll post photos once the light is better.", "Your mileage may vary.",
           "Questions go in the comments, as always.", "Thanks to everyone who wrote in.",
           "Corrections welcome — I'm still learning.", "None of this is new, but it's new to me.",
           "It's not glamorous & it works."]
TITLE_TEMPLATES = [
    "Why my {kw} finally works after {n} tries",
    "{N} things I learned about {kw} this winter",
    "A beginner's guide to {kw} in {place}",
    "What nobody tells you about the {noun}",
    "Notes from a week of {kw} near {place}",
    "The {adj} {noun} that changed how I think about {kw}",
    "Q&A with {person} on {kw}",
    "Is the {noun} worth it? An honest {kw} review",
    "Field report: {kw} with {person} in {place}",
    "How we fixed the {noun}, step by step",
    "{KW} in November: a quick update",
    "Reader question: what about the {adj} {noun}?",
    "I tried {kw} for {n} days — here's what happened",
    "The case for a {adj} {noun}",
    "Weekend links: {kw}, {kw2} & one {noun}",
    "Lessons from the {noun}: {kw} edition",
    "{person} on {kw}, {kw2}, and starting over",
    "Everything I got wrong about the {adj} {noun}",
    "{N} {adj} ideas for {kw} in {place}",
    "“{KW} is easy,” they told me in {place}",
]
FEED_TITLES = ["{place} {name} Notes", "The {name} Weekly", "{person}'s {name} Blog", "{name} Digest",
               "Notes on {name}", "{name} Field Journal", "The {place} {name} Report", "{name} & More",
               "Everyday {name}", "{name} Dispatch"]
NUMWORDS = ["Three", "Four", "Five", "Six", "Seven", "Eight", "Ten", "Twelve"]
DAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
GENERATORS = ["WordPress 6.9", "Hugo 0.140", "Ghost 6.2", "Jekyll v4.4", "Blogger", "Substack",
              "Drupal 11", "Eleventy v3", "Movable Type 8", "custom PHP"]
IMG_ALTS = ["A photo from the weekend", "Close-up detail", "The view from the trailhead",
            "Before and after", "Chart of the results", "Our kitchen table"]

DAY3 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# (offset hours, RFC 822 zone spellings)
ZONES = [(0, ["+0000", "GMT", "UT"]), (-6, ["-0600", "CST"]), (-5, ["-0500", "EST"]),
         (-8, ["-0800", "PST"]), (1, ["+0100"]), (9, ["+0900"]), (-7, ["-0700", "MST"])]

NS_CONTENT = "http://purl.org/rss/1.0/modules/content/"
NS_DC = "http://purl.org/dc/elements/1.1/"
NS_ATOM = "http://www.w3.org/2005/Atom"
NS_MEDIA = "http://search.yahoo.com/mrss/"
NS_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NS_RSS1 = "http://purl.org/rss/1.0/"
NS_XHTML = "http://www.w3.org/1999/xhtml"

_slug_re = re.compile(r"[^a-z0-9]+")


def slugify(s):
    return _slug_re.sub("-", s.lower()).strip("-")[:60] or "post"


def esc(s):
    """Escape text for an XML text node or double-quoted attribute."""
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def esc_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------------------
# Text pools (built once per run from the seed)
# --------------------------------------------------------------------------------------

class Pools:
    """Per-topic pools of ready-made sentences: plain text and HTML-ready variants."""

    def __init__(self, rng, size=160):
        self.plain = {}
        self.html = {}
        for key in TOPIC_KEYS:
            name, weight, kws, nouns, adjs, facts, tags = TOPICS[key]
            plain, html = [], []
            for _ in range(size):
                s = self._sentence(rng, kws, nouns, facts)
                plain.append(s)
                html.append(self._htmlify(rng, s, kws))
            for f in FILLERS:
                plain.append(f)
                html.append(self._htmlify(rng, f, kws))
            self.plain[key] = plain
            self.html[key] = html
        self.weights = [TOPICS[k][1] for k in TOPIC_KEYS]

    @staticmethod
    def _fill(rng, template, kws=None, nouns=None, adjs=None):
        return (template.replace("{n}", str(rng.randint(2, 40)))
                .replace("{N}", rng.choice(NUMWORDS))
                .replace("{place}", rng.choice(PLACES))
                .replace("{person}", rng.choice(PEOPLE))
                .replace("{day}", rng.choice(DAYNAMES)))

    def _sentence(self, rng, kws, nouns, facts):
        fact = rng.choice(facts)
        r = rng.random()
        if r < 0.12:
            fact = "the %s came up again, and %s" % (rng.choice(nouns), fact)
        elif r < 0.2:
            fact = "%s; %s" % (fact, rng.choice(facts))
        s = self._fill(rng, rng.choice(OPENERS)) + fact + rng.choice(CLOSERS)
        s = s[0].upper() + s[1:]
        if not s.endswith("…"):
            s += "."
        return s

    @staticmethod
    def _htmlify(rng, s, kws):
        h = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        r = rng.random()
        if r < 0.35:
            h = h.replace("'", "&#8217;")
        elif r < 0.6:
            h = h.replace("'", "’")
        elif r < 0.7:
            h = h.replace("'", "&#x2019;")
        if rng.random() < 0.5:
            h = h.replace(" — ", " &#8212; ").replace("…", "&#8230;")
        r = rng.random()
        if r < 0.12:
            kw = rng.choice(kws)
            h = h.replace(kw, "<strong>%s</strong>" % kw, 1)
        elif r < 0.2:
            kw = rng.choice(kws)
            h = h.replace(kw, "<em>%s</em>" % kw, 1)
        elif r < 0.24:
            h = h.replace(" ", "&#160;", 1)
        return h


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------

def rfc822(dt, zone):
    off, name = zone
    t = dt + timedelta(hours=off)
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (DAY3[t.weekday()], t.day, MON3[t.month - 1], t.year,
                                                t.hour, t.minute, t.second, name)


def rfc3339(dt, off, style):
    t = dt + timedelta(hours=off)
    base = "%04d-%02d-%02dT%02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if style != "nosec":
        base += ":%02d" % t.second
    if style == "frac":
        base += ".%03d" % ((t.microsecond // 1000) or 123)
    if off == 0 and style != "numeric":
        return base + "Z"
    sign = "+" if off >= 0 else "-"
    return "%s%s%02d:00" % (base, sign, abs(off))


# --------------------------------------------------------------------------------------
# One feed
# --------------------------------------------------------------------------------------

class Entry:
    __slots__ = ("title", "url", "rel_url", "guid", "date", "author", "tags", "summary", "html",
                 "text", "enclosure", "topic")


class FeedGen:
    def __init__(self, pools, rng, spec):
        self.p = pools
        self.rng = rng
        self.spec = spec
        r = rng
        self.topic = spec["topic"]
        others = [k for k in TOPIC_KEYS if k != self.topic]
        self.secondary = r.sample(others, 2)
        name = TOPICS[self.topic][0]
        self.person = r.choice(PEOPLE)
        self.title = (r.choice(FEED_TITLES).replace("{place}", r.choice(PLACES))
                      .replace("{person}", self.person.split()[0]).replace("{name}", name))
        slug = slugify(self.title)[:40].strip("-")
        host = r.choice(["%s.example", "%s.example.com", "%s.example.org", "www.%s.example.net"]) % slug
        self.home = "https://%s/" % host if r.random() < 0.8 else "http://%s/" % host
        self.blog_prefix = r.choice(["", "blog/", "posts/", "%d/" % 2026])
        zone = r.choice(ZONES)
        self.zone = (zone[0], r.choice(zone[1]))
        self.date_style = r.choice(["plain", "plain", "frac", "numeric", "nosec"])
        self.authors = [self.person] + r.sample(PEOPLE, r.randint(0, 3))
        latest = NOW - timedelta(seconds=r.randint(0, 21 * 86400))
        self.latest = latest  # feed-level "updated" / lastBuildDate
        self.next_date = latest
        # mean gap between posts: a few hours (news) to a week (hobby blog)
        self.gap = r.choice([3, 6, 12, 24, 48, 72, 168]) * 3600.0
        self.n = 0
        self.relative = False  # set by Atom writer when using xml:base

    # ---- text ----------------------------------------------------------------
    def pick_topic(self):
        r = self.rng.random()
        if r < 0.7:
            return self.topic
        if r < 0.85:
            return self.secondary[0]
        if r < 0.93:
            return self.secondary[1]
        return self.rng.choices(TOPIC_KEYS, self.p.weights)[0]

    def make_title(self, topic):
        r = self.rng
        name, w, kws, nouns, adjs, facts, tags = TOPICS[topic]
        for _ in range(6):
            kw = r.choice(kws)
            t = (r.choice(TITLE_TEMPLATES).replace("{kw}", kw).replace("{KW}", kw[0].upper() + kw[1:])
                 .replace("{kw2}", r.choice(kws)).replace("{noun}", r.choice(nouns))
                 .replace("{adj}", r.choice(adjs)))
            t = Pools._fill(r, t)
            t = t[0].upper() + t[1:]
            if 5 <= len(t.split()) <= 12:
                break
        return t.replace("'", "’") if r.random() < 0.5 else t

    def url(self, path):
        return self.home + path

    def link_sentence(self):
        r = self.rng
        slug = slugify(r.choice(TOPICS[self.topic][3]))
        if self.relative:
            # resolved against xml:base (feed home, entry folder or content div)
            href = r.choice(["../%02d/" % r.randint(1, 12) + slug + ".html", "/tag/" + slug + "/",
                             slug + ".html", "img/" + slug + ".jpg"])
        else:
            dom = r.choice([self.home, "https://example.com/", "https://www.example.org/", "https://news.example/"])
            href = "%s%s/%s" % (dom, r.choice(["2026/11", "articles", "wiki", "p"]), slug)
            if r.random() < 0.2:
                href += "?utm_source=rss&amp;utm_medium=feed"
        anchor = r.choice(["this write-up", "the full notes", "an earlier post", "the photos", "a longer thread",
                           "the recipe", "the results", "Q&amp;A", "the map"])
        return r.choice(['See <a href="%s">%s</a>.', 'More in <a href="%s">%s</a>.',
                         '(<a href="%s">%s</a>)']) % (href, anchor)

    def make_html(self, topic):
        r = self.rng
        pool = self.p.html[topic]
        name, w, kws, nouns, adjs, facts, tags = TOPICS[topic]
        out = []
        for i in range(r.randint(3, 12)):
            x = r.random()
            if i and x < 0.08:
                h = esc_text(r.choice(nouns))
                out.append("<h3>%s</h3>" % (h[0].upper() + h[1:]))
            elif i and x < 0.16:
                tag = "ul" if x < 0.13 else "ol"
                items = "".join("<li>%s</li>" % s for s in r.choices(pool, k=r.randint(3, 6)))
                out.append("<%s>%s</%s>" % (tag, items, tag))
            elif i and x < 0.19:
                out.append("<blockquote><p>%s</p></blockquote>" % r.choice(pool))
            elif x < 0.23:
                src = ("img/%s.jpg" % r.randint(100, 999)) if self.relative else \
                    "%swp-content/uploads/2026/11/img-%d.jpg" % (self.home, r.randint(100, 9999))
                out.append('<p><img src="%s" alt="%s" width="%d" height="%d" /></p>'
                           % (src, r.choice(IMG_ALTS), r.choice([640, 800, 1024]), r.choice([427, 533, 683])))
            elif topic in CODE_TOPICS and x < 0.3:
                out.append("<pre><code>let feeds = try await fetcher.fetch(urls)\n"
                           "for feed in feeds where feed.items.count &gt; 0 &amp;&amp; !feed.isBroken {\n"
                           "    print(feed.title ?? &quot;untitled&quot;)\n}</code></pre>")
            para = " ".join(r.choices(pool, k=r.randint(2, 6)))
            if r.random() < 0.3:
                para += " " + self.link_sentence()
            out.append("<p>%s</p>" % para)
        return "\n".join(out)

    def make_text(self, topic):
        r = self.rng
        pool = self.p.plain[topic]
        return "\n\n".join(" ".join(r.choices(pool, k=r.randint(2, 5))) for _ in range(r.randint(3, 8)))

    def next_entry(self, want_text=False):
        r = self.rng
        e = Entry()
        topic = self.pick_topic()
        e.topic = topic
        e.title = self.make_title(topic)
        self.n += 1
        e.date = self.next_date
        self.next_date -= timedelta(seconds=r.expovariate(1.0 / self.gap) + 60)
        d = e.date
        path = "%s%04d/%02d/%s/" % (self.blog_prefix, d.year, d.month, slugify(e.title))
        e.rel_url = path
        e.url = self.home + path
        g = r.random()
        e.guid = e.url if g < 0.6 else ("%s?p=%d" % (self.home, 1000 + 7919 * self.n % 90000) if g < 0.8
                                        else "tag:%s,%d:post-%d" % (self.home.split("/")[2], d.year, self.n))
        e.author = r.choice(self.authors)
        tags = TOPICS[topic][6]
        e.tags = r.sample(tags, r.randint(1, 3))
        if r.random() < 0.15:
            e.tags.append(r.choice(TOPICS[r.choice(self.secondary)][6]))
        e.summary = " ".join(r.choices(self.p.plain[topic], k=r.randint(1, 3)))
        e.html = self.make_html(topic)
        e.text = self.make_text(topic) if want_text else None
        e.enclosure = None
        if r.random() < 0.05:
            e.enclosure = ("%smedia/%s.mp3" % (self.home, slugify(e.title)[:30]), r.randint(2_000_000, 90_000_000),
                           "audio/mpeg")
        return e


# --------------------------------------------------------------------------------------
# Writers. Each returns (document text, entry count). `target` is in characters.
# `hooks` lets the ill-formed generator bend the output.
# --------------------------------------------------------------------------------------

class Hooks:
    def title(self, s):  # escaped title text
        return esc_text(s)


def _fill_entries(fg, target, emit, want_text=False, overhead=0):
    """Emit entries until the document reaches `target` characters (at least one entry).
    `overhead` counts per-entry text written elsewhere (the RSS 1.0 rdf:Seq)."""
    parts, size, n = [], 0, 0
    while size < target or n < 1:
        e = fg.next_entry(want_text)
        s = emit(e)
        parts.append(s)
        size += len(s) + overhead
        n += 1
    return parts, n


def write_rss2(fg, target, decl, hooks):
    r = fg.rng
    cdata = r.random() < 0.6
    content = r.random() < 0.85
    media = r.random() < 0.2
    ind = "  " if r.random() < 0.5 else ""
    ns = ' xmlns:content="%s" xmlns:dc="%s" xmlns:atom="%s"' % (NS_CONTENT, NS_DC, NS_ATOM)
    if media:
        ns += ' xmlns:media="%s"' % NS_MEDIA
    zone = fg.zone
    named = cdata and r.random() < 0.5  # named HTML entities are fine inside CDATA'd HTML
    # Characters outside a single-byte charset become &#NNNN; refs, which would stay literal
    # inside a CDATA'd plain-text field such as dc:creator, so only HTML goes in CDATA there.
    cdata_names = cdata and not fg.spec["encoding"] in ("cp1252", "latin1")

    def emit(e):
        out = [ind, "<item>\n", ind, ind, "<title>", hooks.title(e.title), "</title>\n",
               ind, ind, "<link>", esc_text(e.url), "</link>\n"]
        if r.random() < 0.8:
            out += [ind, ind, "<dc:creator>", "<![CDATA[%s]]>" % e.author if cdata_names else esc_text(e.author),
                    "</dc:creator>\n"]
        else:
            out += [ind, ind, "<author>", "%s@%s (%s)" % (slugify(e.author).replace("-", "."),
                                                          fg.home.split("/")[2], esc_text(e.author)), "</author>\n"]
        out += [ind, ind, "<pubDate>", rfc822(e.date, zone), "</pubDate>\n"]
        for t in e.tags:
            out += [ind, ind, "<category>", "<![CDATA[%s]]>" % t if cdata_names else esc_text(t), "</category>\n"]
        perm = "true" if e.guid == e.url else "false"
        out += [ind, ind, '<guid isPermaLink="%s">' % perm, esc_text(e.guid), "</guid>\n"]
        html = e.html
        if named:
            html = html.replace("&#8212;", "&mdash;").replace("&#160;", "&nbsp;").replace("&#8230;", "&hellip;")
        if cdata:
            out += [ind, ind, "<description><![CDATA[", e.summary, "]]></description>\n"]
            if content:
                out += [ind, ind, "<content:encoded><![CDATA[", html, "]]></content:encoded>\n"]
        else:
            if content:
                out += [ind, ind, "<description>", esc_text(e.summary), "</description>\n",
                        ind, ind, "<content:encoded>", esc_text(html), "</content:encoded>\n"]
            else:
                out += [ind, ind, "<description>", esc_text(html), "</description>\n"]
        if e.enclosure:
            out += [ind, ind, '<enclosure url="%s" length="%d" type="%s"/>\n' % e.enclosure]
        if media and r.random() < 0.5:
            out += [ind, ind, '<media:thumbnail url="%simg/%d-320.jpg" width="320" height="213"/>\n'
                    % (fg.home, r.randint(1000, 9999))]
        out += [ind, "</item>\n"]
        return "".join(out)

    parts, n = _fill_entries(fg, target, emit)
    head = ("%s<rss version=\"2.0\"%s>\n<channel>\n%s<title>%s</title>\n%s<link>%s</link>\n"
            "%s<atom:link href=\"%sfeed/\" rel=\"self\" type=\"application/rss+xml\" />\n"
            "%s<description>%s</description>\n%s<language>en-us</language>\n"
            "%s<lastBuildDate>%s</lastBuildDate>\n%s<generator>%s</generator>\n"
            % (decl, ns, ind, esc_text(fg.title), ind, fg.home, ind, fg.home, ind,
               esc_text("Notes on %s, %s and more from %s." % (TOPICS[fg.topic][2][0], TOPICS[fg.secondary[0]][2][0],
                                                             fg.person)),
               ind, ind, rfc822(fg.latest + timedelta(minutes=r.randint(1, 90)), zone), ind, r.choice(GENERATORS)))
    return head + "".join(parts) + "</channel>\n</rss>\n", n


def write_atom1(fg, target, decl, hooks):
    r = fg.rng
    use_base = r.random() < 0.35
    fg.relative = use_base
    off, style = fg.zone[0], fg.date_style
    lang = r.choice(["en", "en-US", "en-GB"])
    xhtml_share = r.choice([0.0, 0.3, 1.0])
    base_attr = ' xml:base="%s"' % fg.home if use_base else ""

    def emit(e):
        updated = rfc3339(e.date, off, style)
        link = e.rel_url if use_base else e.url
        entry_base = ""
        if use_base and r.random() < 0.4:
            # nested xml:base: entry base is the post's folder, link is relative to it
            entry_base = ' xml:base="%s"' % e.rel_url
            link = "./"
        out = ["<entry%s>\n" % entry_base]
        if type(hooks) is Hooks and r.random() < 0.2:
            out.append('  <title type="html">%s</title>\n' % esc_text(esc_text(e.title)))
        else:
            out.append("  <title>%s</title>\n" % hooks.title(e.title))
        out.append('  <link rel="alternate" type="text/html" href="%s"/>\n' % esc(link))
        if e.enclosure:
            out.append('  <link rel="enclosure" href="%s" length="%d" type="%s"/>\n' % e.enclosure)
        out.append("  <id>%s</id>\n" % esc_text(e.guid if e.guid.startswith("tag:") else e.url))
        if r.random() < 0.8:
            out.append("  <published>%s</published>\n" % updated)
        out.append("  <updated>%s</updated>\n" % updated)
        out.append("  <author><name>%s</name></author>\n" % esc_text(e.author))
        for t in e.tags:
            out.append('  <category term="%s"/>\n' % esc(t))
        out.append("  <summary>%s</summary>\n" % esc_text(e.summary))
        if r.random() < xhtml_share:
            div_base = ' xml:base="%s"' % "media/" if use_base and r.random() < 0.3 else ""
            out.append('  <content type="xhtml"><div xmlns="%s"%s>%s</div></content>\n' % (NS_XHTML, div_base, e.html))
        else:
            out.append('  <content type="html">%s</content>\n' % esc_text(e.html))
        out.append("</entry>\n")
        return "".join(out)

    parts, n = _fill_entries(fg, target, emit)
    self_href = "feed.atom" if use_base else fg.home + "feed.atom"
    head = ('%s<feed xmlns="%s" xml:lang="%s"%s>\n<title>%s</title>\n<subtitle>%s</subtitle>\n'
            '<link rel="alternate" type="text/html" href="%s"/>\n<link rel="self" type="application/atom+xml" href="%s"/>\n'
            '<id>%s</id>\n<updated>%s</updated>\n<author><name>%s</name></author>\n<generator>%s</generator>\n'
            % (decl, NS_ATOM, lang, base_attr, esc_text(fg.title),
               esc_text("Writing about %s and %s." % (TOPICS[fg.topic][2][0], TOPICS[fg.secondary[0]][2][0])),
               "/" if use_base else fg.home, self_href, fg.home, rfc3339(fg.latest + timedelta(minutes=r.randint(1, 90)), off, style),
               esc_text(fg.person), r.choice(GENERATORS)))
    return head + "".join(parts) + "</feed>\n", n


def write_rss1(fg, target, decl, hooks):
    r = fg.rng
    content = r.random() < 0.6
    off = fg.zone[0]
    style = "nosec" if r.random() < 0.3 else "numeric"
    items_about = []

    def emit(e):
        items_about.append(e.url)
        out = ['<item rdf:about="%s">\n' % esc(e.url), "<title>", hooks.title(e.title), "</title>\n",
               "<link>", esc_text(e.url), "</link>\n",
               "<description>", esc_text(e.summary), "</description>\n"]
        if content:
            out += ["<content:encoded><![CDATA[", e.html, "]]></content:encoded>\n"]
        out += ["<dc:date>", rfc3339(e.date, off, style), "</dc:date>\n",
                "<dc:creator>", esc_text(e.author), "</dc:creator>\n"]
        for t in e.tags:
            out += ["<dc:subject>", esc_text(t), "</dc:subject>\n"]
        out.append("</item>\n")
        return "".join(out)

    parts, n = _fill_entries(fg, target, emit, overhead=len(fg.home) + 90)
    seq = "".join('      <rdf:li rdf:resource="%s" />\n' % esc(u) for u in items_about)
    about = fg.home + "index.rdf"
    head = ('%s<rdf:RDF xmlns:rdf="%s" xmlns="%s" xmlns:dc="%s" xmlns:content="%s">\n'
            '<channel rdf:about="%s">\n<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n'
            '<dc:language>en</dc:language>\n<dc:date>%s</dc:date>\n<items>\n    <rdf:Seq>\n%s    </rdf:Seq>\n</items>\n'
            '</channel>\n'
            % (decl, NS_RDF, NS_RSS1, NS_DC, NS_CONTENT, about, esc_text(fg.title), fg.home,
               esc_text("A digest of %s." % TOPICS[fg.topic][2][0]), rfc3339(fg.latest, off, style), seq))
    return head + "".join(parts) + "</rdf:RDF>\n", n


def write_rss09x(fg, target, decl, hooks):
    r = fg.rng
    v092 = r.random() < 0.5
    doctype = "" if v092 else (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"\n'
        ' "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n' if r.random() < 0.7 else "")
    zone = fg.zone

    def emit(e):
        out = ["<item>\n"]
        if not (v092 and r.random() < 0.05):  # 0.92 allows description-only items
            out += ["<title>", hooks.title(e.title), "</title>\n", "<link>", esc_text(e.url), "</link>\n"]
        out += ["<description>", esc_text(e.html), "</description>\n"]
        if v092:
            out += ['<category domain="%s">%s</category>\n' % (fg.home + "categories", esc_text(e.tags[0]))]
            if e.enclosure:
                out.append('<enclosure url="%s" length="%d" type="%s"/>\n' % e.enclosure)
        out.append("</item>\n")
        return "".join(out)

    parts, n = _fill_entries(fg, target, emit)
    head = ("%s%s<rss version=\"%s\">\n<channel>\n<title>%s</title>\n<link>%s</link>\n<description>%s</description>\n"
            "<language>en-us</language>\n<pubDate>%s</pubDate>\n<lastBuildDate>%s</lastBuildDate>\n"
            "<managingEditor>editor@%s (%s)</managingEditor>\n"
            % (decl, doctype, "0.92" if v092 else "0.91", esc_text(fg.title), fg.home,
               esc_text("Updates about %s." % TOPICS[fg.topic][2][0]), rfc822(fg.latest, zone), rfc822(fg.latest, zone),
               fg.home.split("/")[2], esc_text(fg.person)))
    return head + "".join(parts) + "</channel>\n</rss>\n", n


def write_json11(fg, target, decl, hooks):
    r = fg.rng
    off, style = fg.zone[0], fg.date_style
    items = []
    size = 0
    while size < target or not items:
        e = fg.next_entry(want_text=True)
        it = {"id": e.url if e.guid == e.url else e.guid, "url": e.url}
        if r.random() < 0.95:
            it["title"] = e.title
        if r.random() < 0.85:
            it["content_html"] = e.html
            if r.random() < 0.3:
                it["content_text"] = e.text
        else:
            it["content_text"] = e.text
        it["summary"] = e.summary
        it["date_published"] = rfc3339(e.date, off, style)
        if r.random() < 0.3:
            it["date_modified"] = rfc3339(e.date + timedelta(hours=r.randint(1, 48)), off, style)
        it["authors"] = [{"name": e.author}]
        it["tags"] = e.tags
        if r.random() < 0.2:
            it["image"] = "%simg/%d.jpg" % (fg.home, r.randint(100, 9999))
        if e.enclosure:
            it["attachments"] = [{"url": e.enclosure[0], "mime_type": e.enclosure[2],
                                  "size_in_bytes": e.enclosure[1]}]
        if r.random() < 0.05:
            it["_ext"] = {"about": "https://example.org/json-ext", "reading_minutes": r.randint(2, 20)}
        items.append(it)
        size += len(e.html) + len(e.text) + len(e.summary) + 300
    doc = {"version": "https://jsonfeed.org/version/1.1", "title": fg.title, "home_page_url": fg.home,
           "feed_url": fg.home + "feed.json",
           "description": "Posts about %s." % TOPICS[fg.topic][2][0],
           "authors": [{"name": fg.person, "url": fg.home + "about/"}], "language": "en", "items": items}
    indent = 2 if r.random() < 0.6 else None
    return json.dumps(doc, ensure_ascii=r.random() < 0.2, indent=indent) + "\n", len(items)


WRITERS = {"rss2": write_rss2, "atom1": write_atom1, "rss1": write_rss1, "rss09x": write_rss09x,
           "json11": write_json11}

# --------------------------------------------------------------------------------------
# Ill-formed feeds
# --------------------------------------------------------------------------------------

DEFECTS = ["bare-amp", "html-entities", "mismatched-tag", "truncated", "control-char", "junk-before-decl"]


class BrokenHooks(Hooks):
    def __init__(self, rng, defects):
        self.rng = rng
        self.defects = defects
        self.calls = 0

    def title(self, s):
        # The first title always carries the defect, so even a one-entry feed is ill-formed.
        r = self.rng
        first = self.calls == 0
        self.calls += 1
        t = esc_text(s)
        if "bare-amp" in self.defects and (first or r.random() < 0.3):
            t = r.choice(["Q&A: ", "Tips & tricks: ", "R&D notes: ", "Salt & pepper: "]) + t
        if "html-entities" in self.defects and (first or r.random() < 0.3):
            t = (t.replace("’", "&rsquo;").replace("é", "&eacute;").replace(" — ", " &mdash; ")
                 + r.choice(["&nbsp;&mdash;&nbsp;updated", " &hellip;", " &ndash; part&nbsp;2", " (caf&eacute; edition)"]))
        if "control-char" in self.defects and (first or r.random() < 0.1):
            i = len(t) // 2
            t = t[:i] + r.choice(["\x0b", "\x0c", "\x1a", "\x1b", "\x08"]) + t[i:]
        return t


def _find_mid(doc, needle):
    """First occurrence at or after the middle of the document, else the last one before it."""
    i = doc.find(needle, len(doc) // 2)
    return i if i >= 0 else doc.rfind(needle)


def break_text(rng, doc, defects, fmt):
    if "mismatched-tag" in defects:
        kind = rng.choice(["titel", "misnest", "unclosed"])
        if kind == "titel":
            i = _find_mid(doc, "</title>")
            doc = doc[:i] + "</titel>" + doc[i + 8:]
        elif kind == "misnest":
            tag = "<summary>" if fmt == "atom1" else "<description>"
            i = _find_mid(doc, tag) + len(tag)
            doc = doc[:i] + "<b>Update: <i>see below</b></i> " + doc[i:]
        else:
            tag = "</entry>" if fmt == "atom1" else "</item>"
            i = _find_mid(doc, tag)
            doc = doc[:i] + doc[i + len(tag):]
    if "junk-before-decl" in defects:
        if doc.startswith("<?xml"):
            junk = rng.choice(["\n\n", "   \n", "<!-- cache: HIT -->\n",
                               "Warning: Undefined variable $x in feed.php on line 12\n"])
        else:  # without a declaration, leading whitespace or a comment would be legal
            junk = "Warning: Undefined variable $x in feed.php on line 12\n"
        doc = junk + doc
    return doc


# --------------------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------------------

# label -> (declared name variants, python codec, BOM)
ENCODINGS = {
    "utf8": (["UTF-8", "utf-8"], "utf-8", b""),
    "utf8nodecl": ([None], "utf-8", b""),
    "utf8bom": (["UTF-8", "utf-8"], "utf-8", b"\xef\xbb\xbf"),
    "cp1252": (["windows-1252", "Windows-1252"], "cp1252", b""),
    "latin1": (["ISO-8859-1", "iso-8859-1"], "iso-8859-1", b""),
    "utf16le": (["UTF-16", "utf-16"], "utf-16-le", b"\xff\xfe"),
    "utf16be": (["UTF-16", "utf-16"], "utf-16-be", b"\xfe\xff"),
}


def encode(doc, label):
    names, codec, bom = ENCODINGS[label]
    return bom + doc.encode(codec, errors="xmlcharrefreplace")


# --------------------------------------------------------------------------------------
# Plan and main
# --------------------------------------------------------------------------------------

FORMAT_MIX = [("rss2", 0.45), ("atom1", 0.25), ("rss1", 0.10), ("json11", 0.10), ("rss09x", 0.05),
              ("broken", 0.05)]
ENCODING_MIX = [("utf8", 0.80), ("utf8nodecl", 0.03), ("utf8bom", 0.02), ("cp1252", 0.07), ("latin1", 0.05),
                ("utf16le", 0.02), ("utf16be", 0.01)]
FORMAT_NAMES = {"rss2": "RSS 2.0", "atom1": "Atom 1.0", "rss1": "RSS 1.0 (RDF)", "json11": "JSON Feed 1.1",
                "rss09x": "RSS 0.91/0.92", "broken": "ill-formed"}


def exact_counts(total, mix):
    raw = [(k, total * f) for k, f in mix]
    counts = {k: int(v) for k, v in raw}
    rest = total - sum(counts.values())
    for k, v in sorted(raw, key=lambda kv: kv[1] - int(kv[1]), reverse=True)[:rest]:
        counts[k] += 1
    return counts


def plan(n, seed):
    rng = random.Random("plan:%d" % seed)
    counts = exact_counts(n, FORMAT_MIX)
    formats = [k for k, _ in FORMAT_MIX for _ in range(counts[k])]
    rng.shuffle(formats)
    n_big = round(n * 0.015)
    n_tiny = round(n * 0.03)
    # Targets are in characters; the bytes come out a few percent larger (multi-byte UTF-8,
    # character references in single-byte encodings), so aim a little low.
    sizes = ([rng.uniform(1.0, 2.8) * 1e6 for _ in range(n_big)]
             + [rng.uniform(3, 18) * 1e3 for _ in range(n_tiny)]
             + [rng.triangular(20, 145, 48) * 1e3 for _ in range(n - n_big - n_tiny)])
    rng.shuffle(sizes)
    topics = rng.choices(TOPIC_KEYS, [TOPICS[k][1] for k in TOPIC_KEYS], k=n)
    enc_keys = [k for k, _ in ENCODING_MIX]
    enc_w = [w for _, w in ENCODING_MIX]
    specs = []
    for i in range(n):
        fmt = formats[i]
        enc = "utf8" if fmt == "json11" else rng.choices(enc_keys, enc_w)[0]
        spec = {"index": i + 1, "format": fmt, "encoding": enc, "target": int(sizes[i]), "topic": topics[i]}
        if fmt == "broken":
            spec["base"] = "rss2" if rng.random() < 0.7 else "atom1"
            k = 1 if rng.random() < 0.6 else 2
            spec["defects"] = sorted(rng.sample(DEFECTS, k))
        specs.append(spec)
    return specs


def build(spec, pools, seed):
    rng = random.Random("feed:%d:%d" % (seed, spec["index"]))
    fg = FeedGen(pools, rng, spec)
    fmt = spec["format"]
    enc = spec["encoding"]
    defects = spec.get("defects", [])
    wfmt = spec["base"] if fmt == "broken" else fmt
    hooks = BrokenHooks(rng, defects) if defects else Hooks()
    names, codec, bom = ENCODINGS[enc]
    declname = rng.choice(names)
    if wfmt == "json11" or declname is None:
        decl = ""
    else:
        q = "'" if rng.random() < 0.1 else '"'
        decl = "<?xml version=%s1.0%s encoding=%s%s%s?>\n" % (q, q, q, declname, q)
    # writers measure characters; UTF-16 doubles the bytes, so aim for half as many characters
    target = spec["target"] // 2 if enc.startswith("utf16") else spec["target"]
    doc, n = WRITERS[wfmt](fg, target, decl, hooks)
    if defects:
        doc = break_text(rng, doc, defects, wfmt)
    data = encode(doc, enc)
    if "truncated" in defects:
        data = data[: int(len(data) * rng.uniform(0.3, 0.95))]
    ext = {"json11": "json", "rss1": "rdf"}.get(wfmt, "xml")
    label = fmt if fmt != "broken" else "broken-" + wfmt
    name = "%04d-%s-%s-%s.%s" % (spec["index"], label, enc, spec["topic"], ext)
    return name, data, n, fg.title, fg.home


def opml(entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n<head>\n'
           "<title>share benchmark corpus</title>\n<dateCreated>%s</dateCreated>\n</head>\n<body>\n"
           % rfc822(NOW, (0, "GMT"))]
    by_fmt = {}
    for m in entries:
        by_fmt.setdefault(m["format"], []).append(m)
    for fmt, _ in FORMAT_MIX:
        group = by_fmt.get(fmt, [])
        if not group:
            continue
        out.append('  <outline text="%s" title="%s">\n' % (esc(FORMAT_NAMES[fmt]), esc(FORMAT_NAMES[fmt])))
        by_topic = {}
        for m in group:
            by_topic.setdefault(m["topic"], []).append(m)
        for topic in TOPIC_KEYS:
            if topic not in by_topic:
                continue
            out.append('    <outline text="%s">\n' % esc(TOPICS[topic][0]))
            for m in by_topic[topic]:
                typ = "atom" if m["format"] == "atom1" or m.get("base") == "atom1" else "rss"
                out.append('      <outline type="%s" text="%s" title="%s" xmlUrl="%s" htmlUrl="%s"/>\n'
                           % (typ, esc(m["title"]), esc(m["title"]), esc("feeds/" + m["file"]), esc(m["home"])))
            out.append("    </outline>\n")
        out.append("  </outline>\n")
    out.append("</body>\n</opml>\n")
    return "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--feeds", type=int, default=1000, help="number of feed files (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = ap.parse_args(argv)
    if args.feeds < 1:
        ap.error("--feeds must be at least 1")
    t0 = time.monotonic()
    feeds_dir = os.path.join(args.out_dir, "feeds")
    os.makedirs(feeds_dir, exist_ok=True)
    pools = Pools(random.Random("pools:%d" % args.seed))
    manifest = []
    total = 0
    for spec in plan(args.feeds, args.seed):
        name, data, n, title, home = build(spec, pools, args.seed)
        with open(os.path.join(feeds_dir, name), "wb") as f:
            f.write(data)
        total += len(data)
        m = {"file": name, "format": spec["format"], "encoding": spec["encoding"], "topic": spec["topic"],
             "entries": n, "bytes": len(data), "title": title, "home": home}
        if spec["format"] == "broken":
            m["base"] = spec["base"]
            m["defects"] = spec["defects"]
        manifest.append(m)
    with open(os.path.join(args.out_dir, "corpus.opml"), "w", encoding="utf-8") as f:
        f.write(opml(manifest))
    with open(os.path.join(args.out_dir, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump({"seed": args.seed, "feeds": args.feeds, "total_bytes": total, "files": manifest}, f,
                  indent=1, ensure_ascii=False)
        f.write("\n")
    elapsed = time.monotonic() - t0

    fmt_counts, enc_counts = {}, {}
    for m in manifest:
        fmt_counts[m["format"]] = fmt_counts.get(m["format"], 0) + 1
        enc_counts[m["encoding"]] = enc_counts.get(m["encoding"], 0) + 1
    n = len(manifest)
    sizes = sorted(m["bytes"] for m in manifest)
    print("wrote %d feed files to %s (+ corpus.opml, manifest.json)" % (n, feeds_dir))
    print("total: %.1f MB (%d bytes); median %.0f KB, largest %.2f MB; %d entries"
          % (total / 1e6, total, sizes[n // 2] / 1024, sizes[-1] / 1048576, sum(m["entries"] for m in manifest)))
    print("format mix: " + ", ".join("%s %d (%.0f%%)" % (FORMAT_NAMES[k], fmt_counts[k], 100.0 * fmt_counts[k] / n)
                                     for k, _ in FORMAT_MIX if k in fmt_counts))
    print("encodings: " + ", ".join("%s %d" % (k, enc_counts[k]) for k, _ in ENCODING_MIX if k in enc_counts))
    print("time: %.1f s" % elapsed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
