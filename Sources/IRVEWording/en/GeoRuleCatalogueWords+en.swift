import IRVEFindings

extension English: GeoRuleCatalogueWords {
    static func geoRuleTitle(_ code: GeoRuleCode) -> String {
        switch code {
        case .coordinatesSwapped: "Latitude and longitude swapped"
        case .coordinatesOutsideFrance: "Point outside France"
        case .coordinatesPlaceholder: "Placeholder coordinates"
        case .coordinatesImprecise: "Imprecise coordinates"
        case .coordinatesOutsideCommune: "Point outside the announced commune"
        case .coordinatesNearBorder: "Point on the commune's border"
        case .inseeIsPostcode: "Postcode instead of INSEE code"
        case .inseeUnknown: "Unknown INSEE code"
        case .inseeObsolete: "INSEE code of a former commune"
        case .inseeMissing: "INSEE code missing"
        case .inseeArrondissement: "Municipal arrondissement code"
        case .postcodeMismatch: "Address postcode inconsistent"
        case .communeNameMismatch: "Address commune name inconsistent"
        case .geoSuspectInsee: "Station: the INSEE code is probably wrong"
        case .geoSuspectCoordinates: "Station: the coordinates are probably wrong"
        case .geoSuspectAddress: "Station: the address is probably wrong"
        case .addressFarFromPoint: "Address far from the point"
        case .addressNotFound: "Address not found"
        }
    }

    static func geoRuleExplanation(_ code: GeoRuleCode) -> String {
        switch code {
        case .coordinatesSwapped:
            "coordonneesXY is [longitude, latitude]. The point as written is outside France, the swapped one "
                + "is in France."
        case .coordinatesOutsideFrance:
            "The point falls in no French commune, even swapped: wrong, truncated or projected coordinates."
        case .coordinatesPlaceholder:
            "[0,0], or one point shared by unrelated stations: a default value, not the station's position."
        case .coordinatesImprecise:
            "Three decimals or fewer (±100 m), or exactly the commune's reference point: not the station's "
                + "position."
        case .coordinatesOutsideCommune: "The point is not in the commune of code_insee_commune: one of them is wrong."
        case .coordinatesNearBorder:
            "The point is just outside the announced commune, within the contours' precision (300 m)."
        case .inseeIsPostcode: "code_insee_commune takes the commune's INSEE code, not its postcode."
        case .inseeUnknown: "Neither a COG 2026 commune code, nor an old code, nor a postcode."
        case .inseeObsolete: "The commune merged or became delegated: the current commune's code is expected."
        case .inseeMissing: "code_insee_commune is empty; the code of the commune containing the point is proposed."
        case .inseeArrondissement:
            "In Paris, Lyon and Marseille the commune code is 75056, 69123 or 13055; arrondissement codes "
                + "are not communes."
        case .postcodeMismatch:
            "The postcode in adresse_station belongs neither to the INSEE code's commune nor to the point's."
        case .communeNameMismatch: "The commune named in adresse_station is another commune than the INSEE code's."
        case .geoSuspectInsee: "The point and the address agree on a commune, the INSEE code names another."
        case .geoSuspectCoordinates: "The INSEE code and the address agree on a commune, the point falls in another."
        case .geoSuspectAddress: "The point and the INSEE code agree, the address names another commune."
        case .addressFarFromPoint: "The geocoded address is more than 500 m from the coordinates. Only with a geocoder."
        case .addressNotFound: "The geocoder cannot find the station's address with enough confidence."
        }
    }
}
