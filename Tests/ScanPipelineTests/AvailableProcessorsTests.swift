import Foundation
import Testing

@testable import ScanPipeline

@Suite("--jobs defaults to the CPUs the process may use")
struct AvailableProcessorsTests {
    @Test("kernel CPU lists", arguments: [("0", 1), ("0-3", 4), ("0-3,8,10-11", 7), ("", nil), ("3-1", nil), ("x", nil)] as [(String, Int?)])
    func cpuLists(list: String, count: Int?) {
        #expect(AvailableProcessors.cpuCount(list: list) == count)
    }

    @Test("cgroup v2 cpu.max, rounded up to whole CPUs", arguments: [("max 100000", nil), ("150000 100000", 2), ("100000 100000", 1), ("50000 100000", 1)] as [(String, Int?)])
    func cpuMax(text: String, count: Int?) {
        #expect(AvailableProcessors.quota(cpuMax: text + "\n") == count)
    }

    @Test("the tightest quota of the cgroup and its ancestors holds (v2), and v1's quota over period")
    func cgroupFiles() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("cgroup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        func write(_ text: String, _ path: String) throws {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        try write("0::/kubepods/pod1/job\n", "proc-v2")
        try write("300000 100000\n", "kubepods/cpu.max")
        try write("200000 100000\n", "kubepods/pod1/cpu.max")
        try write("max 100000\n", "kubepods/pod1/job/cpu.max")
        #expect(AvailableProcessors.cgroupQuota(root: root.path, membership: root.appendingPathComponent("proc-v2").path) == 2)

        try write("4:cpu,cpuacct:/slurm/job_7\n3:memory:/slurm/job_7\n", "proc-v1")
        try write("150000\n", "cpu,cpuacct/slurm/job_7/cpu.cfs_quota_us")
        try write("100000\n", "cpu,cpuacct/slurm/job_7/cpu.cfs_period_us")
        #expect(AvailableProcessors.cgroupQuota(root: root.path, membership: root.appendingPathComponent("proc-v1").path) == 2)

        try write("0::/\n", "proc-none")
        #expect(AvailableProcessors.cgroupQuota(root: root.path, membership: root.appendingPathComponent("proc-none").path) == nil)
    }

    @Test("this process's count is at least 1 and at most the machine's")
    func thisProcess() {
        #expect((1...ProcessInfo.processInfo.activeProcessorCount).contains(AvailableProcessors.count))
    }
}
