package messenger.handlers.account;

import messenger.handlers.spi.Identity;
import messenger.handlers.spi.Session;

/** The session as an {@link AccountHandler} sees it: it may sign its connection in and out. */
public interface AccountSession extends Session {

    void authenticate(Identity identity);

    /** This connection alone is a stranger's again (see {@link DeviceSessions} for all of a device's). */
    void signOut();
}
