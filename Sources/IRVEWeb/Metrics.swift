import CoreMetrics
import Foundation
import Prometheus

/// Why a request was refused (the `reason` label of `irve_rejections_total`).
enum Rejection: String, CaseIterable, Sendable {
    case sessions, disk
    case uploadSize = "upload_size"
    case checks, rate, slow, password
}

/// The assistant's counters, in swift-metrics, recorded into its own Prometheus registry (not the
/// process-wide one: every server, and every test, has its own), and written as Prometheus text.
final class WebMetrics: Sendable {
    let registry = PrometheusCollectorRegistry()
    private let requests: [Int: CoreMetrics.Counter]
    private let requestDuration: CoreMetrics.Timer
    let sessionsCreated: CoreMetrics.Counter
    private let sessionsActive: CoreMetrics.Gauge
    let checks: CoreMetrics.Counter
    let checkDuration: CoreMetrics.Timer
    private let checksRunning: CoreMetrics.Gauge
    private let checksWaiting: CoreMetrics.Gauge
    private let diskUsed: CoreMetrics.Gauge
    private let rejections: [Rejection: CoreMetrics.Counter]

    init() {
        let f = PrometheusMetricsFactory(registry: registry)
        requests = Dictionary(
            uniqueKeysWithValues: (1...5).map {
                ($0, CoreMetrics.Counter(label: "irve_requests_total", dimensions: [("status", "\($0)xx")], factory: f))
            })
        requestDuration = CoreMetrics.Timer(label: "irve_request_duration_seconds", factory: f)
        sessionsCreated = CoreMetrics.Counter(label: "irve_sessions_created_total", factory: f)
        sessionsActive = CoreMetrics.Gauge(label: "irve_sessions_active", factory: f)
        checks = CoreMetrics.Counter(label: "irve_checks_total", factory: f)
        checkDuration = CoreMetrics.Timer(label: "irve_check_duration_seconds", factory: f)
        checksRunning = CoreMetrics.Gauge(label: "irve_checks_running", factory: f)
        checksWaiting = CoreMetrics.Gauge(label: "irve_checks_waiting", factory: f)
        diskUsed = CoreMetrics.Gauge(label: "irve_disk_used_bytes", factory: f)
        rejections = Dictionary(
            uniqueKeysWithValues: Rejection.allCases.map {
                (
                    $0,
                    CoreMetrics.Counter(
                        label: "irve_rejections_total", dimensions: [("reason", $0.rawValue)], factory: f)
                )
            })
    }

    func request(status: Int, nanoseconds: Int64) {
        requests[min(5, max(1, status / 100))]?.increment()
        requestDuration.recordNanoseconds(nanoseconds)
    }

    func rejected(_ r: Rejection) { rejections[r]?.increment() }

    /// The Prometheus text, with the gauges read now.
    func text(sessions: Int, running: Int, waiting: Int, diskBytes: Int64) -> String {
        sessionsActive.record(sessions)
        checksRunning.record(running)
        checksWaiting.record(waiting)
        diskUsed.record(diskBytes)
        return registry.emitToString()
    }
}
