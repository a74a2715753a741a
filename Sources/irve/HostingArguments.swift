import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEWeb
import IRVEWording

/// `irve serve`'s options for hosting the assistant for a territory (docs/hosting.md).
struct HostingArguments: ParsableArguments {
    @Option(name: .long, help: Help.option(.serve(.host))) var host = "127.0.0.1"
    @Flag(name: .customLong("public"), help: Help.option(.serve(.isPublic))) var isPublic = false
    @Flag(name: .customLong("behind-https"), help: Help.option(.serve(.behindHTTPS))) var behindHTTPS = false
    @Option(name: .customLong("password-file"), help: Help.option(.serve(.passwordFile))) var passwordFile: String?
    @Option(name: .customLong("max-sessions"), help: Help.option(.serve(.maxSessions))) var maxSessions = 200
    @Option(name: .customLong("max-disk-mb"), help: Help.option(.serve(.maxDisk))) var maxDiskMB = 2048
    // Optional, so that the help does not print this machine's core count as the default.
    @Option(name: .customLong("max-checks"), help: Help.option(.serve(.maxChecks))) var maxChecks: Int?
    @Option(name: .customLong("check-wait"), help: Help.option(.serve(.checkWait))) var checkWait = 60
    @Option(name: .customLong("rate-limit"), help: Help.option(.serve(.rateLimit))) var rateLimit = 600
    @Option(name: .customLong("idle-timeout"), help: Help.option(.serve(.idleTimeout))) var idleTimeout = 60
    @Option(name: .customLong("session-minutes"), help: Help.option(.serve(.sessionMinutes))) var sessionMinutes =
        120

    var sessionLifetime: TimeInterval { TimeInterval(min(sessionMinutes, 525_600)) * 60 }

    /// A non-loopback address needs `--public`; every limit is at least 1.
    func validate(_ lang: Language) throws {
        if !HostingOptions.isLoopback(host), !isPublic {
            throw ValidationError(Wording.message(.hostNeedsPublic(host: host), lang))
        }
        let limits: [(String, Int)] = [
            ("--max-sessions", maxSessions), ("--max-disk-mb", maxDiskMB), ("--max-checks", maxChecks ?? 1),
            ("--check-wait", checkWait), ("--rate-limit", rateLimit), ("--idle-timeout", idleTimeout),
            ("--session-minutes", sessionMinutes),
        ]
        for (option, value) in limits where value < 1 {
            throw ValidationError(Wording.message(.limitTooSmall(option: option, minimum: 1), lang))
        }
    }

    /// The hosting options, with the password read from its file (its last line break dropped).
    func options(_ lang: Language) throws -> HostingOptions {
        var o = HostingOptions()
        o.host = host
        o.isPublic = isPublic
        o.behindHTTPS = behindHTTPS
        o.maxSessions = maxSessions
        o.maxDiskBytes = Int64(min(maxDiskMB, Int.max / 1_048_576)) * 1_048_576
        o.maxChecks = maxChecks ?? max(1, ProcessInfo.processInfo.activeProcessorCount)
        // Past a day (a year for sessions) a limit means "none"; the bounds keep the clocks' arithmetic safe.
        o.checkWaitSeconds = min(checkWait, 86_400)
        o.requestsPerMinute = rateLimit
        o.idleTimeoutSeconds = min(idleTimeout, 86_400)
        if let path = passwordFile {
            // Read once with a bound: a FIFO or /dev/zero given by mistake must not hang the start.
            guard let bytes = try? InputFile.readAll(path, limit: 64 << 10),
                let text = String(validating: bytes, as: UTF8.self)
            else { throw ValidationError(Wording.message(.passwordFileUnreadable(path: path), lang)) }
            let password = text.trimmingCharacters(in: .newlines)
            if password.isEmpty { throw ValidationError(Wording.message(.passwordFileEmpty(path: path), lang)) }
            o.password = password
        }
        return o
    }
}
