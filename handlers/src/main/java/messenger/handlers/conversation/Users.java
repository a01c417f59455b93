package messenger.handlers.conversation;

import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.RequestException;
import messenger.protocol.ErrorCode;

/** Finds the user a change names. */
final class Users {

    private Users() {
    }

    static Person require(String login) {
        return UserEntity.findByLogin(RoomFields.login(login)).map(Person::of)
                .orElseThrow(() -> new RequestException(ErrorCode.NOT_FOUND, "no user with login " + login));
    }
}
