import Foundation
import Hummingbird
import HummingbirdTesting
import IRVEFindings
import IRVETestSupport
import IRVEWording
import XCTest

@testable import IRVEWeb

/// `POST /upload` read as it arrives: the file is written to the session's folder piece by piece.
final class WebStreamedUploadTests: XCTestCase {
    /// Bytes that look like a boundary's start here and there (one trap every 64 bytes or so), so
    /// that the cut between two chunks falls everywhere. Made 8 bytes at a time by a seeded
    /// SplitMix64: one system random call per byte made this 30 MB take a minute in a debug build.
    static func trickyBytes(_ count: Int, seed: UInt64 = 0x1CE_F1E5) -> [UInt8] {
        var out: [UInt8] = Array("%PDF-1.4\n".utf8)
        out.reserveCapacity(count + 64)
        let traps = [Array("\r\n--".utf8), Array("\r\n--\(MultipartBody.boundary.prefix(20))".utf8), [0x0D, 0x0A]]
        var state = seed
        while out.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            if z & 7 == 0 { out += traps[Int((z >> 8) % 3)] }
            withUnsafeBytes(of: z) { out.append(contentsOf: $0) }
        }
        return Array(out.prefix(count))
    }

    /// Any cut of the body gives the same fields and the same file bytes.
    func testParserGivesTheSameAnswerWhateverTheChunks() throws {
        let file = Self.trickyBytes(20_000)
        let body = Array(buffer: MultipartBody.upload(Visitor(cookie: "", csrf: "jeton"), filename: "a.csv", file))
        for size in [1, 2, 3, 5, 37, 38, 39, 40, 41, 64, 1000, 8192, body.count] {
            var form = MultipartStream(
                boundary: MultipartBody.boundary, fileField: "file", fileLimit: 1 << 20, bodyLimit: 2 << 20)
            var got: [UInt8] = []
            var at = 0
            while at < body.count {
                try form.feed(body[at..<min(at + size, body.count)]) { got += $0 }
                at += size
            }
            try form.finish()
            XCTAssertEqual(got, file, "chunks of \(size)")
            XCTAssertEqual(form.fields["csrf"], "jeton")
            XCTAssertEqual(form.fileName, "a.csv")
            // A chunk, and at most a part's headers or a delimiter waiting for their end.
            XCTAssertLessThanOrEqual(form.mostPending, size + 200, "bounded by a chunk")
        }
    }

    /// A 30 MB file (larger than any buffer of the server) arrives byte for byte in the session's
    /// folder; the parser never holds more than one chunk and a delimiter.
    func testThirtyMegabyteUploadIsStoredByteForByte() async throws {
        let file = Self.trickyBytes(30 << 20)
        let site = try TestSite()
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            let (status, page) = try await client.uploadAndRead(v, filename: "gros.pdf", file)
            XCTAssertEqual(status, .unprocessableContent, page)
            let id = try XCTUnwrap(v.cookie.split(separator: "=").last).description
            let session = try XCTUnwrap(site.sessions.find(id))
            let upload = try XCTUnwrap(session.upload)
            let stored = try XCTUnwrap(FileManager.default.contents(atPath: upload.path))
            XCTAssertEqual(stored.count, file.count)
            XCTAssertTrue(stored == Data(file), "the stored file is the sent one")
            let left = try FileManager.default.contentsOfDirectory(atPath: session.folder.path)
            XCTAssertFalse(left.contains { $0.hasPrefix("incoming-") }, "no partial file left: \(left)")
        }
        var form = MultipartStream(
            boundary: MultipartBody.boundary, fileField: "file", fileLimit: 100 << 20, bodyLimit: 101 << 20)
        var body = MultipartBody.upload(Visitor(cookie: "", csrf: "t"), filename: "gros.pdf", file)
        var written = 0
        while let chunk = body.readSlice(length: min(65536, body.readableBytes)), chunk.readableBytes > 0 {
            try form.feed(chunk.readableBytesView) { written += $0.count }
        }
        try form.finish()
        XCTAssertEqual(written, file.count)
        XCTAssertLessThanOrEqual(form.mostPending, 65536 + 200)
    }

    /// The file passes the limit while it arrives (the announced length was under it): 413, and
    /// nothing kept.
    func testLimitPassedMidStreamGets413AndKeepsNothing() async throws {
        let site = try TestSite(maxUploadMegabytes: 1)
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            let file = [UInt8](repeating: 0x61, count: 1_048_576 + 20_000)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "big.csv", file)
            ) { r in
                XCTAssertEqual(r.status, .contentTooLarge)
                let message = HTML.escape(Wording.message(.tooLarge(megabytes: 1), .fr))
                XCTAssertTrue(String(buffer: r.body).contains(message))
            }
            let id = try XCTUnwrap(v.cookie.split(separator: "=").last).description
            let session = try XCTUnwrap(site.sessions.find(id))
            XCTAssertNil(session.upload)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: session.folder.path), [])
        }
        var form = MultipartStream(boundary: "b", fileField: "file", fileLimit: 10, bodyLimit: 1000)
        let body = Array("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n".utf8)
        XCTAssertThrowsError(try form.feed(body + Array(repeating: 0x61, count: 60)) { _ in }) { e in
            XCTAssertEqual(e as? MultipartStream.Failure, .tooLarge)
        }
    }

    /// Broken bodies: each gets the broken-upload page, and the server keeps answering.
    func testBrokenMultipartBodiesGet400() async throws {
        let b = MultipartBody.boundary
        let disposition = "Content-Disposition: form-data; name="
        let endless = "--\(b)\r\n\(disposition)\"csrf\"\r\n" + String(repeating: "X-Junk: 1\r\n", count: 3000)
        let manyParts = (0..<20).map { "--\(b)\r\n\(disposition)\"f\($0)\"\r\n\r\nv\r\n" }.joined() + "--\(b)--\r\n"
        let bigField =
            "--\(b)\r\n\(disposition)\"csrf\"\r\n\r\n" + String(repeating: "a", count: 5000) + "\r\n--\(b)--\r\n"
        let noDisposition = "--\(b)\r\nContent-Type: text/plain\r\n\r\nv\r\n--\(b)--\r\n"
        let badAfterDelimiter = "--\(b)XX\(disposition)\"csrf\"\r\n\r\nv\r\n--\(b)--\r\n"
        try await TestSite().run { client in
            let v = try await Visitor.arrive(client)
            for (what, body) in [
                ("endless headers", endless), ("20 parts", manyParts), ("5 kB field", bigField),
                ("no disposition", noDisposition), ("bad delimiter", badAfterDelimiter), ("empty", ""),
            ] {
                try await client.execute(
                    uri: "/upload", method: .post, headers: MultipartBody.headers(v), body: ByteBuffer(string: body)
                ) { r in
                    XCTAssertEqual(r.status, .badRequest, what)
                    XCTAssertTrue(
                        String(buffer: r.body).contains(HTML.escape(Wording.message(.brokenUpload, .fr))), what)
                }
            }
            try await client.execute(uri: "/", method: .get, headers: v.headers) { r in XCTAssertEqual(r.status, .ok) }
        }
    }

    /// The token is checked before the file is kept: a wrong token leaves no file behind.
    func testWrongTokenKeepsNoFile() async throws {
        let site = try TestSite()
        try await site.run { client in
            let v = try await Visitor.arrive(client)
            try await client.execute(
                uri: "/upload", method: .post, headers: MultipartBody.headers(v),
                body: MultipartBody.upload(v, filename: "a.csv", Array("a;b\n".utf8), csrf: "faux")
            ) { r in XCTAssertEqual(r.status, .forbidden) }
            let id = try XCTUnwrap(v.cookie.split(separator: "=").last).description
            let session = try XCTUnwrap(site.sessions.find(id))
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: session.folder.path), [])
        }
    }
}
