import IRVEFindings
import IRVEPublish
import IRVEWording

/// The fiche page: the form, the predicted score (updated live by /assets/fiche.js through
/// `POST /fiche/quality`, which answers with `qualitySection`), and the saved record's preview.
enum FicheFormPage {
    struct View {
        var name: String
        var metadata: DatasetMetadata
        var overrides: MetadataOverrides
        var markdown: String
        var csrf: String
        /// What the visitor typed, shown again when a value is refused.
        var typed: FormFields?
        var error: String?
    }

    static func render(_ lang: Language, _ v: View) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        let q = QualityPrediction.predict(v.metadata)
        let l = lang.rawValue
        let title = Wording.message(RepairReviewPhrase.ficheHeading(file: v.name), lang)
        var h = "<h1>\(HTML.escape(title))</h1>\n<p class=\"lead\">\(w(.formIntro))</p>\n"
        if let error = v.error {
            h += "<p class=\"alert\" id=\"fiche-error\" role=\"alert\">\(HTML.escape(error))</p>\n"
        }
        h += "<link rel=\"stylesheet\" href=\"/assets/publish.css\">\n<div class=\"fiche-layout\">\n"
        h +=
            "<form id=\"fiche-form\" method=\"post\" action=\"/fiche?lang=\(l)\" "
            + "data-quality=\"/fiche/quality?lang=\(l)\">\n"
        h += "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(v.csrf))\">\n"
        for f in FicheField.allCases { h += field(f, v, q, lang) }
        h += "<p><button type=\"submit\" id=\"save-fiche\">\(w(.saveButton))</button>\n"
        h +=
            "<button type=\"submit\" class=\"secondary\" id=\"download-fiche\" "
            + "formaction=\"/fiche/download?lang=\(l)\">"
        h += "\(w(.downloadFicheButton))</button></p>\n</form>\n"
        h +=
            "<div aria-live=\"polite\"><section id=\"quality-score\" data-score=\"\(q.score)\" "
            + "data-maximum=\"\(q.maximum)\">\n"
        h += qualitySection(q, lang) + "</section></div>\n</div>\n"
        h += "<h2>\(w(.previewHeading))</h2>\n"
        // The record without its own quality lines: the score is shown above, criterion by criterion.
        let cut = Wording.message(DescribePhrase.qualityHeading, lang)
        let record = v.markdown.components(separatedBy: "\n" + cut + "\n").first ?? v.markdown
        h += "<article id=\"fiche\">\n" + MarkdownHTML.render(record) + "</article>\n"
        h += "<p><a class=\"button\" id=\"open-publish\" href=\"/publish?lang=\(l)\">\(w(.openPublish))</a>\n"
        h += "<a class=\"button secondary\" href=\"/verdict?lang=\(l)\">"
        h += HTML.escape(Wording.message(RepairReviewPhrase.backToVerdict, lang)) + "</a></p>\n"
        h += "<script src=\"/assets/fiche.js\" defer></script>\n"
        return Layout.page(lang, title: title, switchPath: "/fiche", h)
    }

    /// One field: its label, its help, the criterion it serves (met or not), its input.
    static func field(_ f: FicheField, _ v: View, _ q: QualityPrediction, _ lang: Language) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        let id = "f-\(f.rawValue)"
        let typed = v.typed?.first(f.rawValue)
        let value = HTML.escape(typed ?? FicheForm.value(f, v.metadata, v.overrides))
        var h = "<div class=\"field\">\n<label for=\"\(id)\">\(w(.fieldLabel(f)))</label>\n"
        h += "<p class=\"hint\" id=\"h-\(f.rawValue)\">\(w(.fieldHelp(f)))"
        if f == .tags {
            let generated = v.metadata.tags.filter { !v.overrides.tags.map(Slug.make).contains($0) }
            h += " " + w(.generatedTags(generated.joined(separator: ", ")))
        }
        h += "</p>\n"
        if let key = FicheForm.criterion(f), let c = q.criteria.first(where: { $0.key == key }) {
            h += "<p class=\"hint criterion \(c.met ? "met" : "missing")\" data-criterion-of=\"\(key)\">"
            h += (c.met ? "✓ " : "✗ ") + w(.criterionHint(label: c.label(lang))) + "</p>\n"
        }
        let common = "id=\"\(id)\" name=\"\(f.rawValue)\" aria-describedby=\"h-\(f.rawValue)\""
        switch f {
        case .description, .resourceDescription:
            h += "<textarea \(common) rows=\"\(f == .description ? 16 : 4)\">\(value)</textarea>\n"
        case .temporalStart, .temporalEnd:
            h += "<input type=\"date\" \(common) value=\"\(value)\">\n"
        case .granularity:
            h += select(common, Vocabulary.granularities, selected: typed ?? v.metadata.granularity) {
                Wording.message(DescribePhrase.granularity($0), lang)
            }
        case .frequency:
            h += select(common, Vocabulary.frequencies, selected: typed ?? v.metadata.frequency) {
                "\($0) — " + Wording.message(DescribePhrase.frequencyMeaning($0), lang)
            }
        case .licence:
            h += select(common, Vocabulary.licenses, selected: typed ?? v.metadata.license) {
                $0 == "lov2" ? "lov2 (Licence Ouverte 2.0)" : $0 == "odc-odbl" ? "odc-odbl (ODbL)" : $0
            }
        default:
            h += "<input type=\"text\" \(common) value=\"\(value)\">\n"
        }
        return h + "</div>\n"
    }

    static func select(_ common: String, _ ids: [String], selected: String, label: (String) -> String) -> String {
        var h = "<select \(common)>\n"
        for id in ids {
            h += "<option value=\"\(HTML.escape(id))\"\(id == selected ? " selected" : "")>"
            h += HTML.escape(label(id)) + "</option>\n"
        }
        return h + "</select>\n"
    }

    /// The score, criterion by criterion, and what is missing for the maximum.
    static func qualitySection(_ q: QualityPrediction, _ lang: Language) -> String {
        let r = { (p: RepairReviewPhrase) in HTML.escape(Wording.message(p, lang)) }
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<h2>\(r(.qualityHeading(score: q.score, maximum: q.maximum)))</h2>\n<ul>\n"
        for c in q.criteria {
            let state = c.met ? r(.criterionMet) : r(.criterionMissing)
            h += "<li class=\"\(c.met ? "met" : "missing")\" data-criterion=\"\(HTML.escape(c.key))\">"
            h += (c.met ? "✓ " : "✗ ") + HTML.escape(c.label(lang)) + " — " + state
            if !c.met { h += " : " + HTML.escape(c.advice(lang)) }
            h += "</li>\n"
        }
        h += "</ul>\n"
        let missing = q.criteria.filter { !$0.met }
        if missing.isEmpty {
            h += "<p id=\"quality-missing\" class=\"met\">\(w(.fullScore(maximum: q.maximum)))</p>\n"
        } else {
            h += "<p id=\"quality-missing\">\(w(.missingFor(maximum: q.maximum))) "
            h += missing.map { HTML.escape($0.advice(lang)) }.joined(separator: " ") + "</p>\n"
        }
        return h + "<p class=\"hint\">\(w(.liveScoreNote))</p>\n"
    }

    /// The section when the form's values are refused (the builder's French message).
    static func refusedSection(_ message: String, _ lang: Language) -> String {
        "<p class=\"alert\" role=\"alert\">\(HTML.escape(message))</p>\n"
    }
}
