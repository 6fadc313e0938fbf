/// Why an input could not be read at all.
struct InputError: Error, CustomStringConvertible {
    let description: String
}
