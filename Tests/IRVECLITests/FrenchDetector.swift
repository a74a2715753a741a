import Foundation

/// Finds French in a text meant to be English, outside what is data: quoted values (cell values,
/// file names, values between "…", «…» or “…”), commune labels ("Saint-Étienne (42218)"), paths,
/// column names and codes (tokens with "_", "-", digits, "/", "." or "@").
enum FrenchDetector {
    /// Letters and signs that English text does not have (French accents, guillemets, the French
    /// thousands separators).
    static let frenchCharacters: Set<Character> = [
        "é", "è", "ê", "ë", "à", "â", "ç", "ô", "û", "ù", "î", "ï", "œ", "É", "È", "À", "Ç", "«", "»",
        "\u{202F}", "\u{00A0}",
    ]

    /// Short French words that are not English words.
    static let markerWords: Set<String> = [
        "ligne", "lignes", "colonne", "colonnes", "valeur", "valeurs", "fichier", "fichiers", "doit", "doivent",
        "est", "une", "des", "les", "le", "la", "du", "et", "ou", "pas", "sur", "dans", "avec", "pour", "au", "aux",
        "ce", "cette", "ces", "sans", "vide", "erreur", "erreurs", "avertissement", "avertissements", "attendu",
        "attendue", "contient", "sont", "il", "elle", "ils", "nombre", "entre", "adresse", "encodage", "lecture",
        "autre", "autres", "toutes", "tous", "ex", "règle", "constat", "constats", "indiquez", "écrivez", "ni",
        "leur", "selon", "après", "avant", "jamais", "déjà", "mais", "car", "donc", "puis", "lu", "lue", "lues",
    ]

    /// The first French word or sign of `text`, or nil. `names` are column names (data, not words);
    /// `communeWords` the pieces of commune names, which messages cite without quotes ("Le Caylar",
    /// "Saint-Félix-de-l'Héras"): a capitalised piece found there is a name, not a word.
    static func hit(
        _ text: String, names: Set<String>, communeWords: Set<String> = [], paths: [String] = []
    ) -> String? {
        var prose = text
        for p in paths.sorted(by: { $0.count > $1.count }) where !p.isEmpty {
            prose = prose.replacingOccurrences(of: p, with: " ")
        }
        for pattern in quotedPatterns {
            prose = prose.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        let words = tokens(prose)
        for (i, token) in words.enumerated() where !names.contains(token) {
            if token.contains(where: { "_/.@".contains($0) || $0.isNumber }) { continue }
            let parts = token.split(separator: "-").map(String.init)
            if let first = parts.first, isName(first, communeWords) { continue }
            // "Val de Louyre et Caudeau", "Bourgs sur Colagne": a small word between two name pieces.
            if i > 0, i + 1 < words.count, isName(words[i - 1], communeWords), isName(words[i + 1], communeWords) {
                continue
            }
            for part in parts {
                if let hit = frenchWord(part) { return hit }
            }
        }
        if let c = prose.first(where: { "«»\u{202F}\u{00A0}".contains($0) }) { return String(c) }
        return nil
    }

    private static func isName(_ part: String, _ communeWords: Set<String>) -> Bool {
        guard part.first?.isUppercase == true else { return false }
        return communeWords.contains(part)
            || communeWords.contains(String(part.drop { $0 != "'" && $0 != "’" }.dropFirst()))
    }

    private static func frenchWord(_ part: String) -> String? {
        if part.contains(where: { frenchCharacters.contains($0) }) { return part }
        let lower = part.lowercased().replacingOccurrences(of: "’", with: "'")
        for prefix in ["l'", "d'", "n'", "qu'", "s'", "c'", "j'"] where lower.hasPrefix(prefix) { return part }
        return markerWords.contains(lower) ? part : nil
    }

    /// The pieces of commune names ("Saint", "Félix", "de", "l'Héras"), from the COG's name lists.
    static func communeWords(_ names: [String]) -> Set<String> {
        var words: Set<String> = []
        for name in names {
            for piece in name.split(whereSeparator: { $0 == " " || $0 == "-" }) {
                words.insert(String(piece))
                if let i = piece.firstIndex(where: { $0 == "'" || $0 == "’" }) {
                    words.insert(String(piece[piece.index(after: i)...]))
                }
            }
        }
        return words
    }

    /// Quoted values, commune labels (up to four words before "(code)"), absolute paths.
    static let quotedPatterns = [
        #""[^"\n]*""#, "«[^»\n]*»", "“[^”\n]*”", #"([^\s,;:()]+ ){0,3}[^\s,;:()]+ \((\d{5}|2[AB]\d{3})\)"#,
        #"(^|\s)/\S+"#,
    ]

    static func tokens(_ s: String) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || "'’_-/.@".contains($0)) })
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".-'’")) }
            .filter { !$0.isEmpty }
    }
}
