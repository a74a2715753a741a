import IRVEFiles
import IRVEFindings
import IRVEGeo
import IRVERead
import IRVERepair
import IRVESchemaCatalog

/// `irve extract`: a territory's stations taken out of a national consolidation file (any 2.x
/// export), as a 2.3.1 draft with only the schema's columns, for the commune to check and complete.
public enum Extract {
    public struct Request: Sendable {
        public var input: String
        /// nil: summary only, nothing written.
        public var output: String?
        public var communes: [String] = []
        public var departements: [String] = []
        public var sirens: [String] = []
        public var force = false
        /// Keep the rows whose point and code disagree (they are listed either way).
        public var keepDisagreements = false

        public init(input: String, output: String?) {
            self.input = input
            self.output = output
        }
    }

    public static func run(_ request: Request) throws(ExtractError) -> ExtractSummary {
        guard let reference = GeoReference.shared else { throw .noReference }
        guard let entry = SchemaCatalog.latest("statique") else { throw .noSchema }
        let territory = try Territory(
            communes: request.communes, departements: request.departements, sirens: request.sirens,
            reference: reference)
        var output: OutputFile?
        if let path = request.output {
            let protected = [InputFile.identity(of: request.input)].compactMap { $0 }
            do { output = try OutputFile(path: path, force: request.force, inputs: protected) } catch {
                throw .file(error)
            }
        }
        let writer = output.map(CSVWriter.init)
        let extractor = Extractor(
            fields: entry.schema.fields.map(\.name), territory: territory, writer: writer,
            keepDisagreements: request.keepDisagreements)
        do { try TableReader(path: request.input).read(into: extractor) } catch {
            output?.abandon()
            throw .read(error)
        }
        if extractor.cannotMatch {
            output?.abandon()
            throw .noTerritoryColumn(path: request.input)
        }
        writer?.flush()
        if let output {
            do { try OutputFile.commit([output]) } catch { throw .file(error) }
        }
        return extractor.summary
    }
}
