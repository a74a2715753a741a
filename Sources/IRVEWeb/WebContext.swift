import Hummingbird
import NIOCore

/// The request context of the assistant: Hummingbird's basic one, plus both ends of the connection
/// (the rate limit keys on the client's address; `/metrics` answers only over loopback).
public struct WebContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public let localAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        localAddress = source.channel.localAddress
    }
}

extension SocketAddress {
    /// 127.0.0.0/8, or ::1 (also as ::ffff:127.x.y.z).
    var isLoopback: Bool {
        guard let ip = ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}
