/// An output a scan streams submissions into, in id order, and completes at the end.
public protocol RoundReport: AnyObject {
    func append(_ rendered: RenderedSubmission) throws
    /// Completes the output and moves it into place.
    func finish() throws
    /// Abandons the output: nothing half-written stays behind.
    func discard()
}

extension EvidenceMapWriter: RoundReport {}
extension MatrixCSVWriter: RoundReport {}
extension EvidenceCSVWriter: RoundReport {}
