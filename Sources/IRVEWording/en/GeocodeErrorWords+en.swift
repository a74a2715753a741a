import IRVEFindings

extension English {
    static func geocodeError(_ e: GeocodeError) -> String {
        switch e {
        case .unreachable(let url, let detail):
            "The geocoder \(url) does not answer (\(detail)): check its address or run again without --geocoder."
        case .badResponse(let url, let detail):
            "The geocoder \(url) gave an unexpected answer (\(detail)): is it a BAN/addok API (…/search/)? Check "
                + "its address or run again without --geocoder."
        case .rateLimited(let url):
            "The geocoder \(url) keeps asking to slow down (HTTP 429): run again later (answers so far are cached)."
        case .index(let path, let detail):
            "Address index \"\(path)\" unusable: \(detail). Build it with \"irve geo import-ban "
                + "adresses-XX.csv.gz --index \(path)\"."
        case .banFile(let path, let line, let detail):
            line > 0 ? "\(path), line \(line): \(detail)" : "\(path): \(detail)"
        case .cache(let path, let detail):
            "Geocoder cache \"\(path)\" unusable: \(detail). Delete it or choose another with --geocoder-cache."
        }
    }
}
