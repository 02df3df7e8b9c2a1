import Foundation
import TestSupport
import Testing

@Suite("lieciba extract")
struct ExtractCommandTests {
    private var fixtures: URL {
        Lieciba.repositoryRoot.appendingPathComponent("Tests/DocumentTextTests/Fixtures")
    }

    @Test("prints one block per line, in reading order")
    func plain() throws {
        let run = try Lieciba.run(["extract", fixtures.appendingPathComponent("lv-basic.docx").path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "Ģērbšanās ķēde un Žūžņu ciema pieteikums")
        #expect(lines.count > 10)
    }

    @Test("--json gives every block its location")
    func json() throws {
        let run = try Lieciba.run(["extract", "--json", fixtures.appendingPathComponent("lv-features.docx").path])
        #expect(run.status == 0, "\(run.stderr)")
        struct Output: Decodable {
            struct File: Decodable { var status: String; var format: String }
            struct Block: Decodable {
                struct Location: Decodable { var part: String; var ordinal: Int; var headingPath: [String] }
                var text: String
                var kind: String
                var location: Location
            }
            var file: File
            var blocks: [Block]
        }
        let output = try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
        #expect(output.file.status == "read")
        #expect(output.file.format == "docx")
        #expect(output.blocks.map(\.location.ordinal) == Array(1...output.blocks.count))
        #expect(Set(output.blocks.map(\.location.part)).isSuperset(of: ["body", "header", "footer", "comment"]))
    }

    @Test("a file that is not a document is a usage error")
    func notADocument() throws {
        let run = try Lieciba.run(["extract", Lieciba.repositoryRoot.appendingPathComponent("Package.swift").path])
        #expect(run.status == 64)
    }
}
