import IRVEFindings

extension English: CommandLineWords {
    static func usage(_ m: UsageMessage) -> String {
        switch m {
        case .dashFileName(let name):
            "\"\(name)\" starts with \"-\" and would be read as an option: write ./\(name), or put -- before "
                + "the name (irve check -- \(name))."
        case .unknownOption(let option, let suggestion):
            "unknown option \"\(option)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
        case .notANonNegativeNumber(let option, let value):
            "\(option) does not accept \"\(value)\": a number zero or more is expected"
        case .missingValue(let option): "missing value for \(option)"
        case .invalidValue(let value, let option, let choices):
            "value \"\(value)\" is not valid for \(option)"
                + (choices.isEmpty ? "" : ": possible values " + choices.map { "\"\($0)\"" }.joined(separator: ", "))
        case .missingArgument(let name): "missing argument: \(name) (the file to process)"
        case .unexpectedArgument(let value): "unexpected argument \"\(value)\""
        case .languageExpected(let received):
            "--lang expects \"fr\" or \"en\"" + (received.map { " (got \"\($0)\")" } ?? "") + "."
        case .maxFindingsNegative: "--max-findings must be a number zero or more."
        case .portOutOfRange: "--port must be a number between 0 and 65535."
        case .maxUploadTooSmall: "--max-upload-mb must be a number of at least 1."
        case .checkNeedsFile: "give the file to check (or --rules to list the rules)."
        case .markdownNeedsRules: "--format markdown only goes with --rules."
        case .annotateNeedsOneFile:
            "--annotate writes the workbook of one local file (not a folder, several files or a URL)."
        case .unknownRule(let code): "unknown rule \"\(code)\" for --disable (irve check --rules lists them)."
        case .fixNeedsOutput: "give the file to write with -o (or --dry-run to only see the changes)."
        case .exclusiveOptions(let a, let b): "\(a) and \(b) cannot be used together."
        case .geocoderOrBANIndex:
            "--geocoder and --ban-index cannot be used together: choose the HTTP service or the local index."
        case .addressThresholdExpected: "--address-threshold expects a distance in metres, positive (e.g. 500)."
        case .banFilesNeeded: "give at least one BAN file adresses-XX.csv.gz."
        case .invalidCommand(let detail, let command):
            "irve: invalid command — \(detail)\nHelp: irve \(command) --help\n"
        }
    }

    static func command(_ m: CommandMessage) -> String {
        switch m {
        case .checking: "Checking"
        case .proposedChange(let row, let column, let before, let after, let rule, let confidence):
            "row \(row), \(column): \"\(before)\" → \"\(after)\" (\(rule), \(confidence))"
        case .changeSummary(let changes, let rows, let counts):
            "\(changes) change(s) over \(rows) row(s)" + ruleCounts(counts)
        case .repairedFile(let path): "Repaired file: \(path)"
        case .stillToFill: "Still to fill in (empty required columns):"
        case .stillMissing(let field, let rows): "  • \(field) : \(rows) row(s)"
        case .banFileRead(let file, let lines, let seconds):
            "\(file): \(count(lines)) lines read (total), \(decimal(seconds, digits: 1)) s"
        case .banIndexBuilt(let s):
            "Index \(s.path): \(count(s.lines)) lines, \(count(s.addresses)) numbered addresses, "
                + "\(count(s.streets)) streets, \(count(s.communes)) communes in \(decimal(s.seconds, digits: 1)) s "
                + "(\(count(s.linesPerSecond)) lines/s)."
        case .banIndexUse(let path): "Use: irve check --ban-index \(path) FILE.csv"
        case .recordWritten(let path): "Record written: \(path)"
        case .noOrganisation:
            "⚠ No organisation given (--org): when sending, irve uses your account's; a dataset published under "
                + "a personal account is excluded from the national consolidation."
        case .dryRunHeader(let api): "Dry run (nothing sent) — publication to \(api):"
        case .dryRunWritten(let folder, let files):
            "Requests written to \(folder) (\(files) files). To publish: the same command with --send."
        case .retrying(let status, let seconds):
            "    data.gouv.fr is not answering (\(status.map(String.init) ?? "network")): retrying in \(seconds) s…"
        case .published(let created, let dataset, let resource):
            created
                ? "Published: new dataset \(dataset), resource \(resource)."
                : "Updated: dataset \(dataset), resource \(resource)."
        case .qualityScore(let score): "data.gouv.fr quality score: \(score)/9"
        case .aboutFile(let file, let message): "\"\(file)\": \(message)"
        case .maskedAPIKey: "<API key masked>"
        }
    }

    /// " : boolean ×24, date ×1" (the rules in alphabetical order), or nothing; the separator is the
    /// one the English summary has always printed.
    private static func ruleCounts(_ counts: [RepairCode: Int]) -> String {
        counts.isEmpty ? "" : " : " + counts.map { "\($0.key) ×\($0.value)" }.sorted().joined(separator: ", ")
    }
}
