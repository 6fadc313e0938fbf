import FeedReader
import Foundation
import Testing

/// The one JSON writer: what share's JSON Lines and the feed contract are written with.
struct JSONWriterTests {
    @Test(
        "numbers: whole ones without a fraction, others as short as they read back, null when not finite",
        arguments: [
            (2.0, "2"), (0.0, "0"), (-3.0, "-3"), (1.516, "1.516"), (0.001, "0.001"), (Double.nan, "null"), (Double.infinity, "null"),
        ])
    func numbers(value: Double, written: String) {
        var writer = JSONWriter(pretty: false)
        writer.array([value]) { w, value in w.number(value) }
        #expect(writer.output == "[\(written)]")
    }

    @Test func aCompactObjectReadsBackAsWritten() throws {
        var writer = JSONWriter(pretty: false)
        writer.object { w in
            w.key("title"); w.string("Pie \"crust\", three ways\n/ a\u{2028}b")
            w.key("link"); w.string(nil)
            w.key("score"); w.number(1.25)
            w.key("tags"); w.strings(["a/b", "ü"])
        }
        #expect(writer.output == #"{"title":"Pie \"crust\", three ways\n/ a\u2028b","link":null,"score":1.25,"tags":["a/b","ü"]}"#)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(writer.output.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Pie \"crust\", three ways\n/ a\u{2028}b")
        #expect(object["score"] as? Double == 1.25)
    }
}
