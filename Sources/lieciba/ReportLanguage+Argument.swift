public import ArgumentParser
public import Reports

/// `--lang lv|en`.
extension ReportLanguage: ExpressibleByArgument {}
