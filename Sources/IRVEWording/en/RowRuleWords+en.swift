import IRVEFindings

extension English {
    static func row(_ facts: RowRuleFacts) -> String {
        switch facts {
        case .operatorMismatch(let pdc, let pdcCode, let station, let stationCode):
            "The operator code of \"\(pdc)\" (\(pdcCode)) differs from its station \"\(station)\" (\(stationCode))."
        case .powerBeyondWatts(let power):
            "Power of \(power) kW is impossible, in kW or in watts. Check the value (22 for 22 kW)."
        case .powerInWatts(let power, let kilowatts):
            "Power of \(power) kW: almost surely watts. puissance_nominale is in kW: write \(kilowatts)."
        case .powerTooLow(let power):
            "Power of \(power) kW is too low for a charge point (at least 1.5 kW)."
        case .powerDCOnlyTooLow(let power):
            "\(power) kW on a DC-only point (CCS/CHAdeMO) is too low (20 kW at least)."
        case .powerDomesticTooHigh(let power):
            "\(power) kW on a domestic E/F socket, which does not exceed 3.7 kW."
        case .powerACOnlyTooHigh(let power):
            "\(power) kW on AC only (Type 2 or E/F): the maximum is 43 kW."
        case .commissioningInFuture(let date):
            "Commissioning on \(date), after today."
        case .updateInFuture(let date):
            "Update date \(date) is after today."
        case .datesInverted(let update, let commissioning):
            "date_maj (\(update)) precedes the commissioning date (\(commissioning))."
        case .sirenChecksum(let siren):
            "SIREN \"\(siren)\" is impossible (wrong check digit)."
        case .idLocalMissing(let localColumn):
            "\"Non concerné\" without \(localColumn): fill in the local id."
        case .idExampleCopied(let id):
            "\"\(id)\" is the schema's example id: use the real one."
        case .idUnclean(let id, let normalized):
            "\"\(id)\" holds \"*\", spaces, lower case or other characters (legacy AFIREV format?): write "
                + "\"\(normalized)\"."
        case .idNotAFIREV(let id, _, _):
            "\"\(id)\" does not follow the AFIREV structure."
        case .idWrongLetter(let id, let found, let expected, let k):
            "\"\(id)\" has \"\(found)\" in 6th position but identifies \(kind(k)): \"\(expected)\" expected."
        case .phoneInvisible(let cleaned):
            "The number holds invisible characters: write \"\(cleaned)\"."
        case .phoneLetters(let phone):
            "\"\(phone.clipped(200, .en))\" holds letters: a phone number only."
        case .phoneLostZero(let phone, let digits):
            "\"\(phone.clipped(200, .en))\" lost its leading zero: write \"0\(digits)\"."
        case .phoneDigitCount(let phone):
            "\"\(phone.clipped(200, .en))\" does not have 10 digits."
        case .horairesAllDay(let hours):
            "\"\(hours)\": for round-the-clock access write exactly \"24/7\"."
        case .horairesSeconds(let hours, let fixed):
            "\"\(hours)\": hours are hh:mm without seconds: \"\(fixed)\"."
        case .horairesFrenchDays(let hours):
            "\"\(hours)\": days are written as in OpenStreetMap (Mo Tu We Th Fr Sa Su)."
        case .placeholder(let column, let value, required: false):
            "\"\(value)\" in \(column) stands for an unknown value: leave the cell empty when it is unknown."
        case .placeholder(let column, let value, required: true):
            "\"\(value)\" in \(column) stands for an unknown value: the column is required, give the real value."
        }
    }

    private static func kind(_ k: IdKind) -> String {
        switch k {
        case .station: "a station"
        case .chargePoint: "a charge point"
        }
    }
}
