package dev.vitrine.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * What a kind of item needs besides its entity, services and beans: the pages its traits name, and the
 * words the menu, search, dashboard and audit log use for it, in every language that shows them. A kind added
 * to {@link ItemKind} without one of them fails here rather than on a page.
 */
class ItemKindTest {

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "messages",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Test
    void eachKindHasThePagesItsTraitsName() {
        for (ItemKind kind : ItemKind.values()) {
            assertTrue(Files.isRegularFile(Path.of("webapp" + kind.itemView())), kind + ": " + kind.itemView());
            if (kind.isCategorized()) {
                assertTrue(Files.isRegularFile(Path.of("webapp" + kind.listView())), kind + ": " + kind.listView());
            }
            for (String page : List.of("list", "edit", "preview")) {
                Path admin = Path.of("webapp/admin", kind.adminFolder(), page + ".xhtml");
                assertTrue(Files.isRegularFile(admin), kind + ": " + admin);
            }
        }
    }

    @Test
    void eachKindIsNamedInEveryLanguageThatShowsIt() {
        for (Language language : Language.values()) {
            ResourceBundle words = bundle(language.locale());
            for (ItemKind kind : ItemKind.values()) {
                assertTrue(words.containsKey("search.kind." + kind.name()), language + " " + kind);
                if (kind.isCategorized()) {
                    assertTrue(words.containsKey("nav." + kind.folder()), language + " " + kind);
                }
            }
        }
        for (Locale staff : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle words = bundle(staff);
            for (ItemKind kind : ItemKind.values()) {
                assertTrue(words.containsKey("audit.target." + kind.name()), staff + " " + kind);
                assertTrue(words.containsKey("admin." + kind.adminFolder()), staff + " " + kind);
                if (kind.isCounted()) {
                    assertTrue(words.containsKey("stats.top." + kind.folder()), staff + " " + kind);
                }
            }
        }
    }

    @Test
    void tablesAndFoldersFollowTheEntityAndAreUnique() {
        assertEquals("case_study", ItemKind.CASE_STUDY.table());
        assertEquals("product", ItemKind.PRODUCT.table());
        assertEquals(
                ItemKind.values().length,
                List.of(ItemKind.values()).stream()
                        .map(ItemKind::folder)
                        .distinct()
                        .count());
        assertEquals(List.of(ItemKind.PRODUCT, ItemKind.ARTICLE, ItemKind.CASE_STUDY), ItemKind.categorized());
        assertEquals("/cases/bridge", ItemKind.CASE_STUDY.path("bridge"));
        assertEquals("/", ItemKind.PAGE.listPath(), "single pages have no list of their own");
    }
}
