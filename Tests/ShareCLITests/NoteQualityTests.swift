import Foundation
import TestFeedServer
import Testing

/// The note-quality check (issue 12) over every note of the README's demo and of a generated
/// run (`Benchmarks/generate-corpus.py` and `generate-friends.py`; `SHARE_QUALITY_FEEDS` and
/// `SHARE_QUALITY_FRIENDS` make it larger, as in the README's figures: 1,000 and 200).
@Suite("Notes a friend is glad to get")
struct NoteQualityTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-quality-\(UUID().uuidString)")

    @Test func everyDemoNotePassesAndUsesWhatIsKnownOfTheFriend() async throws {
        let store = directory.appendingPathComponent("share.sqlite").path
        let result = try await ShareProcess.runWithoutBlocking([
            "suggest", "--opml", "Corpus/demo.opml", "--friends", "Corpus/friends.yaml", "--format", "json", "--store", store,
        ])
        #expect(result.status == 0)
        let notes = try NoteQuality.notes(fromJSONLines: result.stdout)
        #expect(notes.count >= 6)
        #expect(NoteQuality.problems(in: notes) == [])
        func body(_ friend: String) -> String { notes.first { $0.friend == friend }?.body ?? "" }
        // Zoë's `because:` for heat pumps, Ruth's notes on pie, Hannah's race together.
        #expect(body("Zoë Müller").contains("since you just insulated the attic"))
        #expect(body("Ruth Alvarez").contains("you still send a pie every Thanksgiving"))
        #expect(body("Hannah Lee").contains("After the Prairie Fire 50K, are we doing this one?"))
        // Nobody is told their own birthday; an event is a plan.
        #expect(!body("Zoë Müller").contains("December"))
        #expect(body("Wendy Park").contains("on Friday"))
        // A reason quotes where the interest matched: Ruth's race is not "about pie".
        #expect(!body("Ruth Alvarez").contains("about pie"))
    }

    @Test
    func everyGeneratedNotePasses() async throws {
        let environment = ProcessInfo.processInfo.environment
        let feeds = environment["SHARE_QUALITY_FEEDS"] ?? "120"
        let friends = environment["SHARE_QUALITY_FRIENDS"] ?? "60"
        let corpus = directory.appendingPathComponent("corpus").path
        let root = ShareProcess.packageRoot.path
        let generated = try await ChildProcessRun.python(["\(root)/Benchmarks/generate-corpus.py", corpus, "--feeds", feeds])
        #expect(generated == 0)
        #expect(try await ChildProcessRun.python(["\(root)/Benchmarks/generate-friends.py", "\(corpus)/friends.yaml", "--friends", friends]) == 0)
        let result = try await ShareProcess.runWithoutBlocking(
            [
                "suggest", "--offline", "--since", "1y", "--opml", "\(corpus)/corpus.opml", "--friends", "\(corpus)/friends.yaml",
                "--format", "json", "--store", "\(corpus)/share.sqlite",
            ], timeout: .seconds(600))
        #expect(result.status == 0, "\(result.stderr.suffix(500))")
        let notes = try NoteQuality.notes(fromJSONLines: result.stdout)
        #expect(notes.count >= Int(friends)! / 2, "most generated friends get a note")
        let problems = NoteQuality.problems(in: notes)
        #expect(problems.isEmpty, "\(problems.count) problems in \(notes.count) notes; the first:\n\(problems.prefix(5).joined(separator: "\n"))")
        try? FileManager.default.removeItem(at: directory)
    }
}

enum ChildProcessRun {
    static func python(_ arguments: [String]) async throws -> Int32 {
        try await ChildProcess("python3", arguments, stdout: .discard).waitWithoutBlocking(timeout: .seconds(300)).status
    }
}
