import Foundation
import IRVEFindings
import IRVERepair
import IRVEValidate

/// What `irve fix` would leave of a file's errors, measured, not guessed: the real repairer runs on
/// the file into a private temporary file, which is then checked with the same options.
public struct RepairOutlook: Sendable, Equatable {
    public var errors: Int
    /// Errors that the repaired file no longer has.
    public var fixable: Int
    /// Errors the repaired file still has (for the commune to complete by hand).
    public var remaining: Int
    /// Changes `irve fix` makes (some fix warnings, not errors).
    public var changes: Int

    public init(errors: Int, fixable: Int, remaining: Int, changes: Int) {
        self.errors = errors
        self.fixable = fixable
        self.remaining = remaining
        self.changes = changes
    }

    /// The sentence: « 34 des 40 erreurs peuvent être corrigées automatiquement ; … ».
    public var phrase: ProblemPhrase { .outlook(errors: errors, fixable: fixable, remaining: remaining) }

    /// The largest file whose outlook is measured (64 MiB: a few hundred thousand rows).
    public static let maxMeasuredBytes = 64 << 20
    /// And the most rows (a commune has a few hundred; a file of a million one-cell rows is small in bytes).
    public static let maxMeasuredRows = 100_000

    /// Whether `irve fix` applies to a checked file: it repairs to the static schema, from any version
    /// of it (v1 files are upgraded), never a dynamic file.
    public static func applies(to r: ValidationResult) -> Bool {
        guard let name = r.schema?.name else { return false }
        return !name.hasSuffix("dynamique")
    }

    /// Repairs `path` as `irve fix` would (same engine, default options) and checks the result with
    /// `options`. Nil when the repair does not apply or fails (the check's own report says why).
    public static func measure(
        path: String, checked r: ValidationResult, options: ValidationOptions
    ) -> RepairOutlook? {
        // Measuring costs a repair and a second check: worth it for a commune's file, not for a
        // national one, whose report then gives the command without the figures.
        guard applies(to: r), r.errorCount > 0, (r.info?.byteCount ?? 0) <= maxMeasuredBytes,
            r.rows <= maxMeasuredRows
        else { return nil }
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("irve-outlook-" + UUID().uuidString)
        do {
            try fm.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch { return nil }
        defer { try? fm.removeItem(at: dir) }
        let repaired = dir.appendingPathComponent("repaired.csv").path
        var repair = RepairOptions()
        repair.lang = options.lang
        repair.geo = options.geo
        var recheck = options
        recheck.maxFindings = 0  // only the exact totals are needed
        recheck.collectAddresses = false
        guard let summary = try? Repair.run(input: path, output: repaired, force: true, options: repair),
            let after = try? Validation.check(path: repaired, options: recheck)
        else { return nil }
        let remaining = min(after.errorCount, r.errorCount)
        return RepairOutlook(
            errors: r.errorCount, fixable: r.errorCount - remaining, remaining: remaining,
            changes: summary.changes.count)
    }
}
