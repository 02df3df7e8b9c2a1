/// A format's reading of an XML stream: which subtrees to pass over, and what each element and
/// text node means for the blocks being assembled.
///
/// The walk itself — receiving the parser's events, passing over skipped subtrees — is the same
/// for every format and lives once, in ``walk(_:limits:into:)``.
protocol XMLTextWalker {
    /// Whether to pass over the element's whole subtree without looking inside.
    mutating func shouldSkip(_ name: String, namespace: String, attributes: XMLAttributes) -> Bool
    mutating func start(_ name: String, namespace: String, attributes: XMLAttributes, _ assembler: inout BlockAssembler)
    mutating func end(_ name: String, namespace: String, _ assembler: inout BlockAssembler)
    /// A piece of text (a run of text may come in several).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: inout BlockAssembler)
}

extension XMLTextWalker {
    /// Walks `bytes` from start to end into `assembler`.
    /// - Returns: the first well-formedness problem, if the document breaks off; what came
    ///   before it stays in `assembler`.
    mutating func walk(_ bytes: [UInt8], limits: MarkupLimits, into assembler: inout BlockAssembler) -> XMLProblem? {
        // The assembler moves into the receiver and back, so that its arrays are never shared
        // (and copied on the first write).
        let receiver = WalkReceiver(walker: self, assembler: assembler)
        assembler = BlockAssembler()
        defer {
            self = receiver.walker
            assembler = receiver.takeAssembler()
        }
        do {
            return try XMLEventParser.parse(bytes, limits: limits, into: receiver)
        } catch {
            return error
        }
    }
}

/// Hands a parse's events to a walker, passing over the subtrees it skips.
private final class WalkReceiver<Walker: XMLTextWalker>: XMLEventHandler {
    // Only the parse that owns this receiver touches it, one event at a time: the runtime's
    // exclusivity checks, paid on every event, can guard nothing here.
    @exclusivity(unchecked) var walker: Walker
    @exclusivity(unchecked) private var assembler: BlockAssembler
    /// Depth inside a skipped subtree; 0 outside one.
    private var skipDepth = 0

    init(walker: Walker, assembler: BlockAssembler) {
        self.walker = walker
        self.assembler = assembler
    }

    func takeAssembler() -> BlockAssembler {
        defer { assembler = BlockAssembler() }
        return assembler
    }

    func startElement(_ name: XMLName, attributes: XMLAttributes) {
        if skipDepth > 0 {
            skipDepth += 1
        } else if walker.shouldSkip(name.localName, namespace: name.namespace, attributes: attributes) {
            skipDepth = 1
        } else {
            walker.start(name.localName, namespace: name.namespace, attributes: attributes, &assembler)
        }
    }

    func endElement(_ name: XMLName) {
        if skipDepth > 0 {
            skipDepth -= 1
        } else {
            walker.end(name.localName, namespace: name.namespace, &assembler)
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if skipDepth == 0 { walker.text(text, &assembler) }
    }
}
