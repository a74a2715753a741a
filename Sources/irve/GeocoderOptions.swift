import ArgumentParser
import Foundation
import IRVEFindings
import IRVEGeocode

/// The address-geocoding options shared by `irve check` and `irve fix`: no geocoder by default
/// (commune-level checks only), a local BAN index, or a BAN/addok HTTP API.
struct GeocoderOptions: ParsableArguments {
    @Option(
        name: .long,
        help: Help.option(.geocoder(.geocoder), valueName: "URL"))
    var geocoder: String?

    @Option(
        name: .long,
        help: Help.option(.geocoder(.banIndex), valueName: "PATH"))
    var banIndex: String?

    @Option(
        name: .long,
        help: Help.option(.geocoder(.addressThreshold), valueName: "METRES"))
    var addressThreshold: Double = 500

    @Option(
        name: .long,
        help: Help.option(.geocoder(.cache), valueName: "PATH"))
    var geocoderCache: String?

    mutating func validate() throws {
        if geocoder != nil, banIndex != nil {
            throw ValidationError(.geocoderOrBANIndex, CommandLineErrorText.current)
        }
        guard addressThreshold.isFinite, addressThreshold > 0 else {
            throw ValidationError(.addressThresholdExpected, CommandLineErrorText.current)
        }
    }

    /// True when an address geocoder was asked for.
    var isEnabled: Bool { geocoder != nil || banIndex != nil }

    /// The geocoder the options ask for, or nil for none (the default).
    func makeGeocoder() throws(GeocodeError) -> (any Geocoder)? {
        if let banIndex { return try BANIndexGeocoder(path: Self.expand(banIndex)) }
        guard let geocoder else { return nil }
        let cache: String?
        switch geocoderCache {
        case "none": cache = nil
        case let path?: cache = Self.expand(path)
        case nil: cache = IRVEPaths.cacheDirectory() + "/geocodage.sqlite"
        }
        return try AddokGeocoder(baseURL: geocoder, cachePath: cache)
    }

    /// Prints the message on stderr ("irve : …", no stack trace) and gives the documented exit code 2.
    static func fail(_ error: GeocodeError, lang: Language) -> ExitCode {
        FileHandle.standardError.write(Data("irve : \(error.message(lang))\n".utf8))
        return ExitCode(2)
    }

    static func expand(_ path: String) -> String { (path as NSString).expandingTildeInPath }
}

/// Where irve keeps rebuildable data: `$XDG_CACHE_HOME/irve`, else `~/.cache/irve`.
enum IRVEPaths {
    static func cacheDirectory() -> String {
        let env = ProcessInfo.processInfo.environment
        if let xdg = env["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/irve" }
        return (env["HOME"] ?? NSHomeDirectory()) + "/.cache/irve"
    }

    static var defaultBANIndex: String { cacheDirectory() + "/ban.sqlite" }
}
