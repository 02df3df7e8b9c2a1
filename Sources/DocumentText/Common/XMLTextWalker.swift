/// A format's reading of an XML stream: which subtrees to pass over, and what each element and
/// text node means for the blocks being assembled.
///
/// The walk itself — advancing, skipping subtrees, closing empty elements — is the same for
/// every format and lives once, in ``walk(_:into:)``.
protocol XMLTextWalker {
    /// Whether to pass over the element's whole subtree without looking inside.
    mutating func shouldSkip(_ name: String, namespace: String, reader: borrowing XMLStreamReader) -> Bool
    mutating func start(_ name: String, namespace: String, reader: borrowing XMLStreamReader, _ assembler: inout BlockAssembler)
    mutating func end(_ name: String, namespace: String, _ assembler: inout BlockAssembler)
    mutating func text(_ value: String, _ assembler: inout BlockAssembler)
}

extension XMLTextWalker {
    /// Walks `bytes` from start to end into `assembler`.
    /// - Returns: the first well-formedness problem, if the document breaks off; what came
    ///   before it stays in `assembler`.
    mutating func walk(_ bytes: [UInt8], limits: MarkupLimits, into assembler: inout BlockAssembler) -> XMLProblem? {
        do {
            return try XMLStreamReader.read(bytes, limits: limits) { reader in run(&reader, &assembler) }.problem
        } catch {
            return error
        }
    }

    private mutating func run(_ reader: inout XMLStreamReader, _ assembler: inout BlockAssembler) {
        var moved = reader.next()
        while moved {
            switch reader.kind {
            case .element:
                let name = reader.localName
                let namespace = reader.namespace
                let isEmpty = reader.isEmptyElement
                if shouldSkip(name, namespace: namespace, reader: reader) {
                    moved = reader.skipSubtree()
                    continue
                }
                start(name, namespace: namespace, reader: reader, &assembler)
                if isEmpty { end(name, namespace: namespace, &assembler) }
            case .endElement:
                end(reader.localName, namespace: reader.namespace, &assembler)
            case .text, .whitespace:
                text(reader.value, &assembler)
            case .other:
                break
            }
            moved = reader.next()
        }
    }
}
