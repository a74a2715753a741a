import Foundation
import Hummingbird
import IRVEFindings
import IRVEWording

extension WebSite {
    /// `POST /upload`: the body is read as it arrives and the file part written to the session's
    /// folder at once, so that a 100 MB file never sits in memory; the size limit is enforced as the
    /// bytes come (413), a broken body gets its page (400), the token is checked before anything is kept.
    func upload(_ request: Request, _ context: WebContext) async throws -> Response {
        let lang = language(request)
        guard let session = sessions.find(sessionID(request)) else {
            return messagePage(request, .sessionUnknown, status: .forbidden)
        }
        let limit = options.maxUploadMegabytes * 1_048_576
        let tooLarge = messagePage(request, .tooLarge(megabytes: options.maxUploadMegabytes), status: .contentTooLarge)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit + 65536 { return tooLarge }
        guard let type = request.headers[.contentType], let boundary = MultipartStream.boundary(contentType: type)
        else {
            return messagePage(request, .brokenUpload, status: .badRequest)
        }
        let incoming = session.folder.appendingPathComponent("incoming-" + randomToken().prefix(16))
        defer { try? FileManager.default.removeItem(at: incoming) }
        var form = MultipartStream(boundary: boundary, fileField: "file", fileLimit: limit, bodyLimit: limit + 65536)
        // The file's bytes count against the disk of all sessions as they arrive (503 when full).
        var reserved: Int64 = 0
        defer { hosting.disk.unreserve(reserved) }
        do {
            let out = try IncomingFile(incoming)
            for try await chunk in request.body {
                try form.feed(chunk.readableBytesView) { bytes in
                    guard hosting.disk.reserve(bytes.count) else { throw LimitReached.disk }
                    reserved += Int64(bytes.count)
                    try out.write(bytes)
                }
            }
            try form.finish()
            try out.close()
        } catch MultipartStream.Failure.tooLarge {
            hosting.metrics.rejected(.uploadSize)
            return tooLarge
        } catch let limit as LimitReached {
            throw limit
        } catch let late as DeadlineBody.Late {
            throw late
        } catch {
            return messagePage(request, .brokenUpload, status: .badRequest)
        }
        guard Self.same(form.fields["csrf"], session.csrf) else {
            return messagePage(request, .csrfRejected, status: .forbidden)
        }
        guard let name = form.fileName, !name.isEmpty else {
            return html(UploadPage.render(lang, csrf: session.csrf, error: Wording.message(.noFile, lang)), .badRequest)
        }
        // The check takes a slot only now that the whole file is here.
        let response = try await heavy(request) {
            try place(name: name, in: session, lang: lang) { path in
                try FileManager.default.moveItem(at: incoming, to: path)
            }
        }
        hosting.disk.measure(session)
        return response
    }
}

/// The file part as it arrives, written in the session's folder (0600), in pieces of up to 1 MB.
final class IncomingFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    static let flushBytes = 1 << 20

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600])
        else { throw CocoaError(.fileWriteUnknown) }
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ bytes: ArraySlice<UInt8>) throws {
        buffer += bytes
        if buffer.count >= Self.flushBytes { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and closes.
    func close() throws {
        try flush()
        try handle.close()
    }

    deinit { try? handle.close() }
}
