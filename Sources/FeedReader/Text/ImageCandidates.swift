/// The image candidates of a `srcset` attribute, split as the HTML Living Standard's "parse a
/// srcset attribute" splits them
/// (https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute).
enum ImageCandidates {
    /// `srcset` with each candidate's URL resolved against `base`, separators and descriptors
    /// kept as written; nil when no URL changed. A URL the resolver refuses stays as it is.
    ///
    /// Candidates are separated by ASCII whitespace and commas. A URL runs to the next ASCII
    /// whitespace, less any commas at its end (which separate it from the next candidate); its
    /// descriptors ("2x", "300w") run to the next comma outside parentheses.
    static func resolving(_ srcset: String, against base: String) -> String? {
        let scalars = Array(srcset.unicodeScalars)
        var result = String.UnicodeScalarView()
        var changed = false
        var position = 0
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{C}"
        }
        while position < scalars.count {
            // Whitespace and commas before a candidate.
            while position < scalars.count && (isSpace(scalars[position]) || scalars[position] == ",") {
                result.append(scalars[position])
                position += 1
            }
            guard position < scalars.count else { break }
            // The URL, and the commas that may end it.
            let urlStart = position
            while position < scalars.count && !isSpace(scalars[position]) { position += 1 }
            var urlEnd = position
            while urlEnd > urlStart && scalars[urlEnd - 1] == "," { urlEnd -= 1 }
            let url = String(String.UnicodeScalarView(scalars[urlStart..<urlEnd]))
            let resolved = URLResolver.resolve(url, against: base) ?? url
            changed = changed || resolved != url
            result.append(contentsOf: resolved.unicodeScalars)
            result.append(contentsOf: scalars[urlEnd..<position])
            // Descriptors, when the URL did not end with a comma.
            guard urlEnd == position else { continue }
            var parenthesised = false
            while position < scalars.count {
                let scalar = scalars[position]
                result.append(scalar)
                position += 1
                if scalar == "(" { parenthesised = true }
                if scalar == ")" { parenthesised = false }
                if scalar == "," && !parenthesised { break }
            }
        }
        return changed ? String(result) : nil
    }
}
