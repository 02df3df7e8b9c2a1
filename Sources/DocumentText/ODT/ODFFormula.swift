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
        let read = try? XMLStreamReader.read(bytes, limits: limits) { reader -> String? in
            var builder = Builder()
            var sawRoot = false
            while reader.next() {
                switch reader.kind {
                case .element:
                    let isEmpty = reader.isEmptyElement
                    let isMathML = reader.namespace == mathML
                    let name = reader.localName
                    if !sawRoot {
                        guard isMathML, name == "math" else { return nil }
                        sawRoot = true
                    }
                    guard isMathML else { continue }
                    if name == "annotation" || name == "annotation-xml" {
                        if isEmpty { continue }
                        _ = reader.skipSubtree()
                        continue
                    }
                    builder.open(name)
                    if isEmpty { builder.close() }
                case .endElement where reader.namespace == mathML:
                    builder.close()
                case .text:
                    builder.append(reader.value)
                default:
                    break
                }
            }
            return builder.text.isEmpty ? nil : builder.text
        }
        return read?.result ?? nil
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
