/// The text of a formula embedded in an OpenDocument package (`Object 1/content.xml`, MathML),
/// as a line of symbols: `E = m ⋅ c2` for E = m·c².
///
/// A formula is a separate object the body only points to (`draw:object`), so without this its
/// text would be missing from the paragraph that shows it. Only the rendered tokens are read;
/// the StarMath source kept in `annotation` is the same formula again and is left out.
enum ODFFormula {
    static let mathML = "http://www.w3.org/1998/Math/MathML"

    /// The formula's text, or `nil` when the part is not a MathML formula (a chart, a
    /// spreadsheet) or holds no tokens.
    static func text(of bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) -> String? {
        let receiver = Receiver()
        do {
            _ = try XMLEventParser.parse(bytes, limits: limits, into: receiver)
            return receiver.text
        } catch {
            return nil
        }
    }

    /// Builds the formula's line from the parser's events. Text is gathered until the next tag,
    /// so that a token split by an entity (`x&lt;y`) stays one token.
    private final class Receiver: XMLEventHandler {
        private var builder = Builder()
        private var sawRoot = false
        /// The part is not a MathML formula: everything after its root is ignored.
        private var rejected = false
        /// Depth inside an `annotation`, which repeats the formula as source.
        private var skipDepth = 0
        private var pending: [UInt8] = []

        /// The formula's text, `nil` when the part is no formula or holds no tokens.
        var text: String? {
            flush()
            return rejected || builder.text.isEmpty ? nil : builder.text
        }

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard !rejected else { return }
            if skipDepth > 0 {
                skipDepth += 1
                return
            }
            flush()
            let isMathML = name.namespace == mathML
            if !sawRoot {
                guard isMathML, name.localName == "math" else {
                    rejected = true
                    return
                }
                sawRoot = true
            }
            guard isMathML else { return }
            if name.localName == "annotation" || name.localName == "annotation-xml" {
                skipDepth = 1
                return
            }
            builder.open(name.localName)
        }

        func endElement(_ name: XMLName) {
            guard !rejected else { return }
            if skipDepth > 0 {
                skipDepth -= 1
                return
            }
            flush()
            if name.namespace == mathML { builder.close() }
        }

        func characters(_ text: UnsafeBufferPointer<UInt8>) {
            if !rejected && skipDepth == 0 { pending.append(contentsOf: text) }
        }

        private func flush() {
            guard !pending.isEmpty else { return }
            builder.append(String(decoding: pending, as: UTF8.self))
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Joins token texts with spaces, except that a script (the `2` of `c²`, the index of `xᵢ`)
    /// is written against its base, so that `c2` stays one word as it reads on the page.
    private struct Builder {
        private struct Frame {
            var isScripted: Bool
            var children = 0
            var glued: Bool
        }

        private var frames: [Frame] = []
        private(set) var text = ""

        private static let scripted: Set<String> = ["msup", "msub", "msubsup", "mover", "munder", "munderover", "mmultiscripts"]

        mutating func open(_ name: String) {
            var glued = frames.last?.glued ?? false
            if let parent = frames.last, parent.isScripted {
                frames[frames.count - 1].children += 1
                if parent.children >= 1 { glued = true }
            }
            frames.append(Frame(isScripted: Self.scripted.contains(name), glued: glued))
        }

        mutating func close() {
            _ = frames.popLast()
        }

        mutating func append(_ token: String) {
            let token = token.trimmingWhitespace()
            guard !token.isEmpty else { return }
            if !text.isEmpty && frames.last?.glued != true { text += " " }
            text += token
        }
    }
}
