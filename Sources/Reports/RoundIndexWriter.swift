import DocumentModel
public import Foundation

/// Writes `submissions/_round.js`: the round's pages in the overview's order, which each page's
/// "previous" and "next" links read.
///
/// The order lives in a file of its own rather than in the pages, so that a page depends on its
/// submission alone: a page an earlier scan rendered stays right when submissions are added to
/// the round or removed from it.
public final class RoundIndexWriter: RoundReport {
    /// Its name in the pages' folder; ``PageFolder`` replaces it with the pages.
    public static let fileName = "_round.js"
    private let folder: URL
    private var pages: [String] = []

    /// - Parameter folder: the run's staging folder of pages (``PageFolder/staging``).
    public init(pagesFolder folder: URL) {
        self.folder = folder
    }

    public func append(_ rendered: RenderedSubmission) throws {
        guard rendered.judgement != nil else { return }
        pages.append(HTML.pageName(forSubmission: rendered.submission.id))
    }

    public func finish() throws {
        guard !pages.isEmpty else { return }
        try OutputFiles.createFolder(folder)
        try OutputFiles.writeWhole(Self.script(pages: pages), to: folder.appendingPathComponent(Self.fileName))
    }

    /// Put in place with the pages' folder.
    public func publish() throws {}

    /// Goes with the staged pages.
    public func discard() {}

    /// `window.liecibaRound = ["A.html", …];`, each name a JSON string.
    static func script(pages: [String]) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let list = (try? encoder.encode(pages)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return Array("window.liecibaRound = \(list);\n".utf8)
    }
}
