import Foundation
import Matching
import TextAnalysis

// MatchBenchmark: times the matcher on a generated run of 60,000 entries and 1,000 friends.
//
//   swift run -c release MatchBenchmark [--entries 60000] [--friends 1000] [--rounds 5] [--seed 1] [--top 1]
//
// The input is generated, seeded and deterministic: a vocabulary of 4,000 made-up words, drawn
// with a Zipf distribution as the words of real text are, and English stop words (a third of the
// words of a text); a pool of 2,000 interest phrases of 1–3 words from that vocabulary; entries
// with titles of about 8 words, summaries of about 40 and 3 categories, some of them an interest
// phrase, spread over 1,000 feeds and 30 days, one in fifty a copy of another entry under the same
// canonical link; friends with 3–8 interests (one in five weighing 2) and 0–2 avoid words.
//
// Making the candidates ("parsing") is not timed; making the engine and computing every friend's
// suggestions is, with the default options and share's word table (loaded once, as share does, and
// timed on its own). The made-up words are not in the table, so it adds its lookups, not its
// expansions: the learned words of the benchmark come from the run's entries. Each round prints its wall-clock seconds (and the CPU
// seconds of all threads); the median and the best round are printed last.

struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Arguments {
    var entries = 60_000
    var friends = 1_000
    var rounds = 5
    var seed: UInt64 = 1
    var top = 1

    init(_ arguments: [String]) {
        var iterator = arguments.dropFirst().makeIterator()
        while let flag = iterator.next() {
            guard let value = iterator.next() else { break }
            switch flag {
            case "--entries": entries = Int(value) ?? entries
            case "--friends": friends = Int(value) ?? friends
            case "--rounds": rounds = Int(value) ?? rounds
            case "--seed": seed = UInt64(value) ?? seed
            case "--top": top = Int(value) ?? top
            default: print("unknown option \(flag)")
            }
        }
    }
}

/// Made-up words, distinct, from syllables: "tramok", "belisu", ... None is an English stop word
/// (a few syllables make one, as *her* or *was*): interests are words that mean something.
func makeVocabulary(count: Int, using random: inout SplitMix64) -> [String] {
    let analyzer = TextAnalyzer()
    let onsets = ["b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pl", "r", "s", "st", "t", "tr", "v", "w", "z"]
    let vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ee"]
    let codas = ["", "", "n", "r", "s", "t", "m", "k", "ng", "ld"]
    var words: [String] = []
    var seen: Set<String> = []
    while words.count < count {
        let syllables = Int.random(in: 1...3, using: &random)
        var word = ""
        for _ in 0..<syllables {
            word += onsets.randomElement(using: &random)! + vowels.randomElement(using: &random)!
        }
        word += codas.randomElement(using: &random)!
        if word.count >= 3, !analyzer.isStopWord(word), seen.insert(word).inserted { words.append(word) }
    }
    return words
}

/// Draws vocabulary ranks with probability proportional to 1 / (rank + 1).
struct ZipfSampler {
    private let cumulative: [Double]

    init(count: Int) {
        var total = 0.0
        cumulative = (0..<count).map { rank in
            total += 1 / Double(rank + 1)
            return total
        }
    }

    func next(using random: inout SplitMix64) -> Int {
        let target = Double.random(in: 0..<cumulative.last!, using: &random)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

let stopWords = ["the", "a", "of", "and", "to", "in", "for", "on", "with", "is", "at", "by", "from", "as", "it", "this", "that", "was", "are", "be"]

struct Generator {
    var random: SplitMix64
    let vocabulary: [String]
    let zipf: ZipfSampler
    let interestPool: [String]

    init(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let vocabulary = makeVocabulary(count: 4_000, using: &random)
        var pool: [String] = []
        var seen: Set<String> = []
        while pool.count < 2_000 {
            let length = [1, 1, 1, 1, 1, 1, 2, 2, 2, 3].randomElement(using: &random)!
            var words: [String] = []
            for _ in 0..<length { words.append(vocabulary[Int.random(in: 100..<vocabulary.count, using: &random)]) }
            let phrase = words.joined(separator: " ")
            if seen.insert(phrase).inserted { pool.append(phrase) }
        }
        self.random = random
        self.vocabulary = vocabulary
        zipf = ZipfSampler(count: vocabulary.count)
        interestPool = pool
    }

    mutating func word() -> String {
        Double.random(in: 0..<1, using: &random) < 0.35
            ? stopWords.randomElement(using: &random)! : vocabulary[zipf.next(using: &random)]
    }

    /// `count` words, now and then an interest phrase among them, sentences capitalised.
    mutating func text(words count: Int, phraseChance: Double) -> String {
        var words = (0..<count).map { _ in word() }
        if Double.random(in: 0..<1, using: &random) < phraseChance {
            let phrase = interestPool.randomElement(using: &random)!
            words.insert(phrase, at: Int.random(in: 0...words.count, using: &random))
        }
        var text = ""
        var sentenceStart = true
        for (index, word) in words.enumerated() {
            if index > 0 { text += " " }
            text += sentenceStart ? word.prefix(1).uppercased() + word.dropFirst() : word
            sentenceStart = false
            if index % 12 == 11 {
                text += "."
                sentenceStart = true
            } else if index % 7 == 6 {
                text += ","
            }
        }
        return text + "."
    }

    mutating func candidates(count: Int, now: Date) -> [Candidate] {
        var candidates: [Candidate] = []
        candidates.reserveCapacity(count)
        for index in 0..<count {
            let feed = index % 1_000
            if index % 50 == 49, let original = candidates.randomElement(using: &random) {
                candidates.append(
                    Candidate(
                        id: "https://feed\(feed).example/feed.xml#\(index)", link: original.link! + "?utm_source=rss",
                        canonicalLink: original.canonicalLink, title: original.title, summary: original.summary,
                        categories: original.categories, feedURL: "https://feed\(feed).example/feed.xml",
                        published: original.published.map { $0.addingTimeInterval(3_600) }
                    ))
                continue
            }
            let link = "https://feed\(feed).example/posts/\(index)"
            candidates.append(
                Candidate(
                    id: "https://feed\(feed).example/feed.xml#\(index)", link: link, canonicalLink: link,
                    title: text(words: Int.random(in: 6...10, using: &random), phraseChance: 0.1),
                    summary: text(words: Int.random(in: 30...50, using: &random), phraseChance: 0.3),
                    categories: (0..<3).map { _ in
                        Double.random(in: 0..<1, using: &random) < 0.2
                            ? interestPool.randomElement(using: &random)!.capitalized
                            : vocabulary[zipf.next(using: &random)].capitalized
                    },
                    feedTitle: "Feed \(feed)", feedURL: "https://feed\(feed).example/feed.xml",
                    published: now.addingTimeInterval(-Double.random(in: 0..<30 * 86_400, using: &random))
                ))
        }
        return candidates
    }

    mutating func friends(count: Int) -> [Friend] {
        (0..<count).map { index in
            let interests = (0..<Int.random(in: 3...8, using: &random)).map { _ in
                Interest(interestPool.randomElement(using: &random)!, weight: Double.random(in: 0..<1, using: &random) < 0.2 ? 2 : 1)
            }
            let avoid = (0..<Int.random(in: 0...2, using: &random)).map { _ in
                vocabulary[Int.random(in: 50..<vocabulary.count, using: &random)]
            }
            return Friend(name: "Friend \(index)", emails: ["friend\(index)@example.org"], interests: interests, avoid: avoid)
        }
    }
}

/// CPU seconds used by the process so far, all threads.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

let arguments = Arguments(CommandLine.arguments)
let now = Date(timeIntervalSince1970: 1_795_000_000)
var generator = Generator(seed: arguments.seed)
let candidates = generator.candidates(count: arguments.entries, now: now)
let friends = generator.friends(count: arguments.friends)
let options = MatchOptions(now: now, perFriend: arguments.top)
let loadStart = ContinuousClock.now
let wordVectors: WordVectors?
switch WordVectors.loadDefault() {
case let .success(table): wordVectors = table
case let .failure(error): wordVectors = nil; print("no word table: \(error)")
}
print(String(format: "word table: %d stems, loaded in %.3f s", wordVectors?.count ?? 0, seconds(ContinuousClock.now - loadStart)))
print("\(candidates.count) entries, \(friends.count) friends, \(ProcessInfo.processInfo.activeProcessorCount) cores")

/// FNV-1a over every suggestion (friend, link, rank, score to nine places): two builds that give
/// the same fingerprint gave the same suggestions.
func fingerprint(of results: [FriendSuggestions]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for friend in results {
        for suggestion in friend.suggestions {
            let line = "\(friend.friend.id)\t\(suggestion.candidate.link ?? "")\t\(suggestion.rank)\t\(String(format: "%.9f", suggestion.score))\n"
            for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
    }
    return String(hash, radix: 16)
}

var lastResults: [FriendSuggestions] = []
var times: [Double] = []
for round in 1...max(1, arguments.rounds) {
    let clock = ContinuousClock()
    let cpuStart = cpuSeconds()
    let start = clock.now
    let engine = MatchEngine(friends: friends, candidates: candidates, options: options, wordVectors: wordVectors)
    let built = clock.now
    let results = engine.suggestions()
    let end = clock.now
    let cpu = cpuSeconds() - cpuStart
    let made = results.reduce(0) { $0 + $1.suggestions.count }
    lastResults = results
    let total = seconds(end - start)
    times.append(total)
    print(
        String(
            format: "round %d: %.3f s (engine %.3f s, suggestions %.3f s; %.2f s of CPU); %d stories, %d suggestions for %d friends",
            round, total, seconds(built - start), seconds(end - built), cpu, engine.storyCount, made,
            results.filter { !$0.suggestions.isEmpty }.count
        ))
}
times.sort()
print("results: \(fingerprint(of: lastResults))")
print(String(format: "median: %.3f s, best: %.3f s", times[times.count / 2], times[0]))
