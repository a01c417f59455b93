package messenger.handlers.account;

/** The live connections of devices, so that revoking a device also signs out its other connections. */
public interface DeviceSessions {

    void signOutDevice(long deviceId);
}
