import Foundation
import IRVEFindings

/// One source of a JSON report's findings (a log of the store) turned into JSON objects on a thread
/// of its own, a chunk at a time: the report's writing is spread over both cores instead of one.
///
/// At most `maxWaiting` chunks wait for the report, so memory stays bounded whatever the findings.
final class JSONSource: @unchecked Sendable {
    /// Objects one after the other in `json`; `ends[i]` is where object `i` ends, `rows[i]` its row.
    /// An empty chunk says that the source is done.
    struct Chunk {
        var json = JSONBytes(capacity: JSONSource.chunkBytes + (1 << 12))
        var ends: [Int] = []
        var rows: [Int] = []
    }
    static let chunkBytes = 1 << 18
    static let maxWaiting = 2

    private let lock = NSLock()
    private let filled = DispatchSemaphore(value: 0)
    private let room = DispatchSemaphore(value: JSONSource.maxWaiting)
    private var ready: [Chunk] = []
    private var cancelled = false

    /// Starts the thread; `produce` writes the next object and gives its row, nil at the end.
    init<State>(_ state: State, produce: @escaping (inout State, inout JSONBytes) -> Int?) {
        let box = StateBox(state, produce)
        Thread { [self] in
            var chunk = Chunk()
            while let row = box.produce(&box.state, &chunk.json) {
                chunk.rows.append(row)
                chunk.ends.append(chunk.json.bytes.count)
                if chunk.json.bytes.count >= Self.chunkBytes {
                    guard hand(chunk) else { return }
                    chunk = Chunk()
                }
            }
            if !chunk.rows.isEmpty, !hand(chunk) { return }
            _ = hand(Chunk())
        }.start()
    }

    private func hand(_ chunk: Chunk) -> Bool {
        room.wait()
        let stop = lock.with {
            if !cancelled { ready.append(chunk) }
            return cancelled
        }
        filled.signal()
        return !stop
    }

    /// The next chunk, waiting for it (an empty one at the end).
    func next() -> Chunk {
        filled.wait()
        let chunk = lock.with { ready.isEmpty ? Chunk() : ready.removeFirst() }
        room.signal()
        return chunk
    }

    /// The report stopped reading: the thread ends at its next chunk.
    func cancel() {
        lock.with { cancelled = true }
        room.signal()
    }
}

/// A source's state, owned by its thread once started.
private final class StateBox<State>: @unchecked Sendable {
    var state: State
    let produce: (inout State, inout JSONBytes) -> Int?
    init(_ state: State, _ produce: @escaping (inout State, inout JSONBytes) -> Int?) {
        self.state = state
        self.produce = produce
    }
}

/// Cancels the sources of a stream when the stream goes away (a report that stops early).
final class JSONSources {
    let sources: [JSONSource]
    init(_ sources: [JSONSource]) { self.sources = sources }
    deinit { for s in sources { s.cancel() } }
}
