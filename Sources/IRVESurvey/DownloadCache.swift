import Foundation
import IRVEFindings
import IRVEReport

/// Downloaded files kept between runs, by URL and checksum: a rerun downloads only the resources
/// whose checksum (or, without one, last modification date) changed on data.gouv.fr.
///
/// One entry is two files named after a hash of the key: the data, and a small text file holding
/// the key itself, compared on every hit (a hash collision cannot hand over another file).
public struct DownloadCache: Sendable {
    public let folder: String

    public init(folder: String) { self.folder = folder }

    /// `$XDG_CACHE_HOME/irve/survey`, else `~/.cache/irve/survey`.
    public static func defaultFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/irve/survey" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/irve/survey"
    }

    /// What identifies one version of a resource's file.
    public static func key(url: String, checksum: String?, lastModified: String?) -> String {
        url + "\n" + (checksum.map { "checksum " + $0 } ?? lastModified.map { "modified " + $0 } ?? "unversioned")
    }

    /// The entry's file name: 64-bit FNV-1a of the key in hexadecimal, and the URL's extension
    /// (kept for people looking in the folder; the reader sniffs the content anyway).
    public static func name(forKey key: String, url: String) -> String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in key.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let ext = (path as NSString).pathExtension.lowercased()
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex + (["csv", "xlsx"].contains(ext) ? "." + ext : "")
    }

    func dataPath(_ key: String, _ url: String) -> String { folder + "/" + Self.name(forKey: key, url: url) }

    /// The cached file of `key`, if there is one and it is complete.
    public func hit(key: String, url: String) -> String? {
        let data = dataPath(key, url)
        guard let stored = try? String(contentsOfFile: data + ".key", encoding: .utf8), stored == key,
            FileManager.default.fileExists(atPath: data)
        else { return nil }
        return data
    }

    /// Downloads `url` into the entry of `key`: written beside it, then renamed into place, so an
    /// interrupted download never looks complete. Returns the file or why it could not be had.
    public func store(key: String, url: String, with remote: RemoteFile) -> Result<String, SurveyFetchError> {
        let data = dataPath(key, url)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            return .failure(.cache(path: folder))
        }
        let partial = data + ".part"
        let fd = open(partial, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(.cache(path: partial)) }
        let failure = remote.download(url, into: fd)
        _ = close(fd)
        if let failure {
            unlink(partial)
            return .failure(.remote(failure))
        }
        guard rename(partial, data) == 0,
            (try? key.write(toFile: data + ".key", atomically: true, encoding: .utf8)) != nil
        else {
            unlink(partial)
            return .failure(.cache(path: data))
        }
        return .success(data)
    }
}
