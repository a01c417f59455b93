package messenger.client.model;

import java.util.List;

/** The emoji the picker offers: about a hundred common ones, in a few categories. */
public final class EmojiCatalog {

    public record Category(String name, List<String> emoji) {
    }

    public static final List<Category> CATEGORIES = List.of(
            category("Smileys", "😀 😃 😄 😁 😆 😅 😂 🤣 😊 😇 🙂 😉 😍 😘 😋 😜 🤔 😐 😴 😎"),
            category("Feelings", "😢 😭 😡 😱 😳 🥺 😬 🙄 😏 😌 🤗 🤩 🥳 😷 🤒 🤯 😤 🥰 😔 😮"),
            category("Gestures", "👍 👎 👌 👏 🙌 🙏 👋 🤝 💪 ✌ 🤞 🤙 👉 👈 👆 👇 ✋ 🤷 🙋 👀"),
            category("Nature and food", "🐶 🐱 🐭 🦊 🐻 🐼 🐸 🐵 🐔 🦄 🌸 🌻 🌲 🌈 ☀ ⭐ 🍎 🍕 🍰 ☕"),
            category("Things and symbols", "❤ 💔 💯 🔥 ✨ 🎉 🎁 💡 📌 📎 ✅ ❌ ⚠ ❓ ❗ 💬 📅 ⏰ 🚀 🏆"));

    private EmojiCatalog() {
    }

    private static Category category(String name, String emoji) {
        return new Category(name, List.of(emoji.split(" ")));
    }
}
