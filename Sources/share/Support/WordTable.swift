import Matching

/// share's word table (``WordVectors``), loaded once per process. When it is missing or broken,
/// matching goes on without word knowledge, and one warning says so on stderr.
enum WordTable {
    static let shared: WordVectors? = {
        switch WordVectors.loadDefault() {
        case let .success(table):
            return table
        case let .failure(error):
            Terminal.problem("warning: matching without word knowledge: \(error)")
            return nil
        }
    }()
}
