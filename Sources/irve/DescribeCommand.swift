import ArgumentParser
import Foundation
import IRVEFiles
import IRVEFindings
import IRVEPublish
import IRVEReport
import IRVEWording

struct DescribeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "describe",
        abstract: Help.text(.describe(.abstract)),
        discussion: Help.text(.describe(.discussion))
    )

    @Argument(help: Help.option(.describe(.input))) var input: String
    @Option(name: .long, help: Help.option(.describe(.format)))
    var format = FormatChoice<DescribeFormats>(.markdown)
    @Option(name: [.short, .long], help: Help.option(.describe(.output))) var output: String?
    @Flag(name: .long, help: Help.option(.describe(.force))) var force = false
    @OptionGroup var fields: MetadataOptions
    @Option(name: .long, help: Help.option(.language)) var lang: String = CommandLineErrorText.environmentLanguage
        .rawValue

    mutating func validate() throws {
        guard Language(rawValue: lang) != nil else {
            throw ValidationError(.languageExpected(received: nil), CommandLineErrorText.current)
        }
    }

    func run() throws {
        let language = Language(rawValue: lang) ?? .fr
        let err = OutputSink(fd: 2)
        // The output is checked before the work: never the input, never an existing file without --force.
        var file: OutputFile?
        if let output {
            do {
                let inputs = [InputFile.identity(of: input)].compactMap { $0 }
                file = try OutputFile(path: output, force: force, inputs: inputs)
            } catch {
                err.write("irve : " + error.message(language) + "\n")
                err.flush()
                throw ExitCode(2)
            }
        }
        do throws(PublishError) {
            let summary = try Describe.summarize(path: input, lang: language)
            let metadata = try MetadataBuilder.build(summary, try fields.resolve(for: input))
            let text =
                format.format.documentWriter.map { $0.text(Describe.json(metadata, summary: summary, lang: language)) }
                ?? Describe.markdown(metadata, summary: summary, lang: language)
            if let output, let file {
                file.write(text)
                do { try OutputFile.commit([file]) } catch { throw PublishError.file(error) }
                err.write(Wording.message(.recordWritten(output), language) + "\n")
            } else {
                let out = OutputSink(fd: 1)
                out.write(text)
                out.flush()
            }
            err.flush()
        } catch {
            file?.abandon()
            err.write("irve : " + Self.naming(input, error.message(language), language) + "\n")
            err.flush()
            throw ExitCode(2)
        }
    }
}

extension DescribeCommand {
    /// The message, after the file's name unless it already names it.
    static func naming(_ input: String, _ message: String, _ lang: Language) -> String {
        message.contains("« \(input) »") || message.contains("\"\(input)\"")
            ? message : Wording.message(.aboutFile(input, message: message), lang)
    }
}
