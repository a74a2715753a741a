import Foundation
import XCTest

/// `http_test_server.py` run on 127.0.0.1 with a free port, shared by the tests of this process.
/// It exits when our end of its standard input closes, i.e. when this test process ends.
final class LocalTestServer: @unchecked Sendable {
    static let shared = Result { try LocalTestServer() }

    let process = Process()
    private let stdinPipe = Pipe()  // kept open for the life of the process
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    private init() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "http_test_server.py")
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = stdinPipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch {
            throw XCTSkip("python3 is needed to run the local HTTP test server (\(script.path)): \(error)")
        }
        // The first line is the port.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else {
            process.terminate()
            throw XCTSkip("python3 could not start the local HTTP test server (\(script.path)).")
        }
        self.port = port
    }

    /// A port on which nothing listens: bound then released.
    static func closedPort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}
