import Foundation

@testable import IRVEWeb

#if os(Linux)
    import Glibc

    /// A plain HTTP/1.1 exchange over a TCP socket, to drive the real server as a browser or a
    /// misbehaving client would (slow bodies, silent connections, another local address). Every read
    /// has a timeout: a test never hangs.
    final class RawHTTP {
        private let fd: Int32

        init(host: String, port: Int, timeout: Double = 20) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Failure.socket }
            var tv = timeval(tv_sec: Int(timeout), tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            var addr = sockaddr_in()
            addr.sin_family = sa_family_t(AF_INET)
            addr.sin_port = in_port_t(UInt16(port).bigEndian)
            guard inet_pton(AF_INET, host, &addr.sin_addr) == 1 else { throw Failure.address(host) }
            let ok = withUnsafePointer(to: &addr) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard ok == 0 else {
                close(fd)
                throw Failure.connect(host, port)
            }
        }

        deinit { close(fd) }

        enum Failure: Error {
            case socket
            case address(String)
            case connect(String, Int)
        }

        func send(_ text: String) { send(Array(text.utf8)) }

        func send(_ bytes: [UInt8]) {
            var sent = 0
            while sent < bytes.count {
                let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return }
                sent += n
            }
        }

        /// Everything until the server closes the connection (or the read timeout).
        func readAll() -> String {
            var out: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                if n <= 0 { break }
                out += buffer[0..<n]
            }
            return String(decoding: out, as: UTF8.self)
        }

        /// True when the server closed the connection (recv gives 0) before the read timeout.
        func closedByServer() -> Bool {
            var byte: UInt8 = 0
            let n = recv(fd, &byte, 1, 0)
            return n == 0
        }

        /// One request with `Connection: close`; the whole answer.
        static func exchange(
            _ host: String, _ port: Int, _ method: String, _ path: String, headers: [String: String] = [:],
            body: [UInt8] = []
        ) throws -> Answer {
            let c = try RawHTTP(host: host, port: port)
            var head = "\(method) \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n"
            for (k, v) in headers { head += "\(k): \(v)\r\n" }
            if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
            c.send(head + "\r\n")
            c.send(body)
            return Answer(c.readAll())
        }

        /// An HTTP answer: status, headers (lower-cased names), body.
        struct Answer {
            var status = 0
            var headers: [String: String] = [:]
            var body = ""
            let raw: String

            init(_ raw: String) {
                self.raw = raw
                guard let split = raw.range(of: "\r\n\r\n") else { return }
                body = String(raw[split.upperBound...])
                let lines = raw[..<split.lowerBound].components(separatedBy: "\r\n")
                status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    let name = line[..<colon].lowercased()
                    let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    headers[name] = headers[name].map { $0 + "\n" + value } ?? value
                }
            }

            /// `name=value` of the first `Set-Cookie` for `name`.
            func cookie(_ name: String) -> String? {
                headers["set-cookie"]?.components(separatedBy: "\n").first { $0.hasPrefix(name + "=") }?
                    .split(separator: ";").first.map(String.init)
            }
        }

        /// This machine's first IPv4 address that is not loopback, if any.
        static func otherLocalAddress() -> String? {
            var list: UnsafeMutablePointer<ifaddrs>?
            guard getifaddrs(&list) == 0, let first = list else { return nil }
            defer { freeifaddrs(list) }
            var p: UnsafeMutablePointer<ifaddrs>? = first
            while let cur = p {
                defer { p = cur.pointee.ifa_next }
                guard let sa = cur.pointee.ifa_addr, sa.pointee.sa_family == sa_family_t(AF_INET) else { continue }
                var ip = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
                sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { sin in
                    var a = sin.pointee.sin_addr
                    _ = inet_ntop(AF_INET, &a, &ip, socklen_t(INET_ADDRSTRLEN))
                }
                let text = String(decoding: ip.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if !text.hasPrefix("127.") { return text }
            }
            return nil
        }
    }

    /// `WebServer.run` in this process, on `host` and a port the system picks; stopped by `stop()`.
    final class LiveServer: @unchecked Sendable {
        let port: Int
        let log = LogLines()
        let options: WebOptions
        private let task: Task<Void, Error>

        init(host: String = "0.0.0.0", _ configure: (inout WebOptions) -> Void = { _ in }) async throws {
            var options = WebOptions()
            options.port = 0
            options.hosting.host = host
            options.hosting.isPublic = true
            configure(&options)
            options.hosting.logLine = { [log] in log.append($0) }
            self.options = options
            let (stream, continuation) = AsyncStream<String>.makeStream()
            let frozen = options
            task = Task {
                defer { continuation.finish() }
                try await WebServer.run(options: frozen) { url in continuation.yield(url) }
            }
            var url: String?
            for await u in stream {
                url = u
                break
            }
            guard let url, let port = URL(string: url)?.port else { throw RawHTTP.Failure.connect(host, 0) }
            self.port = port
        }

        func stop() async {
            task.cancel()
            _ = try? await task.value
        }
    }
#endif
