import IRVEValues

/// Address text as both back-ends compare it: folded (`TextFolding`, `.address`: addok's `ascii()`), the usual
/// French abbreviations expanded, and the house number told apart from the rest.
public enum AddressText {
    /// Abbreviations found in IRVE files and in BAN's `nom_afnor`, mapped to the BAN spelling.
    /// Kept short and unambiguous: "r" or "c" alone would eat initials and number suffixes.
    static let abbreviations: [String: String] = [
        "av": "avenue", "ave": "avenue", "avn": "avenue",
        "bd": "boulevard", "bld": "boulevard", "blvd": "boulevard", "boul": "boulevard", "bvd": "boulevard",
        "st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes",
        "chem": "chemin", "che": "chemin", "ch": "chemin", "chm": "chemin",
        "pl": "place", "rte": "route", "imp": "impasse", "all": "allee", "sq": "square",
        "fg": "faubourg", "fbg": "faubourg", "pte": "porte", "qu": "quai", "crs": "cours",
        "res": "residence", "lot": "lotissement", "ham": "hameau", "sent": "sentier", "pass": "passage",
        "prom": "promenade", "esp": "esplanade", "carr": "carrefour", "rpt": "rond point", "zi": "zone industrielle",
        "za": "zone artisanale", "zac": "zone d amenagement concerte", "gal": "general", "gen": "general",
        "mal": "marechal", "pdt": "president", "prof": "professeur", "dr": "docteur", "ml": "mail",
        "vc": "voie communale", "cr": "chemin rural", "rn": "route nationale", "rd": "route departementale",
    ]

    /// Street types (after expansion): a number just before one is a house number.
    static let streetTypes: Set<String> = [
        "rue", "avenue", "boulevard", "chemin", "place", "route", "impasse", "allee", "square", "faubourg",
        "porte", "quai", "cours", "residence", "lotissement", "hameau", "sentier", "passage", "promenade",
        "esplanade", "carrefour", "rond", "zone", "voie", "parvis", "cite", "clos", "mail", "montee", "ruelle",
        "traverse", "venelle", "sente", "domaine", "parc", "plateau", "rocade", "berge", "digue", "levee",
    ]

    /// Number suffixes, folded as addok-france does (bis → b, ter → t…).
    static let ordinals: [String: String] = [
        "bis": "b", "ter": "t", "quater": "q", "quinquies": "c", "sexies": "s",
    ]

    /// Folded tokens with abbreviations expanded.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        for token in TextFolding.fold(text, .address).split(separator: " ") {
            let t = String(token)
            if let long = abbreviations[t] {
                out.append(contentsOf: long.split(separator: " ").map(String.init))
            } else {
                out.append(t)
            }
        }
        return out
    }

    /// The comparison form of a text: folded, expanded, single spaces.
    public static func normalize(_ text: String) -> String { tokens(text).joined(separator: " ") }

    /// `"12"`, `"bis"` → `"12b"`; `"0012"` → `"12"`: the key house numbers are stored and looked up by.
    public static func houseNumberKey(number: String, suffix: String) -> String? {
        let digits = number.drop { $0 == "0" }
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else {
            return nil
        }
        let s = TextFolding.fold(suffix, .address).replacingOccurrences(of: " ", with: "")
        if s.isEmpty { return String(digits) }
        return String(digits) + (ordinals[s] ?? s)
    }
}

/// A query split the way addok-france splits it: junk before the address dropped ("Parking de la
/// mairie, 12 rue …" → "12 rue …"), the house number and the postcode found.
public struct ParsedAddress: Sendable, Hashable {
    /// Tokens kept for the comparison, house number and postcode included, abbreviations expanded.
    public var tokens: [String]
    /// Folded house-number key (`12b` for "12 bis"), if the address has one.
    public var houseNumber: String?
    /// House number as written back in labels ("12 bis").
    public var houseNumberLabel: String?
    public var postcode: String?
    /// The tokens that name the street and commune (no number, no postcode).
    public var words: [String]

    public var text: String { tokens.joined(separator: " ") }

    public init(_ address: String) {
        var t = AddressText.tokens(address)
        // Glued forms: "12bis", "3b".
        var expanded: [String] = []
        for token in t {
            if let split = Self.splitGluedNumber(token) {
                expanded.append(contentsOf: split)
            } else {
                expanded.append(token)
            }
        }
        t = expanded
        // A number (1–4 digits) directly before a street type (or "bis" + type) starts the address:
        // anything before it is a place name, dropped as addok-france's extract_address does.
        var numberAt: Int? = nil
        for i in t.indices where Self.isNumber(t[i]) {
            var j = i + 1
            if j < t.count, AddressText.ordinals[t[j]] != nil || (t[j].count == 1 && t[j].first?.isLetter == true) {
                j += 1
            }
            if j < t.count, AddressText.streetTypes.contains(t[j]) {
                numberAt = i
                break
            }
        }
        if let i = numberAt { t.removeFirst(i) }
        var houseNumber: String? = nil
        var houseLabel: String? = nil
        if let first = t.first, Self.isNumber(first), numberAt != nil || t.count > 1 {
            var suffix = ""
            if t.count > 2, AddressText.ordinals[t[1]] != nil || (t[1].count == 1 && t[1].first?.isLetter == true),
                AddressText.streetTypes.contains(t[2]) || AddressText.ordinals[t[1]] != nil
            {
                suffix = t[1]
            }
            houseNumber = AddressText.houseNumberKey(number: first, suffix: suffix)
            let digits = String(first.drop { $0 == "0" })
            houseLabel = suffix.isEmpty ? digits : "\(digits) \(suffix)"
            // Leading zeros go, as addok's remove_leading_zeros does.
            t[0] = digits
        }
        tokens = t
        self.houseNumber = houseNumber
        self.houseNumberLabel = houseLabel
        let postcode = t.first { $0.count == 5 && $0.allSatisfy(\.isNumber) }
        self.postcode = postcode
        var words = t
        if houseNumber != nil {
            words.removeFirst()
            if let s = houseLabel?.split(separator: " ").dropFirst().first, words.first == String(s) {
                words.removeFirst()
            }
        }
        words.removeAll { $0 == postcode }
        self.words = words
    }

    /// "0012" → "12" for 1–3 significant digits, as addok-france's remove_leading_zeros (postcodes
    /// such as 01000 keep their zero).
    static func removeLeadingZeros(_ tokens: [String]) -> [String] {
        tokens.map { t in
            guard t.count > 1, t.first == "0", t.allSatisfy({ $0.isASCII && $0.isNumber }) else { return t }
            let rest = t.drop { $0 == "0" }
            return (1...3).contains(rest.count) ? String(rest) : t
        }
    }

    static func isNumber(_ token: String) -> Bool {
        (1...4).contains(token.count) && token.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "12bis" → ["12", "bis"], "3b" → ["3", "b"]; nil when the token is not of that shape.
    static func splitGluedNumber(_ token: String) -> [String]? {
        guard let firstLetter = token.firstIndex(where: { !($0.isASCII && $0.isNumber) }),
            firstLetter != token.startIndex
        else { return nil }
        let digits = String(token[..<firstLetter])
        let rest = String(token[firstLetter...])
        guard digits.count <= 4, rest.allSatisfy(\.isLetter), AddressText.ordinals[rest] != nil || rest.count == 1
        else { return nil }
        return [digits, rest]
    }
}

/// String similarity on addok's scale.
public enum Similarity {
    /// Bigram similarity with multiplicity, as python-ngram's `NGram.compare(a, b, N=2)` that addok's
    /// `score_by_ngram_distance` uses: shared bigrams / (all bigrams of both − shared).
    public static func bigrams(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.count == 1 && y.count == 1 { return x == y ? 1 : 0 }
        guard x.count >= 2, y.count >= 2 else { return a == b && !a.isEmpty ? 1 : 0 }
        var counts: [UInt64: Int] = [:]
        func key(_ s: [Unicode.Scalar], _ i: Int) -> UInt64 { UInt64(s[i].value) << 32 | UInt64(s[i + 1].value) }
        for i in 0..<(x.count - 1) { counts[key(x, i), default: 0] += 1 }
        var same = 0
        for i in 0..<(y.count - 1) {
            let k = key(y, i)
            if let c = counts[k], c > 0 {
                counts[k] = c - 1
                same += 1
            }
        }
        let all = (x.count - 1) + (y.count - 1) - same
        return all > 0 ? Double(same) / Double(all) : 0
    }

    /// addok's final score with the BAN configuration: the best label similarity (weight 1) and the
    /// document's importance (weight 0.1), divided by the sum of the weights.
    public static func addokScore(labelSimilarity: Double, importance: Double) -> Double {
        (labelSimilarity + 0.1 * max(0, min(1, importance))) / 1.1
    }

    /// The label variants addok-france compares a query with (name, name + city, name + postcode,
    /// name + postcode + city, and each with the house number first); the best one counts.
    public static func bestLabelSimilarity(
        query: String, name: String, postcode: String, city: String, houseNumber: String?, municipality: Bool = false
    ) -> Double {
        let n = AddressText.normalize(name)
        let p = postcode
        let c = AddressText.normalize(city)
        var labels: [String] = []
        if municipality {
            labels = [n, "\(n) \(p)", "\(p) \(n)"]
        } else {
            labels = [n]
            if !c.isEmpty, c != n {
                labels.append("\(n) \(c)")
                if !p.isEmpty {
                    labels.append("\(n) \(p)")
                    labels.append("\(n) \(p) \(c)")
                }
            }
        }
        if let h = houseNumber.map(AddressText.normalize) { labels += labels.map { "\(h) \($0)" } }
        return labels.map { bigrams($0, query) }.max() ?? 0
    }
}
