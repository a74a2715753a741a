import IRVEFindings

extension English {
    static func geo(_ facts: GeoRuleFacts) -> String {
        switch facts {
        case .coordinates(let f): coordinates(f)
        case .insee(let f): insee(f)
        case .address(let f): address(f)
        case .station(let f): geoStation(f)
        }
    }

    private static func coordinates(_ facts: CoordinatesFacts) -> String {
        switch facts {
        case .zero(let point):
            "The coordinates \(point) are zero: a default value, not the station's position."
        case .shared(let point, let stations, let list):
            "The same point \(point) is given to \(stations) unrelated stations (rows \(rows(list))): a default "
                + "position."
        case .outsideFrance(let point, let sameNumbers):
            "The point \(point) is in no French commune, even swapped."
                + (sameNumbers ? " Both numbers are equal: the latitude was probably copied over the longitude." : "")
                + " Use WGS84 decimal degrees, [longitude, latitude]."
        case .swapped(let point, let c, _):
            "Latitude and longitude swapped: \(point) is outside France, the swapped point is in \(c.label)."
        case .nearBorder(let metres, let c, _):
            "The point is \(metres) m outside \(c.label), within the contours' precision."
        case .outsideCommune(let pointCommune, let metres, let c):
            "The point \(pointCommune.map { "is in \($0.label)" } ?? "is in no commune"), "
                + "\(distance(metres, oneDecimalBelow: 10)) from \(c.label), the commune "
                + "of code_insee_commune."
        case .fewDecimals(let decimals):
            "Coordinates with \(decimals) decimals: about \(decimals <= 2 ? "1 km" : "100 m") precision. Give 5 "
                + "or 6 decimals."
        case .referencePoint(let c):
            "The point is exactly the reference point of \(c.label): not the station's position."
        }
    }

    private static func insee(_ facts: InseeFacts) -> String {
        switch facts {
        case .missing(let c?):
            "code_insee_commune is empty; the point is in \(c.label): use \(c.code)."
        case .missing(nil):
            "code_insee_commune is empty: give the station commune's INSEE code."
        case .pointPostcode(let written, let c, let codeCommune, _):
            "\"\(written)\" is the postcode of \(c.name), where the point is, not its INSEE code (\(c.code)); "
                + "\(written) is the INSEE code of \(codeCommune.name)."
        case .postcode(let written, let communes, let c, _):
            "\"\(written)\" is a postcode (\(communes.labels)), not an INSEE code: the commune is \(c.name), "
                + "INSEE \(c.code)."
        case .sharedPostcode(let written, let communes):
            "\"\(written)\" is a postcode shared by \(communes.labels): give the commune's INSEE code."
        case .unknown(let written, let c):
            "\"\(written)\" is not a commune INSEE code\(c.map { "; the point is in \($0.label)" } ?? "")."
        case .obsolete(let written, let former, let kind, let since, let current):
            "\"\(written)\" is the code of \(former), \(kind.map(communeKind) ?? "former commune")"
                + "\(since.map { " since \($0)" } ?? ""): the current commune is "
                + "\(current.shown.map(\.label).joined(separator: ", "))."
        case .arrondissement(let a, let c):
            "\(a.code) is the code of the arrondissement \"\(a.name)\"; the commune's INSEE code is \(c.code) "
                + "(\(c.name))."
        }
    }

    private static func address(_ facts: AddressCommuneFacts) -> String {
        switch facts {
        case .postcodeUnassigned(let postcode, let c, let postcodes):
            "The address postcode \(postcode) belongs to no commune (CEDEX code or typo?); \(c.name) has "
                + "\(postcodes.text)."
        case .postcodeElsewhere(let postcode, let owners, let c, let postcodes):
            "The address postcode \(postcode) belongs to \(owners.shown.map(\.name).joined(separator: ", ")), "
                + "not \(c.name) (\(postcodes.text))."
        case .nameMismatch(let named, let expected, _):
            "The address names \(named.label), not \(expected.label)."
        }
    }

    private static func geoStation(_ facts: GeoStationFacts) -> String {
        switch facts {
        case .defaultCode(let c, let stations, let otherCommunes, _, let station, let p):
            "The INSEE code \(c.code) (\(c.name)) is given to \(stations) stations whose points lie in "
                + "\(otherCommunes) other communes: a default code. For \(named(station)), the point is in "
                + "\(p.label): use \(p.code)."
        case .inseeWrong(let station, let list, let p, let a):
            "For \(named(station)) (rows \(rows(list))), the point and the address name \(p.label), the INSEE "
                + "code \(a.label): fix the code to \(p.code)."
        case .coordinatesWrong(let station, let list, let a, let p):
            "For \(named(station)) (rows \(rows(list))), the INSEE code and the address name \(a.label), but "
                + "the point is in \(p.label): the coordinates are wrong."
        case .addressWrong(let station, let list, let a, let addr):
            "For \(named(station)) (rows \(rows(list))), the point and the INSEE code name \(a.label), the "
                + "address \(addr.label): check the address."
        }
    }

    private static func named(_ station: String?) -> String {
        station.map { "station \"\($0)\"" } ?? "the station"
    }

    static func communeKind(_ kind: CommuneKind) -> String {
        switch kind {
        case .commune: "commune"
        case .arrondissement: "municipal arrondissement"
        case .deleguee: "delegated commune"
        case .associee: "associated commune"
        case .outreMer: "overseas collectivity commune"
        }
    }
}
