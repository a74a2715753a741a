import IRVEFindings

extension English {
    static func qualityLabel(_ c: QualityCriterion) -> String {
        switch c {
        case .license: "licence given"
        case .temporalCoverage: "temporal coverage"
        case .spatial: "spatial coverage"
        case .updateFrequency: "update frequency given"
        case .updateInTime: "updated in time"
        case .descriptionLength(let limit): "description longer than \(limit) characters"
        case .openFormat: "resource in an open format"
        case .resourcesAvailable: "resources available"
        case .resourcesDocumented: "resource documented"
        }
    }

    static func qualityAdvice(_ c: QualityCriterion) -> String {
        switch c {
        case .license: "set the licence \"lov2\" (Licence Ouverte 2.0)."
        case .temporalCoverage: "give the period covered (\"debut: YYYY-MM-DD\" in the metadata file)."
        case .spatial: "fill code_insee_commune in the file, or \"zones: fr:commune:CODE\" in the metadata file."
        case .updateFrequency: "give a frequency (\"frequence: irregular\" suits an update at each change)."
        case .updateInTime(let days?): "publish again at least every \(days) days, or this criterion will drop."
        case .updateInTime(nil), .resourcesAvailable: ""
        case .descriptionLength(let limit): "lengthen the description (more than \(limit) characters)."
        case .openFormat: "publish the file as CSV (\"irve fix\" writes a CSV from an Excel workbook)."
        case .resourcesDocumented: "describe the resource (\"description-ressource\" in the metadata file)."
        }
    }

    static func qualityLine(_ l: QualityReportLine) -> String {
        switch l {
        case .score(let score, let maximum): "Predicted metadata quality score on data.gouv.fr: \(score)/\(maximum)"
        case .reached(let maximum): "The record reaches \(maximum)/\(maximum)."
        case .keep(let advice): "To keep it: \(advice)"
        case .toReach(let maximum): "To reach \(maximum)/\(maximum):"
        }
    }
}
