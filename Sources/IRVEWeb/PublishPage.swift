import IRVEFindings
import IRVEPublish
import IRVEWording

/// The publication page. It never holds the API key: the key field is always empty, and a kept
/// key is only said to exist.
enum PublishPage {
    struct Result {
        /// nil when the publication failed (the page's error says why).
        var outcome: Publisher.Outcome?
        var predicted: QualityPrediction
        var log: [String]
    }

    struct View {
        var file: PreparedFile
        var metadata: DatasetMetadata
        var plan: [PlannedRequest]
        var base: String?
        var choice: APIChoice
        var custom: String
        var keyKept: Bool
        var csrf: String
        var error: String?
        var notice: String?
        var result: Result?
    }

    static func render(_ lang: Language, _ v: View) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        let l = lang.rawValue
        var h = "<link rel=\"stylesheet\" href=\"/assets/publish.css\">\n"
        h += "<h1>\(w(.publishHeading(file: v.file.name)))</h1>\n"
        if let r = v.result, let o = r.outcome { h += published(o, r, lang) }
        if let error = v.error {
            h += "<div class=\"alert\" id=\"publish-error\" role=\"alert\"><p><strong>\(w(.refusedHeading))</strong>"
            h += "</p><p>\(HTML.escape(error))</p></div>\n"
            if let r = v.result, r.outcome == nil { h += log(r.log, lang) }
        }
        if let notice = v.notice { h += "<p class=\"next\" id=\"publish-notice\">\(HTML.escape(notice))</p>\n" }
        h += "<p class=\"lead\">\(w(.publishIntro))</p>\n"
        h += "<p id=\"file-to-publish\">\(w(.fileToPublish(name: v.file.name, repaired: v.file.repaired)))</p>\n"
        let errors = v.file.summary.errors
        if errors > 0 {
            h += "<p class=\"alert\" id=\"errors-warning\">\(w(.errorsWarning(errors: errors)))</p>\n"
        }
        if v.metadata.organizationName == nil, v.metadata.organizationID == nil {
            h += "<p class=\"next\" id=\"no-organisation\">\(w(.noOrganisationExplained))</p>\n"
        }
        h += form(v, lang)
        if let base = v.base, !v.plan.isEmpty { h += plan(v.plan, base: base, lang) }
        h += "<p><a class=\"button secondary\" id=\"back-to-fiche\" href=\"/fiche?lang=\(l)\">"
        h += "\(w(.backToFiche))</a></p>\n"
        let title = Wording.message(WebPublishPhrase.publishHeading(file: v.file.name), lang)
        return Layout.page(lang, title: title, switchPath: "/publish", h)
    }

    static func form(_ v: View, _ lang: Language) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        func radio(_ c: APIChoice, _ label: String) -> String {
            "<label class=\"choice\"><input type=\"radio\" name=\"api\" id=\"api-choice-\(c.rawValue)\" "
                + "value=\"\(c.rawValue)\"\(v.choice == c ? " checked" : "")> \(label)</label>\n"
        }
        var h = "<form id=\"publish-form\" method=\"post\" action=\"/publish?lang=\(lang.rawValue)\">\n"
        h += "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(v.csrf))\">\n"
        h += "<fieldset><legend>\(w(.apiHeading))</legend>\n"
        h += radio(.demo, w(.apiDemo)) + radio(.production, w(.apiProduction))
        h +=
            "<details id=\"api-custom\"\(v.choice == .custom ? " open" : "")>"
            + "<summary>\(w(.apiCustomSummary))</summary>\n"
        h += radio(.custom, w(.apiCustomLabel))
        h += "<input type=\"url\" name=\"api-url\" id=\"api-url\" value=\"\(HTML.escape(v.custom))\" "
        h += "aria-label=\"\(w(.apiCustomLabel))\">\n</details>\n</fieldset>\n"
        h += "<h2>\(w(.keyHeading))</h2>\n<p class=\"hint\" id=\"key-help\">\(w(.keyHelp))</p>\n"
        h += "<p class=\"next\" id=\"demo-advice\">\(w(.demoAdvice))</p>\n"
        if v.keyKept, let base = v.base { h += "<p id=\"key-kept\">\(w(.keyKept(api: base)))</p>\n" }
        h += "<label for=\"api-key\">\(w(.keyLabel))</label>\n"
        h += "<input type=\"password\" name=\"key\" id=\"api-key\" autocomplete=\"off\" spellcheck=\"false\" "
        h += "aria-describedby=\"key-help\">\n"
        if v.file.summary.errors > 0 {
            h += "<label class=\"choice\" id=\"force-label\"><input type=\"checkbox\" name=\"force\" value=\"1\" "
            h += "id=\"force\"> \(w(.forceLabel))</label>\n"
        }
        // The dry run first: Enter in a field shows the plan, it never publishes.
        h += "<p><button type=\"submit\" class=\"secondary\" name=\"action\" value=\"plan\" id=\"show-plan\">"
        h += "\(w(.planButton))</button>\n"
        h += "<button type=\"submit\" name=\"action\" value=\"publish\" id=\"publish\">\(w(.publishButton))</button>\n"
        if v.keyKept {
            h += "<button type=\"submit\" class=\"secondary\" name=\"action\" value=\"forget\" id=\"forget-key\">"
            h += "\(w(.forgetKeyButton))</button>\n"
        }
        return h + "</p>\n</form>\n"
    }

    /// The dry run: each request as `irve publish` writes it (the key masked).
    static func plan(_ plan: [PlannedRequest], base: String, _ lang: Language) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<section id=\"plan\">\n<h2>\(w(.planHeading(api: base)))</h2>\n<p>\(w(.planIntro))</p>\n<ol>\n"
        for r in plan {
            h += "<li><strong>\(HTML.escape(r.label(lang)))</strong> — <code>\(HTML.escape(r.method)) "
            h += "\(HTML.escape(base + r.path))</code>\n<details><summary>JSON</summary><pre>"
            h += HTML.escape(r.document(base: base).rendered()) + "</pre></details></li>\n"
        }
        return h + "</ol>\n</section>\n"
    }

    static func published(_ o: Publisher.Outcome, _ r: Result, _ lang: Language) -> String {
        let w = { (p: WebPublishPhrase) in HTML.escape(Wording.message(p, lang)) }
        var h = "<section id=\"published\" class=\"verdict valid-box\" data-dataset=\"\(HTML.escape(o.datasetID))\" "
        h += "data-resource=\"\(HTML.escape(o.resourceID))\" data-created=\"\(o.created)\">\n"
        h += "<h2>\(w(.publishedHeading(created: o.created)))</h2>\n"
        if let uri = o.datasetURI {
            h +=
                "<p>\(w(.datasetLink)) : <a id=\"dataset-link\" href=\"\(HTML.escape(uri))\">"
                + "\(HTML.escape(uri))</a></p>\n"
        }
        let p = r.predicted
        if let score = o.qualityScore {
            h += "<p id=\"real-score\" data-score=\"\(score)\" data-maximum=\"\(p.maximum)\" "
            h += "data-predicted=\"\(p.score)\">\(w(.realScore(score, maximum: p.maximum))) "
            h += "\(w(.predictedScore(p.score, maximum: p.maximum)))</p>\n"
        } else {
            h += "<p id=\"real-score\">\(w(.scoreUnknown))</p>\n"
        }
        if !o.warnings.isEmpty {
            h += "<div class=\"alert\" id=\"publish-warnings\"><p><strong>\(w(.warningsHeading))</strong></p><ul>\n"
            h += o.warnings.map { "<li>\(HTML.escape($0))</li>\n" }.joined() + "</ul></div>\n"
        }
        return h + log(r.log, lang) + "</section>\n"
    }

    static func log(_ lines: [String], _ lang: Language) -> String {
        guard !lines.isEmpty else { return "" }
        let heading = HTML.escape(Wording.message(WebPublishPhrase.logHeading, lang))
        return "<details id=\"publish-log\"><summary>\(heading)</summary><pre>"
            + HTML.escape(lines.joined(separator: "\n")) + "</pre></details>\n"
    }
}
