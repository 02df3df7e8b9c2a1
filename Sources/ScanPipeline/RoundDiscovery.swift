import Foundation
public import SubmissionReading
#if canImport(Glibc)
import Glibc
#endif

/// Finds the submissions of a round from the inputs named on the command line.
///
/// An input is either a round folder — every entry directly inside it is one submission — or a
/// single archive (or document), which is one submission by itself.
public struct RoundDiscovery: Sendable {
    /// A problem with the inputs themselves, found before any work starts.
    public struct InputError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Entries of a round folder that are never submissions.
    public struct Ignored: Sendable, Hashable {
        public var path: String
        public var reason: String
        /// Not the clutter every folder has (`.DS_Store`): a person should hear of it.
        public var isUnusual = false
    }

    public init() {}

    /// Refuses an output folder that lies inside one of the inputs (or is one), and an input that
    /// lies inside the output folder: the outputs would be taken for submissions by the next
    /// scan, a scan could read its own half-written files, and replacing the outputs could
    /// delete the round itself. Symbolic links are resolved, for the part of the path that exists.
    public func refuseOutput(_ output: String, inside inputs: [String]) throws(InputError) {
        let target = Self.resolved(output)
        for input in inputs {
            let source = Self.resolved(input)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue,
                Self.path(target, isWithin: source)
            {
                throw InputError(
                    description: "the output folder \(output) is inside the input folder \(input): choose a folder outside the round, or the next scan would read the outputs as submissions"
                )
            }
            if Self.path(source, isWithin: target) {
                throw InputError(
                    description: "the input \(input) is inside the output folder \(output): choose an output folder outside the round — the outputs in it are replaced on every run"
                )
            }
        }
    }

    /// Whether `path` is `folder` or lies inside it (both absolute and resolved).
    private static func path(_ path: String, isWithin folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The absolute path with symbolic links resolved as far as the path exists.
    private static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in rest { resolved.appendPathComponent(component) }
        return resolved.standardizedFileURL.path
    }

    /// The submissions named by `inputs`: each entry of a folder, or a file by itself.
    ///
    /// A round folder is listed by its names' bytes, so that a name that is not UTF-8 (a
    /// Windows zip unpacked with `unzip`) opens as it is; it is shown decoded. An input named
    /// on the command line is followed if it is a link; a link inside a round folder is a
    /// submission that is reported, not followed.
    /// - Returns: the submissions sorted by id (ids made unique), and the entries passed over.
    /// - Throws: ``InputError`` when an input does not exist or cannot be listed.
    public func discover(_ inputs: [String]) throws(InputError) -> (sources: [SubmissionSource], ignored: [Ignored]) {
        var sources: [SubmissionSource] = []
        var ignored: [Ignored] = []
        for input in inputs {
            let location = DiskPath(input)
            guard let kind = location.kind(followingLinks: true) else {
                throw InputError(description: "input does not exist: \(input)")
            }
            guard access(input, R_OK) == 0 else {
                throw InputError(description: "input is not readable: \(input)")
            }
            switch kind {
            case .folder:
                var listed: [(name: [UInt8], kind: DiskPath.Kind)] = []
                let failures = FolderWalk().walk(location) { entry in
                    listed.append((entry.relative, entry.kind))
                    return false
                }
                if let failure = failures.first {
                    throw InputError(description: "cannot list \(input): \(String(cString: strerror(failure.errno)))")
                }
                for (name, kind) in listed {
                    let entry = location.appending(name)
                    let displayName = DiskPath(bytes: name).display
                    if name.first == UInt8(ascii: ".") {
                        ignored.append(Ignored(path: entry.display, reason: "hidden entry"))
                    } else if kind == .special {
                        ignored.append(Ignored(path: entry.display, reason: Self.specialFileReason, isUnusual: true))
                    } else {
                        sources.append(source(at: entry, displayName: displayName, kind: kind))
                    }
                }
            case .special:
                ignored.append(Ignored(path: input, reason: Self.specialFileReason, isUnusual: true))
            case .file, .symbolicLink:
                sources.append(source(at: location, displayName: (input as NSString).lastPathComponent, kind: .file))
            }
        }
        return (Self.uniqueIDs(sources), ignored)
    }

    private static let specialFileReason = "not a regular file (a pipe, socket or device)"

    private func source(at location: DiskPath, displayName: String, kind: DiskPath.Kind) -> SubmissionSource {
        let id = SubmissionID.make(fromEntryName: displayName, isDirectory: kind == .folder)
        switch kind {
        case .folder:
            return SubmissionSource(id: id, location: location, displayName: displayName, kind: .folder)
        case .symbolicLink:
            return SubmissionSource(id: id, location: location, displayName: displayName, kind: .link)
        case .file, .special:
            if case .archive(let format) = FormatDetection.category(ofName: displayName) {
                return SubmissionSource(id: id, location: location, displayName: displayName, kind: .archive(format))
            }
            return SubmissionSource(id: id, location: location, displayName: displayName, kind: .file)
        }
    }

    /// Gives every submission an id of its own, the same whatever order the folder lists them in.
    ///
    /// Entries that reduce to the same id (`Vecupe.zip` and `Vecupe.docx`) keep their full names
    /// instead. An id still taken — the same name in two inputs, NFC and NFD spellings of one
    /// name (Swift compares them as equal, as people read them) — is numbered `ID (2)`,
    /// `ID (3)`, … until free: never the id another entry has by its own name (a folder
    /// `X.html (2)`). Entries are taken in the byte order of their names, and of their paths on
    /// disk when the names are equal.
    static func uniqueIDs(_ sources: [SubmissionSource]) -> [SubmissionSource] {
        let ordered = sources.sorted { lhs, rhs in
            lhs.displayName.utf8.elementsEqual(rhs.displayName.utf8)
                ? lhs.location.bytes.lexicographicallyPrecedes(rhs.location.bytes)
                : lhs.displayName.utf8.lexicographicallyPrecedes(rhs.displayName.utf8)
        }
        var counts: [String: Int] = [:]
        for source in ordered { counts[source.id, default: 0] += 1 }
        let natural = ordered.map { counts[$0.id, default: 0] > 1 ? $0.displayName : $0.id }
        let naturalSet = Set(natural)
        var assigned: Set<String> = []
        // Per id, the copy number to try next: many entries of one name are numbered in linear time.
        var nextCopy: [String: Int] = [:]
        var result: [SubmissionSource] = []
        for (source, id) in zip(ordered, natural) {
            var candidate = id
            if assigned.contains(candidate) {
                var copy = nextCopy[id, default: 2]
                candidate = "\(id) (\(copy))"
                while assigned.contains(candidate) || naturalSet.contains(candidate) {
                    copy += 1
                    candidate = "\(id) (\(copy))"
                }
                nextCopy[id] = copy + 1
            }
            assigned.insert(candidate)
            var unique = source
            unique.id = candidate
            result.append(unique)
        }
        return result.sorted { $0.id != $1.id ? $0.id < $1.id : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
    }
}
