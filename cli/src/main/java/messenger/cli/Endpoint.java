package messenger.cli;

import messenger.protocol.client.ServerAddress;

/** Where a command connects to and how: the server's address and the TLS setting that goes with it. */
record Endpoint(ServerAddress address, TlsSetting tls) {

    @Override
    public String toString() {
        return address.toString();
    }
}
