package dev.vitrine.content.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vitrine.shared.BaseEntity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CategoryTreeTest {

    private final Category audio = category(1, "汽车音响", 1, null);
    private final Category accessories = category(2, "汽车用品", 5, null);
    private final Category speakers = category(3, "喇叭", 2, audio);
    private final Category subwoofers = category(4, "低音炮", 4, audio);
    private final Category amplifiers = category(5, "功放", 3, audio);
    private final Category tweeters = category(6, "高音", 9, speakers);
    private final CategoryTree tree =
            new CategoryTree(List.of(audio, speakers, amplifiers, subwoofers, accessories, tweeters));

    @Test
    void depthFirstInTheShopsOrder() {
        assertEquals(List.of("汽车音响", "喇叭", "高音", "功放", "低音炮", "汽车用品"), names(tree.inOrder()));
        assertEquals(List.of("汽车音响", "汽车用品"), names(tree.children(null)));
        assertEquals(List.of("喇叭", "功放", "低音炮"), names(tree.children(audio)));
        assertEquals(List.of("汽车音响", "喇叭", "高音", "功放", "低音炮"), names(tree.withDescendants(audio)));
        assertEquals(List.of("汽车用品"), names(tree.withDescendants(accessories)));
    }

    @Test
    void aCategoryKnowsItsPathAndDepth() {
        assertEquals(List.of("汽车音响", "喇叭", "高音"), names(tweeters.getPath()));
        assertEquals(2, tweeters.getDepth());
        assertEquals(0, audio.getDepth());
        assertEquals("汽车音响 › 喇叭 › 高音", tweeters.getPathName());
        assertEquals(2, tree.height(audio));
        assertEquals(0, tree.height(tweeters));
    }

    @Test
    void aCategoryGoesNeitherInItselfNorBelowItselfNorTooDeep() {
        assertFalse(tree.mayHold(audio, audio));
        assertFalse(tree.mayHold(tweeters, audio), "below itself");
        assertFalse(tree.mayHold(accessories, audio), "汽车音响 has two levels below it: a fourth level");
        assertTrue(tree.mayHold(accessories, speakers), "喇叭 and 高音 fit under 汽车用品");
        assertFalse(tree.mayHold(tweeters, category(7, "新", 0, null)), "a fourth level");
        assertTrue(tree.mayHold(speakers, new Category(ItemKind.PRODUCT, "新", "new", 0)));
        assertTrue(tree.mayHold(null, tweeters), "the top takes anything");
    }

    @Test
    void aMoveStaysAmongSiblingsAndTakesTheChildrenAlong() {
        assertEquals(
                Optional.of(List.of("汽车音响", "功放", "喇叭", "高音", "低音炮", "汽车用品")),
                tree.orderAfterMoving(amplifiers, true).map(CategoryTreeTest::names));
        assertEquals(
                Optional.of(List.of("汽车用品", "汽车音响", "喇叭", "高音", "功放", "低音炮")),
                tree.orderAfterMoving(audio, false).map(CategoryTreeTest::names));
        assertEquals(Optional.empty(), tree.orderAfterMoving(speakers, true), "first among its siblings");
        assertEquals(Optional.empty(), tree.orderAfterMoving(tweeters, false), "alone in its parent");
    }

    @Test
    void oneJustPutInAnotherGoesAfterItsNewSiblings() {
        speakers.setParent(accessories);
        assertEquals(
                List.of("汽车音响", "功放", "低音炮", "汽车用品", "喇叭", "高音"),
                names(new CategoryTree(List.of(audio, speakers, amplifiers, subwoofers, accessories, tweeters), 3L)
                        .inOrder()));
        amplifiers.setParent(null);
        assertEquals(
                List.of("汽车音响", "低音炮", "汽车用品", "喇叭", "功放"),
                names(new CategoryTree(List.of(audio, speakers, amplifiers, subwoofers, accessories), 5L).inOrder()));
    }

    @Test
    void categoriesThatOnlyReachEachOtherAreStillListed() {
        Category one = category(8, "一", 1, null);
        Category two = category(9, "二", 2, one);
        one.setParent(two);
        assertEquals(List.of("二", "一"), names(new CategoryTree(List.of(two, one)).inOrder()));
    }

    private static List<String> names(List<Category> categories) {
        return categories.stream().map(Category::getName).toList();
    }

    private static Category category(long id, String name, int place, Category parent) {
        Category category = new Category(ItemKind.PRODUCT, name, "c" + id, place);
        category.setParent(parent);
        try {
            var field = BaseEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(category, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return category;
    }
}
