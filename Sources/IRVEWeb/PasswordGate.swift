import Foundation
import Hummingbird
import IRVEFindings
import IRVEWording

/// The instance's shared password (`--password-file`): whoever types it gets an access cookie, a
/// random token the server keeps in memory (never the password itself, which is compared in
/// constant time and never written anywhere).
final class PasswordGate: @unchecked Sendable {
    static let cookieName = "irve_access"
    private let password: [UInt8]
    private let lifetime: TimeInterval
    private let capacity: Int
    private let lock = NSLock()
    private var tokens: [String: Date] = [:]

    init(password: String, lifetime: TimeInterval, capacity: Int) {
        self.password = Array(password.utf8)
        self.lifetime = lifetime
        self.capacity = max(16, capacity)
    }

    /// A time that depends on the expected password's length only, never on where `given` differs.
    func matches(_ given: String) -> Bool {
        let a = Array(given.utf8)
        var diff: UInt8 = a.count == password.count ? 0 : 1
        for i in password.indices { diff |= (i < a.count ? a[i] : 0) ^ password[i] }
        return diff == 0
    }

    /// A new access token (the oldest ones are dropped when there are too many).
    func admit(now: Date = Date()) -> String {
        let token = randomToken()
        lock.withLock {
            tokens = tokens.filter { now.timeIntervalSince($0.value) <= lifetime }
            if tokens.count >= capacity, let oldest = tokens.min(by: { $0.value < $1.value }) {
                tokens[oldest.key] = nil
            }
            tokens[token] = now
        }
        return token
    }

    /// Forgets the tokens unused for the lifetime (with the sessions that expired: a visitor gone
    /// leaves nothing here either).
    func expire(now: Date = Date()) {
        lock.withLock { tokens = tokens.filter { now.timeIntervalSince($0.value) <= lifetime } }
    }

    /// Access tokens kept.
    var count: Int { lock.withLock { tokens.count } }

    /// Whether the request carries a live access token (touched).
    func admits(_ headers: HTTPFields, now: Date = Date()) -> Bool {
        guard let token = WebSite.cookie(Self.cookieName, in: headers) else { return false }
        return lock.withLock {
            guard let seen = tokens[token], now.timeIntervalSince(seen) <= lifetime else { return false }
            tokens[token] = now
            return true
        }
    }

    /// Paths open without the password: the login page, the assets it uses, health and metrics.
    static func isOpen(_ path: String) -> Bool {
        path == "/login" || path == "/healthz" || path == "/metrics" || path.hasPrefix("/assets/")
    }
}

extension WebSite {
    func registerLogin(on router: Router<WebContext>) {
        router.get("/login") { request, _ in html(LoginPage.render(language(request))) }
        router.post("/login") { request, _ in await login(request) }
    }

    /// `POST /login`: the right password gets the access cookie and the home page; a wrong one the
    /// form again, with its message (the rate limit bounds the guesses).
    func login(_ request: Request) async -> Response {
        let lang = language(request)
        guard let gate = hosting.gate else { return redirect("/?lang=\(lang.rawValue)") }
        let form = await FormFields.read(request, limit: 4096)
        guard let given = form?.first("password"), gate.matches(given) else {
            hosting.metrics.rejected(.password)
            return html(LoginPage.render(lang, error: Wording.message(.wrongPassword, lang)), .forbidden)
        }
        var response = redirect("/?lang=\(lang.rawValue)")
        let secure = options.hosting.behindHTTPS ? "; Secure" : ""
        response.headers[.setCookie] =
            "\(PasswordGate.cookieName)=\(gate.admit()); Path=/; HttpOnly; SameSite=Strict\(secure)"
        return response
    }

    /// The value of cookie `name` in the request's headers.
    static func cookie(_ name: String, in headers: HTTPFields) -> String? {
        for header in headers[values: .cookie] {
            for pair in header.split(separator: ";") {
                let p = pair.trimmingSpaces()
                if p.hasPrefix(name + "=") { return String(p.dropFirst(name.count + 1)) }
            }
        }
        return nil
    }

    static func sessionID(_ headers: HTTPFields) -> String? { cookie(cookieName, in: headers) }
}

/// The login page of an instance with a shared password.
enum LoginPage {
    static func render(_ lang: Language, error: String? = nil) -> String {
        let w = { (p: HostingPhrase) in HTML.escape(Wording.message(p, lang)) }
        let alert = error.map { "<div class=\"alert\" role=\"alert\"><p>\(HTML.escape($0))</p></div>\n" } ?? ""
        let main = """
            <h1>\(w(.loginHeading))</h1>
            <p class="lead">\(w(.loginHint))</p>
            \(alert)<form id="login" method="post" action="/login?lang=\(lang.rawValue)">
            <label for="password">\(w(.passwordLabel))</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <button type="submit">\(w(.loginButton))</button>
            </form>
            """
        return Layout.page(lang, title: Wording.message(.loginHeading, lang), switchPath: "/login", main)
    }
}
