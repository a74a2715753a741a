import Foundation

/// The `string` formats frictionless checks, with the same libraries' rules:
/// `email` (python `validators.email`), `uri` (rfc3986: a scheme must be present), `uuid`.
/// One instance per field checker (so per worker thread): PCRE2 match data is not shareable,
/// and a shared instance behind a lock made the workers wait on each other.
final class StringFormats: @unchecked Sendable {

    // validators.email's local-part expression, used verbatim (Python `re.IGNORECASE`).
    private let localPart: PatternMatcher
    // validators.domain's expression on the IDNA-encoded domain.
    private let domain: PatternMatcher
    /// Throws only when PCRE2 cannot be loaded (the expressions are constant and known-good).
    init() throws(PatternMatcher.CompileError) {
        localPart = try PatternMatcher(
            rawPattern:
                #"(?i)(^[\x{0100}-\x{017F}\x{0180}-\x{024F}\x{00A0}-\x{00FF}]|[\x{0100}-\x{017F}\x{0180}-\x{024F}\x{00A0}-\x{00FF}0-9a-z!#$%&'*+/=?^_`{}|~\-]+(\.[\x{0100}-\x{017F}\x{0180}-\x{024F}\x{00A0}-\x{00FF}0-9a-z!#$%&'*+/=?^_`{}|~\-]+)*$|^"([\x{0100}-\x{017F}\x{0180}-\x{024F}\x{00A0}-\x{00FF}\x{01}-\x{08}\x{0B}\x{0C}\x{0E}-\x{1F}!#-\[\]-\x{7F}]|\\[\x{09}.])*")$"#
        )
        domain = try PatternMatcher(
            rawPattern: #"(?i)^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9][a-z0-9-]{0,61}[a-z]$"#)
    }

    func isEmail(_ c: Cell) -> Bool {
        var at = -1
        for (k, b) in c.enumerated() where b == 0x40 {
            if at >= 0 { return false }
            at = k
        }
        guard at >= 0 else { return false }
        let local = UnsafeBufferPointer(rebasing: c[..<at])
        let host = UnsafeBufferPointer(rebasing: c[(at + 1)...])
        guard local.codePointCount <= 64, host.codePointCount <= 253 else { return false }
        if let fast = Self.asciiDotAtomEmail(local: local, host: host) { return fast }
        return isDomain(host) && localPart.matches(local)
    }

    /// The common case, decided without regular expressions: an ASCII dot-atom local part and an
    /// ASCII domain. Returns nil when the slow, exact path is needed (quotes, non-ASCII, a trailing
    /// newline that Python's `$` would accept).
    static func asciiDotAtomEmail(local: Cell, host: Cell) -> Bool? {
        guard !local.isEmpty, !host.isEmpty, local.last != 0x0A, host.last != 0x0A else { return nil }
        // Local part: atoms of [0-9a-z!#$%&'*+/=?^_`{}|~-] separated by single dots.
        var previousDot = true
        for b in local {
            if b >= 0x80 || b == 0x22 { return nil }
            if b == 0x2E {
                if previousDot { return false }
                previousDot = true
                continue
            }
            guard atomByte[Int(b)] else { return false }
            previousDot = false
        }
        if previousDot { return false }
        // Domain: labels [a-z0-9]([a-z0-9-]{0,61}[a-z0-9])? then a TLD [a-z0-9][a-z0-9-]{0,61}[a-z].
        var labelStart = 0
        var labels = 0
        var i = 0
        let n = host.count
        for b in host where b >= 0x80 { return nil }
        while i <= n {
            if i == n || host[i] == 0x2E {
                let length = i - labelStart
                guard length >= 1, length <= 63 else { return false }
                let first = host[labelStart]
                let last = host[i - 1]
                guard isAlnum(first) else { return false }
                for k in labelStart..<i where !(isAlnum(host[k]) || host[k] == 0x2D) { return false }
                if i == n {
                    // The TLD has at least two characters and ends with a letter.
                    guard labels >= 1, length >= 2, isLetter(last) else { return false }
                } else {
                    guard isAlnum(last) else { return false }
                }
                labels += 1
                labelStart = i + 1
            }
            i += 1
        }
        return true
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    private static func isAlnum(_ b: UInt8) -> Bool { isLetter(b) || ASCII.isDigit(b) }
    private static let atomByte: [Bool] = (0..<256).map { b in
        let c = UInt8(b)
        return isAlnum(c) || Array("!#$%&'*+/=?^_`{}|~-".utf8).contains(c)
    }

    private func isDomain(_ host: Cell) -> Bool {
        guard host.count > 0 else { return false }
        // `re.search(r"\s|__+", value)` rejects whitespace and double underscores anywhere.
        var previous: UInt8 = 0
        var i = 0
        while i < host.count {
            if PyWhitespace.width(at: i, in: host) > 0 { return false }
            if host[i] == 0x5F, previous == 0x5F { return false }
            previous = host[i]
            i += 1
        }
        if host.allSatisfy({ $0 < 0x80 }) {
            return host.count <= 253 && domain.matches(host)
        }
        // Non-ASCII labels are IDNA-encoded by Python (`xn--…`): accept labels that encode.
        let labels = host.split(separator: 0x2E, omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 }) else { return false }
        guard let last = labels.last,
            last.allSatisfy({ $0 >= 0x80 || (ASCII.lower($0) >= 0x61 && ASCII.lower($0) <= 0x7A) })
        else {
            return false
        }
        return labels.allSatisfy { label in
            label.first != 0x2D && label.last != 0x2D
                && label.allSatisfy {
                    $0 >= 0x80 || ASCII.isDigit($0) || $0 == 0x2D
                        || (ASCII.lower($0) >= 0x61 && ASCII.lower($0) <= 0x7A)
                }
        }
    }

    /// rfc3986 `uri_reference` + `require_presence_of("scheme")`: a scheme
    /// `[A-Za-z][A-Za-z0-9+.-]*` followed by `:`.
    func isURI(_ c: Cell) -> Bool {
        for (k, b) in c.enumerated() {
            if b == 0x3A { return k > 0 }
            let letter = (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A
            if k == 0 ? !letter : !(letter || ASCII.isDigit(b) || b == 0x2B || b == 0x2D || b == 0x2E) { return false }
        }
        return false
    }

    /// Python `uuid.UUID(str)` (what validators.uuid relies on).
    func isUUID(_ c: Cell) -> Bool {
        var s = String(decoding: c, as: UTF8.self)
        s = s.replacingOccurrences(of: "urn:", with: "").replacingOccurrences(of: "uuid:", with: "")
        while s.first == "{" || s.first == "}" { s.removeFirst() }
        while s.last == "{" || s.last == "}" { s.removeLast() }
        s = s.replacingOccurrences(of: "-", with: "")
        guard s.unicodeScalars.count == 32 else { return false }
        // int(hex, 16): optional surrounding whitespace, sign, single underscores between digits.
        var t = Substring(s)
        while let f = t.unicodeScalars.first, f.properties.isWhitespace { t = t.dropFirst() }
        while let l = t.unicodeScalars.last, l.properties.isWhitespace { t = t.dropLast() }
        if t.first == "+" || t.first == "-" { t = t.dropFirst() }
        if t.lowercased().hasPrefix("0x") {
            t = t.dropFirst(2)
            if t.first == "_" { t = t.dropFirst() }
        }
        guard !t.isEmpty, t.first != "_", t.last != "_", !t.contains("__") else { return false }
        return t.allSatisfy {
            $0 == "_" || ($0.isASCII && $0.isHexDigit)
                || ($0.unicodeScalars.first.map { $0.properties.numericType == .decimal } ?? false)
        }
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
