import IRVEFindings

extension English: HostingWords {
    static func hosting(_ p: HostingPhrase) -> String {
        switch p {
        case .hostedPrivacyNote(let minutes):
            "This assistant is hosted: the file you drop is sent to its server, which deletes it \(duration(minutes)) "
                + "after your last action. It is passed on to no one else, unless you publish it on data.gouv.fr."
        case .tooManySessions(let limit):
            "The assistant already serves \(count(limit)) people, its maximum: try again in a few minutes."
        case .diskFull: "The space kept for uploaded files is full: try again in a few minutes."
        case .checksBusy(let seconds): "Every check has been busy for \(count(seconds)) s: try again in a moment."
        case .tooManyRequests(let perMinute):
            "Too many requests from your address (more than \(count(perMinute)) a minute): wait a little."
        case .tooSlow(let seconds):
            "The upload took more than \(count(seconds)) s and was stopped: try again with a better connection."
        case .formTooLarge: "The form sent is too large."
        case .loginHeading: "Restricted access"
        case .loginHint: "This assistant is for the communes it accompanies: type the password you were given."
        case .passwordLabel: "Password"
        case .loginButton: "Enter"
        case .wrongPassword: "Wrong password."
        case .publicWarning(let url):
            "Warning: the assistant can be reached from other machines (\(url)). Put it behind an HTTPS proxy "
                + "(see docs/hosting.md) and protect it with --password-file if needed."
        case .hostNeedsPublic(let host):
            "--host \(host) would make the assistant reachable from other machines: add --public to confirm it."
        case .limitTooSmall(let option, let minimum): "\(option) must be a number greater than or equal to \(minimum)."
        case .passwordFileUnreadable(let path): "The password file \"\(path)\" cannot be read."
        case .passwordFileEmpty(let path): "The password file \"\(path)\" is empty."
        }
    }

    /// "2 h", "30 min", "1 h 30 min".
    private static func duration(_ minutes: Int) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        if h == 0 { return "\(m) min" }
        return m == 0 ? "\(h) h" : "\(h) h \(m) min"
    }
}
