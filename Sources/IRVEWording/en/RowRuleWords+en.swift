import IRVEFindings

extension English {
    static func row(_ facts: RowRuleFacts) -> String {
        switch facts {
        case let .operatorMismatch(pdc, pdcCode, station, stationCode):
            "The operator code of \"\(pdc)\" (\(pdcCode)) differs from its station \"\(station)\" (\(stationCode))."
        case let .powerBeyondWatts(power):
            "Power of \(power) kW is impossible, in kW or in watts. Check the value (22 for 22 kW)."
        case let .powerInWatts(power, kilowatts):
            "Power of \(power) kW: almost surely watts. puissance_nominale is in kW: write \(kilowatts)."
        case let .powerTooLow(power):
            "Power of \(power) kW is too low for a charge point (at least 1.5 kW)."
        case let .powerDCOnlyTooLow(power):
            "\(power) kW on a DC-only point (CCS/CHAdeMO) is too low (20 kW at least)."
        case let .powerDomesticTooHigh(power):
            "\(power) kW on a domestic E/F socket, which does not exceed 3.7 kW."
        case let .powerACOnlyTooHigh(power):
            "\(power) kW on AC only (Type 2 or E/F): the maximum is 43 kW."
        case let .commissioningInFuture(date):
            "Commissioning on \(date), after today."
        case let .updateInFuture(date):
            "Update date \(date) is after today."
        case let .datesInverted(update, commissioning):
            "date_maj (\(update)) precedes the commissioning date (\(commissioning))."
        case let .sirenChecksum(siren):
            "SIREN \"\(siren)\" is impossible (wrong check digit)."
        case let .idLocalMissing(localColumn):
            "\"Non concerné\" without \(localColumn): fill in the local id."
        case let .idExampleCopied(id):
            "\"\(id)\" is the schema's example id: use the real one."
        case let .idUnclean(id, normalized):
            "\"\(id)\" holds \"*\", spaces, lower case or other characters (legacy AFIREV format?): write "
                + "\"\(normalized)\"."
        case let .idNotAFIREV(id, _, _):
            "\"\(id)\" does not follow the AFIREV structure."
        case let .idWrongLetter(id, found, expected, k):
            "\"\(id)\" has \"\(found)\" in 6th position but identifies \(kind(k)): \"\(expected)\" expected."
        case let .phoneInvisible(cleaned):
            "The number holds invisible characters: write \"\(cleaned)\"."
        case let .phoneLetters(phone):
            "\"\(phone.clipped(200, .en))\" holds letters: a phone number only."
        case let .phoneLostZero(phone, digits):
            "\"\(phone.clipped(200, .en))\" lost its leading zero: write \"0\(digits)\"."
        case let .phoneDigitCount(phone):
            "\"\(phone.clipped(200, .en))\" does not have 10 digits."
        case let .horairesAllDay(hours):
            "\"\(hours)\": for round-the-clock access write exactly \"24/7\"."
        case let .horairesSeconds(hours, fixed):
            "\"\(hours)\": hours are hh:mm without seconds: \"\(fixed)\"."
        case let .horairesFrenchDays(hours):
            "\"\(hours)\": days are written as in OpenStreetMap (Mo Tu We Th Fr Sa Su)."
        }
    }

    private static func kind(_ k: IdKind) -> String {
        switch k {
        case .station: "a station"
        case .chargePoint: "a charge point"
        }
    }
}
