import Foundation

/// The checker's workers share the pool of row checkers and the merge state under one lock.
extension NSLock {
    @inline(__always)
    func with<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}
