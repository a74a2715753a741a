import Foundation
import IRVEPublish

/// One session's fiche and publication, under the session's lock. The API key lives here only: in
/// this server's memory, for this session; it is never written, logged or sent back to the browser,
/// and forgotten when the session ends.
final class PublicationSession: @unchecked Sendable {
    /// What the visitor changed in the fiche (what `fiche.txt` holds).
    var overrides = MetadataOverrides()
    /// The file to publish, as last prepared (the quality endpoint reuses its summary).
    var prepared: PreparedFile?
    /// The key, with the only API address it may be sent to.
    private(set) var key: (value: APIKey, api: String)?
    var api: APIChoice = .demo
    var customAPI = ""
    /// A publication is running (one at a time per session).
    var running = false

    func keep(_ key: APIKey, for api: String) { self.key = (key, api) }

    /// The key kept for `api`, never one given for another address.
    func key(for api: String) -> APIKey? { key?.api == api ? key?.value : nil }

    func forgetKey() { key = nil }
}

/// The file « Publier » sends, and what `irve describe` says of it.
struct PreparedFile {
    /// The upload it was made from (a new upload makes it stale).
    let upload: ObjectIdentifier
    let path: String
    /// The name the visitor knows (messages say it instead of the server's path).
    let name: String
    let repaired: Bool
    let summary: FileSummary
}

/// Where to publish.
enum APIChoice: String {
    case production, demo, custom

    /// The API base, or nil when the custom address is not one the key may be sent to.
    func base(custom: String) -> String? {
        switch self {
        case .production: UdataClient.production
        case .demo: UdataClient.demo
        case .custom: Self.checked(custom)
        }
    }

    /// `https://host/…`, or `http://` on this computer only (a test udata): a key never crosses
    /// a network in clear. No user, query or fragment.
    static func checked(_ address: String) -> String? {
        let text = address.trimmingCharacters(in: .whitespaces)
        guard let c = URLComponents(string: text), let scheme = c.scheme?.lowercased(), let host = c.host,
            !host.isEmpty, c.user == nil, c.password == nil, c.query == nil, c.fragment == nil
        else { return nil }
        let local = ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased())
        guard scheme == "https" || (scheme == "http" && local) else { return nil }
        return text.hasSuffix("/") ? String(text.dropLast()) : text
    }
}
