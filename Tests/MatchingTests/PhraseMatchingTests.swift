import Testing

@testable import Matching

/// The word rule (``PhraseWord``) and the phrase rule (``PhraseMatcher``), one case at a time.
@Suite("Phrases match whole words, in order")
struct PhraseMatchingTests {
    @Test(
        "a phrase matches its inflected and hyphenated forms",
        arguments: [
            "Trail runners take over the park", "Trail-running in the snow", "TRAIL RUNNING", "A trail runner's diary",
            "Notes on trail running", "Trail run at dawn", "Two trails runs",  // "trails runs": plural and verb forms of each word
        ])
    func trailRunningMatches(_ title: String) {
        #expect(interest("trail running", matchesTitle: title))
    }

    @Test(
        "a phrase matches only consecutive words, in its order",
        arguments: [
            "Trail for running", "Running trail maintenance", "Trail maps, running shoes",
        ])
    func trailRunningDoesNotMatch(_ title: String) {
        #expect(!interest("trail running", matchesTitle: title))
    }

    @Test(
        "a figure of speech is not the subject: 'is an ultramarathon' compares, it does not report",
        arguments: [
            ("ultramarathon", "Running a company is an ultramarathon, not a sprint"), ("marathon", "Parenting feels like a marathon"),
            ("chess", "Negotiating is like a chess game"),
        ])
    func figuresOfSpeechDoNotMatch(_ pair: (String, String)) {
        #expect(!interest(pair.0, matchesTitle: pair.1))
    }

    @Test(
        "the same words used plainly still match",
        arguments: [
            ("ultramarathon", "My first ultramarathon in the Loess Hills"), ("marathon", "Training for a marathon in winter"),
            ("chess", "A chess game for the ages"),
        ])
    func plainUsesStillMatch(_ pair: (String, String)) {
        #expect(interest(pair.0, matchesTitle: pair.1))
    }

    @Test(
        "a derivation is not the word: a noun interest does not match its -ing form",
        arguments: [
            ("train", "Training for a marathon"), ("train", "Trained by the best"), ("art", "The artist's studio"),
            ("art", "Start here"), ("cat", "Browse by category"), ("cat", "Catalogue of seeds"), ("news", "A new bakery"),
            ("Java", "JavaScript tips"),
        ])
    func derivationsAndSubstringsDoNotMatch(_ pair: (String, String)) {
        #expect(!interest(pair.0, matchesTitle: pair.1))
    }

    @Test(
        "regular plurals and possessives match both ways",
        arguments: [
            ("heat pumps", "Sizing a heat pump"), ("heat pump", "Heat pumps in the cold"), ("puppy", "Puppies at the shelter"),
            ("bus", "City buses run late"), ("church", "Churches of Lincoln"), ("café", "The Cafe's new menu"),
            ("trains", "The night train to Venice"), ("runner", "Runners' guide"),
        ])
    func pluralsMatch(_ pair: (String, String)) {
        #expect(interest(pair.0, matchesTitle: pair.1))
    }

    @Test(
        "an -ing interest matches the forms of its verb and its agent noun",
        arguments: [
            ("running", "Runners flock to the park"), ("running", "A 10K run"), ("running", "She runs every day"),
            ("baking", "Our baker's secrets"), ("baking", "Bake it twice"), ("gardening", "A gardener's year"),
            ("gardening", "The winter garden"), ("cycling", "Cyclists welcome"), ("climbing", "Climbers on the wall"),
            ("birdwatching", "A birdwatcher's guide"),
        ])
    func verbFormsMatch(_ pair: (String, String)) {
        #expect(interest(pair.0, matchesTitle: pair.1))
    }

    @Test(
        "a field matches its practitioners, and nothing else derived from it",
        arguments: [
            ("astronomy", "Astronomers find a new moon", true), ("pottery", "The potters of North Omaha", true),
            ("biology", "A biologist's field notes", true), ("physics", "Physicists at work", true),
            ("photography", "Wildlife photographer of the year", true), ("astronomy", "Astronomical prices for rent", false),
            ("party", "Part one", false), ("army", "Arms and the man", false), ("photography", "A photograph a day", false),
        ])
    func fieldsAndPractitioners(_ case: (String, String, Bool)) {
        #expect(interest(`case`.0, matchesTitle: `case`.1) == `case`.2)
    }

    @Test("an -ing word the stemmer leaves alone is not a verb form")
    func wordsEndingInIngAreNotAllVerbs() {
        #expect(interest("spring", matchesTitle: "Springs of the Sandhills"))
        #expect(!interest("spring", matchesTitle: "Springing into action"))
        #expect(!interest("herring", matchesTitle: "Her ring"))
    }

    @Test("a stop word never matches a content word, inner stop words must be there, and a phrase of stop words only is written the same")
    func stopWords() {
        #expect(interest("The Lord of the Rings", matchesTitle: "Rereading The Lord of the Rings"))
        #expect(interest("The Lord of the Rings", matchesTitle: "lord of the rings, again"))
        #expect(!interest("The Lord of the Rings", matchesTitle: "Lord of Rings"))
        #expect(interest("the Beatles", matchesTitle: "Beatles covers"))
        #expect(interest("The Who", matchesTitle: "The Who live"))
        #expect(!interest("The Who", matchesTitle: "Who knew?"))
        #expect(!interest("The Who", matchesTitle: "The who and the why"))
        #expect(interest("IT", matchesTitle: "Careers in IT"))
        #expect(!interest("IT", matchesTitle: "Is it worth it?"))
    }

    @Test("categories are split at changes of case, and matched only whole")
    func categoriesSplitAtCaseChanges() {
        let ada = friend("Ada", ["trail running"])
        let sam = friend("Sam", ["Java"])
        let kim = friend("Kim", ["JavaScript"])
        let tagged = entry("a", title: "Weekend plans", categories: ["TrailRunning"])
        let script = entry("b", title: "Weekend plans", categories: ["JavaScript"])
        #expect(suggestedTitles(ada, [tagged]) == ["Weekend plans"])
        #expect(suggestedTitles(sam, [script]).isEmpty)
        #expect(suggestedTitles(kim, [script]) == ["Weekend plans"])
        #expect(suggestedTitles(kim, [entry("c", title: "Weekend plans", categories: ["javascript"])]) == ["Weekend plans"])
    }

    @Test("a hashtag is matched whole, never a part of it")
    func hashtags() {
        #expect(interest("trail running", matchesTitle: "Out again #TrailRunning"))
        #expect(!interest("running", matchesTitle: "Out again #TrailRunning"))
    }
}
