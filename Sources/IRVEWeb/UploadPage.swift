import IRVEFindings
import IRVEWording

/// The first page: drop or choose a file, or try the sample.
enum UploadPage {
    static func render(_ lang: Language, csrf: String, error: String? = nil) -> String {
        let w = { (p: WebPhrase) in HTML.escape(Wording.message(p, lang)) }
        let alert = error.map { "<div class=\"alert\" role=\"alert\"><p>\(HTML.escape($0))</p></div>\n" } ?? ""
        let token = "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(csrf))\">"
        let main = """
            <h1>\(w(.appTitle))</h1>
            <p class="lead">\(w(.tagline))</p>
            \(alert)<h2>\(w(.uploadHeading))</h2>
            <form id="upload" method="post" action="/upload?lang=\(lang.rawValue)" enctype="multipart/form-data">
            \(token)
            <div class="drop">
            \(Icons.upload)
            <p>\(w(.dropHint))</p>
            <label for="file">\(w(.fileLabel))</label>
            <input id="file" name="file" type="file" accept=".csv,.xlsx,text/csv" required>
            </div>
            <progress id="progress" max="1" value="0" hidden></progress>
            <button type="submit">\(w(.checkButton))</button>
            </form>
            <form id="sample" method="post" action="/sample?lang=\(lang.rawValue)">
            \(token)
            <p>\(w(.sampleHint))</p>
            <button class="secondary" type="submit">\(w(.sampleButton))</button>
            </form>
            """
        return Layout.page(lang, title: Wording.message(.uploadHeading, lang), switchPath: "/", main)
    }

    /// A page that only says what went wrong (bad request, unknown session…), with a way back.
    static func message(_ lang: Language, heading: String, text: String) -> String {
        let back = HTML.escape(Wording.message(.anotherFile, lang))
        let main = """
            <h1>\(HTML.escape(heading))</h1>
            <div class="alert" role="alert"><p>\(HTML.escape(text))</p></div>
            <p><a class="button" href="/?lang=\(lang.rawValue)">\(back)</a></p>
            """
        return Layout.page(lang, title: heading, switchPath: "/", main)
    }
}
