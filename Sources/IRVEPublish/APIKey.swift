import Foundation
import IRVEFiles
import IRVEFindings

/// The data.gouv.fr API key: `DATAGOUV_API_KEY`, else a file only its owner can read.
/// The value is only ever put in the `X-API-KEY` header; `description` hides it.
public struct APIKey: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public let value: String
    public let source: String

    public init(value: String, source: String) {
        self.value = value
        self.source = source
    }

    public var description: String { "<clé d'API masquée (\(source))>" }
    public var debugDescription: String { description }

    /// `~/.config/irve/datagouv-api-key` (or under `$XDG_CONFIG_HOME`).
    public static func defaultFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/irve/datagouv-api-key" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.config/irve/datagouv-api-key"
    }

    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment, keyFile: String? = nil
    ) throws(PublishError) -> APIKey {
        if keyFile == nil, let v = environment["DATAGOUV_API_KEY"]?.trimmingCharacters(in: .whitespacesAndNewlines),
            !v.isEmpty
        {
            return APIKey(value: v, source: "DATAGOUV_API_KEY")
        }
        let path = keyFile ?? defaultFile(environment: environment)
        var st = stat()
        guard stat(path, &st) == 0 else {
            if keyFile != nil { throw .keyFileUnreadable(path: path) }
            throw .noAPIKey
        }
        // Like ssh with its keys: a key others can read is refused, not used.
        guard st.st_mode & 0o077 == 0 else { throw .keyFileTooOpen(path: path) }
        guard let bytes = try? InputFile.readAll(path, limit: 64 << 10),
            let text = String(bytes: bytes, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
            !text.isEmpty,
            !text.contains(where: \.isNewline)
        else { throw .keyFileUnreadable(path: path) }
        return APIKey(value: text, source: path)
    }
}
