/// What the web assistant says when it serves a territory (`irve serve --host … --public`): its
/// limits, its password gate, the command line's checks of the hosting options, the privacy note of
/// a hosted instance. Worded by `Wording.message(_:_:)` in every language.
public enum HostingPhrase: Sendable, Equatable {
    /// The footer of every page when the assistant is hosted: files leave the visitor's computer.
    case hostedPrivacyNote(minutes: Int)
    /// 503: every session slot is taken.
    case tooManySessions(limit: Int)
    /// 503: the disk kept for uploads is full.
    case diskFull
    /// 503: every check slot stayed busy for the whole wait.
    case checksBusy(seconds: Int)
    /// 429: this client sent too many requests.
    case tooManyRequests(perMinute: Int)
    /// 408: the request's body came too slowly.
    case tooSlow(seconds: Int)
    /// 413: a form (not a file) over its size limit.
    case formTooLarge
    /// The login page of an instance with a shared password.
    case loginHeading, loginHint, passwordLabel, loginButton, wrongPassword
    /// The command line: the server's warning, and its refusals of the hosting options.
    case publicWarning(url: String)
    case hostNeedsPublic(host: String)
    case limitTooSmall(option: String, minimum: Int)
    case passwordFileUnreadable(path: String)
    case passwordFileEmpty(path: String)
}
