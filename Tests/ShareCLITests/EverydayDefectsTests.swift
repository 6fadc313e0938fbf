import Foundation
import Store
import Testing

/// Everyday defects a user met, each pinned: clear errors, help that reads well, friends named
/// the same way everywhere, personal data kept private.
@Suite("everyday defects")
struct EverydayDefectsTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("share-defects-\(UUID().uuidString)")
    var storePath: String { directory.appendingPathComponent("data/share.sqlite").path }
    let friends = ["--friends", "Corpus/friends.yaml"]

    func share(_ arguments: [String], environment: [String: String] = [:], stdin: Data? = nil) throws -> ShareProcess.Result {
        try ShareProcess.run(arguments, stdin: stdin, environment: environment)
    }

    @Test func aMistypedCommandOrOptionGetsTheNearestNameAndTwoLines() throws {
        let command = try share(["sugest"])
        #expect(command.status == 2)
        #expect(command.stderr == "share: Unknown command 'sugest'. Did you mean 'suggest'?\nSee 'share --help'.\n")
        let option = try share(["suggest", "--fromat", "json"])
        #expect(option.status == 2)
        #expect(option.stderr == "share: Unknown option '--fromat'. Did you mean '--format'?\nSee 'share suggest --help'.\n")
    }

    @Test(arguments: ["1", "-1d", "5000y", "0d", "7x"])
    func aWindowNeedsANumberAndAUnit(window: String) throws {
        let result = try share(["match", "--since", window, "--opml", "Corpus/demo.opml"] + friends)
        #expect(result.status == 2, "\(window): \(result.stderr)")
        #expect(result.stderr.hasPrefix("share: The value '\(window)' is invalid for '--since <window>'"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 2)
    }

    @Test func helpExamplesFitEightyColumnsAndDefaultsReadAsWritten() throws {
        let commands = [
            [], ["suggest"], ["send"], ["review"], ["skip"], ["due"], ["contacted"], ["history"], ["fetch"],
            ["match"], ["why"], ["parse"], ["feeds"], ["feeds", "add"], ["friends"], ["friends", "add"],
        ]
        for command in commands {
            let help = try share(command + ["--help"], environment: ["COLUMNS": "80"]).stdout
            var inExamples = false
            for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
                if line.hasPrefix("Example") { inExamples = true; continue }
                if line.isEmpty { inExamples = false }
                if inExamples { #expect(line.hasPrefix("  "), "share \(command.joined(separator: " ")) --help wraps an example: \(line)") }
            }
        }
        let match = try share(["match", "--help"], environment: ["COLUMNS": "80"]).stdout
        #expect(match.contains("(default: 7d)"), "\(match)")
    }

    @Test func aFriendsFileThatIsNotThereIsSaidSo() throws {
        let result = try share(["match", "--friends", "nope.yaml", "--opml", "Corpus/demo.opml"])
        #expect(result.status == 1)
        #expect(result.stderr == "share: nope.yaml: no such friends file\n")
    }

    @Test func friendsAreNamedTheSameWayEverywhere() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let recorded = try share(
            ["suggest", "--record", "--opml", "Corpus/demo.opml", "--today", ShareProcess.demoDay, "--store", storePath] + friends)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        let zoe = try share(["history", "--friend", "zoe", "--store", storePath] + friends)
        #expect(zoe.status == 0)
        #expect(zoe.stdout.contains("Zoë Müller"), "accents folded: \(zoe.stdout) \(zoe.stderr)")
        let nobody = try share(["history", "--friend", "nobody", "--store", storePath] + friends)
        #expect(nobody.status == 1)
        #expect(nobody.stderr == "share: no friend called 'nobody' (see 'share friends list')\n")
    }

    @Test func aContactCanBeCorrectedAndTheListShowsTheStoresLastContact() throws {
        let base = ["--store", storePath] + friends
        #expect(try share(["contacted", "Wendy", "--on", "2026-11-25", "--today", ShareProcess.demoDay] + base).status == 0)
        #expect(try share(["contacted", "Wendy", "--on", "2026-11-20", "--today", ShareProcess.demoDay] + base).status == 0)
        let list = try share(["friends", "list"] + base)
        let wendy = list.stdout.components(separatedBy: "Wendy Park <wendy@example.org>\n").last ?? ""
        #expect(wendy.hasPrefix("  ") && wendy.split(separator: "\n").first?.contains("last in touch 2026-11-20") == true, "\(list.stdout)")
    }

    @Test func theConfigWarnsOfUnknownKeysAndCanNameTheMailCommand() throws {
        let config = directory.appendingPathComponent("config/share")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let delivered = directory.appendingPathComponent("delivered.txt").path
        try Data("form: Ann Lee <ann@example.org>\nmail: cat >> '\(delivered)'\n".utf8).write(to: config.appendingPathComponent("config.yaml"))
        let environment = ["XDG_CONFIG_HOME": directory.appendingPathComponent("config").path]
        let result = try share(
            ["send", "--fresh", "--yes", "--opml", "Corpus/demo.opml", "--today", ShareProcess.demoDay, "--store", storePath] + friends,
            environment: environment
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr.contains("warning: \(config.path)/config.yaml: unknown key 'form' (did you mean 'from:'?); it is ignored"),
            "\(result.stderr)")
        let text = try String(contentsOfFile: delivered, encoding: .utf8)
        #expect(text.contains("To: Wendy Park <wendy@example.org>"), "mail: in config.yaml is the command send uses")
    }

    @Test func aMissingMailCommandIsReportedOnceAndStopsTheRun() throws {
        #expect(try share(["suggest", "--opml", "Corpus/demo.opml", "--today", ShareProcess.demoDay, "--store", storePath] + friends).status == 0)
        let result = try share(["send", "--via", "no-such-mailer -t", "--store", storePath, "--today", ShareProcess.demoDay])
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "share: sending to").count == 2, "one failure, not one per message: \(result.stderr)")
        #expect(result.stderr.contains("could not be run; nothing more is tried"))
        #expect(try FeedStore(path: storePath).waitingDrafts().count == 6, "nothing is lost from the outbox")
    }

    @Test func feedsImportReadsAPipe() throws {
        let opml = try Data(contentsOf: ShareProcess.packageRoot.appendingPathComponent("Corpus/demo.opml"))
        let result = try share(["feeds", "import", "/dev/stdin", "--store", storePath], stdin: opml)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("18 feeds added"), "\(result.stdout)")
    }

    @Test func personalDataIsForTheUserAlone() throws {
        let dataHome = directory.appendingPathComponent("xdg")
        let environment = ["XDG_DATA_HOME": dataHome.path, "SHARE_STORE": "", "SHARE_FRIENDS": ""]
        let added = try share(["friends", "add", "Wendy Park", "--email", "wendy@example.org", "--interest", "sourdough"], environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try share(["contacted", "Wendy"], environment: environment).status == 0)
        let folder = dataHome.appendingPathComponent("share")
        func mode(_ url: URL) throws -> Int { try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int ?? -1 }
        #expect(try mode(folder) == 0o700)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            #expect(try mode(folder.appendingPathComponent(name)) == 0o600, "\(name)")
        }
        // A file made readable by others keeps its mode, with a warning.
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: folder.appendingPathComponent("friends.yaml").path)
        let listed = try share(["friends", "list"], environment: environment)
        #expect(listed.stderr.contains("friends.yaml can be read by other users (mode 644)"), "\(listed.stderr)")
        #expect(try mode(folder.appendingPathComponent("friends.yaml")) == 0o644)
    }

    /// XDG Base Directory 0.8: a relative path in `XDG_DATA_HOME` or `XDG_CONFIG_HOME` is passed
    /// over for the default under `$HOME`, for the store and the friends file alike.
    @Test func aRelativeXDGDirectoryIsPassedOver() throws {
        let home = directory.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = [
            "HOME": home.path, "XDG_DATA_HOME": "relative/data", "XDG_CONFIG_HOME": "relative/config", "SHARE_STORE": "", "SHARE_FRIENDS": "",
        ]
        let added = try ShareProcess.run(["friends", "add", "Wendy Park", "--email", "wendy@example.org"], in: directory, environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(try ShareProcess.run(["contacted", "Wendy"], in: directory, environment: environment).status == 0)
        let folder = home.appendingPathComponent(".local/share/share")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("friends.yaml").path))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("share.sqlite").path))
        let relative = directory.appendingPathComponent("relative").path
        #expect(!FileManager.default.fileExists(atPath: relative), "nothing is written under the working directory")
    }
}
