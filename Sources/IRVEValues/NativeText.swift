import Foundation
import IRVEFindings

extension String {
    /// Foundation's `replacingOccurrences(of:with:)`, natively unless a combining character follows a
    /// match (Foundation's rule there is its own): most cells never touch NSString.
    public func replacingOccurrencesNatively(of target: String, with replacement: String) -> String {
        replacingBaseOccurrences(of: target, with: replacement) ?? replacingOccurrences(of: target, with: replacement)
    }

    /// Foundation's `contains(_:)` (that is `range(of:) != nil`), natively in the same way.
    public func containsNatively(_ target: String) -> Bool {
        containsBase(target) ?? (range(of: target) != nil)
    }
}
