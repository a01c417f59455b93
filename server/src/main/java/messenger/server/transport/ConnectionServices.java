package messenger.server.transport;

import messenger.handlers.MessengerConfig;
import messenger.protocol.FrameLimits;
import messenger.server.dispatch.Dispatcher;
import messenger.server.hub.SubscriberHub;

/** What every connection shares. */
record ConnectionServices(MessengerConfig config, FrameLimits limits, Dispatcher dispatcher, SubscriberHub hub,
                          ConnectionRegistry registry, WorkerPool workers) {
}
