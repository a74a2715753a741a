import ArgumentParser
import Foundation
import IRVEFindings
import IRVEReport
import IRVEWeb
import IRVEWording

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Help.text(.serve(.abstract)),
        discussion: Help.text(.serve(.discussion))
    )

    @Option(name: .long, help: Help.option(.serve(.port))) var port = 8080
    @Flag(name: .long, help: Help.option(.serve(.open))) var open = false
    @Option(name: .customLong("max-upload-mb"), help: Help.option(.serve(.maxUpload))) var maxUploadMB = 100
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue
    @OptionGroup var hosting: HostingArguments

    mutating func validate() throws {
        guard let language = Language(rawValue: lang) else {
            throw ValidationError(.languageExpected(received: lang), CommandLineErrorText.current)
        }
        // 0 asks the system for a free port; the address printed once listening has the real one.
        if !(0...65535).contains(port) { throw ValidationError(.portOutOfRange, language) }
        if maxUploadMB < 1 { throw ValidationError(.maxUploadTooSmall, language) }
        try hosting.validate(language)
    }

    func run() throws {
        var options = WebOptions()
        options.port = port
        options.maxUploadMegabytes = maxUploadMB
        options.lang = Language(rawValue: lang) ?? .fr
        let language = options.lang
        options.sessionLifetime = hosting.sessionLifetime
        options.hosting = try hosting.options(language)
        let open = open
        let host = options.hosting.host
        let finished = DispatchSemaphore(value: 0)
        let failure = FailureBox()
        // The server is async; the command line is not: it waits here until Ctrl-C stops the server.
        Task {
            do {
                try await WebServer.run(options: options) { url in
                    let out = OutputSink(fd: 1)
                    out.write(Wording.message(.started(url: url), language) + "\n")
                    out.flush()
                    if !HostingOptions.isLoopback(host) {
                        let err = OutputSink(fd: 2)
                        err.write(Wording.message(.publicWarning(url: url), language) + "\n")
                        err.flush()
                    }
                    if open { Self.openBrowser(url) }
                }
            } catch {
                failure.set(String(describing: error))
            }
            finished.signal()
        }
        finished.wait()
        if let message = failure.message {
            let err = OutputSink(fd: 2)
            err.write("irve : " + message + "\n")
            err.flush()
            throw ExitCode(2)
        }
        let out = OutputSink(fd: 1)
        out.write(Wording.message(.stopped, language) + "\n")
        out.flush()
    }

    /// The desktop's default browser (`xdg-open` on Linux, `open` on macOS); nothing if absent.
    static func openBrowser(_ url: String) {
        #if os(macOS)
            let tool = "/usr/bin/open"
        #else
            let tool = "/usr/bin/xdg-open"
        #endif
        guard FileManager.default.isExecutableFile(atPath: tool) else { return }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = [url]
        try? p.run()
    }
}

/// The server's failure, handed from its task to the waiting command.
final class FailureBox: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?
    var message: String? { lock.withLock { text } }
    func set(_ s: String) { lock.withLock { text = s } }
}
