/// The "." and ".." segments of a path, RFC 3986 section 5.2.4.
enum DotSegments {
    /// Whether some segment of `path` is "." or "..": only then does `remove` change it.
    static func occur(in path: UnsafeBufferPointer<UInt8>) -> Bool {
        var segmentStart = 0
        for position in 0...path.count where unsafe position == path.count || path[position] == UInt8(ascii: "/") {
            let length = position - segmentStart
            if unsafe (length == 1 || length == 2) && path[segmentStart] == UInt8(ascii: ".")
                && (length == 1 || path[segmentStart + 1] == UInt8(ascii: "."))
            {
                return true
            }
            segmentStart = position + 1
        }
        return false
    }

    /// Interprets and removes the dot segments of the path in `buffer[path]`, in place, and
    /// returns where the shortened path ends. RFC 3986 section 5.2.4's `remove_dot_segments`,
    /// step by step, reading the input from the left and writing the output behind it:
    /// A. a leading "../" or "./" is dropped;
    /// B. a leading "/./", or "/." that is the whole rest, becomes "/";
    /// C. a leading "/../", or "/.." that is the whole rest, becomes "/", and the last segment
    ///    already written goes, with the "/" before it;
    /// D. a rest that is only "." or ".." is dropped;
    /// E. otherwise the first segment (with its leading "/", up to the next "/") is written.
    static func remove(in buffer: UnsafeMutableBufferPointer<UInt8>, path: Range<Int>) -> Int {
        let end = path.upperBound
        var input = path.lowerBound
        var output = path.lowerBound
        func startsWith(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard input + count <= end else { return false }
            for offset in 0..<count where unsafe buffer[input + offset] != prefix.utf8Start[offset] { return false }
            return true
        }
        func removeLastSegment() {
            while output > path.lowerBound {
                output -= 1
                if unsafe buffer[output] == UInt8(ascii: "/") { return }
            }
        }
        while input < end {
            let rest = end - input
            if startsWith("../") {
                input += 3
            } else if startsWith("./") {
                input += 2
            } else if startsWith("/./") {
                input += 2
            } else if rest == 2 && startsWith("/.") {
                unsafe buffer[output] = UInt8(ascii: "/")
                output += 1
                input = end
            } else if startsWith("/../") {
                input += 3
                removeLastSegment()
            } else if rest == 3 && startsWith("/..") {
                removeLastSegment()
                unsafe buffer[output] = UInt8(ascii: "/")
                output += 1
                input = end
            } else if (rest == 1 && startsWith(".")) || (rest == 2 && startsWith("..")) {
                input = end
            } else {
                repeat {
                    unsafe buffer[output] = unsafe buffer[input]
                    output += 1
                    input += 1
                } while unsafe input < end && buffer[input] != UInt8(ascii: "/")
            }
        }
        return output
    }
}
