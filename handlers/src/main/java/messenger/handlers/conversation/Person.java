package messenger.handlers.conversation;

import messenger.handlers.account.UserEntity;
import messenger.handlers.spi.Identity;

/** A user as a change names them: id for storing, login for telling. */
public record Person(long id, String login) {

    public static Person of(Identity identity) {
        return new Person(identity.userId(), identity.login());
    }

    public static Person of(UserEntity user) {
        return new Person(user.id, user.login);
    }
}
