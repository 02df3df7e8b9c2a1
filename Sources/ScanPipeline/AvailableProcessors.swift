import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How many processors this process may actually use: what `--jobs` defaults to.
///
/// A Slurm task or a Kubernetes pod is given a few of the machine's cores — by CPU affinity
/// (`taskset`, Slurm's task binding) or by a CFS quota in its cgroup (a pod's CPU limit) — and
/// the machine's core count would start more workers than it may run at once.
public enum AvailableProcessors {
    /// The smallest of the machine's active processors, the CPUs in this process's affinity mask
    /// and its cgroup's CPU quota (rounded up); at least 1.
    public static var count: Int {
        var count = ProcessInfo.processInfo.activeProcessorCount
        if let affinity = affinityCount() { count = min(count, affinity) }
        if let quota = cgroupQuota() { count = min(count, quota) }
        return max(1, count)
    }

    /// The CPUs in the affinity mask: `Cpus_allowed_list` of `/proc/self/status` ("0-3,8").
    static func affinityCount(status: String = "/proc/self/status") -> Int? {
        guard let text = try? String(contentsOfFile: status, encoding: .utf8),
            let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed_list:") })
        else { return nil }
        return cpuCount(list: line.dropFirst("Cpus_allowed_list:".count).trimmingCharacters(in: .whitespaces))
    }

    /// The CPUs in a kernel CPU list such as "0-3,8,10-11"; `nil` when it cannot be read.
    static func cpuCount(list: String) -> Int? {
        var count = 0
        for range in list.split(separator: ",") {
            let bounds = range.split(separator: "-")
            guard let low = bounds.first.flatMap({ Int($0) }) else { return nil }
            let high = bounds.count == 2 ? Int(bounds[1]) : low
            guard let high, high >= low, bounds.count <= 2 else { return nil }
            count += high - low + 1
        }
        return count > 0 ? count : nil
    }

    /// The CPU quota of this process's cgroup, rounded up to whole CPUs: `cpu.max` (cgroup v2)
    /// or `cpu.cfs_quota_us` over `cpu.cfs_period_us` (v1); `nil` when there is none.
    static func cgroupQuota(root: String = "/sys/fs/cgroup", membership: String = "/proc/self/cgroup") -> Int? {
        guard let lines = try? String(contentsOfFile: membership, encoding: .utf8) else { return nil }
        var quotas: [Int] = []
        for line in lines.split(separator: "\n") {
            // hierarchy-ID:controller-list:path
            let fields = line.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { continue }
            let controllers = fields[1].split(separator: ",")
            let path = String(fields[2])
            if fields[0] == "0", controllers.isEmpty {
                // v2: the limit may be set on any ancestor; the tightest one holds.
                var folder = path
                while true {
                    if let text = try? String(contentsOfFile: "\(root)\(folder == "/" ? "" : folder)/cpu.max", encoding: .utf8),
                        let quota = quota(cpuMax: text)
                    {
                        quotas.append(quota)
                    }
                    guard folder != "/", !folder.isEmpty else { break }
                    folder = (folder as NSString).deletingLastPathComponent
                }
            } else if controllers.contains("cpu") {
                for mount in ["\(root)/cpu,cpuacct", "\(root)/cpu"] {
                    let folder = mount + (path == "/" ? "" : path)
                    guard let quota = Int(read("\(folder)/cpu.cfs_quota_us") ?? ""), let period = Int(read("\(folder)/cpu.cfs_period_us") ?? "")
                    else { continue }
                    if quota > 0, period > 0 { quotas.append((quota + period - 1) / period) }
                    break
                }
            }
        }
        return quotas.min()
    }

    /// The CPUs a cgroup v2 `cpu.max` ("QUOTA PERIOD", or "max PERIOD") allows, rounded up.
    static func quota(cpuMax text: String) -> Int? {
        let fields = text.split(whereSeparator: \.isWhitespace)
        guard fields.count == 2, let quota = Int(fields[0]), let period = Int(fields[1]), quota > 0, period > 0 else { return nil }
        return (quota + period - 1) / period
    }

    private static func read(_ path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
