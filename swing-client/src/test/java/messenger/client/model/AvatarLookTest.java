package messenger.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvatarLookTest {

    @Test
    void initialsComeFromTheFirstTwoPartsThatStartWithALetter() {
        assertThat(AvatarLook.of("alice", 8).initials()).isEqualTo("A");
        assertThat(AvatarLook.of("alice.smith", 8).initials()).isEqualTo("AS");
        assertThat(AvatarLook.of("jump-1-bs2v", 8).initials()).isEqualTo("JB");
        assertThat(AvatarLook.of("__007", 8).initials()).isEqualTo("_");
    }

    @Test
    void theColourDependsOnlyOnTheLoginWhateverItsCase() {
        AvatarLook alice = AvatarLook.of("alice.smith", 8);

        assertThat(AvatarLook.of("Alice.Smith", 8)).isEqualTo(alice);
        assertThat(alice.colour()).isBetween(0, 7).isEqualTo(Math.floorMod("alice.smith".hashCode(), 8));
    }
}
