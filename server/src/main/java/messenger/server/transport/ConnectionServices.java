package messenger.server.transport;

import messenger.protocol.FrameLimits;
import messenger.server.ServerConfig;
import messenger.server.dispatch.Dispatcher;
import messenger.server.hub.SubscriberHub;
import messenger.server.metrics.ServerMetrics;

/** What every connection shares. */
record ConnectionServices(ServerConfig config, FrameLimits limits, Dispatcher dispatcher, SubscriberHub hub,
                          ConnectionRegistry registry, UnauthenticatedConnections unauthenticated,
                          WorkerPool workers, ServerMetrics metrics) {
}
