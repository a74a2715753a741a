import Foundation
import IRVEFiles
import IRVEFindings
import IRVEHTTP
import IRVEReport
import IRVEWording

/// What `irve check` was given, as the items of a batch: files as typed, folders searched with
/// their subfolders for .csv and .xlsx (in byte order of their paths, so runs agree), URLs
/// downloaded when their turn comes.
struct CheckInputs {
    /// Downloads: `https://` only unless `allowHTTP`, at most `maxBytes`, at most `timeout` seconds.
    var allowHTTP = false
    var maxBytes = 200 << 20
    var timeout: Double = 300
    var lang: Language = .fr

    static func isURL(_ s: String) -> Bool {
        let lower = s.prefix(8).lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://")
    }

    static func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return !isURL(path) && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// The items, in the order of the arguments; `warn` is told of a folder without any file.
    func items(_ arguments: [String], warn: (String) -> Void) -> [BatchItem] {
        var items: [BatchItem] = []
        for a in arguments {
            if Self.isURL(a) {
                items.append(remote(a))
            } else if Self.isFolder(a) {
                let found = Self.files(in: a)
                if found.isEmpty { warn(Wording.message(.emptyFolder(a), lang)) }
                items += found.map(BatchItem.file)
            } else {
                items.append(.file(a))  // a missing file is reported as unreadable, like any other
            }
        }
        return items
    }

    /// The .csv and .xlsx files under `folder` (any case of the extension), hidden ones left out.
    static func files(in folder: String) -> [String] {
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if CheckInputs.isFolder(base + "/" + relative) { walker.skipDescendants() }
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard ext == "csv" || ext == "xlsx" else { continue }
            let path = base + "/" + relative
            if !isFolder(path) { found.append(path) }
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// A URL, named in the reports without its user-info and query string (they may hold keys).
    func remote(_ url: String) -> BatchItem {
        let shown = HTTPError.displayURL(url)
        let limits = self
        return BatchItem(name: shown) { limits.download(url) }
    }

    /// Downloads `url` into a temporary file (the library's one download, shared with `irve survey`).
    func download(_ url: String) -> BatchItem.Fetched {
        RemoteFile(allowHTTP: allowHTTP, maxBytes: maxBytes, timeout: timeout, lang: lang).download(url)
    }
}
