import IRVEFindings
import IRVERules
import IRVEValidate
import IRVEWording

/// `--format junit`: JUnit XML, which GitLab, Jenkins and others display as test results.
///
/// `<testsuites name="irve">`, one `<testsuite>` per file (its name is the file), and in it one
/// `<testcase>` per check family or rule: the schema (file, header, cells), then every IRVE
/// business rule and geographic check of the registry. A case fails (`<failure>`) when it found
/// errors (or warnings, with `--fail-on warning`); its text lists the first findings with their
/// place. Warnings of a passing case go to its `<system-out>`; a rule not run is `<skipped/>`.
/// A file that could not be checked has one case in `<error>`.
public final class JUnitReport: BatchReporter {
    let context: ReportContext
    /// Findings listed per case; the counts stay exact.
    static let detailsPerCase = 50

    public init(_ context: ReportContext) { self.context = context }

    public var samplesPerGroup: Int? { nil }

    public func begin(to out: OutputSink) {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"irve\">\n")
    }

    public func end(_ totals: BatchTotals, to out: OutputSink) {
        out.write("</testsuites>\n")
        out.flush()
    }

    public func write(_ entry: BatchEntry, index: Int, to out: OutputSink) {
        switch entry {
        case .checked(let name, let r): write(name, r, to: out)
        case .unreadable(let name, let message):
            let title = Wording.message(.unreadableTitle, context.lang)
            out.write(
                "  <testsuite name=\"\(Self.escape(name))\" tests=\"1\" failures=\"0\" errors=\"1\" skipped=\"0\">\n")
            out.write("    <testcase classname=\"\(Self.escape(name))\" name=\"\(Self.escape(title))\">\n")
            out.write("      <error message=\"\(Self.escape(message))\">\(Self.escape(message))</error>\n")
            out.write("    </testcase>\n  </testsuite>\n")
        }
        out.flush()
    }

    /// What one test case found: exact counts, and the first findings' lines.
    struct Case {
        let name: String
        var errors = 0
        var warnings = 0
        var details: [String] = []
        var skipped = false
    }

    private func write(_ file: String, _ r: ValidationResult, to out: OutputSink) {
        let cases = collect(r)
        let failures = cases.filter(isFailure).count
        let skipped = cases.filter(\.skipped).count
        out.write(
            "  <testsuite name=\"\(Self.escape(file))\" tests=\"\(cases.count)\" failures=\"\(failures)\" "
                + "errors=\"0\" skipped=\"\(skipped)\">\n")
        for c in cases {
            out.write("    <testcase classname=\"\(Self.escape(file))\" name=\"\(Self.escape(c.name))\"")
            if c.skipped {
                out.write(">\n      <skipped/>\n    </testcase>\n")
                continue
            }
            guard c.errors + c.warnings > 0 else {
                out.write("/>\n")
                continue
            }
            let counts = Self.escape(
                Wording.message(.caseCounts(errors: c.errors, warnings: c.warnings), context.lang))
            var text = c.details.joined(separator: "\n")
            let more = c.errors + c.warnings - c.details.count
            if more > 0 { text += "\n" + Wording.message(.caseMore(more), context.lang) }
            let body = Self.escape(text, attribute: false)
            if isFailure(c) {
                out.write(">\n      <failure message=\"\(counts)\">\(body)</failure>\n    </testcase>\n")
            } else {
                out.write(">\n      <system-out>\(body)</system-out>\n    </testcase>\n")
            }
        }
        out.write("  </testsuite>\n")
    }

    private func isFailure(_ c: Case) -> Bool {
        !c.skipped && (c.errors > 0 || (context.failOnWarnings && c.warnings > 0))
    }

    /// The cases in their order (schema, then the registry's), filled by one pass over the findings.
    func collect(_ r: ValidationResult) -> [Case] {
        let lang = context.lang
        var cases = [Case(name: Wording.message(.family(.schema), lang))]
        var position: [String: Int] = [:]
        for rule in RuleRegistry.all {
            position[rule.code] = cases.count
            let ran = CheckFamily(FindingCode(rawValue: rule.code)) == .rules ? context.businessRules : context.geo
            cases.append(
                Case(
                    name: rule.code + " — " + Wording.title(rule.id, lang),
                    skipped: !ran || context.disabledRules.contains(rule.code)))
        }
        for f in r.allFindings(lang) where f.severity != .info {
            let code = f.type.rawValue
            let i: Int
            if CheckFamily(f.type) == .schema {
                i = 0
            } else if let known = position[code] {
                i = known
            } else {
                // A check outside the registry (the address geocoding): a case of its own.
                i = cases.count
                position[code] = i
                cases.append(Case(name: code))
            }
            if f.severity == .error { cases[i].errors += 1 } else { cases[i].warnings += 1 }
            if cases[i].details.count < Self.detailsPerCase { cases[i].details.append(detail(f)) }
        }
        return cases
    }

    private func detail(_ f: Finding) -> String {
        let place = Wording.message(.place(row: f.rowNumber, column: f.fieldName), context.lang)
        let mark = f.severity == .error ? "✘" : "⚠"
        return "\(mark) [\(f.type.rawValue)] " + (place.isEmpty ? "" : place + " : ") + f.message
    }

    /// XML escaping (`XMLText.escape`, shared with the map's SVG).
    public static func escape(_ s: String, attribute: Bool = true) -> String { XMLText.escape(s, attribute: attribute) }
}
