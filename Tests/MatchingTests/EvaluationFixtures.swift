import Foundation
import Matching

/// A labelled evaluation written for `share`: 68 entries from 17 made-up feeds, 12 friends, and for
/// each friend the entries that should reach them, graded 2 (a clear "this made me think of you"),
/// 1 (they would probably like it) or 0 (everything not listed).
///
/// The pool is laid with the traps the matcher must not fall into:
/// - substrings and derivations: *train* / *Training*, *art* / *Start*, *Artificial*, *artist*,
///   *cat* / *category*;
/// - homonyms: *Java* the island and the coffee region against Java the language; *pythons* the
///   snakes against Python; *running a company*, *running Vapor* and *Running with the reindeer*
///   against running; *ultramarathon* as a founder's metaphor; chess in *board games that aren't
///   chess*;
/// - avoid phrases: the bike-lane vote and the mayoral race are politics, the garter snake and the
///   pythons are snakes, the founders' essays are startups;
/// - a common word of a long phrase alone: *used* (a wedding spreadsheet) for *buying and selling
///   used gear*, *space* (a space telescope) for *parking space*;
/// - one interest everywhere: 29 of the 68 entries mention the climate, most in passing.
///
/// All text is original.
enum EvaluationFixtures {
    /// 2026-11-28 12:00 UTC.
    static let now = Date(timeIntervalSince1970: 1_795_867_200)

    struct Entry {
        let slug: String
        let feed: String
        let daysOld: Double
        let title: String
        let summary: String
        let categories: [String]
    }

    static let candidates: [Candidate] = entries.map { entry in
        let host = entry.feed.lowercased().replacingOccurrences(of: " ", with: "") + ".example"
        let link = "https://\(host)/posts/\(entry.slug)"
        return Candidate(
            id: "https://\(host)/feed#\(entry.slug)", link: link, canonicalLink: link, title: entry.title, summary: entry.summary,
            categories: entry.categories, feedTitle: entry.feed, feedURL: "https://\(host)/feed",
            published: now.addingTimeInterval(-entry.daysOld * 86_400)
        )
    }

    /// The link of the entry with `slug`.
    static func link(_ slug: String) -> String {
        candidates.first { $0.link!.hasSuffix("/posts/\(slug)") }!.link!
    }

    static let friends: [Friend] = [
        Friend(
            name: "Wendy Park", emails: ["wendy@example.org"],
            interests: [Interest("sourdough"), Interest("trail running"), Interest("jazz piano", weight: 2)], avoid: ["politics"]
        ),
        Friend(
            name: "Zoë Müller", emails: ["zoe.mueller@example.org"],
            interests: [Interest("birdwatching"), Interest("gardening"), Interest("heat pumps", weight: 2), Interest("climate")],
            avoid: ["snakes", "politics"]
        ),
        Friend(
            name: "Marcus Bell", emails: ["marcus@example.com"],
            interests: [Interest("chess"), Interest("board games"), Interest("Rust", weight: 2), Interest("Swift")],
            avoid: ["startups", "crypto"]
        ),
        Friend(
            name: "Priya Raman", emails: ["priya.raman@example.com"],
            interests: [Interest("pottery"), Interest("ceramics"), Interest("urban cycling", weight: 2), Interest("bike lanes")],
            avoid: ["politics"]
        ),
        Friend(
            name: "Sam Okafor", emails: ["sam.okafor@example.com"],
            interests: [Interest("Java"), Interest("Python"), Interest("machine learning", weight: 2), Interest("espresso")],
            avoid: ["sports"]
        ),
        Friend(
            name: "Hannah Lee", emails: ["hannah.lee@example.org"],
            interests: [Interest("ultramarathon", weight: 2), Interest("running"), Interest("live music")], avoid: ["politics", "election"]
        ),
        Friend(
            name: "Ruth Alvarez", emails: ["ruth.alvarez@example.org"],
            interests: [Interest("baking"), Interest("pie", weight: 3), Interest("chess"), Interest("jazz")]
        ),
        Friend(name: "Leo Fischer", emails: ["leo@example.net"], interests: [Interest("astronomy"), Interest("telescopes"), Interest("cats")]),
        Friend(
            name: "Nadia Haddad", emails: ["nadia@example.net"],
            interests: [Interest("street art"), Interest("photography"), Interest("film cameras")]
        ),
        Friend(name: "Omar Siddiqui", emails: ["omar@example.net"], interests: [Interest("trains"), Interest("rail travel"), Interest("Japan")]),
        // Java and Python with no coffee to make the island or the coffee farms likely.
        Friend(
            name: "Kofi Mensah", emails: ["kofi@example.org"],
            interests: [Interest("Java"), Interest("Python"), Interest("machine learning")]
        ),
        // Long phrases whose common words alone ("used", "space") say nothing.
        Friend(
            name: "Rosa Delgado", emails: ["rosa@example.org"],
            interests: [Interest("buying and selling used gear"), Interest("parking space"), Interest("rock climbing")]
        ),
    ]

    /// By friend's name: entry slug → grade (1 or 2). Entries not listed are 0.
    static let labels: [String: [String: Int]] = [
        "Wendy Park": [
            "sourdough-36h": 2, "rye-starter": 1, "hitchcock-loop": 2, "first-50k": 1, "winter-shoes": 2, "prairie-fire": 1,
            "shell-voicings": 2, "stride-small-hands": 2,
        ],
        "Zoë Müller": [
            "crane-count": 2, "garden-to-bed": 2, "feeder-watch": 2, "cold-climate-heat-pumps": 2, "sizing-heat-pump": 2,
            "attic-first": 1, "rebates-2027": 1, "ocean-heat": 1, "drier-climate-farms": 1, "birds-winter-map": 2,
        ],
        "Marcus Bell": [
            "rust-1-92": 2, "swift-6-3": 2, "rust-chess-engine": 2, "caro-kann": 2, "two-player-games": 2, "chess-club-thursday": 2,
            "swift-server-year": 2,
        ],
        "Priya Raman": [
            "foot-ring": 2, "cone-6-glazes": 2, "open-studio": 2, "leavenworth-six-months": 2, "winter-commute-kit": 2,
            "cargo-bikes": 1,
        ],
        "Sam Okafor": ["java-25": 2, "small-language-model": 2, "python-3-15": 2, "east-java-coffee": 1],
        "Hannah Lee": [
            "hitchcock-loop": 2, "first-50k": 2, "winter-shoes": 1, "prairie-fire": 2, "blue-monk-trio": 2, "marathon-route": 2,
            "open-mic": 2, "ultramarathon-mindset": 1,
        ],
        "Ruth Alvarez": [
            "pie-crust-fats": 2, "lattice": 2, "einkorn": 2, "caro-kann": 2, "chess-club-thursday": 2, "blue-monk-trio": 2,
            "sourdough-36h": 1, "rye-starter": 1, "shell-voicings": 1, "stride-small-hands": 1, "rust-chess-engine": 1,
        ],
        "Leo Fischer": [
            "jupiter-opposition": 2, "first-telescope": 2, "dark-sky-parks": 1, "cats-one-person": 2, "winter-astronomy": 2, "moon-water": 1,
        ],
        "Nadia Haddad": ["mural-walk": 2, "expired-film": 2, "restoring-negatives": 1],
        "Omar Siddiqui": ["seishun-18": 2, "vienna-venice-night-train": 2, "three-weeks-java": 1],
        "Kofi Mensah": ["java-25": 2, "small-language-model": 2, "python-3-15": 2],
        "Rosa Delgado": ["gear-swap": 2, "parking-minimums": 2, "north-face-winter": 2, "resoling-shoes": 1],
    ]

    static let entries: [Entry] =
        baking + running + music + nature + energy + programming + games + clay + cycling + metro
        + travel + founders + sky + walls + science + town

    /// Rosa's traps: "used" and "space" alone, each in an entry about something else.
    static let town: [Entry] = [
        Entry(
            slug: "gear-swap", feed: "Crag Report", daysOld: 3, title: "Spring gear swap at the bouldering gym",
            summary: "Bring your used ropes, shoes and harnesses to sell or trade; buyers pay cash at the door, and the gym takes no cut.",
            categories: ["Climbing", "Events"]
        ),
        Entry(
            slug: "north-face-winter", feed: "Crag Report", daysOld: 5, title: "A winter first ascent on the north face",
            summary:
                "Two climbers spent four days on the wall, hauling their bivouac up pitch by pitch through spindrift and rock climbing in gloves.",
            categories: ["Climbing", "Alpinism"]
        ),
        Entry(
            slug: "resoling-shoes", feed: "Crag Report", daysOld: 9, title: "When to resole your climbing shoes",
            summary: "A worn toe rand is the sign: a resoler can save a pair that fits, for a third of the price of new ones.",
            categories: ["Climbing", "Gear"]
        ),
        Entry(
            slug: "parking-minimums", feed: "Town Notes", daysOld: 2, title: "Downtown drops its parking minimums",
            summary: "Each parking space in a garage costs about $30,000 to build; developers may now decide how many to provide.",
            categories: ["Housing", "Streets"]
        ),
        Entry(
            slug: "wedding-spreadsheet", feed: "Town Notes", daysOld: 1, title: "How we used a spreadsheet to plan a wedding",
            summary: "Three tabs, one budget and a shared calendar kept ninety guests and two families on schedule.",
            categories: ["Life"]
        ),
        Entry(
            slug: "moon-water", feed: "Science Roundup", daysOld: 1, title: "A space telescope finds water on a distant moon",
            summary: "Infrared readings point to ice below the surface of a moon circling a gas giant.",
            categories: ["Space"]
        ),
    ]

    static let baking: [Entry] = [
        Entry(
            slug: "sourdough-36h", feed: "Loaf and Crumb", daysOld: 2, title: "A 36-hour sourdough that fits around a workday",
            summary:
                "Cold retardation does the heavy lifting: mix after dinner, shape before work, bake when you get home. Notes on hydration, starter timing and why a cool kitchen climate slows everything down.",
            categories: ["Bread", "Sourdough"]
        ),
        Entry(
            slug: "pie-crust-fats", feed: "Loaf and Crumb", daysOld: 5, title: "Lard or butter? Testing pie crusts side by side",
            summary:
                "We baked six crusts with different fats and asked twelve tasters to judge flakiness, flavour and how well each held a crimped edge.",
            categories: ["Pie", "Baking"]
        ),
        Entry(
            slug: "rye-starter", feed: "Loaf and Crumb", daysOld: 9, title: "Why your rye starter smells like nail polish",
            summary:
                "Acetone notes mean a hungry starter. Feed it more often and keep it warmer: starters sulk in a cold climate, and it will settle down within a week.",
            categories: ["Sourdough", "Troubleshooting"]
        ),
        Entry(
            slug: "lattice", feed: "Loaf and Crumb", daysOld: 12, title: "Apple pie season: a lattice that doesn't tear",
            summary: "Chill the strips, use a ruler, and weave on a floured board before sliding the lattice onto the filling.",
            categories: ["Pie"]
        ),
        Entry(
            slug: "einkorn", feed: "Loaf and Crumb", daysOld: 3, title: "Baking with einkorn: softer loaves, stickier dough",
            summary:
                "The ancient wheat needs less water and a shorter knead, and it grows where a harsh climate defeats modern varieties. Notes on flavour, rise and where to buy the flour.",
            categories: ["Baking", "Flour"]
        ),
    ]

    static let running: [Entry] = [
        Entry(
            slug: "hitchcock-loop", feed: "Trail Notes", daysOld: 1, title: "Trail runners flock to the new Hitchcock Nature Center loop",
            summary: "The 11-mile loop opened on Saturday with 400 feet of climbing per mile and views over the Missouri River valley.",
            categories: ["Trail Running", "Local"]
        ),
        Entry(
            slug: "first-50k", feed: "Trail Notes", daysOld: 6, title: "Training for your first 50K: a twelve-week plan",
            summary:
                "Long runs on Saturdays, back-to-back weekends in the final month and plenty of easy miles in between. How to build toward an ultramarathon without getting hurt.",
            categories: ["Ultrarunning", "Training"]
        ),
        Entry(
            slug: "winter-shoes", feed: "Trail Notes", daysOld: 4, title: "Winter trail-running shoes, tested in slush and ice",
            summary: "We ran 300 miles in eight pairs: grip on wet rock, how they drain, and which ones still fit with thick socks.",
            categories: ["Gear"]
        ),
        Entry(
            slug: "prairie-fire", feed: "Trail Notes", daysOld: 10, title: "Race report: the Prairie Fire 100 in freezing rain",
            summary:
                "Forty starters, nineteen finishers. A long night on muddy singletrack, a reminder that the prairie climate can turn in an hour, and what kept the last runners going.",
            categories: ["Ultramarathon", "Race Report"]
        ),
    ]

    static let music: [Entry] = [
        Entry(
            slug: "shell-voicings", feed: "Blue Note Bulletin", daysOld: 3, title: "Shell voicings for the left hand, explained slowly",
            summary: "Root and seventh, root and third: the two-note shapes that make comping on jazz piano sound clean instead of muddy.",
            categories: ["Jazz Piano", "Lessons"]
        ),
        Entry(
            slug: "blue-monk-trio", feed: "Blue Note Bulletin", daysOld: 2, title: "Live at the Blue Monk: a trio that listens",
            summary: "Thursday's set leaned on ballads, and the bassist's solo on 'Body and Soul' was the best live music I've heard this year.",
            categories: ["Jazz", "Reviews"]
        ),
        Entry(
            slug: "stride-small-hands", feed: "Blue Note Bulletin", daysOld: 14, title: "Stride piano for small hands",
            summary:
                "You don't need to reach a tenth to play stride. Rolled chords and a lighter left hand get you most of the way, with exercises from 'Carolina Shout'.",
            categories: ["Jazz Piano"]
        ),
        Entry(
            slug: "open-mic", feed: "Blue Note Bulletin", daysOld: 5, title: "Open mic nights are back at the Waiting Room",
            summary: "Every second Tuesday, sign-up at 7, three songs each. A good night for live music on a budget.",
            categories: ["Live Music", "Local"]
        ),
    ]

    static let nature: [Entry] = [
        Entry(
            slug: "crane-count", feed: "Backyard Naturalist", daysOld: 8, title: "Sandhill crane count hits a record along the Platte",
            summary:
                "Volunteers tallied more than 700,000 birds this spring, a sign the flocks are adjusting to a shifting climate. Birdwatching blinds fill up early, so book now for March.",
            categories: ["Birds", "Nebraska"]
        ),
        Entry(
            slug: "garden-to-bed", feed: "Backyard Naturalist", daysOld: 4, title: "Putting the vegetable garden to bed for winter",
            summary:
                "Pull spent tomatoes, sow a cover crop of winter rye and leave the seed heads on the coneflowers for the finches. Gardening in a changing climate means the first frost comes later than it used to.",
            categories: ["Gardening"]
        ),
        Entry(
            slug: "garter-snake", feed: "Backyard Naturalist", daysOld: 2, title: "A garter snake in the compost is good news",
            summary: "It eats slugs and it won't hurt you. How to make room for snakes in a backyard garden without inviting them into the garage.",
            categories: ["Wildlife", "Garden"]
        ),
        Entry(
            slug: "feeder-watch", feed: "Backyard Naturalist", daysOld: 6, title: "Feeder watch: which seeds bring in winter finches",
            summary:
                "Nyjer for goldfinches, sunflower hearts for nearly everyone, and why cheap mixes end up on the ground. A birdwatcher's guide to the cold months, when a warming climate keeps more finches here all winter.",
            categories: ["Birds", "Feeders"]
        ),
    ]

    static let energy: [Entry] = [
        Entry(
            slug: "cold-climate-heat-pumps", feed: "Home Energy Weekly", daysOld: 3, title: "Cold-climate heat pumps hold up at −20 °C, study finds",
            summary:
                "Field data from 60 homes in Minnesota show modern heat pumps kept houses warm through the coldest week of the year, with backup heat running less than 5% of the time.",
            categories: ["Heat Pumps", "Research"]
        ),
        Entry(
            slug: "sizing-heat-pump", feed: "Home Energy Weekly", daysOld: 7, title: "Sizing a heat pump: why the installer's rule of thumb is wrong",
            summary:
                "A room-by-room load calculation usually comes out smaller than the old furnace. In a cold climate, size for the design temperature, not the worst night in a decade.",
            categories: ["How-To"]
        ),
        Entry(
            slug: "attic-first", feed: "Home Energy Weekly", daysOld: 11, title: "Attic insulation before anything else",
            summary:
                "Air sealing and insulation cut heating bills more than any new equipment, especially in a cold climate. Do this first, then size the heat pump for the house you have afterwards.",
            categories: ["Insulation", "Efficiency"]
        ),
        Entry(
            slug: "rebates-2027", feed: "Home Energy Weekly", daysOld: 1, title: "Utility rebates for 2027, explained",
            summary:
                "What changes in January for heat pump water heaters, induction ranges and weatherization, and how to stack rebates with the federal credit. Climate targets drive the new rules.",
            categories: ["Rebates", "Policy"]
        ),
        Entry(
            slug: "induction-month", feed: "Home Energy Weekly", daysOld: 9, title: "Induction cooking: a month in",
            summary:
                "Faster boils, a cooler kitchen and no more gas smell, and a small step for the climate. The pans we had to replace and the ones that worked.",
            categories: ["Kitchen", "Efficiency"]
        ),
    ]

    static let programming: [Entry] = [
        Entry(
            slug: "rust-1-92", feed: "The Compile Step", daysOld: 2, title: "Rust 1.92 stabilises async closures",
            summary: "The release also brings faster incremental builds and a new lint for unused lifetimes. What changes for library authors.",
            categories: ["Rust", "Releases"]
        ),
        Entry(
            slug: "swift-6-3", feed: "The Compile Step", daysOld: 5, title: "Swift 6.3: what's new in strict concurrency",
            summary: "Region-based isolation gets smarter, and a few warnings become errors. A migration checklist for server-side projects.",
            categories: ["Swift", "Concurrency"]
        ),
        Entry(
            slug: "java-25", feed: "The Compile Step", daysOld: 8, title: "Java 25 brings value classes a step closer",
            summary: "Project Valhalla ships another preview, and JVM benchmarks show fewer allocations for small records.",
            categories: ["Java", "JVM"]
        ),
        Entry(
            slug: "small-language-model", feed: "The Compile Step", daysOld: 3, title: "Training a small language model on a laptop",
            summary:
                "Machine learning without a GPU cluster: quantisation, a 50-million-parameter model and a weekend of CPU time. All the code is in Python.",
            categories: ["Machine Learning"]
        ),
        Entry(
            slug: "python-3-15", feed: "The Compile Step", daysOld: 10, title: "Python 3.15 makes the GIL optional by default",
            summary: "Free-threaded builds move out of experimental status. What it means for C extensions and for data science code.",
            categories: ["Python", "Releases"]
        ),
        Entry(
            slug: "rust-chess-engine", feed: "The Compile Step", daysOld: 13, title: "Writing a chess engine in Rust, part 1: bitboards",
            summary: "Sixty-four bits per piece type, move generation with lookup tables, and perft tests to check it all.",
            categories: ["Tutorials"]
        ),
        Entry(
            slug: "swift-server-year", feed: "The Compile Step", daysOld: 6, title: "Swift on the server: a year of running Vapor in production",
            summary: "Memory use, cold starts and what we would do differently, from a team of four.",
            categories: ["Server"]
        ),
    ]

    static let games: [Entry] = [
        Entry(
            slug: "caro-kann", feed: "Board and Pawn", daysOld: 4, title: "Caro-Kann for club players: the Advance Variation",
            summary: "A practical chess repertoire against 3.e5, with plans you can remember over the board instead of forty moves of theory.",
            categories: ["Openings"]
        ),
        Entry(
            slug: "two-player-games", feed: "Board and Pawn", daysOld: 9, title: "Five board games for two players that aren't chess",
            summary: "Patchwork, Jaipur, Hive, 7 Wonders Duel and Lost Cities: quick rules, and who each one suits.",
            categories: ["Board Games", "Reviews"]
        ),
        Entry(
            slug: "chess-club-thursday", feed: "Board and Pawn", daysOld: 1, title: "Omaha chess club moves to Thursday nights",
            summary: "The club now meets at the Benson library from 6:30. Beginners welcome; boards and clocks provided.",
            categories: ["Chess", "Local"]
        ),
    ]

    static let clay: [Entry] = [
        Entry(
            slug: "foot-ring", feed: "Spin and Clay", daysOld: 5, title: "Trimming a foot ring without losing the bottom",
            summary: "Leather-hard is the window. Centre the pot upside down, tap it true and take thin passes with a loop tool.",
            categories: ["Pottery", "Wheel"]
        ),
        Entry(
            slug: "cone-6-glazes", feed: "Spin and Clay", daysOld: 8, title: "Cone 6 glazes that behave in an electric kiln",
            summary:
                "Five recipes tested over twelve firings, with notes on crawling and pinholes. In a dry winter climate glazes dry fast on the pot, so studios with small kilns will want the slow-cool schedule.",
            categories: ["Glazes", "Ceramics"]
        ),
        Entry(
            slug: "open-studio", feed: "Spin and Clay", daysOld: 2, title: "Open studio night at North Omaha Clay",
            summary: "Wheels, clay and one firing included for $25, and a show of work by the studio's resident potters.",
            categories: ["Pottery", "Events"]
        ),
    ]

    static let cycling: [Entry] = [
        Entry(
            slug: "leavenworth-six-months", feed: "City Cycling", daysOld: 3, title: "Protected bike lanes on Leavenworth: six months in",
            summary:
                "Counts show 40% more riders and fewer close calls at the 24th Street crossing. What works for urban cycling in winter, when the climate tests every design.",
            categories: ["Infrastructure"]
        ),
        Entry(
            slug: "winter-commute-kit", feed: "City Cycling", daysOld: 7, title: "A winter commute kit for under $100",
            summary:
                "Lights, fenders, a wool layer, and studded tyres if you ride on untreated streets. In a climate like Omaha's, urban cycling doesn't stop in December.",
            categories: ["Commuting", "Gear"]
        ),
        Entry(
            slug: "cargo-bikes", feed: "City Cycling", daysOld: 12, title: "Cargo bikes for the school run",
            summary:
                "Box bikes, longtails and what it takes to carry two children and the groceries up a hill: good for the climate and the budget. Also: where to park one in an apartment building.",
            categories: ["Cargo Bikes", "Family"]
        ),
    ]

    static let metro: [Entry] = [
        Entry(
            slug: "council-bike-lane-vote", feed: "Metro Desk", daysOld: 1, title: "City council splits 4–3 on the Leavenworth bike lane extension",
            summary: "The vote followed two hours of testimony and sets up a fight over next year's budget. Politics, not engineering, decided it.",
            categories: ["Politics", "City Council"]
        ),
        Entry(
            slug: "mayoral-race", feed: "Metro Desk", daysOld: 2, title: "Mayoral race: where the candidates stand on heat pumps and housing",
            summary:
                "Both campaigns promise lower energy bills; only one has a plan for rental housing. Climate pledges feature in both platforms. Election day is April 7.",
            categories: ["Election", "Politics"]
        ),
        Entry(
            slug: "marathon-route", feed: "Metro Desk", daysOld: 4, title: "Omaha marathon route changes for 2027",
            summary:
                "The course will skip the riverfront because of construction and finish downtown. Running clubs have asked for more water stations.",
            categories: ["Running", "Local"]
        ),
    ]

    static let travel: [Entry] = [
        Entry(
            slug: "three-weeks-java", feed: "Wander Dispatch", daysOld: 6, title: "Three weeks on Java: volcanoes, trains and rice terraces",
            summary:
                "From Jakarta to Yogyakarta by rail, a dawn climb of Mount Bromo and a homestay in the hills. Java's tropical climate makes the dry season the time to go.",
            categories: ["Indonesia", "Travel"]
        ),
        Entry(
            slug: "east-java-coffee", feed: "Wander Dispatch", daysOld: 10, title: "The coffee farms of East Java",
            summary:
                "Smallholders near Ijen grow arabica on volcanic soil in a cool highland climate. We followed the harvest from cherry to a cup of strong espresso in Banyuwangi.",
            categories: ["Coffee", "Travel"]
        ),
        Entry(
            slug: "seishun-18", feed: "Wander Dispatch", daysOld: 3, title: "Riding Japan's slow trains with a Seishun 18 pass",
            summary: "Five days of unlimited local trains for about $80: how we crossed Honshu on the lines the bullet trains skip.",
            categories: ["Rail Travel"]
        ),
        Entry(
            slug: "reindeer", feed: "Wander Dispatch", daysOld: 2, title: "Running with the reindeer in Lapland",
            summary:
                "A four-day sled and snowshoe trip where the only running is done by the animals. Warm gear, and what to expect from a subarctic climate.",
            categories: ["Finland", "Adventure"]
        ),
        Entry(
            slug: "vienna-venice-night-train", feed: "Wander Dispatch", daysOld: 8, title: "The night train from Vienna to Venice",
            summary:
                "Couchettes, a dining car that closes too early and sunrise over the Alps. Is the sleeper still worth it, for the climate-minded and everyone else?",
            categories: ["Rail Travel", "Europe"]
        ),
    ]

    static let founders: [Entry] = [
        Entry(
            slug: "running-a-company", feed: "Founders Log", daysOld: 3, title: "Running a company when the market turns",
            summary:
                "Cash runway, honest board updates and the hard calls on hiring in this funding climate. Notes from ten years of running a startup.",
            categories: ["Startups", "Leadership"]
        ),
        Entry(
            slug: "training-managers", feed: "Founders Log", daysOld: 5, title: "Training new managers: the first ninety days",
            summary: "One-on-ones, feedback that lands, and why the best engineers don't always make the best leads.",
            categories: ["Management"]
        ),
        Entry(
            slug: "ultramarathon-mindset", feed: "Founders Log", daysOld: 1, title: "The ultramarathon mindset for founders",
            summary:
                "Pacing, aid stations and the long middle miles: what a 100-mile race taught me about building a company in a hard fundraising climate.",
            categories: ["Founders"]
        ),
    ]

    static let sky: [Entry] = [
        Entry(
            slug: "jupiter-opposition", feed: "Night Sky", daysOld: 2, title: "Jupiter at opposition: the best views in a decade",
            summary: "On December 7 the giant planet is closest and brightest. Even a small telescope shows four moons and the cloud belts.",
            categories: ["Planets"]
        ),
        Entry(
            slug: "first-telescope", feed: "Night Sky", daysOld: 9, title: "Choosing a first telescope: aperture beats magnification",
            summary: "Why a 6-inch Dobsonian is the best value, what to skip, and the accessories worth buying later.",
            categories: ["Buying Guide"]
        ),
        Entry(
            slug: "dark-sky-parks", feed: "Night Sky", daysOld: 12, title: "Dark-sky parks within a day's drive of Omaha",
            summary:
                "Merritt Reservoir, the Niobrara valley and two Kansas sites where the Milky Way still casts shadows, thanks to a dry continental climate and few towns.",
            categories: ["Stargazing", "Travel"]
        ),
        Entry(
            slug: "winter-astronomy", feed: "Night Sky", daysOld: 5, title: "Clear skies: the best nights for astronomy this winter",
            summary: "Cold, dry air steadies the view. A month-by-month guide to meteor showers and planets, and why a stable winter climate helps.",
            categories: ["Astronomy", "Observing"]
        ),
    ]

    static let walls: [Entry] = [
        Entry(
            slug: "new-archive", feed: "Lens and Wall", daysOld: 1, title: "Browse by category: our new archive",
            summary: "Every post since 2012 is now sorted by category, with filters for neighbourhood and artist. Start here if you are new.",
            categories: ["Site News"]
        ),
        Entry(
            slug: "mural-walk", feed: "Lens and Wall", daysOld: 4, title: "A mural walk through South Omaha",
            summary:
                "Twenty walls in two miles, from the Vinton Street corridor to the old stockyards, one of them a portrait of the climate crisis. Street art that rewards a slow Saturday morning.",
            categories: ["Murals", "Omaha"]
        ),
        Entry(
            slug: "expired-film", feed: "Lens and Wall", daysOld: 7, title: "Street photography on expired film",
            summary: "Three rolls of 2009 Portra, one old rangefinder and what survived. Film cameras forgive less than you think.",
            categories: ["Film"]
        ),
        Entry(
            slug: "restoring-negatives", feed: "Lens and Wall", daysOld: 10, title: "Artificial intelligence in the darkroom? Not quite",
            summary: "New scanning software promises to restore faded negatives automatically. We tried it on a box of family slides.",
            categories: ["Photography", "Software"]
        ),
    ]

    static let science: [Entry] = [
        Entry(
            slug: "ocean-heat", feed: "Science Roundup", daysOld: 3, title: "Record heat pushes ocean temperatures past 2023 highs",
            summary:
                "Sea surface readings in the North Atlantic broke records again in October, a signal scientists link to climate change and a fading El Niño.",
            categories: ["Climate", "Oceans"]
        ),
        Entry(
            slug: "ball-pythons", feed: "Science Roundup", daysOld: 4, title: "Ball pythons in the wild: shy, slow and in trouble",
            summary:
                "Collection for the pet trade and the clearing of farmland have cut wild populations in West Africa. A profile of the snake behind the pet-shop favourite.",
            categories: ["Reptiles", "Conservation"]
        ),
        Entry(
            slug: "drier-climate-farms", feed: "Science Roundup", daysOld: 6, title: "How Nebraska farmers are adapting to a drier climate",
            summary: "No-till fields, cover crops and new hybrids: three farms show what it takes when rain comes in fewer, heavier storms.",
            categories: ["Agriculture", "Climate"]
        ),
        Entry(
            slug: "birds-winter-map", feed: "Science Roundup", daysOld: 5, title: "A new map of where birds winter as the climate warms",
            summary: "Citizen-science counts show dozens of species now spending the winter farther north than in the 1990s.",
            categories: ["Birds", "Climate"]
        ),
        Entry(
            slug: "cats-one-person", feed: "Science Roundup", daysOld: 8, title: "Do cats really prefer one person?",
            summary: "A study of 70 households found that cats bond with whoever feeds them on a schedule, not whoever spends the most time at home.",
            categories: ["Pets", "Behaviour"]
        ),
    ]
}
