public import ArgumentParser
public import Decisions

/// `--passages N` or `--passages all`.
extension EvidenceSelection: ExpressibleByArgument {
    public init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let limit = Int(argument), limit >= 1 {
            self.init(passagesPerIndicator: limit)
        } else {
            return nil
        }
    }

    public var defaultValueDescription: String {
        passagesPerIndicator.map(String.init) ?? "all"
    }
}
