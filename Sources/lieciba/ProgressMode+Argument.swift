public import ArgumentParser
public import ScanPipeline

/// `--progress auto|always|never`.
extension ProgressMode: ExpressibleByArgument {}
