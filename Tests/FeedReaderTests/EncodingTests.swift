import Testing

@testable import FeedReader

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

// MARK: - Helpers

/// What `XMLTranscoder` made of a document.
private struct Transcoded {
    var bytes: [UInt8]
    var encoding: String
    var warnings: [String]
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// Pushes `document` through a transcoder in chunks of `chunkSize` bytes.
private func transcode(_ document: [UInt8], contentType: String? = nil, chunkSize: Int = .max) -> Transcoded {
    let transcoder = XMLTranscoder(contentType: contentType)
    var output: [UInt8] = []
    document.withUnsafeBytes { bytes in
        var start = 0
        while start < bytes.count {
            let end = start + min(chunkSize, bytes.count - start)
            output += transcoder.push(UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
            start = end
        }
    }
    output += transcoder.finish()
    return Transcoded(bytes: output, encoding: transcoder.encodingName, warnings: transcoder.warnings)
}

private func transcode(_ document: String, contentType: String? = nil, chunkSize: Int = .max) -> Transcoded {
    transcode(Array(document.utf8), contentType: contentType, chunkSize: chunkSize)
}

/// `text` in the encoding iconv calls `name`, to make test documents.
private func encode(_ text: String, as name: String) -> [UInt8] {
    let descriptor = iconv_open(name, "UTF-8")!
    defer { iconv_close(descriptor) }
    var input = Array(text.utf8).map { CChar(bitPattern: $0) }
    var output = [CChar](repeating: 0, count: input.count * 4 + 16)
    let inputCount = input.count
    let outputCount = output.count
    var outputLeft = outputCount
    input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
            var inPointer = inputBuffer.baseAddress
            var outPointer = outputBuffer.baseAddress
            var inputLeft = inputCount
            precondition(iconv(descriptor, &inPointer, &inputLeft, &outPointer, &outputLeft) != -1)
            precondition(iconv(descriptor, nil, nil, &outPointer, &outputLeft) != -1)
        }
    }
    return output[..<(outputCount - outputLeft)].map { UInt8(bitPattern: $0) }
}

/// The bytes of `text` in UTF-8.
private func utf8(_ text: String) -> [UInt8] { Array(text.utf8) }

private let declarationUTF8 = #"<?xml version="1.0" encoding="utf-8"?>"#
private let readAsWindows1252 = "read as windows-1252 (U+FFFD where windows-1252 has no character)"
private let guessedWindows1252 = "no encoding is declared and the bytes are not UTF-8; read as windows-1252, a guess from the bytes"

/// `XMLTranscoder`: choosing the encoding, decoding it to UTF-8, and what it warns about.
struct EncodingTests {
    // MARK: - Byte-order marks

    @Test func utf8ByteOrderMarkIsDroppedAndChoosesUTF8() {
        let result = transcode([0xEF, 0xBB, 0xBF] + utf8("<rss>é</rss>"), contentType: "text/plain; charset=utf-8")
        #expect(result.text == "<rss>é</rss>")
        #expect(result.encoding == "utf-8")
    }

    @Test(arguments: [
        ("UTF-16LE", "utf-16le", [0xFF, 0xFE] as [UInt8]), ("UTF-16BE", "utf-16be", [0xFE, 0xFF]),
        ("UTF-32LE", "utf-32le", [0xFF, 0xFE, 0, 0]), ("UTF-32BE", "utf-32be", [0, 0, 0xFE, 0xFF]),
    ])
    func byteOrderMarkChoosesUnicodeEncoding(iconvName: String, expected: String, mark: [UInt8]) {
        let document = "<?xml version=\"1.0\" encoding=\"utf-16\"?><rss>ü €</rss>"
        let result = transcode(mark + encode(document, as: iconvName))
        #expect(result.encoding == expected)
        #expect(result.text == #"<?xml version="1.0" encoding="utf-8"?><rss>ü €</rss>"#)
        #expect(result.warnings.filter { !$0.contains("utf-16") }.isEmpty)
    }

    @Test func byteOrderMarkWinsOverHTTPCharsetWithWarning() {
        let result = transcode([0xEF, 0xBB, 0xBF] + utf8("<rss>é</rss>"), contentType: "application/rss+xml; charset=iso-8859-1")
        #expect(result.encoding == "utf-8")
        #expect(result.text == "<rss>é</rss>")
        #expect(result.warnings.count == 1)
    }

    @Test func utf16ByteOrderMarkWithDeclaredUTF8IsAMismatch() {
        let result = transcode([0xFF, 0xFE] + encode("\(declarationUTF8)<rss/>", as: "UTF-16LE"))
        #expect(result.encoding == "utf-16le")
        #expect(result.text == "\(declarationUTF8)<rss/>")
        #expect(result.warnings == ["the XML declaration says utf-8, but the document begins with a utf-16le byte-order mark, which wins"])
    }

    // MARK: - Unicode without a byte-order mark (XML 1.0 Appendix F)

    @Test(arguments: [("UTF-16LE", "utf-16le"), ("UTF-16BE", "utf-16be"), ("UTF-32LE", "utf-32le"), ("UTF-32BE", "utf-32be")])
    func zeroBytePatternTellsUnicodeWithoutMark(iconvName: String, expected: String) {
        let result = transcode(encode(#"<?xml version="1.0" encoding="utf-16"?><rss>ñ</rss>"#, as: iconvName))
        #expect(result.encoding == expected)
        #expect(result.text.hasSuffix("<rss>ñ</rss>"))
    }

    @Test func jsonFeedInUTF16IsToldFromItsFirstBrace() {
        let result = transcode(encode(#"{"title": "Ça"}"#, as: "UTF-16LE"), contentType: "application/feed+json")
        #expect(result.encoding == "utf-16le")
        #expect(result.text == #"{"title": "Ça"}"#)
        #expect(result.warnings.isEmpty)
    }

    // MARK: - HTTP Content-Type (RFC 3023)

    @Test func httpCharsetOverridesTheDeclarationSilently() {
        let document =
            utf8(#"<?xml version="1.0" encoding="iso-8859-1"?><rss>"#)
            + encode("Привет", as: "WINDOWS-1251") + utf8("</rss>")
        let result = transcode(document, contentType: "application/rss+xml; charset=windows-1251")
        #expect(result.encoding == "windows-1251")
        #expect(result.text == #"<?xml version="1.0" encoding="utf-8"?><rss>Привет</rss>"#)
        #expect(result.warnings.isEmpty)
    }

    @Test func charsetParameterMayBeQuotedAndSpaced() {
        let document = utf8("<rss>") + encode("Привет", as: "KOI8-R") + utf8("</rss>")
        #expect(transcode(document, contentType: "application/xml;charset = 'koi8-r'").text == "<rss>Привет</rss>")
        #expect(transcode(document, contentType: #"application/xml; CHARSET="KOI8-R""#).encoding == "koi8-r")
    }

    @Test func textXMLWithoutCharsetMeansUSASCII() {
        let result = transcode(#"<?xml version="1.0" encoding="iso-8859-1"?><rss/>"#, contentType: "text/xml")
        #expect(result.encoding == "us-ascii")
        #expect(result.warnings.isEmpty)
    }

    @Test func brokenUSASCIIClaimSwitchesToTheDeclaredEncoding() {
        let document = utf8(#"<?xml version="1.0" encoding="iso-8859-1"?><rss>caf"#) + [0xE9] + utf8("</rss>")
        let result = transcode(document, contentType: "text/xml; qs=0.9")
        #expect(result.encoding == "windows-1252")
        #expect(result.text.hasSuffix("<rss>café</rss>"))
        #expect(
            result.warnings == [
                "the RFC 3023 default of text/xml says us-ascii, but byte 51 is above 0x7F; read as windows-1252 from there"
            ])
    }

    @Test func brokenUSASCIIClaimWithoutDeclarationSwitchesToUTF8() {
        let result = transcode("<rss>€</rss>", contentType: "text/rss+xml")
        #expect(result.encoding == "utf-8")
        #expect(result.text == "<rss>€</rss>")
        #expect(result.warnings.count == 1)
    }

    @Test func applicationXMLWithoutCharsetUsesTheDeclaration() {
        let document = utf8(#"<?xml version='1.0' encoding='koi8-r'?><rss>"#) + encode("мир", as: "KOI8-R") + utf8("</rss>")
        let result = transcode(document, contentType: "application/atom+xml")
        #expect(result.encoding == "koi8-r")
        #expect(result.text.hasSuffix("<rss>мир</rss>"))
        #expect(result.warnings.isEmpty)
    }

    @Test func unknownHTTPCharsetIsAWarningAndTheDeclarationDecides() {
        let result = transcode(#"<?xml version="1.0" encoding="utf-8"?><rss>é</rss>"#, contentType: "text/xml; charset=no-such-thing")
        #expect(result.encoding == "utf-8")
        #expect(result.warnings == ["the HTTP charset names an unknown encoding, no-such-thing; ignored"])
    }

    @Test func nonXMLMediaTypeIsAWarning() {
        let result = transcode("<rss/>", contentType: "text/html")
        #expect(result.encoding == "us-ascii")
        #expect(result.warnings == ["the HTTP Content-Type text/html is not an XML or JSON media type"])
    }

    @Test func jsonMediaTypeWithoutCharsetMeansUTF8() {
        let result = transcode(#"{"title": "naïve"}"#, contentType: "application/feed+json")
        #expect(result.encoding == "utf-8")
        #expect(result.text == #"{"title": "naïve"}"#)
        #expect(result.warnings.isEmpty)
    }

    // MARK: - The XML declaration

    @Test func declaredEncodingIsUsed() {
        let document = utf8(#"<?xml version="1.0" encoding="Shift_JIS"?><rss>"#) + encode("日本語", as: "SHIFT_JIS") + utf8("</rss>")
        let result = transcode(document)
        #expect(result.encoding == "shift_jis")
        #expect(result.text == #"<?xml version="1.0" encoding="utf-8"?><rss>日本語</rss>"#)
    }

    @Test func declarationIsRewrittenToUTF8KeepingQuotesAndLines() {
        let document = "\n<?xml version='1.0'\n  encoding='ISO-8859-1'\n  standalone='yes'?>\n<rss>\n</rss>\n"
        let result = transcode(document)
        #expect(result.text == "\n<?xml version='1.0'\n  encoding='utf-8'\n  standalone='yes'?>\n<rss>\n</rss>\n")
    }

    @Test func declarationWithoutEncodingIsLeftAlone() {
        #expect(transcode(#"<?xml version="1.0"?><rss/>"#).text == #"<?xml version="1.0"?><rss/>"#)
    }

    @Test func unknownDeclaredEncodingIsAWarningAndFallsBackToUTF8() {
        let result = transcode(#"<?xml version="1.0" encoding="x-klingon"?><rss>é</rss>"#)
        #expect(result.encoding == "utf-8")
        #expect(result.text == #"<?xml version="1.0" encoding="utf-8"?><rss>é</rss>"#)
        #expect(result.warnings == ["the XML declaration names an unknown encoding, x-klingon; ignored"])
    }

    @Test func declaredUTF16InAnEightBitDocumentIsAMismatch() {
        let result = transcode(#"<?xml version="1.0" encoding="utf-16"?><rss/>"#)
        #expect(result.encoding == "utf-8")
        #expect(result.warnings == ["the XML declaration says utf-16, but the bytes are laid out as an eight-bit encoding; ignored"])
    }

    @Test func utf7IsRefused() {
        let result = transcode(#"<?xml version="1.0" encoding="utf-7"?><rss>+ADw-</rss>"#)
        #expect(result.encoding == "utf-8")
        #expect(result.text.hasSuffix("<rss>+ADw-</rss>"))
        #expect(result.warnings.count == 1)
    }

    @Test func encodingNamesKnownOnlyToIconvAreAccepted() {
        let document = utf8(#"<?xml version="1.0" encoding="macintosh"?><rss>"#) + [0x8E] + utf8("</rss>")
        let result = transcode(document)
        #expect(result.encoding == "macintosh")
        #expect(result.text.hasSuffix("<rss>é</rss>"))
    }

    // MARK: - Detection when nothing is declared

    @Test func undeclaredUTF8IsUTF8() {
        let result = transcode("<rss><title>Grüße, 世界</title></rss>")
        #expect(result.encoding == "utf-8")
        #expect(result.warnings.isEmpty)
    }

    @Test func undeclaredLatin1IsReadAsWindows1252WithAWarning() {
        let result = transcode(encode("<rss><title>Voilà l’été à Noël</title></rss>", as: "WINDOWS-1252"))
        #expect(result.encoding == "windows-1252")
        #expect(result.text == "<rss><title>Voilà l’été à Noël</title></rss>")
        #expect(result.warnings == [guessedWindows1252])
    }

    @Test(arguments: [
        ("KOI8-R", "koi8-r", "Это русский текст для проверки, который должен быть распознан правильно."),
        ("WINDOWS-1251", "windows-1251", "Это русский текст для проверки, который должен быть распознан правильно."),
        ("BIG5", "big5", "這是一個繁體中文的測試文本，我們希望能夠正確地識別它的編碼。臺灣的人民在這裡生活和工作。"),
        ("GB18030", "gb18030", "这是一个简体中文的测试文本，我们希望能够正确地识别它的编码。中国人民在这里生活和工作。"),
        ("EUC-KR", "euc-kr", "한국어 텍스트입니다. 이것은 피드의 설명이며 인코딩을 올바르게 인식해야 합니다."),
        ("SHIFT_JIS", "shift_jis", "日本語のテキストです。これはフィードの説明文で、ひらがなとカタカナと漢字が混ざっています。"),
        ("EUC-JP", "euc-jp", "日本語のテキストです。これはフィードの説明文で、ひらがなとカタカナと漢字が混ざっています。"),
    ])
    func undeclaredLegacyEncodingIsGuessed(iconvName: String, expected: String, text: String) {
        let document = utf8("<rss><title>") + encode(text, as: iconvName) + utf8("</title></rss>")
        let result = transcode(document)
        #expect(result.encoding == expected)
        #expect(result.text == "<rss><title>\(text)</title></rss>")
        #expect(result.warnings.count == 1)
    }

    // MARK: - Repair

    @Test func latin1BytesInAUTF8FeedAreReadAsWindows1252WithAWarning() {
        let document =
            utf8("\(declarationUTF8)<rss>Valid: Ѩ Invalid: Espa") + [0xF1]
            + utf8("a \u{93}quoted\u{94}") + [0x93, 0x94] + utf8("</rss>")
        let result = transcode(document)
        #expect(result.encoding == "utf-8")
        #expect(result.text == "\(declarationUTF8)<rss>Valid: Ѩ Invalid: España “quoted”“”</rss>")
        #expect(result.warnings == ["3 bytes are not valid UTF-8 (the first at byte 66); \(readAsWindows1252)"])
    }

    @Test func c1ControlCharactersAreReadAsWindows1252() {
        let result = transcode("<rss>don\u{92}t \u{81}</rss>")
        #expect(result.text == "<rss>don’t \u{81}</rss>")
        #expect(result.warnings.isEmpty)
    }

    @Test func invalidBytesInALegacyEncodingBecomeReplacementCharacters() {
        let document = utf8(#"<?xml version="1.0" encoding="euc-kr"?><rss>"#) + encode("한", as: "EUC-KR") + [0xFF, 0xFF] + utf8("</rss>")
        let result = transcode(document)
        #expect(result.text.hasSuffix("<rss>한\u{FFFD}\u{FFFD}</rss>"))
        #expect(result.warnings == ["2 byte sequences are not valid euc-kr (the first at byte 46); replaced with U+FFFD"])
    }

    @Test func undefinedWindows1252ByteBecomesReplacementCharacter() {
        let document = utf8(#"<?xml version="1.0" encoding="windows-1252"?><rss>"#) + [0x80, 0x81] + utf8("</rss>")
        let result = transcode(document)
        #expect(result.text.hasSuffix("<rss>€\u{FFFD}</rss>"))
        #expect(result.warnings.count == 1)
    }

    @Test func unpairedUTF16SurrogateBecomesReplacementCharacter() {
        let document = encode("<rss>", as: "UTF-16LE") + [0x00, 0xD8] + encode("x</rss>", as: "UTF-16LE")
        let result = transcode(document)
        #expect(result.text == "<rss>\u{FFFD}x</rss>")
        #expect(result.warnings == ["1 byte sequence is not valid utf-16le (at byte 10); replaced with U+FFFD"])
    }

    @Test func documentCutInsideACharacterEndsWithAWarning() {
        let utf8 = transcode(utf8("\(declarationUTF8)<rss>ab") + [0xE2, 0x82])
        #expect(utf8.text == "\(declarationUTF8)<rss>abâ\u{201A}")
        #expect(utf8.warnings.count == 1)
        let utf16 = transcode([0xFF, 0xFE] + encode("<rss>", as: "UTF-16LE") + [0x41])
        #expect(utf16.text == "<rss>\u{FFFD}")
        #expect(utf16.warnings == ["the document ends inside a utf-16le character (at byte 12); replaced with U+FFFD"])
    }

    // MARK: - Streaming

    @Test(arguments: [
        ("UTF-8", "utf-8", "日本 €𠀀 é"), ("UTF-16LE", "utf-16", "日本 €𠀀 é"), ("UTF-32BE", "utf-32be", "日本 €𠀀 é"),
        ("BIG5-HKSCS", "big5", "繁體中文"), ("GB18030", "gb18030", "简体 €𠀀 é"), ("SHIFT_JIS", "shift_jis", "日本語のテキスト"),
        ("ISO-2022-JP", "iso-2022-jp", "日本語のテキスト"), ("WINDOWS-1252", "windows-1252", "Crème brûlée – “ça”"),
    ])
    func charactersSplitAcrossOneBytePushesComeOutWhole(iconvName: String, declared: String, text: String) {
        let document = encode("<?xml version=\"1.0\" encoding=\"\(declared)\"?>\n<rss>\(text)</rss>\n", as: iconvName)
        let whole = transcode(document)
        let byteByByte = transcode(document, chunkSize: 1)
        #expect(whole.text == "\(declarationUTF8)\n<rss>\(text)</rss>\n")
        #expect(byteByByte.bytes == whole.bytes)
        #expect(byteByByte.warnings.isEmpty)
    }

    @Test(arguments: [1, 2, 3, 5, 7, 64])
    func chunkingNeverChangesOutputOrWarnings(chunkSize: Int) {
        let broken: [[UInt8]] = [
            utf8("<rss>ok é ") + [0xE2, 0x82] + utf8(" x ") + [0xF0, 0x9F, 0x98] + [0xC3] + utf8("€ 😀</rss>"),
            [0xFF, 0xFE] + encode("<rss>€😀", as: "UTF-16LE") + [0x00, 0xDC, 0x3C, 0x00] + [0x3D, 0xD8],
            utf8(#"<?xml version="1.0" encoding="gb18030"?><rss>"#) + encode("中文𠀀", as: "GB18030") + [0x81, 0x30, 0xFF] + [0x95, 0x32],
        ]
        for document in broken {
            let whole = transcode(document)
            let chunked = transcode(document, chunkSize: chunkSize)
            #expect(chunked.bytes == whole.bytes)
            #expect(chunked.warnings == whole.warnings)
            #expect(Array(chunked.text.utf8) == chunked.bytes, "the output is valid UTF-8")
        }
    }

    @Test func onlyTheHeadIsHeldBack() {
        let transcoder = XMLTranscoder(contentType: nil)
        let declaration = utf8(#"<?xml version="1.0" encoding="utf-8""#)
        let rest = utf8("?><rss>") + Array(repeating: UInt8(ascii: "a"), count: 5_000) + utf8("</rss>")
        #expect(declaration.withUnsafeBytes { transcoder.push($0) }.isEmpty)
        let output = rest.withUnsafeBytes { transcoder.push($0) }
        #expect(output == declaration + rest)
        #expect(transcoder.finish().isEmpty)
    }

    @Test func aDocumentShorterThanTheHeadComesOutAtFinish() {
        let transcoder = XMLTranscoder(contentType: nil)
        let document = utf8("<rss>é</rss>")
        #expect(document.withUnsafeBytes { transcoder.push($0) }.isEmpty)
        #expect(transcoder.finish() == document)
        #expect(transcoder.encodingName == "utf-8")
    }

    @Test func manyBadBytesMakeOneWarning() {
        let document = utf8("<rss>") + Array(repeating: 0xFF, count: 3_000) + utf8("</rss>")
        let result = transcode(document, contentType: "application/xml; charset=utf-8", chunkSize: 7)
        #expect(result.warnings == ["3000 bytes are not valid UTF-8 (the first at byte 5); \(readAsWindows1252)"])
        #expect(result.text == "<rss>" + String(repeating: "ÿ", count: 3_000) + "</rss>")
    }

    // MARK: - Encoding names

    @Test(arguments: [
        ("ISO_8859-1", "windows-1252"), (" 'UTF8' ", "utf-8"), ("GB2312", "gb18030"), ("ks_c_5601-1987", "euc-kr"),
        ("x-sjis", "shift_jis"), ("latin2", "iso-8859-2"), ("cp1251", "windows-1251"), ("ascii", "us-ascii"),
    ])
    func encodingLabelsAreNormalized(label: String, expected: String) {
        guard case .encoding(let encoding) = EncodingLabel.resolve(label) else {
            Issue.record("\(label) is not known")
            return
        }
        #expect(encoding.name == expected)
    }

    @Test func unknownAndRefusedLabels() {
        #expect(EncodingLabel.resolve("no-such-encoding") == .unknown)
        #expect(EncodingLabel.resolve("UCS-2") == .utf16AnyOrder)
        #expect(EncodingLabel.resolve("utf-7") == .refused)
        #expect(EncodingLabel.resolve("UTF-8//TRANSLIT") == .unknown)
    }
}
