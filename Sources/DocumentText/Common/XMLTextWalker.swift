/// A format's reading of an XML stream: which subtrees to pass over, and what each element and
/// text node means for the blocks being assembled.
///
/// The walk itself — receiving the parser's events, passing over skipped subtrees — is the same
/// for every format and lives once, in ``walk(_:limits:into:)``.
protocol XMLTextWalker {
    /// What the format makes of an element name. A part repeats a few dozen names thousands of
    /// times, so each name and namespace is classified once per part, not compared string by
    /// string at every element.
    associatedtype Element

    static func element(_ name: String, namespace: String) -> Element
    /// What ``element(_:namespace:)`` said of each name of the part being walked.
    var elements: ElementCache<Element> { get set }
    /// Classifies the element and starts it unless it is skipped.
    /// - Returns: `false` when the element's subtree is to be passed over.
    mutating func enter(_ name: XMLName, attributes: XMLAttributes, _ assembler: inout BlockAssembler) -> Bool
    mutating func leave(_ name: XMLName, _ assembler: inout BlockAssembler)
    /// Whether to pass over the element's whole subtree without looking inside.
    mutating func shouldSkip(_ element: Element, namespace: String, attributes: XMLAttributes) -> Bool
    mutating func start(_ element: Element, namespace: String, attributes: XMLAttributes, _ assembler: inout BlockAssembler)
    mutating func end(_ element: Element, _ assembler: inout BlockAssembler)
    /// A piece of text (a run of text may come in several).
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: inout BlockAssembler)
}

extension XMLTextWalker {
    // Given here once; each walker's conformance specialises them, so that the walker's own
    // elements are handled by code that knows their type (the receiver below is generic).
    mutating func enter(_ name: XMLName, attributes: XMLAttributes, _ assembler: inout BlockAssembler) -> Bool {
        let element = elements.element(for: name, classifiedBy: Self.element)
        guard !shouldSkip(element, namespace: name.namespace, attributes: attributes) else { return false }
        start(element, namespace: name.namespace, attributes: attributes, &assembler)
        return true
    }

    mutating func leave(_ name: XMLName, _ assembler: inout BlockAssembler) {
        end(elements.element(for: name, classifiedBy: Self.element), &assembler)
    }

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
        } else if !walker.enter(name, attributes: attributes, &assembler) {
            skipDepth = 1
        }
    }

    func endElement(_ name: XMLName) {
        if skipDepth > 0 {
            skipDepth -= 1
        } else {
            walker.leave(name, &assembler)
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if skipDepth == 0 { walker.text(text, &assembler) }
    }
}

/// What a walker made of each element name of the part it walks, found by the numbers the
/// parser gives names (``XMLName/localNumber``): an array index instead of string comparisons.
struct ElementCache<Element> {
    /// By local name number: the element, and the namespace number it was classified under.
    private var entries: [(namespaceNumber: Int, element: Element)?] = []

    init() {}

    mutating func element(for name: XMLName, classifiedBy classify: (String, String) -> Element) -> Element {
        if name.localNumber < entries.count, let known = entries[name.localNumber], known.namespaceNumber == name.namespaceNumber {
            return known.element
        }
        let element = classify(name.localName, name.namespace)
        if name.localNumber >= entries.count {
            entries.append(contentsOf: repeatElement(nil, count: name.localNumber + 1 - entries.count))
        }
        entries[name.localNumber] = (name.namespaceNumber, element)
        return element
    }
}
