import Foundation

/// Where share keeps the user's own files, by the XDG Base Directory Specification (0.8), stated
/// once for every command:
/// - data in `$XDG_DATA_HOME/share`, by default `~/.local/share/share`: the store
///   (`share.sqlite`) and the friends file (`friends.yaml`);
/// - settings in `$XDG_CONFIG_HOME/share`, by default `~/.config/share`: `config.yaml` and
///   `templates/`.
///
/// A variable that is unset, empty or not an absolute path is passed over, as the specification
/// says ("an implementation … should consider the path invalid and ignore it").
enum UserDirectories {
    /// `$XDG_DATA_HOME/share`.
    static var data: String { directory(named: "XDG_DATA_HOME", otherwise: ".local/share") }

    /// `$XDG_CONFIG_HOME/share`.
    static var config: String { directory(named: "XDG_CONFIG_HOME", otherwise: ".config") }

    private static func directory(named variable: String, otherwise relativeToHome: String) -> String {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment[variable].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/" + relativeToHome
        return base + "/share"
    }
}
